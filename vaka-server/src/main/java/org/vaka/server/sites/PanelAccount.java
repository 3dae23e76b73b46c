package org.vaka.server.sites;

import org.vaka.protocol.dc09.AesKey;

/**
 * A panel as the receiver knows it: the account number it reports with, optionally pinned to a receiver
 * and line number, its AES key (null when it reports in plain text) and how often it must be heard.
 * {@code receiver} and {@code line} are empty when the panel is matched on any.
 */
public record PanelAccount(long id, long tenantId, long siteId, String siteName, String account, String receiver,
                           String line, AesKey key, int supervisionSeconds) {

    public boolean encrypted() {
        return key != null;
    }

    /** Does a frame's header (R and L as sent; null when absent) belong to this account? */
    public boolean matches(String frameReceiver, String frameLine) {
        return sameNumber(receiver, frameReceiver) && sameNumber(line, frameLine);
    }

    private static boolean sameNumber(String registered, String sent) {
        if (registered.isEmpty() || sent == null) {
            return true;
        }
        if (sent.isEmpty()) {
            return false;
        }
        try {
            return Long.parseLong(registered, 16) == Long.parseLong(sent, 16);
        } catch (NumberFormatException e) {
            return registered.equalsIgnoreCase(sent);
        }
    }

    @Override
    public String toString() {
        return "PanelAccount[" + account + " R" + receiver + " L" + line + (encrypted() ? ", AES-" + key.bits() : "") + "]";
    }
}
