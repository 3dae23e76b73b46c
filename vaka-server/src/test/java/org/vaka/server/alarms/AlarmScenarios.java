package org.vaka.server.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;
import org.vaka.server.receiver.Dc09Receiver;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;

/**
 * Signals become alarms: a panel sends real DC-09 frames to the receiver, the intake follows the signal log, and
 * operators work the queue through the API. Each test has a panel account of its own.
 */
abstract class AlarmScenarios extends AlarmScenariosBase {

    @Test
    void aBurglaryRaisesOneAlarmAndFurtherEventsJoinIt() throws Exception {
        panelSays("BA03");
        panelSays("BA04");
        await().until(() -> mine().size() == 1 && mine().getFirst().signalCount() == 2);
        AlarmView alarm = mine().getFirst();
        assertThat(alarm.kind()).isEqualTo(AlarmKind.BURGLARY);
        assertThat(alarm.status()).isEqualTo(AlarmStatus.OPEN);
        assertThat(alarm.zone()).isEqualTo("03");
        panelSays("BR03"); // the panel says the zone closed: a fact for the operator, not a closing
        await().until(() -> mine().getFirst().restored());
        assertThat(mine()).hasSize(1);
    }

    @Test
    void everyEventOfAFrameThatCarriesSeveralCounts() throws Exception {
        panelSays("ri1/BA03/FA04"); // one frame, two events: the fire must not hide behind the burglary
        await().until(() -> mine().size() == 2);
        assertThat(mine()).extracting(AlarmView::kind).containsExactly(AlarmKind.FIRE, AlarmKind.BURGLARY);
    }

    @Test
    void aStormOfTechnicalEventsIsGroupedPerSiteAndDoesNotBuryAFire() throws Exception {
        // A regional power cut: twenty sites report mains loss and low battery over and over.
        List<String> storm = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String other = "B" + account.substring(1, 6) + String.format("%02X", i); // never this test's own account
            accounts.register(1, new PanelAccountRegistration(other, null, null, null, null, 3600, "Storm " + other));
            storm.add(other);
        }
        for (int round = 0; round < 5; round++) {
            for (String other : storm) {
                panelSays(other, round % 2 == 0 ? "AT0000" : "YT0000");
            }
        }
        panelSays("FA04"); // one fire, behind a hundred technical events
        await().until(() -> mine().size() == 1 && mine().getFirst().kind() == AlarmKind.FIRE);
        List<AlarmView> queue = alarms.queue(1);
        assertThat(queue.getFirst().kind().priority()).isEqualTo(1);
        assertThat(queue.stream().filter(a -> a.priority() == 1 && a.account().equals(account))).hasSize(1);
        List<AlarmView> technical = queue.stream().filter(a -> storm.contains(a.account())).toList();
        assertThat(technical).hasSize(20).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AlarmKind.TECHNICAL);
            assertThat(a.signalCount()).isEqualTo(5);
        });
        assertThat(queue.indexOf(mine().getFirst())).isLessThan(queue.indexOf(technical.getFirst()));
    }

    @Test
    void fireIsAboveBurglaryInTheQueue() throws Exception {
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        panelSays("FA04");
        await().until(() -> mine().size() == 2);
        assertThat(mine()).extracting(AlarmView::kind).containsExactly(AlarmKind.FIRE, AlarmKind.BURGLARY);
        assertThat(mine().getFirst().priority()).isLessThan(mine().get(1).priority());
    }

    @Test
    void openingsClosingsAndTestsRaiseNoAlarm() throws Exception {
        panelSays("OP0001");
        panelSays("CL0001");
        panelSays("RP0000");
        panelSays("BA05"); // a marker: once it is an alarm, the three before it have been read too
        await().until(() -> mine().size() == 1);
        assertThat(mine().getFirst().kind()).isEqualTo(AlarmKind.BURGLARY);
    }

    @Test
    void ofTwoOperatorsTakingAtOnceOneWinsAndTheOtherIsToldWho() throws Exception {
        panelSays("PA01");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        Callable<Integer> operator = () -> mvc.perform(post("/api/v1/alarms/" + id + "/take")
                .with(httpBasic(OPERATOR, "demo-operator"))).andReturn().getResponse().getStatus();
        Callable<Integer> admin = () -> mvc.perform(post("/api/v1/alarms/" + id + "/take")
                .with(httpBasic(ADMIN, "demo-admin"))).andReturn().getResponse().getStatus();
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            Future<Integer> a = both.submit(operator);
            Future<Integer> b = both.submit(admin);
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        }
        AlarmView taken = alarms.find(1, id).orElseThrow();
        assertThat(taken.status()).isEqualTo(AlarmStatus.TAKEN);
        String loser = taken.takenBy().equals(OPERATOR) ? ADMIN : OPERATOR;
        mvc.perform(post("/api/v1/alarms/" + id + "/take").with(httpBasic(loser, loser.equals(ADMIN) ? "demo-admin" : "demo-operator")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("alarm " + id + " is already taken by " + taken.takenBy()));
    }

    @Test
    void closingNeedsTheTakerAndAResolutionAndTheTrailKeepsEverything() throws Exception {
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        mvc.perform(close(id, OPERATOR, "demo-operator", "FALSE_ALARM")).andExpect(status().isConflict()); // not taken
        mvc.perform(post("/api/v1/alarms/" + id + "/take").with(httpBasic(OPERATOR, "demo-operator"))).andExpect(status().isOk());
        mvc.perform(close(id, OPERATOR, "demo-operator", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("resolution"));
        mvc.perform(close(id, ADMIN, "demo-admin", "FALSE_ALARM")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("alarm " + id + " is being handled by " + OPERATOR));
        // The action instruction first: no closing while a required step is open.
        mvc.perform(close(id, OPERATOR, "demo-operator", "FALSE_ALARM")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("step 1 (Call the contact persons")));
        mvc.perform(step(id, 1, ADMIN, "demo-admin", "DONE", null)).andExpect(status().isConflict());
        mvc.perform(step(id, 1, OPERATOR, "demo-operator", "DONE", null)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].outcome").value("DONE"));
        mvc.perform(step(id, 2, OPERATOR, "demo-operator", "SKIPPED", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(step(id, 9, OPERATOR, "demo-operator", "DONE", null)).andExpect(status().isBadRequest());
        mvc.perform(step(id, 2, OPERATOR, "demo-operator", "SKIPPED", "nobody answered")).andExpect(status().isOk());
        mvc.perform(step(id, 2, OPERATOR, "demo-operator", "DONE", null)).andExpect(status().isConflict());
        mvc.perform(close(id, OPERATOR, "demo-operator", "FALSE_ALARM")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(mine()).isEmpty();

        mvc.perform(get("/api/v1/alarms/" + id).with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(jsonPath("$.trail[0].action").value("RAISED"))
                .andExpect(jsonPath("$.trail[0].actor").value("system"))
                .andExpect(jsonPath("$.trail[1].action").value("TAKEN"))
                .andExpect(jsonPath("$.trail[1].actor").value(OPERATOR))
                .andExpect(jsonPath("$.trail[2].action").value("STEP_DONE"))
                .andExpect(jsonPath("$.trail[3].action").value("STEP_SKIPPED"))
                .andExpect(jsonPath("$.trail[3].detail").value(org.hamcrest.Matchers.endsWith("nobody answered")))
                .andExpect(jsonPath("$.trail[4].action").value("CLOSED"))
                .andExpect(jsonPath("$.trail[4].detail").value("FALSE_ALARM: the cat"))
                .andExpect(jsonPath("$.checklist[2].required").value(false));

        panelSays("BA03"); // the site's next burglary is a new alarm
        await().until(() -> mine().size() == 1);
        assertThat(mine().getFirst().id()).isNotEqualTo(id);
    }

    @Test
    void anOperatorWorksAnAlarmInTheConsole() throws Exception {
        panelSays("FA04");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        var contains = (java.util.function.Function<String, org.springframework.test.web.servlet.ResultMatcher>)
                text -> org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(text));
        mvc.perform(get("/console/alarms").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(contains.apply("Site " + account)).andExpect(contains.apply("FIRE"));
        mvc.perform(get("/console/alarms/queue").locale(java.util.Locale.of("sv")).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(contains.apply("v\u00e4ntar"))
                .andExpect(contains.apply("data-urgent=\"")).andExpect(contains.apply(String.valueOf(id)));
        mvc.perform(post("/console/alarms/" + id + "/take").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/alarms/" + id).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(contains.apply("taken by " + OPERATOR)).andExpect(contains.apply("Fire"));
        var refused = mvc.perform(post("/console/alarms/" + id + "/take").with(httpBasic(ADMIN, "demo-admin"))).andReturn();
        assertThat(refused.getFlashMap().get("conflict")).asString().contains("already taken by " + OPERATOR);
        for (int step = 1; step <= 2; step++) {
            mvc.perform(post("/console/alarms/" + id + "/steps/" + step).with(httpBasic(OPERATOR, "demo-operator"))
                    .param("outcome", "DONE")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/console/alarms/" + id + "/close").with(httpBasic(OPERATOR, "demo-operator"))
                .param("resolution", "EMERGENCY_SERVICES").param("note", "fire brigade called"))
                .andExpect(status().is3xxRedirection());
        assertThat(alarms.find(1, id).orElseThrow().status()).isEqualTo(AlarmStatus.CLOSED);
        assertThat(alarms.trail(1, id)).extracting(AlarmAction::action)
                .containsExactly("RAISED", "TAKEN", "STEP_DONE", "STEP_DONE", "CLOSED");

        // The handling times count it: priority 1, taken and closed by the operator.
        mvc.perform(get("/api/v1/alarms/kpis").with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byPriority[?(@.priority == 1)].taken").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.byOperator[?(@.operator == '" + OPERATOR + "')].closed").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
        mvc.perform(get("/console/alarms/kpis").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(contains.apply("kpi-chart")).andExpect(contains.apply(OPERATOR));
    }

    @Test
    void disarmingWithinTheAbortWindowCancelsTheBurglaryAlarm() throws Exception {
        long site = accounts.view(1, account).orElseThrow().siteId();
        String phone = "+4670" + Long.parseLong(account.substring(1), 16);
        contacts.replaceContacts(1, site, List.of(new org.vaka.server.sites.Contact(1, "Owner", phone)));
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        panelSays("OP0001");
        await().until(() -> mine().isEmpty());
        AlarmView cancelled = alarms.find(1, id).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(AlarmStatus.CLOSED);
        assertThat(cancelled.resolution()).isEqualTo("CANCELLED_BY_CUSTOMER");
        assertThat(alarms.trail(1, id)).extracting(AlarmAction::action).containsExactly("RAISED", "CANCELLED");
        assertThat(alarms.trail(1, id).getLast().detail()).contains("user 0001", "Smart Verification");
        // ...and the customer is told, through the outbox.
        assertThat(smsFor(phone)).singleElement().satisfies(sms -> {
            assertThat(sms.reason()).isEqualTo("SMART_VERIFICATION");
            assertThat(sms.body()).contains("Site " + account, "avbröts");
            assertThat(sms.status()).isEqualTo(org.vaka.server.notify.Notification.OUTBOX_ONLY); // no SMS provider here
        });
    }

    @Test
    void aPowerCutAndItsRestoreAreToldToTheCustomer() throws Exception {
        long site = accounts.view(1, account).orElseThrow().siteId();
        String phone = "+4671" + Long.parseLong(account.substring(1), 16);
        contacts.replaceContacts(1, site, List.of(new org.vaka.server.sites.Contact(1, "Owner", phone)));
        panelSays("AT0000");
        await().until(() -> mine().size() == 1);
        assertThat(mine().getFirst().kind()).isEqualTo(AlarmKind.TECHNICAL);
        clock.advance(java.time.Duration.ofSeconds(61)); // a cut that lasts a minute is news; a flicker is not
        await().until(() -> smsFor(phone).size() == 1);
        panelSays("AR0000");
        await().until(() -> smsFor(phone).size() == 2);
        assertThat(smsFor(phone)).extracting(org.vaka.server.notify.Notification::reason)
                .containsExactly("MAINS_RESTORED", "MAINS_LOST");
        mvc.perform(get("/console/outbox").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Strömmen är tillbaka")));
    }

    @Test
    void aDuressDisarmCancelsTheBurglaryButRaisesASilentDuressAlarmAtTheTop() throws Exception {
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        panelSays("ND0001"); // the panel's duress report comes first, then the ordinary-looking disarm
        panelSays("OP0009");
        await().until(() -> mine().size() == 1 && mine().getFirst().kind() == AlarmKind.DURESS);
        assertThat(mine().getFirst().priority()).isEqualTo(1);
        assertThat(alarms.queue(1).getFirst().priority()).isEqualTo(1);
    }

    @Test
    void aDisarmLongAfterTheAlarmCancelsNothing() throws Exception {
        long site = accounts.view(1, account).orElseThrow().siteId();
        OffsetDateTime twoMinutesAgo = OffsetDateTime.now().minusMinutes(2);
        jdbc.sql("""
                insert into alarm (tenant_id, site_id, account, kind, priority, status, open_key, first_signal_id,
                                   last_signal_id, signal_count, raised_at, last_signal_at, restored)
                values (1, ?, ?, 'BURGLARY', 2, 'OPEN', ?, 0, 0, 1, ?, ?, false)""")
                .params(site, account, site + ":BURGLARY", twoMinutesAgo, twoMinutesAgo).update();
        panelSays("OP0001");
        panelSays("BA05"); // read after the disarm: joins the old burglary alarm, which is still open
        await().until(() -> mine().size() == 1 && mine().getFirst().signalCount() == 2);
        assertThat(mine().getFirst().status()).isEqualTo(AlarmStatus.OPEN);
    }

    @Test
    void aDisarmDoesNotCancelAnAlarmAnOperatorIsHandling() throws Exception {
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        alarms.take(1, id, OPERATOR);
        panelSays("OP0001");
        panelSays("FA04"); // a marker: once it is an alarm, the disarm before it has been read
        await().until(() -> mine().size() == 2);
        assertThat(alarms.find(1, id).orElseThrow().status()).isEqualTo(AlarmStatus.TAKEN);
    }

    @Test
    void inTestModeTheSiteRaisesNoAlarmAndAtTheEndTheReportAndACallBackTaskAreMade() throws Exception {
        long site = accounts.view(1, account).orElseThrow().siteId();
        String email = account.toLowerCase(java.util.Locale.ROOT) + "@kund.example";
        descriptions.describe(1, site, new org.vaka.server.sites.SiteDetails(
                new org.vaka.server.sites.Customer("C" + account, "Kund " + account, null, email),
                "Testgatan 1", "123 45", "Farsta", null, false, null));
        String created = mvc.perform(post("/api/v1/sites/" + site + "/modes").with(httpBasic(OPERATOR, "demo-operator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\":\"TEST\",\"until\":\"" + clock.instant().plusSeconds(3600) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long modeId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        panelSays("FA04");
        panelSays("BA03");
        panelSays("RP0000");
        await().until(() -> jdbc.sql("select count(*) from test_mode_signal where mode_id = ?").param(modeId)
                .query(Integer.class).single() == 3);
        assertThat(mine()).isEmpty();
        mvc.perform(get("/api/v1/sites/" + site + "/modes/" + modeId + "/report").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.signals.length()").value(3))
                .andExpect(jsonPath("$.reportedAt").doesNotExist());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/sites/" + site + "/modes/" + modeId).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isNoContent());
        panelSays("PA01"); // after the test: a real alarm
        await().until(() -> mine().size() == 2);
        assertThat(mine()).extracting(AlarmView::kind).containsExactly(AlarmKind.PANIC, AlarmKind.TEST_CALLBACK);
        AlarmView callBack = mine().get(1);
        assertThat(callBack.meaning()).isEqualTo("Test ended: 3 signal(s) received");
        assertThat(alarms.trail(1, callBack.id()).getFirst().detail()).contains("FA", "BA", "RP", "zone 04");
        assertThat(alarms.checklist(1, callBack.id())).singleElement().satisfies(step -> assertThat(step.required()).isTrue());
        mvc.perform(get("/api/v1/sites/" + site + "/modes/" + modeId + "/report").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.signals[0].code").value("FA"))
                .andExpect(jsonPath("$.callbackAlarmId").value(callBack.id()))
                .andExpect(jsonPath("$.reportedAt").exists());
        // ...and the customer has the report by e-mail
        assertThat(outbox.recent(1, 500)).filteredOn(n -> n.recipient().equals(email)).singleElement().satisfies(mail -> {
            assertThat(mail.reason()).isEqualTo("TEST_REPORT");
            assertThat(mail.channel()).isEqualTo("EMAIL");
            assertThat(mail.body()).contains("FA", "sektion 04", "RP");
        });
        mvc.perform(get("/api/v1/sites/" + site + "/modes/999999/report").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSignalThatCannotBecomeAnAlarmIsSetAsideAndTheFireBehindItStillAlarms() throws Exception {
        // A constraint no real alarm breaks, standing in for whatever one bad row might trip over.
        jdbc.sql("alter table alarm add constraint poison_zone check (zone is null or zone <> '99')").update();
        try {
            panelSays("BA99");
            panelSays("FA04");
            await().until(() -> mine().size() == 1);
            assertThat(mine().getFirst().kind()).isEqualTo(AlarmKind.FIRE);
            long poison = jdbc.sql("select id from signal_log where account = ? and zone = '99'").param(account)
                    .query(Long.class).single();
            assertThat(jdbc.sql("select error from alarm_intake_failure where signal_id = ?").param(poison)
                    .query(String.class).single()).containsIgnoringCase("poison_zone");
        } finally {
            jdbc.sql("alter table alarm drop constraint poison_zone").update();
        }
        panelSays("BA98"); // and the intake goes on in whole batches
        await().until(() -> mine().size() == 2);
    }

    @Test
    void theSitesConditionFollowsItsTroublesAndTheirRestores() throws Exception {
        long site = accounts.view(1, account).orElseThrow().siteId();
        for (String event : List.of("AT0000", "YT0000", "TA05", "XQ0001", "BA03", "CL0002")) {
            panelSays(event);
        }
        await().until(() -> mine().size() == 3 && armingControl.arming(1, site).isPresent());
        mvc.perform(get("/api/v1/sites/" + site + "/condition").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mainsOut").value(true)).andExpect(jsonPath("$.batteryLow").value(true))
                .andExpect(jsonPath("$.tamperedZones[0]").value("05")).andExpect(jsonPath("$.jammed").value(true))
                .andExpect(jsonPath("$.zonesInAlarm[0]").value("03"))
                .andExpect(jsonPath("$.arming.state").value("ARMED_AWAY")).andExpect(jsonPath("$.arming.byUser").value("0002"))
                .andExpect(jsonPath("$.paths[0].inFault").value(false));
        for (String event : List.of("AR0000", "YR0000", "TR05", "XH0001", "BR03", "OP0002")) {
            panelSays(event);
        }
        clock.advance(java.time.Duration.ofSeconds(2)); // a reading is answered again for a second
        mvc.perform(get("/api/v1/sites/" + site + "/condition").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(jsonPath("$.mainsOut").value(false)).andExpect(jsonPath("$.batteryLow").value(false))
                .andExpect(jsonPath("$.tamperedZones.length()").value(0)).andExpect(jsonPath("$.jammed").value(false))
                .andExpect(jsonPath("$.zonesInAlarm.length()").value(0));
        mvc.perform(get("/api/v1/sites/999999/condition").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDisarmFiftyNineSecondsAfterTheBurglaryCancelsIt() throws Exception {
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        clock.advance(java.time.Duration.ofSeconds(59));
        panelSays("OP0001");
        await().until(() -> mine().isEmpty());
    }

    @Test
    void aDisarmSixtyOneSecondsAfterTheBurglaryCancelsNothing() throws Exception {
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        clock.advance(java.time.Duration.ofSeconds(61));
        panelSays("OP0001");
        panelSays("BA04"); // read after the disarm: proof the disarm has been taken in, and the alarm is still open
        await().until(() -> mine().size() == 1 && mine().getFirst().signalCount() == 2);
        assertThat(mine().getFirst().status()).isEqualTo(AlarmStatus.OPEN);
        assertThat(alarms.trail(1, mine().getFirst().id())).extracting(AlarmAction::action).containsExactly("RAISED");
    }

    @Test
    void firePanicAndDuressAreNeverCancelledByADisarm() throws Exception {
        panelSays("FA04");
        panelSays("PA01");
        panelSays("ND0001");
        await().until(() -> mine().size() == 3);
        panelSays("OP0001");
        panelSays("BA05"); // read after the disarm
        await().until(() -> mine().size() == 4);
        assertThat(mine()).extracting(AlarmView::kind)
                .containsExactly(AlarmKind.FIRE, AlarmKind.PANIC, AlarmKind.DURESS, AlarmKind.BURGLARY);
        assertThat(mine()).allSatisfy(alarm -> assertThat(alarm.status()).isEqualTo(AlarmStatus.OPEN));
    }

    @Test
    void theOperatorDispatchesAGuardCallsEmergencyServicesAndWritesNotesAndOnlyTheTakerMay() throws Exception {
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        String json = "application/json";
        mvc.perform(post("/api/v1/alarms/" + id + "/dispatches").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(json).content("{\"company\":\"Securitas\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/alarms/" + id + "/take").with(httpBasic(OPERATOR, "demo-operator"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/alarms/" + id + "/dispatches").with(httpBasic(ADMIN, "demo-admin"))
                .contentType(json).content("{\"company\":\"Securitas\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(OPERATOR)));
        mvc.perform(post("/api/v1/alarms/" + id + "/dispatches").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(json).content("{\"company\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("company"));
        String dispatch = mvc.perform(post("/api/v1/alarms/" + id + "/dispatches").with(httpBasic(OPERATOR, "demo-operator"))
                        .contentType(json).content("{\"company\":\"Securitas Väktare\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.arrivedAt").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long dispatchId = Long.parseLong(dispatch.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/alarms/" + id + "/dispatches/" + dispatchId + "/arrival").with(httpBasic(OPERATOR, "demo-operator"))
                        .contentType(json).content("{\"report\":\"Altandörren uppbruten, polis på plats\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.arrivedAt").exists());
        mvc.perform(post("/api/v1/alarms/" + id + "/dispatches/" + dispatchId + "/arrival").with(httpBasic(OPERATOR, "demo-operator"))
                        .contentType(json).content("{\"report\":\"again\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("dispatchId"));
        mvc.perform(post("/api/v1/alarms/" + id + "/emergency").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(json).content("{\"service\":\"112 Polis\",\"reference\":\"K-2026-4711\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/alarms/" + id + "/notes").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(json).content("{\"text\":\"\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("text"));
        mvc.perform(post("/api/v1/alarms/" + id + "/notes").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(json).content("{\"text\":\"Kunden på väg hem\"}")).andExpect(status().isOk());
        assertThat(alarms.trail(1, id)).extracting(AlarmAction::action)
                .containsExactly("RAISED", "TAKEN", "GUARD_DISPATCHED", "STEP_DONE", "GUARD_ARRIVED", "EMERGENCY_CALLED", "NOTE");
        mvc.perform(get("/api/v1/alarms/" + id).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alarm.category").value("BURGLARY"))
                .andExpect(jsonPath("$.alarm.openedAt").exists())
                .andExpect(jsonPath("$.events[0].code").value("BA"))
                .andExpect(jsonPath("$.events[0].zone").value("03"))
                .andExpect(jsonPath("$.dispatches[0].report").value("Altandörren uppbruten, polis på plats"));
    }

    @Test
    void closedAlarmsAreListedByAccountNewestFirst() throws Exception {
        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        panelSays("OP0001"); // Smart Verification closes it
        await().until(() -> mine().isEmpty());
        mvc.perform(get("/api/v1/alarms?status=closed&account=" + account).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].resolution").value("CANCELLED_BY_CUSTOMER"));
        mvc.perform(get("/api/v1/alarms?status=open&account=" + account).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/alarms?status=forgotten").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void inServiceModeTamperFromTheZoneRaisesNoAlarmButABurglaryStillDoes() throws Exception {
        long site = accounts.view(1, account).orElseThrow().siteId();
        mvc.perform(post("/api/v1/sites/" + site + "/modes").with(httpBasic(OPERATOR, "demo-operator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\":\"SERVICE\",\"zone\":\"5\",\"until\":\"" + clock.instant().plusSeconds(3600) + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.zone").value("05"));
        panelSays("TA05");
        panelSays("BA05");
        await().until(() -> mine().size() == 1);
        panelSays("TA06"); // another zone's tamper still alarms
        await().until(() -> mine().size() == 2);
        assertThat(mine()).extracting(AlarmView::kind).containsExactly(AlarmKind.BURGLARY, AlarmKind.TAMPER);
        assertThat(mine().get(1).zone()).isEqualTo("06");
        mvc.perform(post("/api/v1/sites/" + site + "/modes").with(httpBasic(OPERATOR, "demo-operator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"TEST\",\"until\":\"2020-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("until"));
        mvc.perform(post("/api/v1/sites/" + site + "/modes").with(httpBasic(OPERATOR, "demo-operator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"HOLIDAY\",\"until\":\"2030-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("mode"));
    }

    @Test
    void theOperatorCallsTheContactsInOrderAndChecksTheVerificationWord() throws Exception {
        long site = accounts.view(1, account).orElseThrow().siteId();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/sites/" + site + "/contacts")
                        .with(httpBasic(ADMIN, "demo-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"name\":\"Anna Andersson\",\"phone\":\"+46701234567\"},{\"name\":\"Erik\",\"phone\":\"070-234 56 78\"}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[1].position").value(2));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/sites/" + site + "/contacts")
                        .with(httpBasic(ADMIN, "demo-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"name\":\"Anna\",\"phone\":\"call me\"}]"))
                .andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/sites/" + site + "/verification-word")
                        .with(httpBasic(ADMIN, "demo-admin")).contentType(MediaType.APPLICATION_JSON).content("{\"word\":\"Blåbär\"}"))
                .andExpect(status().isNoContent());

        panelSays("BA03");
        await().until(() -> mine().size() == 1);
        long id = mine().getFirst().id();
        alarms.take(1, id, OPERATOR);
        mvc.perform(post("/api/v1/alarms/" + id + "/calls").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"contact\":1,\"outcome\":\"NO_ANSWER\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/alarms/" + id + "/calls").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"contact\":9,\"outcome\":\"BUSY\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("contact"));
        mvc.perform(post("/api/v1/alarms/" + id + "/verify").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"word\":\"hallon\"}")).andExpect(jsonPath("$.matched").value(false));
        mvc.perform(post("/api/v1/alarms/" + id + "/verify").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"word\":\" blåbär \"}")).andExpect(jsonPath("$.matched").value(true));

        assertThat(alarms.checklist(1, id).get(1).outcome()).isEqualTo("DONE"); // the verification step settled itself
        List<AlarmAction> trail = alarms.trail(1, id);
        assertThat(trail).extracting(AlarmAction::action)
                .containsExactly("RAISED", "TAKEN", "CALL", "VERIFICATION_FAILED", "VERIFIED", "STEP_DONE");
        assertThat(trail.get(2).detail()).isEqualTo("1. Anna Andersson +46701234567: no answer");
        assertThat(trail).noneMatch(a -> a.detail() != null && (a.detail().contains("hallon") || a.detail().contains("blåbär")));
    }

    @Test
    void anotherTenantsAlarmIsNotThere() throws Exception {
        jdbc.sql("insert into tenant (id, name) values (78, 'Other Larm AB')").update();
        jdbc.sql("""
                insert into alarm (tenant_id, site_id, account, kind, priority, status, open_key, first_signal_id,
                                   last_signal_id, signal_count, raised_at, last_signal_at, restored)
                values (78, 999, 'FFFF', 'FIRE', 1, 'OPEN', '999:FIRE', 0, 0, 1, ?, ?, false)""")
                .params(OffsetDateTime.now(), OffsetDateTime.now()).update();
        long foreign = jdbc.sql("select id from alarm where tenant_id = 78").query(Long.class).single();
        mvc.perform(get("/api/v1/alarms/" + foreign).with(httpBasic(OPERATOR, "demo-operator"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/alarms/" + foreign + "/take").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isNotFound());
        assertThat(alarms.queue(1)).noneMatch(a -> a.id() == foreign);
        mvc.perform(get("/api/v1/alarms")).andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.RequestBuilder step(long id, int position, String who, String password,
                                                                     String outcome, String reason) {
        return post("/api/v1/alarms/" + id + "/steps/" + position).with(httpBasic(who, password))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"" + outcome + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private org.springframework.test.web.servlet.RequestBuilder close(long id, String who, String password, String resolution) {
        return post("/api/v1/alarms/" + id + "/close").with(httpBasic(who, password)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"resolution\":\"" + resolution + "\",\"note\":\"the cat\"}");
    }
}
