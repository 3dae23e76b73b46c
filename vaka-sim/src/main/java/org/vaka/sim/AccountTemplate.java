package org.vaka.sim;

import java.util.Objects;
import org.vaka.protocol.dc09.KeyFormat;

/**
 * What every registered account of a run has in common.
 *
 * @param keyText              the AES key as typed, null for plain SIA-DCS
 * @param brokerPasswordPrefix the account's MQTT broker password is this plus the account number; null registers
 *                             no broker password
 * @param siteNamePrefix       each account's site is named this plus the account number
 */
public record AccountTemplate(String keyText, KeyFormat keyFormat, String brokerPasswordPrefix, String siteNamePrefix) {

    public AccountTemplate {
        Objects.requireNonNull(keyFormat, "keyFormat");
        Objects.requireNonNull(siteNamePrefix, "siteNamePrefix");
    }

    static AccountTemplate of(SimOptions options) {
        return new AccountTemplate(options.aesKeyText(), options.keyFormat(), null, "Sim panel ");
    }

    @Override
    public String toString() {
        return "AccountTemplate[" + (keyText == null ? "plain" : "AES") + ", site " + siteNamePrefix + "...]";
    }
}
