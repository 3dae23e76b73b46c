package org.vaka.server.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.vaka.server.portal.Invitations;
import org.vaka.server.sites.InvalidRegistrationException;

/**
 * Where the link in an invitation's SMS leads, before there is a login: the invitee picks their e-mail address and
 * password. An unknown, used or lapsed link is "not found", all three alike.
 */
@Controller
class InvitePage {

    private final Invitations invitations;

    InvitePage(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/portal/invite")
    String invite(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("invitation", invitations.pending(token).orElseThrow(NoInvitation::new));
        model.addAttribute("token", token);
        return "portal/invite";
    }

    @PostMapping("/portal/invite")
    String accept(@RequestParam(required = false) String token, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String password, Model model) {
        try {
            invitations.accept(token, email, password).orElseThrow(NoInvitation::new);
            return "redirect:/portal/login?invited";
        } catch (InvalidRegistrationException e) {
            model.addAttribute("invitation", invitations.pending(token).orElseThrow(NoInvitation::new));
            model.addAttribute("token", token);
            model.addAttribute("email", email);
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", e.getMessage());
            return "portal/invite";
        }
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NoInvitation extends RuntimeException {
        NoInvitation() {
            super("no such invitation");
        }
    }
}
