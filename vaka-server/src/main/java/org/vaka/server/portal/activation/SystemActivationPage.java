package org.vaka.server.portal.activation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vaka.server.identity.CustomerPrincipal;

/** "Find new alarm system" in the portal, linked from the overview for those who may add one. */
@Controller
class SystemActivationPage {

    private final SystemActivation activation;

    SystemActivationPage(SystemActivation activation) {
        this.activation = activation;
    }

    @GetMapping("/portal/systems/add")
    String form(@AuthenticationPrincipal CustomerPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("permitted", me.role().managesLogins());
        return "portal/add-system";
    }

    @PostMapping("/portal/systems/add")
    String activate(@AuthenticationPrincipal CustomerPrincipal me, @RequestParam(defaultValue = "") String code,
                    RedirectAttributes redirect) {
        return switch (activation.activate(me, code)) {
            case SystemActivation.Activated activated -> {
                redirect.addFlashAttribute("added", activated.site().name());
                yield "redirect:/portal#site-" + activated.site().id();
            }
            case SystemActivation.Refusal refusal -> {
                redirect.addFlashAttribute("error", "activation.error." + refusal.name());
                yield "redirect:/portal/systems/add";
            }
        };
    }
}
