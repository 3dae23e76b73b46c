package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AckedLogVerificationTest {

    @TempDir
    Path dir;

    @Test
    void everyAckedSignalFoundInTheServerLog() throws Exception {
        Path acked = write("F00001,0001", "F00001,0002", "F00002,0001");
        try (FakeVakaApi api = new FakeVakaApi()) {
            api.signalLog.put("F00001", List.of("0001", "0002", "0003"));
            api.signalLog.put("F00002", List.of("0001"));

            CapturedRun run = CapturedRun.of("--verify", acked.toString(), "--api", api.url());

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            assertThat(run.line("VERIFY")).containsEntry("acked", "3").containsEntry("found", "3")
                    .containsEntry("missing", "0");
            assertThat(api.calls).extracting(FakeVakaApi.Call::uri).containsExactlyInAnyOrder(
                    "/api/v1/signals?account=F00001&limit=100000", "/api/v1/signals?account=F00002&limit=100000");
        }
    }

    @Test
    void missingSignalsAreListedAndFailTheCheck() throws Exception {
        Path acked = write("F00001,0001", "F00001,0002", "", "F00002,0001", "F00003,0007");
        try (FakeVakaApi api = new FakeVakaApi()) {
            api.signalLog.put("F00001", List.of("0001"));
            api.signalLog.put("F00002", List.of("0001"));

            CapturedRun run = CapturedRun.of("--verify", acked.toString(), "--api", api.url());

            assertThat(run.exitStatus()).isEqualTo(1);
            assertThat(run.line("VERIFY")).containsEntry("acked", "4").containsEntry("found", "2")
                    .containsEntry("missing", "2");
            assertThat(run.out()).contains("  F00001,0002").contains("  F00003,0007");
        }
    }

    @Test
    void aSignalAckedTwiceMustBeStoredTwice() throws Exception {
        // sequences wrap at 9999, and runs append to the same file
        Path acked = write("F00001,0005", "F00001,0005");
        try (FakeVakaApi api = new FakeVakaApi()) {
            api.signalLog.put("F00001", List.of("0005"));

            CapturedRun run = CapturedRun.of("--verify", acked.toString(), "--api", api.url());

            assertThat(run.exitStatus()).isEqualTo(1);
            assertThat(run.line("VERIFY")).containsEntry("acked", "2").containsEntry("found", "1")
                    .containsEntry("missing", "1");
            assertThat(run.out()).contains("F00001,0005 (ACKed 2 times, stored 1)");
        }
    }

    @Test
    void onlyTheFirstTwentyMissingAreListed() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            lines.add(String.format("F00001,%04d", i));
        }
        Path acked = write(lines.toArray(String[]::new));
        try (FakeVakaApi api = new FakeVakaApi()) {
            CapturedRun run = CapturedRun.of("--verify", acked.toString(), "--api", api.url());

            assertThat(run.line("VERIFY")).containsEntry("missing", "30");
            assertThat(run.out().lines().filter(l -> l.startsWith("  F00001,"))).hasSize(20);
        }
    }

    @Test
    void wrongCredentialsAreReportedWithTheStatus() throws Exception {
        Path acked = write("F00001,0001");
        try (FakeVakaApi api = new FakeVakaApi()) {
            CapturedRun run = CapturedRun.of("--verify", acked.toString(), "--api", api.url(), "--password", "nope");

            assertThat(run.exitStatus()).isEqualTo(1);
            assertThat(run.err()).contains("HTTP 401").contains("unauthorized");
        }
    }

    @Test
    void aFileThatIsNotAnAckedFileIsRefused() throws Exception {
        Path acked = write("F00001;0001");

        CapturedRun run = CapturedRun.of("--verify", acked.toString(), "--api", "http://127.0.0.1:9");

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("line 1 is not 'account,sequence'");
    }

    private Path write(String... lines) throws Exception {
        Path file = dir.resolve("acked.csv");
        Files.write(file, List.of(lines));
        return file;
    }
}
