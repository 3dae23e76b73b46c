package org.vaka.server.sites;

/**
 * A panel user as an administrator enters it. {@code code} and {@code duressCode} are six digits; left empty they
 * keep what the user already has. They are write-only.
 */
public record PanelUserRegistration(Integer number, String name, String phone, String code, String duressCode) {

    @Override
    public String toString() {
        return "PanelUserRegistration[" + number + " " + name + "]"; // never the codes
    }
}
