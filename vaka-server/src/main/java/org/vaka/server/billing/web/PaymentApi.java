package org.vaka.server.billing.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.billing.Payments;
import org.vaka.server.identity.StaffPrincipal;

/** Bankgiro payment files in, and the payments nothing matched for the back office. */
@RestController
class PaymentApi {

    private final Payments payments;

    PaymentApi(Payments payments) {
        this.payments = payments;
    }

    @PostMapping(path = "/api/v1/payments/bgmax", consumes = MediaType.TEXT_PLAIN_VALUE)
    Payments.ImportSummary importBgMax(@AuthenticationPrincipal StaffPrincipal caller, @RequestBody String file) {
        return payments.importBgMax(caller.tenantId(), file);
    }

    @GetMapping("/api/v1/payments/unmatched")
    List<Payments.UnmatchedPayment> unmatched(@AuthenticationPrincipal StaffPrincipal caller) {
        return payments.unmatched(caller.tenantId());
    }
}
