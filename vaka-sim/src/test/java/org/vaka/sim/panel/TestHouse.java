package org.vaka.sim.panel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A small house with one of every detector, two residents and a duress code, and a recorder for its reports. */
final class TestHouse {

    static final Instant START = Instant.parse("2026-01-15T08:00:00Z");
    static final int FRONT_DOOR = 1;
    static final int KITCHEN_WINDOW = 2;
    static final int HALL_MOTION = 3;
    static final int LIVING_ROOM_CAMERA = 4;
    static final int SMOKE = 5;
    static final int PANIC_BUTTON = 6;
    static final String ANNA = "123456";
    static final String BO = "654321";
    static final String DURESS = "999999";

    final MutableClock clock = new MutableClock(START);
    final List<PanelReport> reports = new ArrayList<>();
    final AlarmPanel panel;

    TestHouse() {
        PanelUsers users = new PanelUsers()
                .add(new User(1, "Anna", ANNA))
                .add(new User(2, "Bo", BO))
                .duress(new User(9, "Duress", DURESS));
        panel = new AlarmPanel(clock, PanelTiming.DEFAULT, List.of(
                new Zone(FRONT_DOOR, "Front door", ZoneType.DOOR),
                new Zone(KITCHEN_WINDOW, "Kitchen window", ZoneType.WINDOW),
                new Zone(HALL_MOTION, "Hall", ZoneType.MOTION),
                new Zone(LIVING_ROOM_CAMERA, "Living room", ZoneType.MOTION_CAMERA),
                new Zone(SMOKE, "Hall smoke", ZoneType.SMOKE),
                new Zone(PANIC_BUTTON, "Bedside panic", ZoneType.PANIC)), users, reports::add);
    }

    void pass(Duration duration) {
        clock.advance(duration);
        panel.tick();
    }

    void passSeconds(long seconds) {
        pass(Duration.ofSeconds(seconds));
    }

    /** Codes and numbers only, e.g. "BA01", for compact assertions on sequences. */
    List<String> codes() {
        return reports.stream().map(r -> r.siaCode() + String.format("%02d", r.number())).toList();
    }

    void armAwayAndWaitOut() {
        panel.armAway(ANNA);
        passSeconds(30);
    }
}
