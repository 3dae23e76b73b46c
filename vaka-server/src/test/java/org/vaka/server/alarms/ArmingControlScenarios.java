package org.vaka.server.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Arming control: a shop open Monday to Friday 07:00–18:00 (Stockholm time, 15 minutes' tolerance), closed at the
 * weekend and on a holiday. The server's clock is put where each rule bites; the panel's frames carry that time.
 */
abstract class ArmingControlScenarios extends AlarmScenariosBase {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** A Monday in winter (UTC+1), and the Wednesday after it, the holiday. */
    static final LocalDateTime MONDAY = LocalDateTime.of(2027, 3, 1, 0, 0);
    static final String SCHEDULE = """
            {"toleranceMinutes":15,"timeZone":"Europe/Stockholm",
             "days":[{"day":"MONDAY","disarmFrom":"07:00","armBy":"18:00"},{"day":"TUESDAY","disarmFrom":"07:00","armBy":"18:00"},
                     {"day":"WEDNESDAY","disarmFrom":"07:00","armBy":"18:00"},{"day":"THURSDAY","disarmFrom":"07:00","armBy":"18:00"},
                     {"day":"FRIDAY","disarmFrom":"07:00","armBy":"16:00"}],
             "holidays":[{"date":"2027-03-03","note":"Inventering"}]}""";

    long site;

    @BeforeEach
    void aShopUnderArmingControl() throws Exception {
        site = accounts.view(1, account).orElseThrow().siteId();
        // Early on the test Monday before the schedule exists: with the clock still where the last test left it (past
        // a closing time, say), the next check would find the new shop late before this test had even begun.
        at(MONDAY.withHour(5));
        mvc.perform(put("/api/v1/sites/" + site + "/arming-schedule").with(httpBasic(OPERATOR, "demo-operator"))
                        .contentType(MediaType.APPLICATION_JSON).content(SCHEDULE))
                .andExpect(status().isOk());
    }

    void at(LocalDateTime local) {
        clock.set(local.atZone(STOCKHOLM).toInstant());
    }

    List<AlarmView> mine(AlarmKind kind) {
        return mine().stream().filter(a -> a.kind() == kind).toList();
    }

    @Test
    void theScheduleIsKeptAndBadSchedulesAreRefusedWithTheField() throws Exception {
        mvc.perform(get("/api/v1/sites/" + site + "/arming-schedule").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.toleranceMinutes").value(15))
                .andExpect(jsonPath("$.days.length()").value(5)).andExpect(jsonPath("$.days[4].armBy").value("16:00:00"))
                .andExpect(jsonPath("$.holidays[0].note").value("Inventering"));
        for (String[] bad : List.of(
                new String[] {"{\"toleranceMinutes\":-1}", "toleranceMinutes"},
                new String[] {"{\"timeZone\":\"Mars/Olympus\"}", "timeZone"},
                new String[] {"{\"days\":[{\"day\":\"FUNDAY\",\"disarmFrom\":\"07:00\",\"armBy\":\"18:00\"}]}", "days"},
                new String[] {"{\"days\":[{\"day\":\"MONDAY\",\"disarmFrom\":\"19:00\",\"armBy\":\"18:00\"}]}", "days"},
                new String[] {"{\"days\":[{\"day\":\"MONDAY\",\"disarmFrom\":\"7\",\"armBy\":\"18:00\"}]}", "days"},
                new String[] {"{\"holidays\":[{\"date\":\"1 May\"}]}", "holidays"})) {
            mvc.perform(put("/api/v1/sites/" + site + "/arming-schedule").with(httpBasic(OPERATOR, "demo-operator"))
                            .contentType(MediaType.APPLICATION_JSON).content(bad[0]))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(bad[1]));
        }
        // nothing of the refused ones was stored
        mvc.perform(get("/api/v1/sites/" + site + "/arming-schedule").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.days.length()").value(5));
        mvc.perform(get("/api/v1/sites/999999/arming-schedule").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/sites/999999/arming-schedule").with(httpBasic(OPERATOR, "demo-operator"))
                .contentType(MediaType.APPLICATION_JSON).content(SCHEDULE)).andExpect(status().isNotFound());
    }

    @Test
    void theSitesArmingFollowsItsOpeningsAndClosingsAndWhoDidThem() throws Exception {
        at(MONDAY.withHour(7).withMinute(30));
        mvc.perform(get("/api/v1/sites/" + site + "/arming").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("UNKNOWN"));
        panelSays("OP0002");
        await().until(() -> arming().map(SiteArming::state).orElse(null) == ArmingState.DISARMED);
        assertThat(arming().orElseThrow().byUser()).isEqualTo("0002");
        panelSays("NL0003");
        await().until(() -> arming().map(SiteArming::state).orElse(null) == ArmingState.ARMED_HOME);
        panelSays("CL0001");
        await().until(() -> arming().map(SiteArming::state).orElse(null) == ArmingState.ARMED_AWAY);
        mvc.perform(get("/api/v1/sites/" + site + "/arming").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(jsonPath("$.state").value("ARMED_AWAY")).andExpect(jsonPath("$.byUser").value("0001"));
        assertThat(mine(AlarmKind.UNEXPECTED_DISARM)).isEmpty(); // 07:30 on a Monday is opening hours
    }

    @Test
    void aDisarmBeforeOpeningIsAnUnexpectedDisarmAlarm() throws Exception {
        at(MONDAY.withHour(6).withMinute(40)); // 07:00 less the 15 minutes' tolerance is 06:45
        panelSays("OP0004");
        await().until(() -> mine(AlarmKind.UNEXPECTED_DISARM).size() == 1);
        AlarmView alarm = mine(AlarmKind.UNEXPECTED_DISARM).getFirst();
        assertThat(alarm.priority()).isEqualTo(2);
        assertThat(alarm.meaning()).isEqualTo("Unexpected disarm by user 0004");
        assertThat(alarms.trail(1, alarm.id()).getFirst().detail()).contains("before opening at 07:00");
        assertThat(alarms.checklist(1, alarm.id())).extracting(ChecklistItem::text)
                .contains("Verify the caller with the site's verification word");
    }

    @Test
    void aDisarmWithinTheToleranceIsExpected() throws Exception {
        at(MONDAY.withHour(6).withMinute(50));
        panelSays("OP0004");
        at(MONDAY.withHour(18).withMinute(10));
        panelSays("OP0004");
        panelSays("BA01"); // read after both disarms
        await().until(() -> mine(AlarmKind.BURGLARY).size() == 1);
        assertThat(mine(AlarmKind.UNEXPECTED_DISARM)).isEmpty();
    }

    @Test
    void aDisarmOnAHolidayOrAClosedDayIsUnexpected() throws Exception {
        at(MONDAY.plusDays(2).withHour(10)); // Wednesday, the holiday
        panelSays("OP0001");
        await().until(() -> mine(AlarmKind.UNEXPECTED_DISARM).size() == 1);
        assertThat(alarms.trail(1, mine(AlarmKind.UNEXPECTED_DISARM).getFirst().id()).getFirst().detail())
                .contains("holiday", "Inventering");
        at(MONDAY.plusDays(5).withHour(10)); // Saturday: closed; joins the open alarm rather than raising another
        panelSays("OP0001");
        await().until(() -> mine(AlarmKind.UNEXPECTED_DISARM).getFirst().signalCount() == 2);
        assertThat(mine(AlarmKind.UNEXPECTED_DISARM)).hasSize(1);
    }

    @Test
    void aSiteStillDisarmedAfterClosingTimeIsLateToArmOnceADay() throws Exception {
        at(MONDAY.withHour(7).withMinute(5));
        panelSays("OP0002");
        await().until(() -> arming().isPresent());
        at(MONDAY.withHour(18).withMinute(10)); // closing 18:00 + 15 min not yet passed
        await().during(Duration.ofMillis(800)).until(() -> mine(AlarmKind.LATE_TO_ARM).isEmpty());
        at(MONDAY.withHour(18).withMinute(16));
        await().until(() -> mine(AlarmKind.LATE_TO_ARM).size() == 1);
        AlarmView late = mine(AlarmKind.LATE_TO_ARM).getFirst();
        assertThat(late.meaning()).isEqualTo("Not armed by 18:00");
        assertThat(late.priority()).isEqualTo(3);
        // the operator handles it; the check does not raise it again the same evening
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/alarms/" + late.id() + "/take")
                .with(httpBasic(OPERATOR, "demo-operator"))).andExpect(status().isOk());
        for (ChecklistItem step : alarms.checklist(1, late.id())) {
            alarms.settleStep(1, late.id(), step.position(), OPERATOR, true, null);
        }
        alarms.close(1, late.id(), OPERATOR, Resolution.values()[0], "kunden låser nu");
        at(MONDAY.withHour(19));
        await().during(Duration.ofMillis(800)).until(() -> mine(AlarmKind.LATE_TO_ARM).isEmpty());
    }

    @Test
    void aSiteArmedInTimeOrOnAHolidayIsNotLate() throws Exception {
        at(MONDAY.withHour(17).withMinute(55));
        panelSays("CL0002");
        await().until(() -> arming().isPresent());
        at(MONDAY.withHour(18).withMinute(30));
        await().during(Duration.ofMillis(800)).until(() -> mine(AlarmKind.LATE_TO_ARM).isEmpty());
    }

    @Test
    void noArmingControlNoArmingAlarms() throws Exception {
        mvc.perform(delete("/api/v1/sites/" + site + "/arming-schedule").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isNoContent());
        at(MONDAY.withHour(3));
        panelSays("OP0001");
        panelSays("BA01"); // read after the disarm
        await().until(() -> mine(AlarmKind.BURGLARY).size() == 1);
        assertThat(mine(AlarmKind.UNEXPECTED_DISARM)).isEmpty();
        mvc.perform(get("/api/v1/sites/" + site + "/arming-schedule").with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOperatorSetsTheScheduleAndATestModeFromTheSitesPage() throws Exception {
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/console/sites/" + site + "/arming")
                        .with(httpBasic(OPERATOR, "demo-operator")).with(csrf)
                        .param("tolerance", "10").param("timeZone", "Europe/Helsinki")
                        .param("disarmFrom", "08:00", "08:00", "", "", "", "", "")
                        .param("armBy", "17:00", "17:00", "", "", "", "", "")
                        .param("holidays", "2027-12-06 Itsenäisyyspäivä"))
                .andExpect(status().is3xxRedirection());
        ArmingSchedule saved = armingControl.schedule(1, site).orElseThrow();
        assertThat(saved.toleranceMinutes()).isEqualTo(10);
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(saved.days()).extracting(ArmingSchedule.OpeningHours::day)
                .containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY);
        assertThat(saved.holidays()).singleElement().satisfies(h -> assertThat(h.note()).isEqualTo("Itsenäisyyspäivä"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/console/sites/" + site + "/arming")
                        .with(httpBasic(OPERATOR, "demo-operator")).with(csrf)
                        .param("disarmFrom", "19:00").param("armBy", "18:00"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("invalid"));
        assertThat(armingControl.schedule(1, site).orElseThrow().toleranceMinutes()).isEqualTo(10); // kept

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/console/sites/" + site + "/modes")
                        .with(httpBasic(OPERATOR, "demo-operator")).with(csrf).param("mode", "SERVICE").param("zone", "5")
                        .param("minutes", "30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/sites/" + site).with(httpBasic(OPERATOR, "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Arming control"),
                                org.hamcrest.Matchers.containsString("SERVICE"), org.hamcrest.Matchers.containsString("zone 05"),
                                org.hamcrest.Matchers.containsString("Itsenäisyyspäivä"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/console/sites/999999/arming")
                        .with(httpBasic(OPERATOR, "demo-operator")).with(csrf).param("tolerance", "5"))
                .andExpect(status().isNotFound()); // not this tenant's site
    }

    private java.util.Optional<SiteArming> arming() {
        return armingControl.arming(1, site);
    }
}
