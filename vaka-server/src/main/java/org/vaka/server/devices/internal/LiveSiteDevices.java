package org.vaka.server.devices.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.vaka.protocol.mqtt.PanelStatus;
import org.vaka.server.devices.SiteDevices;
import org.vaka.server.devices.SiteState;
import org.vaka.server.sites.SiteView;
import org.vaka.server.sites.Sites;

@Service
class LiveSiteDevices implements SiteDevices {

    static final String GSM_ONLY = "smart plugs and temperature need the panel on Ethernet; it is on GSM only";

    private final Sites sites;
    private final LivePanels panels;

    LiveSiteDevices(Sites sites, LivePanels panels) {
        this.sites = sites;
        this.panels = panels;
    }

    @Override
    public Optional<SiteState> state(long tenantId, long siteId) {
        return sites.find(tenantId, siteId).map(this::stateOf);
    }

    private SiteState stateOf(SiteView site) {
        String account = site.panelAccount().orElse(null);
        PanelSnapshot panel = account == null ? PanelSnapshot.NEVER_HEARD : panels.get(account);
        PanelStatus s = panel.status();
        if (s == null) {
            return new SiteState(site.id(), account, panel.online(), "unknown", null, null, null, List.of(), List.of(),
                    List.of(), List.of(), panel.online() ? null : "the panel has not connected to the broker", null);
        }
        boolean ethernet = panel.online() && s.paths() != null && s.paths().ethernet();
        String unavailable = !panel.online() ? "the panel is offline" : ethernet ? null : GSM_ONLY;
        return new SiteState(site.id(), account, panel.online(), s.arming(), s.mains(), s.battery(), s.paths(),
                s.openZones(),
                s.plugs().stream().map(p -> new SiteState.Plug(p.id(), p.name(), p.on(), ethernet)).toList(),
                s.locks().stream().map(l -> new SiteState.Lock(l.id(), l.name(), l.state(), panel.online())).toList(),
                s.temperatures().stream().map(t -> new SiteState.Temperature(t.zone(), t.name(), t.celsius(), ethernet)).toList(),
                unavailable, s.at());
    }
}
