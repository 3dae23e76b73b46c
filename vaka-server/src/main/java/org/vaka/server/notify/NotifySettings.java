package org.vaka.server.notify;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code vaka.notify.*}; documented in application.yml. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*} (mapped from {@code VAKA_SMTP_*}); e-mail is delivered when its host is set.
 *
 * @param retryDelays the wait after the first, second, ... failed attempt; the last one repeats
 * @param maxAttempts attempts in all before a message is given up as FAILED
 * @param claimTimeout how long a node may take to hand one message over before another node may take it instead
 * @param batchSize most messages one dispatch round claims
 */
@ConfigurationProperties("vaka.notify")
public record NotifySettings(List<Duration> retryDelays, int maxAttempts, Duration claimTimeout, int batchSize,
                             Mail mail, Sms sms) {

    public NotifySettings {
        if (retryDelays == null || retryDelays.isEmpty()) {
            retryDelays = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1));
        }
        retryDelays = List.copyOf(retryDelays);
        if (maxAttempts < 1) maxAttempts = 5;
        if (claimTimeout == null) claimTimeout = Duration.ofMinutes(2);
        if (batchSize < 1) batchSize = 50;
        if (mail == null) mail = new Mail(null);
        if (sms == null) sms = new Sms(null, null, null, null);
    }

    /** How long to wait after the given failed attempt (1 for the first). */
    public Duration delayAfter(int attempt) {
        return retryDelays.get(Math.min(Math.max(attempt, 1), retryDelays.size()) - 1);
    }

    /** @param from the sender address of every e-mail */
    public record Mail(String from) {
        public Mail {
            if (from == null || from.isBlank()) from = "vaka@localhost";
        }
    }

    /**
     * The HTTP SMS provider: {@code url} gets a JSON POST per message; empty means no SMS provider.
     *
     * @param token sent as a bearer token when set; never logged
     */
    public record Sms(String url, String token, String from, Duration timeout) {
        public Sms {
            if (url == null) url = "";
            if (token == null) token = "";
            if (from == null || from.isBlank()) from = "Vaka";
            if (timeout == null) timeout = Duration.ofSeconds(10);
        }

        public boolean configured() {
            return !url.isBlank();
        }

        @Override
        public String toString() {
            return "Sms[" + (configured() ? url : "none") + ", from " + from + (token.isBlank() ? "" : ", with token") + "]";
        }
    }
}
