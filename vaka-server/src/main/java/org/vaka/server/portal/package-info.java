/**
 * The customers' own portal ("Mina sidor") and the app's API: a customer's alarm systems, arming and disarming
 * them through the panel, and their history; for owners and administrators the call list, verification word, panel
 * users and codes, and the customer's logins with invitations; a notifications feed; account settings, with a new e-mail address or mobile number proven by a link or code
 * ({@code contact}); adding a newly installed alarm system with its activation code ({@code activation}). Every query goes through {@link org.vaka.server.portal.CustomerSites},
 * which knows only the caller's own customer's sites: someone else's site and a missing one look the same.
 */
package org.vaka.server.portal;
