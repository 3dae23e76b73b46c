package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportDataBlockTest {

    private static final Instant T = Instant.parse("2026-01-15T08:00:00Z");

    private static String block(ReportedEvent event, int number) {
        return ReportDataBlock.of("F00001", new PanelReport(event, number, CommunicationPath.ETHERNET, T));
    }

    @Test
    void laysOutZonesUsersAndNumberlessCodesLikeTheEverydayEvents() {
        assertThat(block(ReportedEvent.BURGLARY, 3)).isEqualTo("#F00001|Nri1/BA03");
        assertThat(block(ReportedEvent.CLOSING, 2)).isEqualTo("#F00001|Nri1/CL0002");
        assertThat(block(ReportedEvent.OPENING, 1)).isEqualTo("#F00001|Nri1/OP0001");
        assertThat(block(ReportedEvent.PERIODIC_TEST, 0)).isEqualTo("#F00001|Nri1/RP0000");
        assertThat(block(ReportedEvent.BATTERY_LOW, 0)).isEqualTo("#F00001|Nri1/YT0000");
        assertThat(block(ReportedEvent.DURESS, 1)).isEqualTo("#F00001|Nri1/ND01");
        assertThat(block(ReportedEvent.FIRE, 12)).isEqualTo("#F00001|Nri1/FA12");
    }
}
