package org.vaka.server.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.portal.CustomerSites;
import org.vaka.server.portal.Invitations;
import org.vaka.server.portal.NotPermittedException;
import org.vaka.server.portal.PortalContacts;
import org.vaka.server.portal.PortalPanelUsers;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.PanelUserRegistration;

/**
 * The owner's and administrators' pages: a site's call list and verification word, its panel users and codes, and
 * the customer's logins with invitations. A refused form comes back with the field it was about.
 */
@Controller
class ManagementPages {

    private final CustomerSites sites;
    private final PortalContacts contacts;
    private final PortalPanelUsers users;
    private final Invitations invitations;

    ManagementPages(CustomerSites sites, PortalContacts contacts, PortalPanelUsers users, Invitations invitations) {
        this.sites = sites;
        this.contacts = contacts;
        this.users = users;
        this.invitations = invitations;
    }

    @GetMapping("/portal/sites/{siteId}/contacts")
    String contacts(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long siteId, Model model) {
        List<Contact> list = new ArrayList<>(contacts.contacts(me, siteId).orElseThrow(PortalPages.NotFound::new));
        while (list.size() < PortalContacts.MOST) {
            list.add(new Contact(list.size() + 1, "", ""));
        }
        model.addAttribute("me", me);
        model.addAttribute("site", sites.mine(me, siteId).orElseThrow(PortalPages.NotFound::new));
        model.addAttribute("contacts", list);
        return "portal/contacts";
    }

    @PostMapping("/portal/sites/{siteId}/contacts")
    String saveContacts(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long siteId,
                        @RequestParam(name = "name", required = false) List<String> names,
                        @RequestParam(name = "phone", required = false) List<String> phones, RedirectAttributes redirect) {
        List<Contact> list = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            String phone = phones != null && i < phones.size() ? phones.get(i) : "";
            if (!names.get(i).isBlank() || !phone.isBlank()) { // the empty rows left for more contacts
                list.add(new Contact(list.size() + 1, names.get(i), phone));
            }
        }
        return outcome(() -> contacts.replace(me, siteId, list), redirect, "/portal/sites/" + siteId + "/contacts");
    }

    @PostMapping("/portal/sites/{siteId}/verification-word")
    String saveWord(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long siteId,
                    @RequestParam(required = false) String word, RedirectAttributes redirect) {
        return outcome(() -> contacts.setVerificationWord(me, siteId, word), redirect, "/portal/sites/" + siteId + "/contacts");
    }

    @GetMapping("/portal/sites/{siteId}/users")
    String users(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long siteId, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("users", users.users(me, siteId).orElseThrow(PortalPages.NotFound::new));
        model.addAttribute("site", sites.mine(me, siteId).orElseThrow(PortalPages.NotFound::new));
        return "portal/users";
    }

    @PostMapping("/portal/sites/{siteId}/users")
    String saveUsers(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long siteId,
                     @RequestParam(name = "number", required = false) List<String> numbers,
                     @RequestParam(name = "name", required = false) List<String> names,
                     @RequestParam(name = "phone", required = false) List<String> phones,
                     @RequestParam(name = "code", required = false) List<String> codes,
                     @RequestParam(name = "duressCode", required = false) List<String> duressCodes,
                     RedirectAttributes redirect) {
        List<PanelUserRegistration> list = new ArrayList<>();
        for (int i = 0; numbers != null && i < numbers.size(); i++) {
            String name = at(names, i);
            if (numbers.get(i).isBlank() && name.isBlank()) {
                continue; // the empty row for a new user
            }
            Integer number;
            try {
                number = Integer.valueOf(numbers.get(i).strip());
            } catch (NumberFormatException e) {
                number = null;
            }
            list.add(new PanelUserRegistration(number, name, at(phones, i), at(codes, i), at(duressCodes, i)));
        }
        return outcome(() -> users.replace(me, siteId, list), redirect, "/portal/sites/" + siteId + "/users");
    }

    @GetMapping("/portal/logins")
    String logins(@AuthenticationPrincipal CustomerPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("logins", invitations.logins(me));
        model.addAttribute("invitations", invitations.open(me));
        return "portal/logins";
    }

    @PostMapping("/portal/logins")
    String invite(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String phone, @RequestParam(required = false) String role,
                  RedirectAttributes redirect) {
        return outcome(() -> invitations.invite(me, name, phone, role) != null, redirect, "/portal/logins");
    }

    @PostMapping("/portal/logins/{loginId}/remove")
    String remove(@AuthenticationPrincipal CustomerPrincipal me, @PathVariable long loginId, RedirectAttributes redirect) {
        return outcome(() -> invitations.remove(me, loginId), redirect, "/portal/logins");
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<String> notPermitted(NotPermittedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(e.getMessage());
    }

    private interface Change {
        boolean apply();
    }

    /** Back to the page, saying saved or what was wrong with which field; a foreign or missing site is 404. */
    private static String outcome(Change change, RedirectAttributes redirect, String page) {
        try {
            if (!change.apply()) {
                throw new PortalPages.NotFound();
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidRegistrationException e) {
            redirect.addFlashAttribute("errorField", e.field());
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + page;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : "";
    }
}
