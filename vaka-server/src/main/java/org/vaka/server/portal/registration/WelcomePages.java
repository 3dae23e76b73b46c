package org.vaka.server.portal.registration;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.vaka.server.portal.PortalContacts;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.InvalidRegistrationException;

/**
 * Where the welcome link leads, before the customer has a login: one page that shows whichever step the welcome is
 * at. The forms carry the link's token back, as the link is all that lets the customer in.
 */
@Controller
class WelcomePages {

    private final Welcomes welcomes;

    WelcomePages(Welcomes welcomes) {
        this.welcomes = welcomes;
    }

    @GetMapping(Welcomes.PATH)
    String page(@RequestParam(defaultValue = "") String token, Model model) {
        var step = welcomes.step(token);
        model.addAttribute("token", token);
        model.addAttribute("step", step.map(Enum::name).orElse("INVALID"));
        model.addAttribute("stepIndex", step.map(Enum::ordinal).orElse(-1));
        model.addAttribute("steps", List.of(Welcomes.Step.values()).subList(0, Welcomes.Step.DONE.ordinal()));
        welcomes.home(token).ifPresent(home -> {
            model.addAttribute("home", home);
            List<Contact> rows = new ArrayList<>(home.contacts());
            while (rows.size() < PortalContacts.MOST) {
                rows.add(new Contact(rows.size() + 1, "", ""));
            }
            model.addAttribute("rows", rows);
        });
        return "portal/welcome";
    }

    @PostMapping(Welcomes.PATH + "/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String customerNumber,
                   @RequestParam(defaultValue = "") String mobile, RedirectAttributes redirect) {
        if (welcomes.confirm(token, customerNumber, mobile) == Welcomes.Confirmation.WRONG) {
            redirect.addFlashAttribute("error", "welcome.confirm.wrong");
        }
        return back(token);
    }

    @PostMapping(Welcomes.PATH + "/directions")
    String directions(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String directions,
                      RedirectAttributes redirect) {
        return step(token, redirect, () -> welcomes.confirmDirections(token, directions));
    }

    @PostMapping(Welcomes.PATH + "/word")
    String word(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String word,
                @RequestParam(defaultValue = "") String repeated, RedirectAttributes redirect) {
        return step(token, redirect, () -> welcomes.createWord(token, word, repeated));
    }

    @PostMapping(Welcomes.PATH + "/users")
    String users(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String[] name,
                 @RequestParam(defaultValue = "") String[] phone, RedirectAttributes redirect) {
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < name.length; i++) {
            String number = i < phone.length ? phone[i] : "";
            // A row left empty is no one; a half-filled row is kept, so the customer is told what is missing.
            if (!name[i].isBlank() || !number.isBlank()) {
                people.add(new Contact(people.size() + 1, name[i], number));
            }
        }
        return step(token, redirect, () -> welcomes.confirmUsers(token, people));
    }

    private static String step(String token, RedirectAttributes redirect, java.util.function.BooleanSupplier action) {
        try {
            action.getAsBoolean();
        } catch (InvalidRegistrationException e) {
            redirect.addFlashAttribute("error", "welcome.invalid");
            redirect.addFlashAttribute("errorField", e.field());
            redirect.addFlashAttribute("errorDetail", e.getMessage());
        }
        return back(token);
    }

    private static String back(String token) {
        return "redirect:" + UriComponentsBuilder.fromPath(Welcomes.PATH).queryParam("token", token).build().encode().toUriString();
    }
}
