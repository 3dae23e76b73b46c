package org.vaka.server.sites;

/** A user of the site's panel as staff see it: whether codes are set, never the codes. */
public record PanelUser(int number, String name, String phone, boolean hasCode, boolean hasDuressCode) {
}
