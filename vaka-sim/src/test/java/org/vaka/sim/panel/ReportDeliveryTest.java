package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaka.sim.panel.TestHouse.ANNA;
import static org.vaka.sim.panel.TestHouse.HALL_MOTION;
import static org.vaka.sim.panel.TestHouse.START;

import org.junit.jupiter.api.Test;

class ReportDeliveryTest {

    private final TestHouse house = new TestHouse();
    private final AlarmPanel panel = house.panel;

    @Test
    void reportsGoOutOnEthernetWhileItIsUpAndOnGsmWhenItIsNot() {
        panel.periodicTest();
        panel.cutPath(CommunicationPath.ETHERNET);
        panel.periodicTest();

        assertThat(house.reports).extracting(PanelReport::path)
                .containsExactly(CommunicationPath.ETHERNET, CommunicationPath.GSM);
    }

    @Test
    void withBothPathsDownReportsAreHeldAndReleasedInOrderWhenGsmReturns() {
        panel.cutPath(CommunicationPath.ETHERNET);
        panel.cutPath(CommunicationPath.GSM);

        panel.armAway(ANNA);
        house.passSeconds(30);
        panel.intrude(HALL_MOTION);
        house.passSeconds(60);
        panel.disarm(ANNA);

        assertThat(house.reports).isEmpty();
        assertThat(panel.heldReports()).isEqualTo(4);

        house.passSeconds(600);
        panel.restorePath(CommunicationPath.GSM);

        assertThat(panel.heldReports()).isZero();
        assertThat(house.codes()).containsExactly("CL01", "BA03", "BR03", "OP01");
        assertThat(house.reports).extracting(PanelReport::path).containsOnly(CommunicationPath.GSM);
        assertThat(house.reports).extracting(PanelReport::time).containsExactly(
                START.plusSeconds(30), START.plusSeconds(30), START.plusSeconds(30), START.plusSeconds(90));
    }

    @Test
    void newReportsQueueBehindHeldOnesAndEthernetIsPreferredOnceBack() {
        panel.cutPath(CommunicationPath.ETHERNET);
        panel.cutPath(CommunicationPath.GSM);
        panel.periodicTest();
        panel.restorePath(CommunicationPath.ETHERNET);
        panel.restorePath(CommunicationPath.GSM);
        panel.jam();

        assertThat(house.codes()).containsExactly("RP00", "XQ00");
        assertThat(house.reports).extracting(PanelReport::path).containsOnly(CommunicationPath.ETHERNET);
    }
}
