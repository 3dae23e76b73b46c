package org.vaka.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.identity.Role;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.ActivationCodes;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.Customer;
import org.vaka.server.sites.InstructionAction;
import org.vaka.server.sites.InstructionStep;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.PanelUserRegistration;
import org.vaka.server.sites.PanelUsers;
import org.vaka.server.sites.SiteContacts;
import org.vaka.server.sites.SiteDescriptions;
import org.vaka.server.sites.SiteDetails;
import org.vaka.server.sites.SiteInstructions;
import org.vaka.server.sites.Sites;
import org.vaka.server.sites.Zone;
import org.vaka.server.sites.ZoneType;

/**
 * One site's records: customer, address and directions, contacts in call order, verification word, zones, panel
 * users and the action instruction per alarm kind. Everyone on the staff reads it; only administrators change it
 * (the security configuration refuses operators' posts under {@code /edit/}). List forms carry a few empty rows
 * for adding; a row left empty is dropped.
 */
@Controller
class SitePage {

    private final Sites sites;
    private final SiteDescriptions descriptions;
    private final SiteContacts contacts;
    private final PanelUsers users;
    private final SiteInstructions instructions;
    private final org.vaka.server.alarms.ArmingControl arming;
    private final org.vaka.server.alarms.SiteModes siteModes;
    private final ActivationCodes activationCodes;

    SitePage(Sites sites, SiteDescriptions descriptions, SiteContacts contacts, PanelUsers users, SiteInstructions instructions,
             org.vaka.server.alarms.ArmingControl arming, org.vaka.server.alarms.SiteModes siteModes,
             ActivationCodes activationCodes) {
        this.activationCodes = activationCodes;
        this.arming = arming;
        this.siteModes = siteModes;
        this.sites = sites;
        this.descriptions = descriptions;
        this.contacts = contacts;
        this.users = users;
        this.instructions = instructions;
    }

    @GetMapping("/console/sites/{siteId:\\d+}")
    String site(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, Model model, java.util.Locale locale) {
        long tenant = me.tenantId();
        model.addAttribute("me", me);
        model.addAttribute("admin", me.role() == Role.ADMIN);
        model.addAttribute("site", sites.find(tenant, siteId).orElseThrow(() -> new SitesPage.NotFound("no site " + siteId)));
        model.addAttribute("details", descriptions.details(tenant, siteId).orElseThrow());
        model.addAttribute("contacts", contacts.contacts(tenant, siteId).orElseThrow());
        model.addAttribute("zones", descriptions.zones(tenant, siteId).orElseThrow());
        model.addAttribute("users", users.users(tenant, siteId).orElseThrow());
        model.addAttribute("instructions", instructions.effective(tenant, siteId).orElseThrow());
        model.addAttribute("zoneTypes", ZoneType.values());
        model.addAttribute("actions", InstructionAction.values());
        var schedule = arming.schedule(tenant, siteId).orElse(null);
        model.addAttribute("schedule", schedule);
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        model.addAttribute("weekdayNames", java.util.Arrays.stream(java.time.DayOfWeek.values()).collect(
                java.util.stream.Collectors.toMap(d -> d, d -> d.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale))));
        model.addAttribute("holidaysText", schedule == null ? "" : schedule.holidays().stream()
                .map(h -> h.day() + " " + h.note()).collect(java.util.stream.Collectors.joining("\n")));
        model.addAttribute("armingState", arming.arming(tenant, siteId).orElse(null));
        model.addAttribute("modes", siteModes.current(tenant, siteId));
        return "site";
    }

    @PostMapping("/console/sites/{siteId}/edit/details")
    String details(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId,
                   @RequestParam(required = false) String customerNumber, @RequestParam(required = false) String customerName,
                   @RequestParam(required = false) String customerMobile, @RequestParam(required = false) String customerEmail,
                   @RequestParam(required = false) String street, @RequestParam(required = false) String postalCode,
                   @RequestParam(required = false) String city, @RequestParam(required = false) String directions,
                   @RequestParam(defaultValue = "false") boolean keyHeld, @RequestParam(required = false) String guardCompany,
                   RedirectAttributes redirect) {
        Customer customer = blank(customerNumber) && blank(customerName) && blank(customerMobile) && blank(customerEmail)
                ? null : new Customer(customerNumber, customerName, customerMobile, customerEmail);
        return save(siteId, redirect, () -> descriptions.describe(me.tenantId(), siteId,
                new SiteDetails(customer, street, postalCode, city, directions, keyHeld, guardCompany)));
    }

    @PostMapping("/console/sites/{siteId}/edit/contacts")
    String contacts(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId,
                    @RequestParam(defaultValue = "") String[] name, @RequestParam(defaultValue = "") String[] phone,
                    RedirectAttributes redirect) {
        List<Contact> list = rows(name.length, i -> blank(name[i]) && blank(at(phone, i)) ? null
                : new Contact(0, name[i], at(phone, i)));
        return save(siteId, redirect, () -> contacts.replaceContacts(me.tenantId(), siteId, list));
    }

    @PostMapping("/console/sites/{siteId}/edit/word")
    String word(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, @RequestParam(required = false) String word,
                RedirectAttributes redirect) {
        return save(siteId, redirect, () -> contacts.setVerificationWord(me.tenantId(), siteId, word));
    }

    @PostMapping("/console/sites/{siteId}/edit/zones")
    String zones(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId,
                 @RequestParam(defaultValue = "") String[] zone, @RequestParam(defaultValue = "") String[] zoneName,
                 @RequestParam(defaultValue = "") String[] zoneType, RedirectAttributes redirect) {
        return save(siteId, redirect, () -> {
            List<Zone> list = rows(zone.length, i -> blank(zone[i]) && blank(at(zoneName, i)) ? null
                    : new Zone(zone[i], at(zoneName, i), typeOf(at(zoneType, i), i)));
            return descriptions.replaceZones(me.tenantId(), siteId, list);
        });
    }

    @PostMapping("/console/sites/{siteId}/edit/users")
    String users(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId,
                 @RequestParam(defaultValue = "") String[] number, @RequestParam(defaultValue = "") String[] name,
                 @RequestParam(defaultValue = "") String[] phone, @RequestParam(defaultValue = "") String[] code,
                 @RequestParam(defaultValue = "") String[] duressCode, RedirectAttributes redirect) {
        return save(siteId, redirect, () -> {
            List<PanelUserRegistration> list = rows(number.length, i -> blank(number[i]) && blank(at(name, i)) ? null
                    : new PanelUserRegistration(userNumber(number[i], i), at(name, i), at(phone, i), at(code, i), at(duressCode, i)));
            return users.replaceUsers(me.tenantId(), siteId, list);
        });
    }

    @PostMapping("/console/sites/{siteId}/edit/instructions/{kind}")
    String instruction(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, @PathVariable String kind,
                       @RequestParam(defaultValue = "") String[] action, @RequestParam(defaultValue = "") String[] text,
                       @RequestParam(defaultValue = "") String[] required, RedirectAttributes redirect) {
        return save(siteId, redirect, () -> {
            List<InstructionStep> steps = rows(action.length, i -> blank(action[i]) ? null
                    : new InstructionStep(0, actionOf(action[i], i), at(text, i), !"false".equals(at(required, i))));
            return instructions.override(me.tenantId(), siteId, kind, steps);
        });
    }

    @PostMapping("/console/sites/{siteId}/edit/instructions/{kind}/reset")
    String reset(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, @PathVariable String kind,
                 RedirectAttributes redirect) {
        return save(siteId, redirect, () -> instructions.reset(me.tenantId(), siteId, kind));
    }

    /** The new code is shown this once (a flash attribute): the centre keeps only its hash. */
    @PostMapping("/console/sites/{siteId}/edit/activation-code")
    String activationCode(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long siteId, RedirectAttributes redirect) {
        return save(siteId, redirect, () -> activationCodes.issue(me.tenantId(), siteId, me.email()).map(code -> {
            redirect.addFlashAttribute("activationCode", code);
            return true;
        }).orElse(false));
    }

    private interface Change {
        boolean apply();
    }

    private static String save(long siteId, RedirectAttributes redirect, Change change) {
        try {
            if (!change.apply()) {
                throw new SitesPage.NotFound("no site " + siteId);
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidRegistrationException e) {
            redirect.addFlashAttribute("invalid", e.field() + ": " + e.getMessage());
        }
        return "redirect:/console/sites/" + siteId;
    }

    private static <T> List<T> rows(int count, IntFunction<T> row) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            T value = row.apply(i);
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    private static ZoneType typeOf(String type, int row) {
        try {
            return ZoneType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRegistrationException("zones[" + row + "].type", "choose a zone type");
        }
    }

    private static InstructionAction actionOf(String action, int row) {
        try {
            return InstructionAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            throw new InvalidRegistrationException("steps[" + row + "].action", "choose an action");
        }
    }

    private static Integer userNumber(String number, int row) {
        try {
            return Integer.valueOf(number.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRegistrationException("users[" + row + "].number", "a user number is 1 to 999");
        }
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
