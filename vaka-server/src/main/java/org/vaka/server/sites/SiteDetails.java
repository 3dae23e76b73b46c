package org.vaka.server.sites;

/**
 * What the operator needs to know about a site beyond its panel: whose it is, where it is, how to find it and get
 * in ({@code keyHeld}: the centre or its guards hold a key), and which guard company is sent. {@code customer} is
 * null while none is recorded.
 */
public record SiteDetails(Customer customer, String street, String postalCode, String city, String directions,
                          boolean keyHeld, String guardCompany) {
}
