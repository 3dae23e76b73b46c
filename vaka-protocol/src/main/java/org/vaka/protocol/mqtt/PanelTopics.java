package org.vaka.protocol.mqtt;

import java.util.Optional;

/**
 * Where a panel and the receiving centre meet on an MQTT broker. Every panel owns one subtree,
 * {@code vaka/panels/<account>/}, and logs in to the broker with its account number as user name, so a broker ACL
 * of one line ({@code pattern readwrite vaka/panels/%u/#} in Mosquitto) keeps each panel to its own topics.
 *
 * <p>The names follow Home Assistant's MQTT conventions: {@code alarm/state} carries the alarm control panel's
 * states, {@code plug/<id>/state} a switch's {@code ON}/{@code OFF}, {@code lock/<id>/state} a lock's
 * {@code LOCKED}/{@code UNLOCKED}, {@code sensor/<zone>/temperature} a number, and {@code availability}
 * {@code online}/{@code offline} (the panel's last will). Home Assistant can send to {@code command} with a
 * command template that writes a {@link PanelCommand}.
 */
public final class PanelTopics {

    public static final String ROOT = "vaka/panels/";
    /** What the receiving centre subscribes to: every panel's whole subtree. */
    public static final String ALL_PANELS = ROOT + "+/#";

    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";

    private final String prefix;

    private PanelTopics(String account) {
        this.prefix = ROOT + account + "/";
    }

    public static PanelTopics of(String account) {
        if (account == null || account.isEmpty() || account.contains("/") || account.contains("+") || account.contains("#")) {
            throw new IllegalArgumentException("not a panel account for a topic: " + account);
        }
        return new PanelTopics(account);
    }

    /** The panel's own subtree, as a subscription filter. */
    public String all() {
        return prefix + "#";
    }

    /** Retained {@code online}/{@code offline}; the panel sets {@code offline} as its will. */
    public String availability() {
        return prefix + "availability";
    }

    /** Retained JSON {@link PanelStatus}: everything the panel knows about itself, republished on every change. */
    public String status() {
        return prefix + "status";
    }

    /** JSON {@link PanelCommand}, from the receiving centre (or Home Assistant) to the panel. */
    public String command() {
        return prefix + "command";
    }

    /** JSON {@link PanelCommandResult}, the panel's answer to one command. */
    public String result() {
        return prefix + "result";
    }

    /** Retained Home Assistant alarm state: {@code disarmed}, {@code arming}, {@code armed_home}, ... */
    public String alarmState() {
        return prefix + "alarm/state";
    }

    public String plugState(String plugId) {
        return prefix + "plug/" + plugId + "/state";
    }

    public String lockState(String lockId) {
        return prefix + "lock/" + lockId + "/state";
    }

    public String temperature(int zone) {
        return prefix + "sensor/" + zone + "/temperature";
    }

    /** The account a topic under {@link #ROOT} belongs to. */
    public static Optional<String> accountOf(String topic) {
        if (!topic.startsWith(ROOT)) {
            return Optional.empty();
        }
        int end = topic.indexOf('/', ROOT.length());
        return end <= ROOT.length() ? Optional.empty() : Optional.of(topic.substring(ROOT.length(), end));
    }

    /** The part of a topic after the panel's subtree, e.g. {@code status} or {@code plug/p1/state}. */
    public static Optional<String> leafOf(String topic) {
        return accountOf(topic).map(account -> topic.substring(ROOT.length() + account.length() + 1));
    }
}
