package org.vaka.sim.fleet;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.random.RandomGenerator;

import io.netty.channel.EventLoopGroup;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.sim.mqtt.BrokerAddress;
import org.vaka.sim.mqtt.ControlledPanel;
import org.vaka.sim.mqtt.LinkObserver;
import org.vaka.sim.mqtt.PanelBrokerLink;
import org.vaka.sim.panel.AlarmPanel;
import org.vaka.sim.panel.CommunicationPath;
import org.vaka.sim.panel.DoorLock;
import org.vaka.sim.panel.PanelDevices;
import org.vaka.sim.panel.PanelReport;
import org.vaka.sim.panel.PanelTiming;
import org.vaka.sim.panel.PanelUsers;
import org.vaka.sim.panel.ReportDataBlock;
import org.vaka.sim.panel.SmartPlug;
import org.vaka.sim.panel.User;
import org.vaka.sim.panel.Zone;
import org.vaka.sim.panel.ZoneType;
import org.vaka.sim.remote.RemoteControl;
import org.vaka.sim.remote.StatusSnapshot;

/**
 * One house of the demo fleet: an {@link AlarmPanel} with the plugs and locks of {@link DemoDevices}, living an
 * ordinary day (arming, disarming, doors, the coffee maker, now and then an alarm or a broadband outage),
 * reporting every event over DC-09 and, once {@link #connectBroker connected}, taking commands and publishing its
 * state over MQTT.
 *
 * <p>Three threads touch a house: the fleet's scheduler (life steps), the MQTT event loop (commands, status) and
 * the house's DC-09 sender. The first two meet on the house's lock, held only for in-memory work of microseconds,
 * so a command is answered at once rather than queued behind a life step; the sender only drains the outbox.
 */
public final class DemoPanel implements ControlledPanel {

    static final String USER_CODE = "123456";
    static final String DURESS_CODE = "999999";

    private final String account;
    private final Clock clock;
    private final AlarmPanel panel;
    private final PanelDevices devices;
    private final RemoteControl remote;
    private final RandomGenerator random;
    private final boolean pathOutages;
    private final FleetCounters counters;
    private final BlockingQueue<Outgoing> outbox = new LinkedBlockingQueue<>();
    private final ReportingLink link;
    /** Guards the panel, its devices and the random generator. */
    private final Object house = new Object();
    private volatile PanelBrokerLink broker;

    /** A demo house with rare path outages, counting into counters of its own. */
    public DemoPanel(String account, AesKey key, String host, int port, Clock clock, RandomGenerator random) {
        this(account, key, host, port, clock, random, true, new FleetCounters());
    }

    /**
     * @param pathOutages whether life now and then cuts Ethernet (and rarely GSM too); off for benchmarks that
     *                    need every plug reachable
     */
    public DemoPanel(String account, AesKey key, String host, int port, Clock clock, RandomGenerator random,
                     boolean pathOutages, FleetCounters counters) {
        this.account = account;
        this.clock = clock;
        this.random = random;
        this.pathOutages = pathOutages;
        this.counters = counters;
        this.link = new ReportingLink(host, port, account, key, clock);
        List<Zone> zones = List.of(
                new Zone(1, "Front door", ZoneType.DOOR),
                new Zone(2, "Living-room window", ZoneType.WINDOW),
                new Zone(3, "Hall", ZoneType.MOTION_CAMERA),
                new Zone(4, "Kitchen smoke", ZoneType.SMOKE),
                new Zone(5, "Panic button", ZoneType.PANIC));
        PanelUsers users = new PanelUsers().add(new User(1, "Owner", USER_CODE)).duress(new User(9, "Duress", DURESS_CODE));
        this.panel = new AlarmPanel(clock, PanelTiming.DEFAULT, zones, users,
                report -> outbox.add(new Outgoing(ReportDataBlock.of(account, report), pathName(report.path()))));
        this.devices = DemoDevices.of(account);
        this.remote = new RemoteControl(panel, devices);
    }

    public String account() {
        return account;
    }

    /**
     * Opens the house's MQTT link on the shared event loop group and keeps it up from then on (through path
     * outages too: it drops while the house has no path and returns with one).
     *
     * @param startDelay spreads a fleet's first connects over time
     */
    public PanelBrokerLink connectBroker(EventLoopGroup group, BrokerAddress address, String password,
                                         LinkObserver observer, Duration startDelay) {
        PanelBrokerLink opened = new PanelBrokerLink(group, address, account, password, this, observer);
        broker = opened;
        opened.reachable(reachable());
        opened.start(startDelay);
        return opened;
    }

    /** The MQTT link, or null before {@link #connectBroker}. */
    public PanelBrokerLink broker() {
        return broker;
    }

    /** One step of ordinary life, a few seconds long. */
    /**
     * Plays a scenario in real time: each line under the house's lock, each wait outside it, so commands still
     * reach the panel while the scenario waits; the broker hears of every change at once.
     *
     * @param narrator told each line as it happens
     */
    public void play(org.vaka.sim.panel.ScenarioScript script, java.util.function.Consumer<String> narrator)
            throws InterruptedException {
        for (org.vaka.sim.panel.ScenarioStep step : script.steps()) {
            Duration[] wait = {Duration.ZERO};
            boolean reachable;
            synchronized (house) {
                step.apply(panel, d -> wait[0] = d);
                reachable = anyPathUp();
            }
            narrator.accept(step.line());
            told(reachable);
            if (!wait[0].isZero()) {
                Thread.sleep(wait[0]); // a person's scenario runs in a person's time
                synchronized (house) {
                    panel.tick();
                    reachable = anyPathUp();
                }
                told(reachable);
            }
        }
    }

    private void told(boolean reachable) {
        PanelBrokerLink link = broker;
        if (link != null) {
            link.reachable(reachable);
            link.statusMayHaveChanged();
        }
    }

    public void live() {
        boolean reachable;
        synchronized (house) {
            panel.tick();
            everydayLife(random.nextDouble());
            if (pathOutages) {
                weatherThePaths();
            }
            driftTemperatures();
            reachable = anyPathUp();
        }
        told(reachable);
    }

    private void everydayLife(double roll) {
        switch (panel.state()) {
            case DISARMED -> {
                if (roll < 0.10) {
                    panel.closeZone(1);
                    panel.closeZone(2);
                    if (panel.armAway(USER_CODE).accepted()) {
                        devices.locks().forEach(DoorLock::lock); // the last one out locks up
                        devices.plugs().forEach(p -> p.switchTo(false));
                    }
                } else if (roll < 0.14) {
                    if (panel.armHome(USER_CODE).accepted()) {
                        devices.locks().forEach(DoorLock::lock); // night: doors locked, people inside
                    }
                } else if (roll < 0.25) {
                    panel.intrude(1); // someone comes and goes while disarmed: nothing to report
                } else if (roll < 0.30 && !devices.plugs().isEmpty() && panel.pathUp(CommunicationPath.ETHERNET)) {
                    // coffee, a lamp; the plugs hang off the home network, so not while it is down
                    SmartPlug plug = devices.plugs().get(random.nextInt(devices.plugs().size()));
                    plug.switchTo(!plug.isOn());
                }
            }
            case ARMED_AWAY, ARMED_HOME -> {
                if (roll < 0.02) {
                    panel.intrude(3); // a burglary alarm, now and then, so the console has something to show
                } else if (roll < 0.12) {
                    if (panel.disarm(USER_CODE).accepted() && !devices.locks().isEmpty()) {
                        devices.locks().getFirst().unlock(); // home again, through the front door
                    }
                }
            }
            case TRIGGERED -> {
                if (roll < 0.4) {
                    panel.disarm(USER_CODE);
                }
            }
            default -> {
                // arming or entry delay running: the panel's own clock decides
            }
        }
    }

    /**
     * Broadband goes down about once in 500 steps (some 40 minutes) for a minute or two; now and then the mobile
     * network with it, which leaves the panel unreachable until one comes back.
     */
    private void weatherThePaths() {
        boolean ethernet = panel.pathUp(CommunicationPath.ETHERNET);
        boolean gsm = panel.pathUp(CommunicationPath.GSM);
        double roll = random.nextDouble();
        if (ethernet && gsm) {
            if (roll < 0.0005) {
                panel.cutPath(CommunicationPath.ETHERNET);
                panel.cutPath(CommunicationPath.GSM);
            } else if (roll < 0.002) {
                panel.cutPath(CommunicationPath.ETHERNET);
            }
            return;
        }
        if (!ethernet && roll < 0.05) {
            panel.restorePath(CommunicationPath.ETHERNET);
        }
        if (!gsm && random.nextDouble() < 0.1) {
            panel.restorePath(CommunicationPath.GSM);
        }
    }

    /** Rooms warm and cool a little over the day; the cameras report it in tenths. */
    private void driftTemperatures() {
        for (Zone zone : panel.zones()) {
            if (zone.type() == ZoneType.MOTION_CAMERA && random.nextDouble() < 0.05) {
                double next = zone.temperatureCelsius() + (random.nextInt(5) - 2) / 10.0;
                zone.setTemperatureCelsius(Math.round(Math.clamp(next, 18.0, 25.0) * 10) / 10.0);
            }
        }
    }

    public void periodicTest() {
        synchronized (house) {
            panel.periodicTest();
        }
    }

    /** A NULL link test on the best path up; with none up there is nobody to send it. */
    public void linkTest() {
        String path;
        synchronized (house) {
            if (!anyPathUp()) {
                return;
            }
            path = pathName(panel.pathUp(CommunicationPath.ETHERNET) ? CommunicationPath.ETHERNET
                    : CommunicationPath.GSM);
        }
        outbox.add(new Outgoing(Outgoing.LINK_TEST_DATA, path));
    }

    @Override
    public PanelStatus status() {
        synchronized (house) {
            panel.tick();
            return StatusSnapshot.of(panel, devices, clock);
        }
    }

    @Override
    public PanelCommandResult carryOut(PanelCommand command) {
        PanelCommandResult result;
        synchronized (house) {
            panel.tick();
            result = remote.carryOut(command);
        }
        counters.commandsHandled.increment();
        if (!result.ok()) {
            counters.commandsRefused.increment();
        }
        return result;
    }

    /** Sends what the house reported, in order, until interrupted. */
    public void sendForever() {
        try (link) {
            while (!Thread.currentThread().isInterrupted()) {
                Outgoing next = outbox.take();
                if (next.isLinkTest()) {
                    link.linkTest(next.path());
                } else {
                    counters.reportsSent.increment();
                    link.report(next.data(), next.path());
                    counters.reportsAcked.increment();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Nothing waiting to be reported and nothing on the way: every report so far has been ACKed. */
    public boolean allReported() {
        return outbox.isEmpty() && counters.reportsSent() == counters.reportsAcked();
    }

    /** Says goodbye on MQTT; the DC-09 sender ends when its thread is interrupted. */
    public CompletableFuture<Void> closeBroker() {
        PanelBrokerLink link = broker;
        return link == null ? CompletableFuture.completedFuture(null) : link.close();
    }

    private boolean reachable() {
        synchronized (house) {
            return anyPathUp();
        }
    }

    private boolean anyPathUp() {
        return panel.pathUp(CommunicationPath.ETHERNET) || panel.pathUp(CommunicationPath.GSM);
    }

    private static String pathName(CommunicationPath path) {
        return path == CommunicationPath.GSM ? "GSM" : "ETH";
    }

    private record Outgoing(String data, String path) {
        /** No report is empty, so an empty data block marks a link test. */
        static final String LINK_TEST_DATA = "";

        boolean isLinkTest() {
            return data.isEmpty();
        }
    }
}
