package org.vaka.server.sites.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.StaffPrincipal;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.SiteContacts;

/** A site's contact persons in call order, and its verification word (write-only). */
@RestController
@RequestMapping("/api/v1/sites/{siteId}")
class SiteContactApi {

    private final SiteContacts contacts;

    SiteContactApi(SiteContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/contacts")
    ResponseEntity<?> contacts(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId) {
        return contacts.contacts(caller.tenantId(), siteId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noSite(siteId));
    }

    /** The call order is the list's order. */
    record ContactInput(String name, String phone) {
    }

    @PutMapping("/contacts")
    ResponseEntity<?> replace(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                              @RequestBody List<ContactInput> list) {
        List<Contact> ordered = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ordered.add(new Contact(i + 1, list.get(i).name(), list.get(i).phone()));
        }
        return contacts.replaceContacts(caller.tenantId(), siteId, ordered)
                ? ResponseEntity.ok(contacts.contacts(caller.tenantId(), siteId).orElseThrow()) : noSite(siteId);
    }

    record WordRequest(String word) {
    }

    @PutMapping("/verification-word")
    ResponseEntity<?> word(@AuthenticationPrincipal StaffPrincipal caller, @PathVariable long siteId,
                           @RequestBody WordRequest request) {
        return contacts.setVerificationWord(caller.tenantId(), siteId, request.word())
                ? ResponseEntity.noContent().build() : noSite(siteId);
    }

    private static ResponseEntity<ProblemDetail> noSite(long siteId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no site " + siteId));
    }
}
