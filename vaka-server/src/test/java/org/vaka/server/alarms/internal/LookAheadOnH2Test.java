package org.vaka.server.alarms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.alarms.AlarmQueue;
import org.vaka.server.alarms.AlarmView;
import org.vaka.server.receiver.Dc09Receiver;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.sim.storm.StormFrames;

/**
 * A storm puts the intake behind; a fire further down the log is raised before the storm's alarms, and counted once
 * when the intake reaches it. The intake is driven by hand here (its schedule set to an hour, its batch to five), so
 * "behind" is exact rather than a race.
 */
@SpringBootTest
class LookAheadOnH2Test {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        registry.add("vaka.alarms.intake-interval-ms", () -> "3600000");
        registry.add("vaka.alarms.intake-batch", () -> "5");
    }

    @Autowired AlarmIntake intake;
    @Autowired AlarmQueue alarms;
    @Autowired PanelAccounts accounts;
    @Autowired Dc09Receiver receiver;
    @Autowired JdbcClient jdbc;

    @Test
    void aFireBehindAStormIsRaisedAheadOfItAndCountedOnce() throws Exception {
        String prefix = "B" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase().substring(0, 5);
        List<String> sites = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sites.add(prefix + i);
            accounts.register(1, new PanelAccountRegistration(prefix + i, null, null, null, null, 3600, "Storm " + prefix + i));
        }
        try (StormFrames panel = new StormFrames("127.0.0.1", receiver.port(), Clock.systemUTC())) {
            for (int round = 1; round <= 3; round++) {
                for (String site : sites) {
                    assertThat(panel.send(site, round, round == 2 ? "AR0000" : "AT0000")).isTrue();
                }
            }
            assertThat(panel.send(sites.get(7), 4, "FA04")).isTrue();
        }
        intake.follow();

        List<AlarmView> ours = alarms.queue(1).stream().filter(a -> a.account().startsWith(prefix)).toList();
        assertThat(ours).hasSize(11);
        AlarmView fire = ours.getFirst();
        assertThat(fire.kind()).isEqualTo(AlarmKind.FIRE);
        assertThat(fire.signalCount()).isEqualTo(1);
        assertThat(ours.subList(1, 11)).allSatisfy(technical -> {
            assertThat(technical.kind()).isEqualTo(AlarmKind.TECHNICAL);
            assertThat(technical.signalCount()).isEqualTo(2);
            assertThat(technical.id()).isGreaterThan(fire.id()); // the fire was raised first, though sent last
        });
        assertThat(jdbc.sql("select count(*) from alarm_ahead").query(Integer.class).single()).isZero();

        try (StormFrames panel = new StormFrames("127.0.0.1", receiver.port(), Clock.systemUTC())) {
            assertThat(panel.send(sites.get(7), 5, "FA05")).isTrue();
        }
        intake.follow();
        assertThat(alarms.find(1, fire.id()).orElseThrow().signalCount()).isEqualTo(2);
    }
}
