package org.vaka.server.sites;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator fills in to register (or change) a panel account. {@code brokerPassword} is the panel's
 * own MQTT login (user name: the account number) for commands and device state; like the key it is write-only,
 * and leaving it empty when changing an account keeps the one already set.
 */
public record PanelAccountRegistration(
        @NotBlank(message = "{account.account.required}")
        @Pattern(regexp = "[0-9A-Fa-f]{3,16}", message = "{account.account.pattern}") String account,
        @Pattern(regexp = "[0-9A-Fa-f]{1,6}", message = "{account.receiver.pattern}") String receiver,
        @Pattern(regexp = "[0-9A-Fa-f]{1,6}", message = "{account.line.pattern}") String line,
        String key,
        @Pattern(regexp = "(?i)hex|text", message = "{account.keyFormat.pattern}") String keyFormat,
        @Min(value = 10, message = "{account.supervision.range}")
        @Max(value = 604800, message = "{account.supervision.range}") Integer supervisionSeconds,
        @Size(max = 200, message = "{account.siteName.size}") String siteName,
        @Pattern(regexp = "|.{8,128}", message = "{account.brokerPassword.size}") String brokerPassword) {

    public static final int DEFAULT_SUPERVISION_SECONDS = 90;

    public PanelAccountRegistration(String account, String receiver, String line, String key, String keyFormat,
                                    Integer supervisionSeconds, String siteName) {
        this(account, receiver, line, key, keyFormat, supervisionSeconds, siteName, null);
    }

    @Override
    public String toString() {
        return "PanelAccountRegistration[" + account + "]"; // never the key or the broker password
    }
}
