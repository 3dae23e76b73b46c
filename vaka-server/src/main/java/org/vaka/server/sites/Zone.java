package org.vaka.server.sites;

/** A detector zone as the panel numbers it (e.g. "03") with the name the customer knows it by. */
public record Zone(String zone, String name, ZoneType type) {

    /** Panels pad zone numbers differently ("3", "03", "003"): they are the same zone. */
    public boolean is(String reported) {
        return reported != null && unpadded(zone).equalsIgnoreCase(unpadded(reported.strip()));
    }

    private static String unpadded(String number) {
        String stripped = number.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
