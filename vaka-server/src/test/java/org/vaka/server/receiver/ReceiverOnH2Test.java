package org.vaka.server.receiver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;

/** The receiver scenarios on the embedded default: an H2 file database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReceiverScenarios.Clocks.class)
class ReceiverOnH2Test extends ReceiverScenarios {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        registry.add("vaka.receiver.supervision-check-interval", () -> "1h");
    }
}
