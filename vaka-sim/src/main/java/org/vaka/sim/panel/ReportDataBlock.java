package org.vaka.sim.panel;

import java.util.Locale;
import org.vaka.protocol.event.SiaCode;
import org.vaka.protocol.event.SiaCodes;

/**
 * The DC-09 data block of a report for an SIA-DCS frame, laid out like the simulator's everyday events
 * ({@code #F00001|Nri1/BA03}): area 1, users as four digits, zones and devices as at least two, and codes without
 * a number as 0000.
 */
public final class ReportDataBlock {

    private ReportDataBlock() {
    }

    public static String of(String account, PanelReport report) {
        return "#" + account + "|Nri1/" + report.siaCode() + number(report);
    }

    private static String number(PanelReport report) {
        String addressType = SiaCodes.lookup(report.siaCode())
                .map(SiaCode::addressType)
                .orElseThrow(() -> new IllegalStateException("SiaCodes does not know " + report.siaCode()));
        return switch (addressType) {
            case SiaCode.USER -> String.format(Locale.ROOT, "%04d", report.number());
            case SiaCode.NONE -> "0000";
            default -> String.format(Locale.ROOT, "%02d", report.number());
        };
    }
}
