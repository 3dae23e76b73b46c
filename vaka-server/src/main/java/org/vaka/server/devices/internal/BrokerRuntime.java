package org.vaka.server.devices.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.vaka.server.devices.DevicesSettings;
import org.vaka.server.sites.PanelAccounts;

/**
 * The broker the server talks to panels through: an external one by URL, or else the embedded one, started here
 * with a password for the server's own user that is made up at each start and never leaves the process.
 */
@Component
class BrokerRuntime implements DisposableBean {

    private final EmbeddedBroker embedded;
    private final BrokerEndpoint endpoint;

    BrokerRuntime(DevicesSettings settings, PanelAccounts accounts) {
        if (settings.embedded()) {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            char[] password = Base64.getEncoder().encodeToString(secret).toCharArray();
            embedded = new EmbeddedBroker(settings.embeddedBindAddress(), settings.embeddedPort(),
                    new PanelBrokerAuthority(settings.brokerUsername(), password, accounts));
            endpoint = new BrokerEndpoint("tcp://127.0.0.1:" + embedded.port(), settings.brokerUsername(), password, true);
        } else {
            embedded = null;
            endpoint = new BrokerEndpoint(settings.brokerUrl(), settings.brokerUsername(),
                    settings.brokerPassword().toCharArray(), false);
        }
    }

    BrokerEndpoint endpoint() {
        return endpoint;
    }

    /** The embedded broker's port, for the startup report and tests; 0 with an external broker. */
    int embeddedPort() {
        return embedded == null ? 0 : embedded.port();
    }

    @Override
    public void destroy() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
