package org.vaka.sim.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vaka.sim.VakaApi;

class CommandBenchTest {

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private CommandBench bench(VakaApi api, double rate, Duration duration) {
        return new CommandBench(new CommandApi(api), rate, duration, Duration.ofSeconds(10),
                new PrintStream(progress, true, StandardCharsets.UTF_8), new SplittableRandom(7));
    }

    @Test
    void switchesPlugOneOnAndOffAtRandomHousesAndMeasuresBothWays() throws Exception {
        try (FakeCommandApi server = new FakeCommandApi();
             VakaApi api = new VakaApi(URI.create(server.url()), "admin@demo.vaka", "demo-admin")) {
            CommandBench bench = bench(api, 40, Duration.ofSeconds(1));

            Map<String, String> sites = bench.sites(List.of("200000", "200001", "200002"));
            BenchTally tally = bench.run(sites);

            assertThat(sites).containsExactly(Map.entry("200000", "1000"), Map.entry("200001", "1001"),
                    Map.entry("200002", "1002"));
            assertThat(tally.sent.sum()).isBetween(30L, 50L);
            assertThat(tally.succeeded.sum()).isEqualTo(tally.sent.sum());
            assertThat(tally.failed.sum() + tally.timeouts.sum() + tally.errors.sum()).isZero();
            assertThat(tally.server().count()).isEqualTo(tally.sent.sum());
            assertThat(tally.server().percentileMicros(50)).isEqualTo(7_000);
            assertThat(tally.observed().count()).isEqualTo(tally.sent.sum());
            assertThat(server.issued).allSatisfy(issued -> {
                assertThat(issued.target()).isEqualTo("p1");
                assertThat(issued.code().isNull()).isTrue();
            });
            for (String site : sites.values()) {
                List<String> types = server.issued.stream().filter(i -> i.siteId().equals(site))
                        .map(FakeCommandApi.Issued::type).toList();
                for (int i = 0; i < types.size(); i++) {
                    assertThat(types.get(i)).isEqualTo(i % 2 == 0 ? "PLUG_ON" : "PLUG_OFF");
                }
            }
            assertThat(progress.toString(StandardCharsets.UTF_8)).contains("bench [", "succeeded=");
        }
    }

    @Test
    void refusalsCountAsFailedByKindAndStayOutOfTheLatencies() throws Exception {
        try (FakeCommandApi server = new FakeCommandApi();
             VakaApi api = new VakaApi(URI.create(server.url()), "admin@demo.vaka", "demo-admin")) {
            server.refusingSites.put("1000", "PANEL_OFFLINE");
            CommandBench bench = bench(api, 20, Duration.ofMillis(600));

            BenchTally tally = bench.run(bench.sites(List.of("200000")));

            assertThat(tally.failed.sum()).isEqualTo(tally.sent.sum()).isPositive();
            assertThat(tally.refusals()).containsOnlyKeys("PANEL_OFFLINE");
            assertThat(tally.observed().count()).isZero();
            assertThat(CommandBench.summary(tally, 1, 20, Duration.ofMillis(600)))
                    .contains("failed by refusal: {PANEL_OFFLINE=")
                    .contains("RESULT panels=1 rate=20.0 sent=" + tally.sent.sum() + " succeeded=0");
        }
    }

    @Test
    void theCommandRunsAgainstAFleetThatIsAlreadyThere() throws Exception {
        try (FakeCommandApi server = new FakeCommandApi()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = new CommandBenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(progress, true, StandardCharsets.UTF_8))
                    .run("--no-fleet", "--panels", "3", "--rate", "10", "--duration", "1s", "--api", server.url());

            assertThat(status).as(progress.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("server round trip", "API observed", "RESULT panels=3 rate=10.0")
                    .containsPattern("rt_p50_ms=7\\.0 ");
        }
    }

    @Test
    void wrongCredentialsEndTheBenchWithTheServersAnswer() throws Exception {
        try (FakeCommandApi server = new FakeCommandApi()) {
            int status = new CommandBenchCommand(System.out, new PrintStream(progress, true, StandardCharsets.UTF_8))
                    .run("--no-fleet", "--panels", "1", "--duration", "1s", "--api", server.url(), "--password", "x");

            assertThat(status).isEqualTo(1);
            assertThat(progress.toString(StandardCharsets.UTF_8)).contains("HTTP 401");
        }
    }
}
