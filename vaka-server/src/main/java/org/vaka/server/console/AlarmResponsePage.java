package org.vaka.server.console;

import java.util.function.Supplier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.alarms.AlarmConflictException;
import org.vaka.server.alarms.AlarmResponses;
import org.vaka.server.identity.StaffPrincipal;

/** The handling view's response forms: guard dispatch and arrival, emergency services, notes. */
@Controller
class AlarmResponsePage {

    private static final int LONGEST_TEXT = 900;

    private final AlarmResponses responses;

    AlarmResponsePage(AlarmResponses responses) {
        this.responses = responses;
    }

    @PostMapping("/console/alarms/{id}/dispatches")
    String dispatch(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) String company,
                    RedirectAttributes redirect) {
        return act(id, redirect, blank(company, 200) ? "name the guard company" : null,
                () -> responses.dispatchGuard(me.tenantId(), id, me.email(), company.strip()).isPresent());
    }

    @PostMapping("/console/alarms/{id}/dispatches/{dispatchId}/arrival")
    String arrived(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable long dispatchId,
                   @RequestParam(required = false) String report, RedirectAttributes redirect) {
        return act(id, redirect, blank(report, LONGEST_TEXT) ? "write what the guard found" : null,
                () -> responses.guardArrived(me.tenantId(), id, dispatchId, me.email(), report.strip()).isPresent());
    }

    @PostMapping("/console/alarms/{id}/emergency")
    String emergency(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                     @RequestParam(required = false) String service, @RequestParam(required = false) String reference,
                     RedirectAttributes redirect) {
        return act(id, redirect, blank(service, 100) ? "name the service called" : null,
                () -> responses.emergencyCalled(me.tenantId(), id, me.email(), service.strip(),
                        reference == null || reference.length() <= 200 ? reference : reference.substring(0, 200)).isPresent());
    }

    @PostMapping("/console/alarms/{id}/notes")
    String note(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) String text,
                RedirectAttributes redirect) {
        return act(id, redirect, blank(text, LONGEST_TEXT) ? "a note needs text (at most 900 characters)" : null,
                () -> responses.note(me.tenantId(), id, me.email(), text.strip()).isPresent());
    }

    /** Runs the act unless the form was wrong; what went wrong is shown on the alarm's page. */
    private static String act(long id, RedirectAttributes redirect, String invalid, Supplier<Boolean> act) {
        if (invalid != null) {
            redirect.addFlashAttribute("conflict", invalid);
        } else {
            try {
                if (!act.get()) {
                    throw new SitesPage.NotFound("no alarm " + id);
                }
            } catch (AlarmConflictException | IllegalArgumentException e) {
                redirect.addFlashAttribute("conflict", e.getMessage());
            }
        }
        return "redirect:/console/alarms/" + id;
    }

    private static boolean blank(String text, int longest) {
        return text == null || text.isBlank() || text.length() > longest;
    }
}
