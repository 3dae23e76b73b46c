package org.vaka.sim.mqtt;

import org.vaka.protocol.mqtt.PanelCommand;
import org.vaka.protocol.mqtt.PanelCommandResult;
import org.vaka.protocol.mqtt.PanelStatus;

/**
 * The panel behind a {@link PanelBrokerLink}: what it is now, and what it does with a command. Both are called on
 * the link's event loop while the panel may be living on another thread, so an implementation serialises them
 * with whatever else touches the panel, and keeps them quick.
 */
public interface ControlledPanel {

    PanelStatus status();

    PanelCommandResult carryOut(PanelCommand command);
}
