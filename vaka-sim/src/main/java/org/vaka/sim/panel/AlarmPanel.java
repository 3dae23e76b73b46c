package org.vaka.sim.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The behaviour of one home alarm panel: arming with exit and entry delays, alarms, power, tamper, jamming and
 * the reports all of that produces. It has no threads and no timers of its own: it reads the injected clock and
 * catches up on whatever fell due whenever it is told something or {@link #tick()} is called, so a scheduler can
 * drive thousands of them and a test can drive one through days in microseconds.
 */
public final class AlarmPanel {

    /** The panel has one area; area-addressed codes (NL, ND) carry it. */
    static final int AREA = 1;
    /** Jamming is reported against the panel's own radio receiver. */
    static final int RADIO_DEVICE = 0;

    private final Clock clock;
    private final PanelTiming timing;
    private final Map<Integer, Zone> zones = new LinkedHashMap<>();
    private final PanelUsers users;
    private final ReportDelivery delivery;
    private final PowerSupply power;

    private ArmingState state = ArmingState.DISARMED;
    private ArmMode armMode;
    private User armingUser;
    /** End of the running exit or entry delay. */
    private Instant delayEndsAt;
    private Zone entryZone;
    /** Zones whose alarm went out and whose restore has not yet. */
    private final Set<Zone> alarmed = new LinkedHashSet<>();
    private boolean batteryLowReported;
    private boolean jammed;

    /**
     * @param out receives every report once it leaves the panel, with the path it left on; called on the
     *            caller's thread, inside the command that caused it
     */
    public AlarmPanel(Clock clock, PanelTiming timing, List<Zone> zones, PanelUsers users,
                      Consumer<PanelReport> out) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.users = Objects.requireNonNull(users, "users");
        for (Zone zone : zones) {
            if (this.zones.putIfAbsent(zone.number(), zone) != null) {
                throw new IllegalArgumentException("zone " + zone.number() + " is defined twice");
            }
        }
        this.delivery = new ReportDelivery(out);
        this.power = new PowerSupply(timing.batteryLife(), clock.instant());
    }

    // ---- what the panel looks like now -------------------------------------------------------------------------

    public ArmingState state() {
        return state;
    }

    public Zone zone(int number) {
        Zone zone = zones.get(number);
        if (zone == null) {
            throw new IllegalArgumentException("the panel has no zone " + number);
        }
        return zone;
    }

    public List<Zone> zones() {
        return List.copyOf(zones.values());
    }

    public boolean mainsOn() {
        return power.mainsOn();
    }

    public double batteryPercent() {
        return power.percentAt(clock.instant());
    }

    /**
     * Whether a code belongs to one of the panel's users, the duress entry included: a lock enrolled at the panel
     * asks before it unlocks, since its keypad is the panel's.
     */
    public boolean knowsCode(String code) {
        return users.byCode(code).isPresent();
    }

    public boolean jammed() {
        return jammed;
    }

    public boolean pathUp(CommunicationPath path) {
        return delivery.isUp(path);
    }

    /** Reports waiting for a path to come back. */
    public int heldReports() {
        return delivery.heldCount();
    }

    // ---- time ----------------------------------------------------------------------------------------------------

    /**
     * Applies whatever fell due up to the clock's now, earliest first, each report stamped with the moment it fell
     * due rather than the moment we noticed.
     */
    public void tick() {
        Instant now = clock.instant();
        while (true) {
            Instant delayEnd = (state == ArmingState.ARMING || state == ArmingState.PENDING) ? delayEndsAt : null;
            Instant batteryLow = batteryLowReported ? null : power.lowAt();
            Instant next = earliest(delayEnd, batteryLow);
            if (next == null || next.isAfter(now)) {
                return;
            }
            if (next.equals(delayEnd)) {
                delayEnded(delayEnd);
            } else {
                batteryLowReported = true;
                report(ReportedEvent.BATTERY_LOW, 0, batteryLow);
            }
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }

    private void delayEnded(Instant at) {
        if (state == ArmingState.ARMING) {
            state = armMode.armedState();
            if (armMode == ArmMode.AWAY) {
                report(ReportedEvent.CLOSING, armingUser.number(), at);
            } else {
                report(ReportedEvent.PERIMETER_CLOSING, AREA, at);
            }
        } else {
            state = ArmingState.TRIGGERED;
            alarm(entryZone, at);
        }
        delayEndsAt = null;
    }

    // ---- keypad and app -------------------------------------------------------------------------------------------

    public CommandResult armAway(String code) {
        return arm(ArmMode.AWAY, code);
    }

    public CommandResult armHome(String code) {
        return arm(ArmMode.HOME, code);
    }

    private CommandResult arm(ArmMode mode, String code) {
        tick();
        Optional<User> user = users.byCode(code);
        if (user.isEmpty()) {
            return CommandResult.wrongCode();
        }
        if (state != ArmingState.DISARMED) {
            return CommandResult.notAllowed("already " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<Zone> open = new ArrayList<>();
        for (Zone zone : zones.values()) {
            if (!zone.type().alwaysArmed() && mode.covers(zone) && zone.isOpen()) {
                open.add(zone);
            }
        }
        if (!open.isEmpty()) {
            return CommandResult.notReady(open);
        }
        state = ArmingState.ARMING;
        armMode = mode;
        armingUser = user.get();
        delayEndsAt = clock.instant().plus(timing.exitDelay());
        tick(); // a zero exit delay arms at once
        return CommandResult.ok();
    }

    /**
     * Disarming with the duress code behaves exactly like a normal disarm, keypad and OP included, so whoever
     * forces the user sees nothing; the duress report goes out first because it is the one the centre must act on.
     */
    public CommandResult disarm(String code) {
        tick();
        Optional<User> found = users.byCode(code);
        if (found.isEmpty()) {
            return CommandResult.wrongCode();
        }
        User user = found.get();
        if (state == ArmingState.DISARMED) {
            return CommandResult.notAllowed("already disarmed");
        }
        Instant now = clock.instant();
        boolean wasArming = state == ArmingState.ARMING;
        state = ArmingState.DISARMED;
        delayEndsAt = null;
        entryZone = null;
        if (users.isDuress(user)) {
            report(ReportedEvent.DURESS, AREA, now);
        }
        if (!wasArming) { // a cancelled exit delay never reported CL, so there is nothing to open
            report(ReportedEvent.OPENING, user.number(), now);
        }
        // Latched burglary alarms whose zones have closed again restore with the disarm.
        for (Zone zone : List.copyOf(alarmed)) {
            if (!zone.type().alwaysArmed() && !zone.isOpen()) {
                restore(zone, now);
            }
        }
        return CommandResult.ok();
    }

    // ---- detectors ------------------------------------------------------------------------------------------------

    public void openZone(int number) {
        tick();
        Zone zone = zone(number);
        if (zone.isOpen()) {
            return;
        }
        zone.setOpen(true);
        Instant now = clock.instant();
        if (zone.type().alwaysArmed()) {
            alarm(zone, now);
            return;
        }
        boolean watched = armMode != null && armMode.covers(zone);
        switch (state) {
            case ARMED_AWAY, ARMED_HOME -> {
                if (!watched) {
                    return;
                }
                if (zone.type().entryRoute()) {
                    state = ArmingState.PENDING;
                    entryZone = zone;
                    delayEndsAt = now.plus(timing.entryDelay());
                    tick(); // a zero entry delay alarms at once
                } else {
                    state = ArmingState.TRIGGERED;
                    alarm(zone, now);
                }
            }
            case PENDING -> {
                // Someone who came in the front door may cross to the keypad; anything else is an intruder.
                if (watched && !zone.type().entryRoute()) {
                    state = ArmingState.TRIGGERED;
                    delayEndsAt = null;
                    alarm(zone, now);
                }
            }
            case TRIGGERED -> {
                if (watched) {
                    alarm(zone, now);
                }
            }
            case DISARMED, ARMING -> {
                // the household walking about, or leaving through the exit route
            }
        }
    }

    public void closeZone(int number) {
        tick();
        Zone zone = zone(number);
        if (!zone.isOpen()) {
            return;
        }
        zone.setOpen(false);
        if (alarmed.contains(zone)) {
            restore(zone, clock.instant());
        }
    }

    /** Someone passes a detector: it opens and closes again, as a PIR pulses or a door swings shut. */
    public void intrude(int number) {
        openZone(number);
        closeZone(number);
    }

    public void tamper(int number) {
        tick();
        Zone zone = zone(number);
        if (!zone.isTampered()) {
            zone.setTampered(true);
            report(ReportedEvent.TAMPER, number, clock.instant());
        }
    }

    public void restoreTamper(int number) {
        tick();
        Zone zone = zone(number);
        if (zone.isTampered()) {
            zone.setTampered(false);
            report(ReportedEvent.TAMPER_RESTORE, number, clock.instant());
        }
    }

    public void jam() {
        tick();
        if (!jammed) {
            jammed = true;
            report(ReportedEvent.JAMMING, RADIO_DEVICE, clock.instant());
        }
    }

    public void unjam() {
        tick();
        if (jammed) {
            jammed = false;
            report(ReportedEvent.JAMMING_RESTORE, RADIO_DEVICE, clock.instant());
        }
    }

    // ---- power and paths ------------------------------------------------------------------------------------------

    public void cutMains() {
        tick();
        if (power.mainsOn()) {
            power.setMains(false, clock.instant());
            report(ReportedEvent.MAINS_FAILURE, 0, clock.instant());
        }
    }

    /** Mains back also clears a low battery: the panel is no longer living on it and the charger takes over. */
    public void restoreMains() {
        tick();
        if (!power.mainsOn()) {
            Instant now = clock.instant();
            power.setMains(true, now);
            report(ReportedEvent.MAINS_RESTORE, 0, now);
            if (batteryLowReported) {
                batteryLowReported = false;
                report(ReportedEvent.BATTERY_RESTORE, 0, now);
            }
        }
    }

    public void cutPath(CommunicationPath path) {
        tick();
        delivery.pathDown(path);
    }

    public void restorePath(CommunicationPath path) {
        tick();
        delivery.pathUp(path);
    }

    /** The "I am alive" report; when to send it is the scheduler's business. */
    public void periodicTest() {
        tick();
        report(ReportedEvent.PERIODIC_TEST, 0, clock.instant());
    }

    // ---- reporting ------------------------------------------------------------------------------------------------

    private void alarm(Zone zone, Instant at) {
        if (alarmed.add(zone)) {
            report(zone.type().alarm(), zone.number(), at);
        }
    }

    private void restore(Zone zone, Instant at) {
        alarmed.remove(zone);
        report(zone.type().restore(), zone.number(), at);
    }

    private void report(ReportedEvent event, int number, Instant at) {
        delivery.report(event, number, at);
    }
}
