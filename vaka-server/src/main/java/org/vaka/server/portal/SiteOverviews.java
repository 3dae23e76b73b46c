package org.vaka.server.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.vaka.server.alarms.SiteCondition;
import org.vaka.server.alarms.SiteConditions;
import org.vaka.server.devices.SiteDevices;
import org.vaka.server.devices.SiteState;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.sites.PanelUser;
import org.vaka.server.sites.PanelUsers;
import org.vaka.server.sites.SiteView;

/**
 * A customer's alarm systems: the panel's live state (over MQTT) with who armed it and the faults its event stream
 * (DC-09) tells of. Only ever for the caller's own sites.
 */
@Service
public class SiteOverviews {

    private final CustomerSites sites;
    private final SiteDevices devices;
    private final SiteConditions conditions;
    private final PanelUsers users;

    SiteOverviews(CustomerSites sites, SiteDevices devices, SiteConditions conditions, PanelUsers users) {
        this.sites = sites;
        this.devices = devices;
        this.conditions = conditions;
        this.users = users;
    }

    public List<SiteOverview> mine(CustomerPrincipal caller) {
        return sites.mine(caller).stream().map(site -> overview(caller, site)).toList();
    }

    public Optional<SiteOverview> mine(CustomerPrincipal caller, long siteId) {
        return sites.mine(caller, siteId).map(site -> overview(caller, site));
    }

    private SiteOverview overview(CustomerPrincipal caller, SiteView site) {
        Optional<SiteState> state = devices.state(caller.tenantId(), site.id());
        Optional<SiteCondition> condition = conditions.of(caller.tenantId(), site.id());
        // Who armed it last is only told when that was while the site was the caller's customer's.
        var arming = condition.map(SiteCondition::arming).filter(a -> a.changedAt() == null
                || site.heldByPresentCustomerAt(a.changedAt()));
        String armedBy = arming.map(a -> userName(caller, site.id(), a.byUser())).orElse(null);
        List<String> faults = new ArrayList<>();
        condition.ifPresent(c -> {
            if (c.mainsOut() || state.map(s -> Boolean.FALSE.equals(s.mains())).orElse(false)) {
                faults.add("MAINS_OUT");
            }
            if (c.batteryLow()) {
                faults.add("BATTERY_LOW");
            }
            if (!c.tamperedZones().isEmpty()) {
                faults.add("TAMPER");
            }
            if (c.jammed()) {
                faults.add("JAMMING");
            }
            if (c.paths().stream().anyMatch(SiteCondition.Path::inFault)) {
                faults.add("COMMUNICATION");
            }
        });
        return new SiteOverview(site.id(), site.name(),
                state.map(SiteState::online).orElse(false),
                state.map(SiteState::arming).orElse("unknown"),
                armedBy, arming.map(a -> a.changedAt()).orElse(null),
                state.map(SiteState::mains).orElse(null),
                state.map(SiteState::battery).orElse(null),
                state.map(SiteState::paths).map(p -> new SiteOverview.Connection(p.ethernet(), p.gsm())).orElse(null),
                state.map(s -> s.openZones().stream().map(z -> new SiteOverview.OpenZone(z.zone(), z.name())).toList())
                        .orElse(List.of()),
                List.copyOf(faults),
                state.map(SiteState::updatedAt).orElse(null));
    }

    private String userName(CustomerPrincipal caller, long siteId, String userNumber) {
        if (userNumber == null || userNumber.isBlank()) {
            return null;
        }
        return users.users(caller.tenantId(), siteId).orElse(List.of()).stream()
                .filter(u -> sameNumber(u, userNumber)).map(PanelUser::name).findFirst()
                .orElse(userNumber);
    }

    private static boolean sameNumber(PanelUser user, String number) {
        try {
            return user.number() == Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
