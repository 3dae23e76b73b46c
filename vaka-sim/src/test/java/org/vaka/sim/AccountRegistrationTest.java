package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AccountRegistrationTest {

    private static final String K256 = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void registersEveryPanelWithBasicAuthBeforeSending() throws Exception {
        try (FakeVakaApi api = new FakeVakaApi();
             FakeReceiver receiver = FakeReceiver.tcp(FakeReceiver.Mode.ACK, null)) {
            CapturedRun run = CapturedRun.of("--api", api.url(), "--port", String.valueOf(receiver.port()),
                    "--accounts", "70", "--rate", "100", "--duration", "300ms");

            assertThat(run.exitStatus()).as(run.toString()).isZero();
            List<FakeVakaApi.Call> calls = List.copyOf(api.calls);
            assertThat(calls).hasSize(70).allSatisfy(call -> {
                assertThat(call.method()).isEqualTo("PUT");
                assertThat(call.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                        .encodeToString("admin@demo.vaka:demo-admin".getBytes()));
            });
            FakeVakaApi.Call first = calls.stream().filter(c -> c.uri().endsWith("/F00001")).findFirst().orElseThrow();
            assertThat(first.uri()).isEqualTo("/api/v1/accounts/F00001");
            JsonNode body = JSON.readTree(first.body());
            assertThat(body.path("account").asString()).isEqualTo("F00001");
            assertThat(body.path("receiver").asString()).isEqualTo("0");
            assertThat(body.path("line").asString()).isEqualTo("0");
            assertThat(body.has("key")).isFalse();
            assertThat(body.path("keyFormat").asString()).isEqualTo("hex");
            assertThat(body.path("supervisionSeconds").asInt()).isEqualTo(3600);
            assertThat(body.path("siteName").asString()).isEqualTo("Sim panel F00001");
            assertThat(api.mostInFlight.get()).isLessThanOrEqualTo(32);
            assertThat(run.err()).contains("registered 70 accounts");
            assertThat(run.result("acked")).isPositive();
        }
    }

    @Test
    void encryptedPanelsAreRegisteredWithTheirKey() throws Exception {
        try (FakeVakaApi api = new FakeVakaApi();
             VakaApi client = new VakaApi(java.net.URI.create(api.url()), "ops@x", "secret")) {
            SimOptions options = SimArguments.parse("--aes-key", "AAAAAAAAAAAAAAAA", "--key-format", "text");

            new AccountRegistration(client, System.err).register(List.of("E00001", "E00002"), options);

            assertThat(api.calls).hasSize(2);
            JsonNode body = JSON.readTree(api.calls.peek().body());
            assertThat(body.path("key").asString()).isEqualTo("AAAAAAAAAAAAAAAA");
            assertThat(body.path("keyFormat").asString()).isEqualTo("text");
            assertThat(api.calls.peek().authorization())
                    .isEqualTo("Basic " + Base64.getEncoder().encodeToString("ops@x:secret".getBytes()));
        }
    }

    @Test
    void bodyCarriesTheHexKeyAsGiven() throws Exception {
        SimOptions options = SimArguments.parse("--aes-key", K256);

        JsonNode body = JSON.readTree(AccountRegistration.body("E00001", options));

        assertThat(body.path("key").asString()).isEqualTo(K256);
        assertThat(body.path("keyFormat").asString()).isEqualTo("hex");
    }

    @Test
    void aFleetAccountCarriesItsBrokerPasswordAndTheDcPanelsNone() throws Exception {
        JsonNode fleet = JSON.readTree(AccountRegistration.body("200001",
                new AccountTemplate(null, org.vaka.protocol.dc09.KeyFormat.HEX, "sim-broker-", "Fleet house ")));
        JsonNode sim = JSON.readTree(AccountRegistration.body("F00001", SimArguments.parse()));

        assertThat(fleet.path("brokerPassword").asString()).isEqualTo("sim-broker-200001");
        assertThat(fleet.path("siteName").asString()).isEqualTo("Fleet house 200001");
        assertThat(fleet.has("key")).isFalse();
        assertThat(sim.has("brokerPassword")).isFalse();
    }

    @Test
    void refusalStopsTheRunAndShowsStatusAndBody() throws Exception {
        try (FakeVakaApi api = new FakeVakaApi()) {
            api.registrationStatus = 403;
            api.registrationRefusal = "{\"error\":\"not allowed to manage accounts\"}";

            CapturedRun run = CapturedRun.of("--api", api.url(), "--port", "9", "--accounts", "5", "--duration", "1s");

            assertThat(run.exitStatus()).isEqualTo(1);
            assertThat(run.err()).contains("HTTP 403").contains("not allowed to manage accounts")
                    .contains("/api/v1/accounts/F0000");
            assertThat(run.out()).doesNotContain("RESULT");
        }
    }

    @Test
    void anUnreachableApiIsReportedAsSuch() {
        CapturedRun run = CapturedRun.of("--api", "http://127.0.0.1:9", "--accounts", "1", "--duration", "1s");

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err()).contains("cannot reach the Vaka API at http://127.0.0.1:9");
    }
}
