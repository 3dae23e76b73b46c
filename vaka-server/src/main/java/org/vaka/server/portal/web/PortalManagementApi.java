package org.vaka.server.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vaka.server.identity.CustomerLogin;
import org.vaka.server.identity.CustomerPrincipal;
import org.vaka.server.portal.CustomerFeed;
import org.vaka.server.portal.FeedItem;
import org.vaka.server.portal.Invitation;
import org.vaka.server.portal.Invitations;
import org.vaka.server.portal.NotPermittedException;
import org.vaka.server.portal.PortalContacts;
import org.vaka.server.portal.PortalPanelUsers;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.PanelUserRegistration;

/**
 * The customer's own management of their sites and logins, for owners and administrators (others get 403 before
 * any site is looked at), and the notifications feed for every login. Someone else's site is "not found", word for
 * word as a missing one, and is judged before the body: a 400 would tell that the site exists.
 */
@RestController
class PortalManagementApi {

    private final PortalContacts contacts;
    private final PortalPanelUsers users;
    private final Invitations invitations;
    private final CustomerFeed feed;

    PortalManagementApi(PortalContacts contacts, PortalPanelUsers users, Invitations invitations, CustomerFeed feed) {
        this.contacts = contacts;
        this.users = users;
        this.invitations = invitations;
        this.feed = feed;
    }

    /** The call order is the list's order. */
    record ContactInput(String name, String phone) {
    }

    record WordRequest(String word) {
        @Override
        public String toString() {
            return "WordRequest"; // never the word
        }
    }

    record InviteRequest(String name, String phone, String role) {
    }

    record Logins(List<CustomerLogin> logins, List<Invitation> invitations) {
    }

    @GetMapping("/api/v1/portal/sites/{siteId}/contacts")
    ResponseEntity<?> contacts(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId) {
        return contacts.contacts(caller, siteId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(PortalApi::noSite);
    }

    @PutMapping("/api/v1/portal/sites/{siteId}/contacts")
    ResponseEntity<?> replaceContacts(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId,
                                      @RequestBody(required = false) List<ContactInput> list) {
        List<Contact> ordered = list == null ? null : new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            ContactInput input = list.get(i) == null ? new ContactInput(null, null) : list.get(i);
            ordered.add(new Contact(i + 1, input.name(), input.phone()));
        }
        return contacts.replace(caller, siteId, ordered)
                ? ResponseEntity.ok(contacts.contacts(caller, siteId).orElseThrow()) : PortalApi.noSite();
    }

    @PutMapping("/api/v1/portal/sites/{siteId}/verification-word")
    ResponseEntity<?> word(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId,
                           @RequestBody(required = false) WordRequest request) {
        return contacts.setVerificationWord(caller, siteId, request == null ? null : request.word())
                ? ResponseEntity.noContent().build() : PortalApi.noSite();
    }

    @GetMapping("/api/v1/portal/sites/{siteId}/users")
    ResponseEntity<?> users(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId) {
        return users.users(caller, siteId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(PortalApi::noSite);
    }

    @PutMapping("/api/v1/portal/sites/{siteId}/users")
    ResponseEntity<?> replaceUsers(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long siteId,
                                   @RequestBody(required = false) List<PanelUserRegistration> list) {
        return users.replace(caller, siteId, list)
                ? ResponseEntity.ok(users.users(caller, siteId).orElseThrow()) : PortalApi.noSite();
    }

    @GetMapping("/api/v1/portal/logins")
    Logins logins(@AuthenticationPrincipal CustomerPrincipal caller) {
        return new Logins(invitations.logins(caller), invitations.open(caller));
    }

    @PostMapping("/api/v1/portal/logins")
    ResponseEntity<Invitation> invite(@AuthenticationPrincipal CustomerPrincipal caller,
                                      @RequestBody(required = false) InviteRequest request) {
        InviteRequest given = request == null ? new InviteRequest(null, null, null) : request;
        Invitation invitation = invitations.invite(caller, given.name(), given.phone(), given.role());
        return ResponseEntity.created(URI.create("/api/v1/portal/logins")).body(invitation);
    }

    @DeleteMapping("/api/v1/portal/logins/{loginId}")
    ResponseEntity<?> remove(@AuthenticationPrincipal CustomerPrincipal caller, @PathVariable long loginId) {
        return invitations.remove(caller, loginId) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such login."));
    }

    @GetMapping("/api/v1/portal/notifications")
    List<FeedItem> notifications(@AuthenticationPrincipal CustomerPrincipal caller,
                                 @RequestParam(defaultValue = "50") int limit) {
        return feed.of(caller, limit);
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }

    @ExceptionHandler(InvalidRegistrationException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRegistrationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().body(problem);
    }
}
