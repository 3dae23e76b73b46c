package org.vaka.sim.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;

/** A demo house as its MQTT link sees it (no link, no receiver: nothing here sends). */
class DemoPanelTest {

    private final FleetCounters counters = new FleetCounters();

    private DemoPanel house(String account) {
        return new DemoPanel(account, null, "127.0.0.1", 9, Clock.systemUTC(), new SplittableRandom(1), false, counters);
    }

    @Test
    void eachDemoHouseHasItsDevices() {
        assertThat(house("1234").status().plugs()).extracting(PanelStatus.Plug::id, PanelStatus.Plug::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p1", "Coffee maker"),
                        org.assertj.core.groups.Tuple.tuple("p2", "Hall lamp"));
        assertThat(house("1234").status().locks()).extracting(PanelStatus.Lock::id).containsExactly("front");
        assertThat(house("5678").status().locks()).extracting(PanelStatus.Lock::id).containsExactly("front", "back");
        assertThat(house("5678").status().plugs()).hasSize(1);
        assertThat(house("9ABC").status().plugs()).extracting(PanelStatus.Plug::id).containsExactly("p1");
        assertThat(house("9ABC").status().locks()).isEmpty();
        assertThat(house("200001").status().plugs()).extracting(PanelStatus.Plug::id).contains("p1");
        assertThat(house("1234").status().temperatures()).extracting(PanelStatus.Temperature::zone).containsExactly(3);
    }

    @Test
    void carriesOutCommandsWithTheDemoCodesAndCountsThem() {
        DemoPanel house = house("1234");

        assertThat(house.carryOut(new PanelCommand("a", "ARM_HOME", null, DemoPanel.USER_CODE)).ok()).isTrue();
        assertThat(house.carryOut(new PanelCommand("b", "DISARM", null, "000000")).refusal()).isEqualTo("WRONG_CODE");
        assertThat(house.carryOut(new PanelCommand("c", "DISARM", null, DemoPanel.DURESS_CODE)).ok()).isTrue();
        assertThat(house.status().arming()).isEqualTo("disarmed");
        assertThat(counters.commandsHandled()).isEqualTo(3);
        assertThat(counters.commandsRefused()).isEqualTo(1);
    }

    @Test
    void commandsAndLifeMayComeFromTwoThreadsAtOnce() throws Exception {
        DemoPanel house = house("200001");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread life = Thread.ofPlatform().start(() -> {
            try {
                for (int i = 0; i < 20_000; i++) {
                    house.live();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        for (int i = 0; i < 20_000; i++) {
            PanelCommandResult result = house.carryOut(new PanelCommand("c" + i, i % 2 == 0 ? "PLUG_ON" : "PLUG_OFF",
                    "p1", null));
            assertThat(result.ok()).as(result.toString()).isTrue(); // no outages in this house: always on Ethernet
            house.status();
        }
        life.join();

        assertThat(failure.get()).isNull();
    }
}
