package org.vaka.server.billing;

/** Minor units as people read them on an invoice: 1 234,56 (Nordic grouping and decimal comma). */
public final class MinorUnits {

    private MinorUnits() {
    }

    public static String format(long minor) {
        long abs = Math.abs(minor);
        String units = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(units.charAt(i));
        }
        return (minor < 0 ? "-" : "") + grouped + "," + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }
}
