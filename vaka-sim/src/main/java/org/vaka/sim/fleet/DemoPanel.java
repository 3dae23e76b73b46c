package org.vaka.sim.fleet;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.random.RandomGenerator;

import org.vaka.protocol.dc09.AesKey;
import org.vaka.sim.panel.AlarmPanel;
import org.vaka.sim.panel.CommunicationPath;
import org.vaka.sim.panel.PanelReport;
import org.vaka.sim.panel.PanelTiming;
import org.vaka.sim.panel.PanelUsers;
import org.vaka.sim.panel.ReportDataBlock;
import org.vaka.sim.panel.User;
import org.vaka.sim.panel.Zone;
import org.vaka.sim.panel.ZoneType;

/**
 * One house of the demo fleet: an {@link AlarmPanel} living an ordinary day (arming, disarming, doors,
 * now and then an alarm) and reporting every event over DC-09. Life steps run on the fleet's scheduler
 * thread; reports go out in order on a sender thread of the panel's own, so a slow receiver never
 * stalls the house.
 */
public final class DemoPanel {

    static final String USER_CODE = "123456";
    static final String DURESS_CODE = "999999";

    private final String account;
    private final AlarmPanel panel;
    private final RandomGenerator random;
    private final BlockingQueue<Outgoing> outbox = new LinkedBlockingQueue<>();
    private final ReportingLink link;

    public DemoPanel(String account, AesKey key, String host, int port, Clock clock, RandomGenerator random) {
        this.account = account;
        this.random = random;
        this.link = new ReportingLink(host, port, account, key, clock);
        List<Zone> zones = List.of(
                new Zone(1, "Front door", ZoneType.DOOR),
                new Zone(2, "Living-room window", ZoneType.WINDOW),
                new Zone(3, "Hall", ZoneType.MOTION_CAMERA),
                new Zone(4, "Kitchen smoke", ZoneType.SMOKE),
                new Zone(5, "Panic button", ZoneType.PANIC));
        PanelUsers users = new PanelUsers().add(new User(1, "Owner", USER_CODE)).duress(new User(9, "Duress", DURESS_CODE));
        this.panel = new AlarmPanel(clock, PanelTiming.DEFAULT, zones, users,
                report -> outbox.add(new Outgoing(ReportDataBlock.of(account, report), pathName(report))));
    }

    public String account() {
        return account;
    }

    /** One step of ordinary life, a few seconds long. Only ever called from one thread. */
    public void live() {
        panel.tick();
        double roll = random.nextDouble();
        switch (panel.state()) {
            case DISARMED -> {
                if (roll < 0.10) {
                    panel.closeZone(1);
                    panel.closeZone(2);
                    panel.armAway(USER_CODE);
                } else if (roll < 0.14) {
                    panel.armHome(USER_CODE);
                } else if (roll < 0.25) {
                    panel.intrude(1); // someone comes and goes while disarmed: nothing to report
                }
            }
            case ARMED_AWAY, ARMED_HOME -> {
                if (roll < 0.02) {
                    panel.intrude(3); // a burglary alarm, now and then, so the console has something to show
                } else if (roll < 0.12) {
                    panel.disarm(USER_CODE);
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

    public void periodicTest() {
        panel.periodicTest();
    }

    public void linkTest() {
        outbox.add(Outgoing.LINK_TEST);
    }

    /** Sends what the house reported, in order, until interrupted. */
    public void sendForever() {
        try (link) {
            while (!Thread.currentThread().isInterrupted()) {
                Outgoing next = outbox.take();
                if (next == Outgoing.LINK_TEST) {
                    link.linkTest("ETH");
                } else {
                    link.report(next.data(), next.path());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String pathName(PanelReport report) {
        return report.path() == CommunicationPath.GSM ? "GSM" : "ETH";
    }

    private record Outgoing(String data, String path) {
        static final Outgoing LINK_TEST = new Outgoing("", "ETH");
    }
}
