package org.vaka.server.sites.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.InstructionAction;
import org.vaka.server.sites.InstructionStep;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.SiteInstructions;

/** A site's action instruction per alarm kind: see the effective one, give a kind the site's own steps, or reset it. */
@RestController
@RequestMapping("/api/v1/sites/{siteId}/instructions")
class SiteInstructionApi {

    private final SiteInstructions instructions;

    SiteInstructionApi(SiteInstructions instructions) {
        this.instructions = instructions;
    }

    @GetMapping
    ResponseEntity<?> all(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return instructions.effective(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> SiteDetailsApi.noSite(siteId));
    }

    @GetMapping("/{kind}")
    ResponseEntity<?> one(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId, @PathVariable String kind) {
        return instructions.effective(caller.tenantId(), siteId, kind).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> SiteDetailsApi.noSite(siteId));
    }

    /** {@code required} left out means required: an instruction step is an obligation unless said otherwise. */
    record StepInput(String action, String text, Boolean required) {
    }

    record InstructionInput(List<StepInput> steps) {
    }

    @PutMapping("/{kind}")
    ResponseEntity<?> override(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                               @PathVariable String kind, @RequestBody InstructionInput input) {
        List<InstructionStep> steps = new ArrayList<>();
        List<StepInput> given = input.steps() == null ? List.of() : input.steps();
        for (int i = 0; i < given.size(); i++) {
            StepInput in = given.get(i);
            steps.add(new InstructionStep(i + 1, action(in == null ? null : in.action(), "steps[" + i + "].action"),
                    in.text(), in.required() == null || in.required()));
        }
        return instructions.override(caller.tenantId(), siteId, kind, steps) ? one(caller, siteId, kind) : SiteDetailsApi.noSite(siteId);
    }

    @DeleteMapping("/{kind}")
    ResponseEntity<?> reset(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId, @PathVariable String kind) {
        return instructions.reset(caller.tenantId(), siteId, kind) ? one(caller, siteId, kind) : SiteDetailsApi.noSite(siteId);
    }

    static InstructionAction action(String action, String field) {
        try {
            return InstructionAction.valueOf(action == null ? "" : action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRegistrationException(field, "not a step action: " + action + "; one of "
                    + Arrays.toString(InstructionAction.values()));
        }
    }
}
