package org.vaka.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.vaka.server.MutableClock;
import org.vaka.server.notify.internal.OutboxDispatcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * The outbox delivers, on real components: e-mail to a real SMTP server (GreenMail) and SMS to a real HTTP endpoint,
 * both on loopback ports, with retries timed by a clock the tests move. Every test has recipients of its own, so the
 * H2 and PostgreSQL runs, which share the two servers, never see each other's messages.
 */
abstract class OutboxScenarios {

    static final String TOKEN = "sms-token-7f3a91";
    static final String ADMIN = "admin@demo.vaka";
    static final String OPERATOR = "operator@demo.vaka";

    static final GreenMail SMTP = startSmtp();
    static final LoopbackSmsProvider SMS = LoopbackSmsProvider.start();

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return smtp;
    }

    /** Both providers configured, the dispatcher brisk, three attempts in all. */
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("vaka.notify.mail.from", () -> "larm@vaka.test");
        registry.add("vaka.notify.sms.url", SMS::url);
        registry.add("vaka.notify.sms.token", () -> TOKEN);
        registry.add("vaka.notify.sms.from", () -> "VakaTest");
        registry.add("vaka.notify.sms.timeout", () -> "3s");
        registry.add("vaka.notify.dispatch-interval-ms", () -> 100);
        registry.add("vaka.notify.max-attempts", () -> 3);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired Outbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;
    @Autowired MeterRegistry meters;

    String phone;
    String address;

    @BeforeEach
    void recipientsOfItsOwn() {
        long n = ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        phone = "+4670" + n;
        address = "kund" + n + "@example.se";
    }

    Notification message(String to) {
        List<Notification> found = outbox.recent(1, 500).stream().filter(m -> m.recipient().equals(to)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    boolean hasStatus(String to, String status) {
        return message(to).status().equals(status);
    }

    List<DeliveryAttempt> log(String to) {
        long id = message(to).id();
        return outbox.attempts(1, List.of(id)).getOrDefault(id, List.of());
    }

    void smsInATransaction(String to, String text) {
        transaction.executeWithoutResult(tx -> outbox.sms(1, null, to, text, "TEST"));
    }

    @Test
    void anEmailReachesTheSmtpServer() throws Exception {
        transaction.executeWithoutResult(tx -> outbox.email(1, null, address, "Strömavbrott på Villa Ek",
                "Strömmen är borta på Villa Ek sedan 14:02. Larmet går på batteri.", "MAINS_LOST"));
        await().until(() -> hasStatus(address, Notification.SENT));

        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                received.add(m);
            }
        }
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Strömavbrott på Villa Ek");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("larm@vaka.test");
            assertThat(((String) mail.getContent()).strip()).isEqualTo("Strömmen är borta på Villa Ek sedan 14:02. Larmet går på batteri.");
        });
        Notification sent = message(address);
        assertThat(sent.channel()).isEqualTo(Notification.EMAIL);
        assertThat(sent.subject()).isEqualTo("Strömavbrott på Villa Ek");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(sent.lastError()).isNull();
        assertThat(log(address)).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo("SENT");
            assertThat(a.detail()).contains("accepted by the SMTP server");
        });
    }

    @Test
    void anEmailThatCannotBeAddressedIsRefusedWithoutRetry() {
        String two = address + ", " + "andra" + address; // one message, one recipient
        transaction.executeWithoutResult(tx -> outbox.email(1, null, two, "Test", "text", "TEST"));
        await().until(() -> hasStatus(two, Notification.FAILED));
        clock.advance(Duration.ofHours(3));
        dispatcher.dispatchDue();
        assertThat(message(two).attempts()).isEqualTo(1);
        assertThat(message(two).lastError()).startsWith("not a valid e-mail");
        assertThat(log(two)).extracting(DeliveryAttempt::outcome).containsExactly("REFUSED");
    }

    @Test
    void anSmsReachesTheProviderAsJsonWithTheBearerToken() {
        smsInATransaction(phone, "Larmet på Villa Ek avbröts.");
        await().until(() -> hasStatus(phone, Notification.SENT));
        assertThat(SMS.receivedFor(phone)).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo("VakaTest");
            assertThat(r.text()).isEqualTo("Larmet på Villa Ek avbröts.");
            assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(r.contentType()).startsWith("application/json");
        });
        assertThat(log(phone)).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo("SENT");
            assertThat(a.detail()).startsWith("HTTP 200").doesNotContain(TOKEN);
        });
    }

    @Test
    void aMessageExistsOnlyWhenItsCauseCommitted() {
        transaction.executeWithoutResult(tx -> {
            outbox.sms(1, null, phone, "never", "TEST");
            tx.setRollbackOnly();
        });
        dispatcher.dispatchDue();
        assertThat(outbox.recent(1, 500)).noneMatch(m -> m.recipient().equals(phone));
        assertThat(SMS.receivedFor(phone)).isEmpty();
    }

    @Test
    void aMessageWithoutRecipientNeverBreaksItsCause() {
        String reason = "NO_RECIPIENT_" + phone.substring(5);
        Boolean committed = transaction.execute(tx -> {
            outbox.sms(1, null, "  ", "till ingen", reason);
            return true;
        });
        assertThat(committed).isTrue();
        assertThat(outbox.recent(1, 500)).filteredOn(m -> m.reason().equals(reason)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(Notification.FAILED);
            assertThat(m.lastError()).isEqualTo("no recipient");
            assertThat(m.attempts()).isZero();
        });
    }

    @Test
    void aProviderErrorIsRetriedAfterTheBackoffAndThenSent() {
        SMS.answer(phone, 503);
        smsInATransaction(phone, "Strömmen är tillbaka.");
        await().until(() -> hasStatus(phone, Notification.RETRYING));
        Notification waiting = message(phone);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(waiting.lastError()).startsWith("HTTP 503");

        clock.advance(Duration.ofSeconds(29));
        dispatcher.dispatchDue();
        assertThat(SMS.receivedFor(phone)).hasSize(1); // not due yet

        clock.advance(Duration.ofSeconds(1));
        await().until(() -> hasStatus(phone, Notification.SENT));
        assertThat(message(phone).attempts()).isEqualTo(2);
        assertThat(message(phone).lastError()).isNull();
        assertThat(log(phone)).extracting(DeliveryAttempt::outcome).containsExactly("RETRY", "SENT");
        assertThat(SMS.receivedFor(phone)).hasSize(2);
    }

    @Test
    void aRefusalIsNotRetried() {
        SMS.answer(phone, 400);
        smsInATransaction(phone, "till ett nummer som inte finns");
        await().until(() -> hasStatus(phone, Notification.FAILED));
        clock.advance(Duration.ofHours(3));
        dispatcher.dispatchDue();
        Notification failed = message(phone);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastError()).startsWith("HTTP 400");
        assertThat(log(phone)).extracting(DeliveryAttempt::outcome).containsExactly("REFUSED");
        assertThat(SMS.receivedFor(phone)).hasSize(1);
        assertThat(meters.counter("vaka.notify.attempts", "channel", "SMS", "outcome", "REFUSED").count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void afterTheLastAttemptTheMessageFails() {
        SMS.answer(phone, 500, 502, 503, 200);
        smsInATransaction(phone, "försök tre gånger");
        await().until(() -> message(phone).attempts() == 1 && hasStatus(phone, Notification.RETRYING));
        assertThat(message(phone).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        await().until(() -> message(phone).attempts() == 2 && hasStatus(phone, Notification.RETRYING));
        assertThat(message(phone).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));
        await().until(() -> hasStatus(phone, Notification.FAILED));
        clock.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertThat(message(phone).attempts()).isEqualTo(3); // vaka.notify.max-attempts
        assertThat(message(phone).lastError()).startsWith("HTTP 503");
        assertThat(log(phone)).extracting(DeliveryAttempt::outcome).containsExactly("RETRY", "RETRY", "RETRY");
        assertThat(SMS.receivedFor(phone)).hasSize(3);
    }

    @Test
    void anUnreachableProviderIsTriedAgainAtATimeFromTheInjectedClock() {
        Instant queuedAt = clock.instant();
        SMS.stop();
        try {
            smsInATransaction(phone, "medan leverantören ligger nere");
            await().until(() -> hasStatus(phone, Notification.RETRYING));
        } finally {
            SMS.restart();
        }
        Notification waiting = message(phone);
        assertThat(waiting.nextAttemptAt()).isEqualTo(queuedAt.plusSeconds(30)).isAfter(clock.instant());
        assertThat(waiting.lastError()).contains("unreachable");
        clock.advance(Duration.ofSeconds(30));
        await().until(() -> hasStatus(phone, Notification.SENT));
        assertThat(SMS.receivedFor(phone)).hasSize(1);
        assertThat(log(phone)).extracting(DeliveryAttempt::outcome).containsExactly("RETRY", "SENT");
    }

    @Test
    void manyNodesDispatchingAtOnceSendEachMessageOnce() throws Exception {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            phones.add(phone + "-" + i);
        }
        transaction.executeWithoutResult(tx -> phones.forEach(p -> outbox.sms(1, null, p, "en gång", "TEST")));
        // The scheduler and four more "nodes" race for the same rows: only the database decides.
        AtomicBoolean done = new AtomicBoolean();
        try (ExecutorService nodes = Executors.newFixedThreadPool(4)) {
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                running.add(nodes.submit(() -> {
                    while (!done.get()) {
                        dispatcher.dispatchDue();
                    }
                }));
            }
            await().until(() -> phones.stream().allMatch(p -> hasStatus(p, Notification.SENT)));
            done.set(true);
            for (Future<?> f : running) {
                f.get();
            }
        }
        for (String p : phones) {
            assertThat(SMS.receivedFor(p)).as(p).hasSize(1);
            assertThat(message(p).attempts()).as(p).isEqualTo(1);
            assertThat(log(p)).as(p).hasSize(1);
        }
    }

    @Test
    void aMessageANodeDiedSendingIsDeliveredOnceWhenItsClaimLapses() {
        // As a node leaves it when it stops between claiming and settling: SENDING, its claim good for two minutes.
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into notification (tenant_id, channel, recipient, body, reason, status, attempts,
                                                  next_attempt_at, created_at)
                        values (1, 'SMS', ?, 'efter omstart', 'TEST', 'SENDING', 1, ?, ?)""")
                .params(phone, now.plusMinutes(2), now).update();
        dispatcher.dispatchDue();
        assertThat(SMS.receivedFor(phone)).isEmpty(); // the claim still holds

        clock.advance(Duration.ofMinutes(2));
        await().until(() -> hasStatus(phone, Notification.SENT));
        for (int round = 0; round < 3; round++) {
            clock.advance(Duration.ofHours(1));
            dispatcher.dispatchDue();
        }
        assertThat(SMS.receivedFor(phone)).hasSize(1);
        assertThat(message(phone).attempts()).isEqualTo(2);
    }

    @Test
    void administratorsReadTheOutboxThroughTheApi() throws Exception {
        SMS.answer(phone, 503);
        smsInATransaction(phone, "via API");
        await().until(() -> hasStatus(phone, Notification.RETRYING));
        transaction.executeWithoutResult(tx -> outbox.sms(2, null, phone + "9", "another tenant's", "TEST"));

        mvc.perform(get("/api/v1/outbox").param("limit", "500").with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.to == '" + phone + "')].channel").value("SMS"))
                .andExpect(jsonPath("$[?(@.to == '" + phone + "')].text").value("via API"))
                .andExpect(jsonPath("$[?(@.to == '" + phone + "')].status").value("RETRYING"))
                .andExpect(jsonPath("$[?(@.to == '" + phone + "')].attempts").value(1))
                .andExpect(jsonPath("$[?(@.to == '" + phone + "')].reason").value("TEST"))
                .andExpect(jsonPath("$[?(@.to == '" + phone + "')].lastError").value(Matchers.contains(Matchers.startsWith("HTTP 503"))))
                .andExpect(jsonPath("$[?(@.to == '" + phone + "')].createdAt").exists())
                .andExpect(jsonPath("$[?(@.to == '" + phone + "9')]").isEmpty());
        mvc.perform(get("/api/v1/outbox").param("limit", "1").with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/outbox/" + message(phone).id() + "/attempts").with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].outcome").value("RETRY"));

        mvc.perform(get("/api/v1/outbox").with(httpBasic(OPERATOR, "demo-operator"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/outbox")).andExpect(status().isUnauthorized());
        for (String bad : List.of("0", "501", "-3", "many")) {
            mvc.perform(get("/api/v1/outbox").param("limit", bad).with(httpBasic(ADMIN, "demo-admin")))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("limit"));
        }
    }

    @Test
    void theConsoleShowsStatusAttemptsAndTheDeliveryLog() throws Exception {
        SMS.answer(phone, 503);
        smsInATransaction(phone, "syns i konsolen");
        await().until(() -> hasStatus(phone, Notification.RETRYING));
        clock.advance(Duration.ofSeconds(30));
        await().until(() -> hasStatus(phone, Notification.SENT));
        mvc.perform(get("/console/outbox").locale(Locale.ENGLISH).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("syns i konsolen"),
                        Matchers.containsString("status-SENT"), Matchers.containsString(">Sent<"),
                        Matchers.containsString("Delivery log"), Matchers.containsString("failed, will retry"),
                        Matchers.containsString("HTTP 503"), Matchers.containsString("HTTP 200"),
                        Matchers.not(Matchers.containsString("??")))));
        mvc.perform(get("/console/outbox").locale(Locale.forLanguageTag("sv")).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(">Skickad<"),
                        Matchers.containsString("Leveranslogg"), Matchers.not(Matchers.containsString("??")))));
    }
}
