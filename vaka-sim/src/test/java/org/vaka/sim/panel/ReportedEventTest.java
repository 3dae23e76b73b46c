package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaka.protocol.event.EventCategory;
import org.vaka.protocol.event.SiaCode;
import org.vaka.protocol.event.SiaCodes;

class ReportedEventTest {

    @ParameterizedTest
    @EnumSource(ReportedEvent.class)
    void everyCodeThePanelEmitsIsKnownToSiaCodesWithTheExpectedCategory(ReportedEvent event) {
        Optional<SiaCode> known = SiaCodes.lookup(event.siaCode());

        assertThat(known).as(event.siaCode()).isPresent();
        assertThat(known.get().category()).as(event.siaCode()).isEqualTo(event.category());
    }

    @Test
    void theCategoriesAreTheOnesAnOperatorExpects() {
        assertThat(SiaCodes.lookup("ND").orElseThrow().category()).isEqualTo(EventCategory.DURESS);
        assertThat(SiaCodes.lookup("BA").orElseThrow().category()).isEqualTo(EventCategory.BURGLARY);
        assertThat(SiaCodes.lookup("FA").orElseThrow().category()).isEqualTo(EventCategory.FIRE);
        assertThat(SiaCodes.lookup("PA").orElseThrow().category()).isEqualTo(EventCategory.PANIC);
        assertThat(SiaCodes.lookup("XQ").orElseThrow().category()).isEqualTo(EventCategory.TAMPER);
    }

    @Test
    void restoreCodesAreTheOnesSiaCodesCallsRestores() {
        for (ReportedEvent event : ReportedEvent.values()) {
            boolean restore = event.name().endsWith("_RESTORE");
            assertThat(SiaCodes.lookup(event.siaCode()).orElseThrow().restore()).as(event.name()).isEqualTo(restore);
        }
    }

    @Test
    void theNumberEachReportCarriesMatchesWhatSiaCodesSaysTheCodeAddresses() {
        assertThat(SiaCodes.lookup("CL").orElseThrow().addressType()).isEqualTo(SiaCode.USER);
        assertThat(SiaCodes.lookup("OP").orElseThrow().addressType()).isEqualTo(SiaCode.USER);
        assertThat(SiaCodes.lookup("NL").orElseThrow().addressType()).isEqualTo(SiaCode.AREA);
        assertThat(SiaCodes.lookup("ND").orElseThrow().addressType()).isEqualTo(SiaCode.AREA);
        for (ZoneType type : ZoneType.values()) {
            assertThat(SiaCodes.lookup(type.alarm().siaCode()).orElseThrow().addressType()).isEqualTo(SiaCode.ZONE);
            assertThat(SiaCodes.lookup(type.restore().siaCode()).orElseThrow().addressType())
                    .isEqualTo(SiaCode.ZONE);
        }
    }
}
