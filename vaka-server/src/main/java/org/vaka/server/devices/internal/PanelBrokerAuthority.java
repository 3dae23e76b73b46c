package org.vaka.server.devices.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import org.vaka.protocol.mqtt.PanelTopics;
import org.vaka.server.sites.PanelAccounts;

/**
 * Who may log in to the embedded broker and what each may touch: the server's own user everything, a panel
 * (user name = its account number) only its own subtree {@code vaka/panels/<account>/}. The same rule as the
 * one-line Mosquitto ACL in the docs, so behaviour does not change with the broker.
 */
final class PanelBrokerAuthority implements IAuthenticator, IAuthorizatorPolicy {

    private final String serverUser;
    private final byte[] serverPassword;
    private final PanelAccounts accounts;

    PanelBrokerAuthority(String serverUser, char[] serverPassword, PanelAccounts accounts) {
        this.serverUser = serverUser;
        this.serverPassword = new String(serverPassword).getBytes(StandardCharsets.UTF_8);
        this.accounts = accounts;
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        if (username == null || password == null) {
            return false;
        }
        if (username.equals(serverUser)) {
            return MessageDigest.isEqual(serverPassword, password);
        }
        return ownSubtreeName(username) && accounts.brokerLoginValid(username, password);
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        return allowed(topic.toString(), user);
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        return allowed(topic.toString(), user);
    }

    private boolean allowed(String topic, String user) {
        if (user == null) {
            return false;
        }
        if (user.equals(serverUser)) {
            return true;
        }
        return ownSubtreeName(user) && topic.startsWith(PanelTopics.ROOT + user + "/");
    }

    /** A user name that could smuggle a wildcard or a level into the topic prefix never gets a subtree. */
    private static boolean ownSubtreeName(String user) {
        return !user.isEmpty() && user.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128);
    }
}
