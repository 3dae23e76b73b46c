package org.vaka.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vaka.server.identity.Role;
import org.vaka.server.identity.StaffDirectory;
import org.vaka.server.sites.Customer;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.SiteDescriptions;
import org.vaka.server.sites.SiteDetails;

/**
 * Contracts, notice, invoices, their PDFs and Bankgiro payments through the API, as staff use them. The demo's
 * contracts are read as seeded; everything that changes data does so on a site of the test's own, in months no other
 * test invoices.
 */
abstract class BillingScenarios {

    @Autowired MockMvc mvc;
    @Autowired PanelAccounts accounts;
    @Autowired SiteDescriptions descriptions;
    @Autowired Invoices invoices;
    @Autowired InvoicingRun run;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory staff;
    @Autowired Reminders reminders;
    @Autowired Contracts contracts;
    @Autowired org.vaka.server.notify.Outbox outbox;

    /** The billing jobs (invoice mail, keys to destroy) at test speed. */
    static void fastJobs(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("vaka.billing.mail-interval-ms", () -> "200");
        registry.add("vaka.billing.keys-interval-ms", () -> "200");
    }

    String account;
    long site;

    @BeforeEach
    void aSiteOfItsOwn() {
        account = "B" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase().substring(0, 7);
        site = accounts.register(1, new PanelAccountRegistration(account, null, null, null, null, 3600, "Site " + account))
                .account().siteId();
        descriptions.describe(1, site, new SiteDetails(new Customer("9" + account.substring(1), "Dora Dahl", "+46709876543",
                email()), "Gränsvägen 3", "123 45", "Farsta", null, false, null));
    }

    String email() {
        return "dora-" + account.toLowerCase() + "@example.se";
    }

    MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("admin@demo.vaka", "demo-admin")).contentType(MediaType.APPLICATION_JSON);
    }

    MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("operator@demo.vaka", "demo-operator")).contentType(MediaType.APPLICATION_JSON);
    }

    long contractId(String acct) {
        return invoicesAccountContract(acct);
    }

    private long invoicesAccountContract(String acct) {
        return jdbc.sql("select c.id from contract c join panel_account p on p.site_id = c.site_id where p.account = ?")
                .param(acct).query(Long.class).single();
    }

    long openQuarterlyPaperContract() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/contracts")).content("""
                        {"siteId":%d,"market":"SE","kind":"HOME","activatedOn":"2029-02-10","invoicingPeriod":"QUARTERLY",
                         "paymentMethod":"PAPER","monthlyFee":10000,"monthlyRental":2000}""".formatted(site)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.customerNumber").value("9" + account.substring(1)));
        return contractId(account);
    }

    @Test
    void theDemoSitesHaveTheirContracts() throws Exception {
        mvc.perform(asOperator(get("/api/v1/contracts?account=1234"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].market").value("SE")).andExpect(jsonPath("$[0].kind").value("HOME"))
                .andExpect(jsonPath("$[0].activatedOn").value("2025-03-15"))
                .andExpect(jsonPath("$[0].invoicingPeriod").value("MONTHLY"))
                .andExpect(jsonPath("$[0].paymentMethod").value("EMAIL"))
                .andExpect(jsonPath("$[0].customerNumber").value("100001"));
        mvc.perform(asOperator(get("/api/v1/contracts?account=5678"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("BUSINESS")).andExpect(jsonPath("$[0].bindingMonths").value(36))
                .andExpect(jsonPath("$[0].bindingEndsOn").value("2027-05-31"))
                .andExpect(jsonPath("$[0].invoicingPeriod").value("QUARTERLY"))
                .andExpect(jsonPath("$[0].paymentMethod").value("PAPER"));
        mvc.perform(asOperator(get("/api/v1/contracts?account=2468"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].market").value("FI")).andExpect(jsonPath("$[0].currency").value("EUR"))
                .andExpect(jsonPath("$[0].activatedOn").value("2025-05-20"))
                .andExpect(jsonPath("$[0].paymentMethod").value("E_INVOICE"))
                .andExpect(jsonPath("$[0].customerNumber").value("100003"));
    }

    @Test
    void aDryRunSaysWhenTheContractWouldEndAndRecordsNothing() throws Exception {
        long anna = contractId("1234");
        mvc.perform(asAdmin(post("/api/v1/contracts/" + anna + "/notice")).content("""
                        {"givenOn":"2026-11-26","dryRun":true}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.endsOn").value("2027-02-28"))
                .andExpect(jsonPath("$.recorded").value(false));
        mvc.perform(asAdmin(post("/api/v1/contracts/" + contractId("2468") + "/notice")).content("""
                        {"givenOn":"2026-11-26","dryRun":true}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.endsOn").value("2027-03-19"));
        mvc.perform(asAdmin(post("/api/v1/contracts/" + contractId("5678") + "/notice")).content("""
                        {"givenOn":"2026-11-26","dryRun":true}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.endsOn").value("2027-05-31"));
        mvc.perform(asOperator(get("/api/v1/contracts/" + anna))).andExpect(jsonPath("$.noticeGivenOn").doesNotExist());
    }

    @Test
    void anEmailInvoiceIsMailedOnceWithItsReferenceAndLink() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/contracts")).content("""
                        {"siteId":%d,"market":"SE","kind":"HOME","activatedOn":"2029-02-10","invoicingPeriod":"MONTHLY",
                         "paymentMethod":"EMAIL","monthlyFee":10000,"monthlyRental":2000}""".formatted(site)))
                .andExpect(status().isCreated());
        run.run(1, YearMonth.of(2029, 2), LocalDate.of(2029, 2, 1));
        InvoiceView invoice = invoices.forAccount(1, account).orElseThrow().getFirst();
        org.awaitility.Awaitility.await().until(() -> outbox.recent(1, 500).stream()
                .anyMatch(n -> n.recipient().equals(email()) && "INVOICE".equals(n.reason())));
        assertThat(outbox.recent(1, 500)).filteredOn(n -> n.recipient().equals(email()) && "INVOICE".equals(n.reason()))
                .singleElement().satisfies(mail -> assertThat(mail.body())
                        .contains(String.valueOf(invoice.number()), invoice.reference(), "/portal/billing"));
    }

    @Test
    void aKeyHeldForAnEndedContractIsToBeDestroyedOnceAndTheDestructionRecorded() throws Exception {
        long contract = openQuarterlyPaperContract();
        descriptions.describe(1, site, new SiteDetails(new Customer("9" + account.substring(1), "Dora Dahl", "+46709876543",
                email()), "Gränsvägen 3", "123 45", "Farsta", null, true, null));
        jdbc.sql("update contract set ends_on = ? where id = ?").params(LocalDate.of(2026, 1, 31), contract).update();
        org.awaitility.Awaitility.await().until(() -> jdbc.sql("select count(*) from key_destruction where contract_id = ?")
                .param(contract).query(Integer.class).single() == 1);
        mvc.perform(asOperator(get("/api/v1/key-destructions"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.contractId == " + contract + ")].dueOn").value("2026-01-31"));
        mvc.perform(asOperator(post("/api/v1/key-destructions/" + contract + "/destroyed"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.destroyedBy").value("operator@demo.vaka"));
        mvc.perform(asOperator(post("/api/v1/key-destructions/999999/destroyed"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from key_destruction where contract_id = ?").param(contract)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorRunsAMonthsInvoicingFromTheBackOfficePage() throws Exception {
        openQuarterlyPaperContract();
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(post("/console/billing/invoicing-run").with(httpBasic("operator@demo.vaka", "demo-operator")).with(csrf)
                .param("month", "2029-02")).andExpect(status().isForbidden());
        assertThat(invoices.forAccount(1, account).orElseThrow()).isEmpty();
        mvc.perform(post("/console/billing/invoicing-run").with(httpBasic("admin@demo.vaka", "demo-admin")).with(csrf)
                        .param("month", "2029-02"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("ran"));
        assertThat(invoices.forAccount(1, account).orElseThrow()).hasSize(1);
        mvc.perform(post("/console/billing/invoicing-run").with(httpBasic("admin@demo.vaka", "demo-admin")).with(csrf)
                        .param("month", "February"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("runInvalid"));
    }

    @Test
    void noticeIsRecordedOnceAndTheContractIsInvoicedUpToItsEnd() throws Exception {
        long contract = openQuarterlyPaperContract();
        mvc.perform(asAdmin(post("/api/v1/contracts/" + contract + "/notice")).content("""
                        {"givenOn":"2029-03-05"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.endsOn").value("2029-06-30"))
                .andExpect(jsonPath("$.recorded").value(true));
        mvc.perform(asOperator(get("/api/v1/contracts/" + contract))).andExpect(jsonPath("$.endsOn").value("2029-06-30"))
                .andExpect(jsonPath("$.noticeGivenOn").value("2029-03-05"));
        mvc.perform(asAdmin(post("/api/v1/contracts/" + contract + "/notice")).content("""
                        {"givenOn":"2029-03-06"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("givenOn"));
        run.run(1, YearMonth.of(2029, 7), LocalDate.of(2029, 7, 1));
        assertThat(invoices.forAccount(1, account).orElseThrow()).isEmpty();
    }

    @Test
    void badInputNamesTheFieldAndUnknownIsNotFound() throws Exception {
        long anna = contractId("1234");
        mvc.perform(asAdmin(post("/api/v1/contracts/" + anna + "/notice")).content("""
                        {"givenOn":"26/11/2026","dryRun":true}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("givenOn"));
        mvc.perform(asAdmin(post("/api/v1/contracts/" + anna + "/notice")).content("""
                        {"givenOn":"2020-01-01","dryRun":true}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("givenOn"));
        mvc.perform(asAdmin(post("/api/v1/contracts/" + anna + "/notice")).content("not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
        mvc.perform(asAdmin(post("/api/v1/contracts/987654/notice")).content("""
                        {"givenOn":"2026-11-26","dryRun":true}""")).andExpect(status().isNotFound());
        mvc.perform(asOperator(get("/api/v1/contracts"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("account"));
        mvc.perform(asOperator(get("/api/v1/contracts?account=NOPE99"))).andExpect(status().isNotFound());
        mvc.perform(asOperator(get("/api/v1/invoices?account=NOPE99"))).andExpect(status().isNotFound());
        mvc.perform(asOperator(get("/api/v1/invoices/1/pdf"))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(post("/api/v1/contracts")).content("""
                        {"siteId":%d,"market":"SE","kind":"BUSINESS","bindingMonths":18,"activatedOn":"2029-02-10",
                         "invoicingPeriod":"MONTHLY","paymentMethod":"EMAIL","monthlyFee":100}""".formatted(site)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bindingMonths"));
        mvc.perform(asAdmin(post("/api/v1/contracts")).content("""
                        {"siteId":%d,"market":"NO","kind":"HOME","activatedOn":"2029-02-10",
                         "invoicingPeriod":"MONTHLY","paymentMethod":"EMAIL","monthlyFee":100}""".formatted(site)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("market"));
        mvc.perform(asAdmin(post("/api/v1/invoicing-runs")).content("""
                        {"month":"2029-13"}""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("month"));
        // operators read and may ask; recording notice, runs and payments are the administrators'
        mvc.perform(asOperator(post("/api/v1/contracts/" + anna + "/notice")).content("""
                        {"givenOn":"2026-11-26","dryRun":true}""")).andExpect(status().isOk())
                .andExpect(jsonPath("$.endsOn").value("2027-02-28"));
        mvc.perform(asOperator(post("/api/v1/contracts/" + anna + "/notice")).content("""
                        {"givenOn":"2026-11-26"}""")).andExpect(status().isForbidden());
        mvc.perform(asOperator(post("/api/v1/contracts/" + anna + "/charges")).content("""
                        {"item":"KEY_RETURN","on":"2026-11-26"}""")).andExpect(status().isForbidden());
        mvc.perform(asOperator(post("/api/v1/invoicing-runs")).content("""
                        {"month":"2029-06"}""")).andExpect(status().isForbidden());
        mvc.perform(asOperator(post("/api/v1/payments/bgmax")).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoHasAYearOfInvoicesWithValidReferencesAndReadablePdfs() throws Exception {
        List<InvoiceView> anna = invoices.forAccount(1, "1234").orElseThrow();
        assertThat(anna).hasSizeGreaterThanOrEqualTo(12);
        assertThat(anna).allSatisfy(i -> {
            assertThat(OcrReference.validWithLength(i.reference())).isTrue();
            assertThat(i.total()).isEqualTo(i.net() + i.vat()).isEqualTo(i.lines().stream().mapToLong(l -> l.net() + l.vat()).sum());
            assertThat(i.currency()).isEqualTo("SEK");
        });
        assertThat(anna).anySatisfy(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.PAID));
        assertThat(anna).anySatisfy(i -> assertThat(i.lines()).anySatisfy(l -> assertThat(l.description()).isEqualTo("Batteribyte")));
        assertThat(invoices.forAccount(1, "5678").orElseThrow()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(i -> assertThat(i.lines()).anySatisfy(l -> assertThat(l.net()).isEqualTo(4_720)));
        List<InvoiceView> aino = invoices.forAccount(1, "2468").orElseThrow();
        assertThat(aino).isNotEmpty().allSatisfy(i -> {
            assertThat(FinnishReference.valid(i.reference())).isTrue();
            assertThat(i.currency()).isEqualTo("EUR");
        });

        InvoiceView latest = anna.getFirst();
        mvc.perform(asOperator(get("/api/v1/invoices?account=1234"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(latest.number()))
                .andExpect(jsonPath("$[0].reference").value(latest.reference()))
                .andExpect(jsonPath("$[0].total").value(latest.total()))
                .andExpect(jsonPath("$[0].vat").value(latest.vat()))
                .andExpect(jsonPath("$[0].currency").value("SEK"))
                .andExpect(jsonPath("$[0].issuedOn").value(latest.issuedOn().toString()))
                .andExpect(jsonPath("$[0].dueOn").value(latest.dueOn().toString()))
                .andExpect(jsonPath("$[0].status").value(latest.status().name()))
                .andExpect(jsonPath("$[0].pdf").value("/api/v1/invoices/" + latest.number() + "/pdf"));

        String text = pdfText(latest.number());
        assertThat(text).contains("Demo Larm AB", "Anna Andersson", "Solbackevägen 12", "100001", latest.reference(),
                latest.dueOn().toString(), "Larmabonnemang", "Hyra centralenhet", "Bankgiro", "5050-1055",
                "Att betala / Total to pay " + amount(latest.total()) + " SEK", amount(latest.vat()));

        InvoiceView finnish = aino.getFirst();
        String fiText = pdfText(finnish.number());
        assertThat(fiText).contains("Aino Aaltonen", "IBAN", amount(finnish.total()) + " EUR", "25,5 %",
                CreditorReference.printed(CreditorReference.of(finnish.reference())));
    }

    @Test
    void switchingFromPaperLeavesTheFeeOffTheNextInvoiceOnly() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/contracts")).content("""
                        {"siteId":%d,"market":"SE","kind":"HOME","activatedOn":"2031-02-10","invoicingPeriod":"QUARTERLY",
                         "paymentMethod":"PAPER","monthlyFee":10000,"monthlyRental":2000}""".formatted(site)))
                .andExpect(status().isCreated());
        long contract = contractId(account);
        run.run(1, YearMonth.of(2031, 2), LocalDate.of(2031, 2, 1));
        assertThat(contracts.changePaymentMethod(1, contract, PaymentMethod.EMAIL, LocalDate.of(2031, 3, 1)).orElseThrow()
                .paymentMethod()).isEqualTo(PaymentMethod.EMAIL);
        run.run(1, YearMonth.of(2031, 4), LocalDate.of(2031, 4, 1));
        List<InvoiceView> issued = invoices.forAccount(1, account).orElseThrow();
        assertThat(issued).hasSize(2);
        assertThat(issued.getFirst().lines()).noneSatisfy(l -> assertThat(l.description()).isEqualTo("Pappersfakturaavgift"));
        assertThat(issued.getFirst().total()).isEqualTo(50_900 - 5_900);
        assertThat(issued.getLast().lines()).anySatisfy(l -> assertThat(l.net()).isEqualTo(4_720));
        assertThat(contracts.changePaymentMethod(1, 987_654L, PaymentMethod.EMAIL, LocalDate.of(2031, 3, 1))).isEmpty();
        assertThat(contracts.changePaymentMethod(2, contract, PaymentMethod.EMAIL, LocalDate.of(2031, 3, 1))).isEmpty();
    }

    @Test
    void aReportedMoveIsKeptForTheBackOfficeAndBadOnesNameTheField() throws Exception {
        long contract = openQuarterlyPaperContract();
        Contracts.Move move = contracts.reportMove(1, contract,
                new Contracts.NewMove("  Storgatan 1, 111 22 Stockholm ", LocalDate.of(2029, 5, 1), false),
                LocalDate.of(2029, 3, 1)).orElseThrow();
        assertThat(move.newAddress()).isEqualTo("Storgatan 1, 111 22 Stockholm");
        assertThat(contracts.moves(1, contract)).containsExactly(move);
        assertThat(contracts.moves(2, contract)).isEmpty();
        assertThat(contracts.reportMove(2, contract, new Contracts.NewMove("x", LocalDate.of(2029, 5, 1), true),
                LocalDate.of(2029, 3, 1))).isEmpty();
        record Bad(Contracts.NewMove move, String field) {
        }
        for (Bad bad : List.of(new Bad(new Contracts.NewMove(" ", LocalDate.of(2029, 5, 1), true), "newAddress"),
                new Bad(new Contracts.NewMove("Storgatan 1", null, true), "moveOn"),
                new Bad(new Contracts.NewMove("Storgatan 1", LocalDate.of(2029, 2, 28), true), "moveOn"))) {
            assertThatThrownBy(() -> contracts.reportMove(1, contract, bad.move(), LocalDate.of(2029, 3, 1)))
                    .isInstanceOfSatisfying(InvalidBillingInputException.class, e -> assertThat(e.field()).isEqualTo(bad.field()));
        }
        assertThat(contracts.moves(1, contract)).hasSize(1);
    }

    @Test
    void aRunInvoicesProRataWithTheFeeAndNeverTwice() throws Exception {
        openQuarterlyPaperContract();
        mvc.perform(asAdmin(post("/api/v1/invoicing-runs")).content("""
                        {"month":"2029-02","issuedOn":"2029-02-01"}""")).andExpect(status().isOk())
                .andExpect(jsonPath("$.invoicesIssued").isNumber());
        run.run(1, YearMonth.of(2029, 2), LocalDate.of(2029, 2, 2));
        run.run(1, YearMonth.of(2029, 3), LocalDate.of(2029, 3, 1));
        List<InvoiceView> first = invoices.forAccount(1, account).orElseThrow();
        assertThat(first).singleElement().satisfies(i -> {
            assertThat(i.periodStart()).isEqualTo(LocalDate.of(2029, 1, 1));
            assertThat(i.net()).isEqualTo(16_667 + 3_333 + 4_720);
            assertThat(i.vat()).isEqualTo(6_180);
            assertThat(i.total()).isEqualTo(30_900);
            assertThat(i.dueOn()).isEqualTo(LocalDate.of(2029, 3, 3));
        });
        assertThat(pdfText(first.getFirst().number())).contains("309,00 SEK", "Pappersfakturaavgift", "47,20", "Dora Dahl");

        InvoicingRun.Result april = run.run(1, YearMonth.of(2029, 4), LocalDate.of(2029, 4, 1));
        InvoicingRun.Result again = run.run(1, YearMonth.of(2029, 4), LocalDate.of(2029, 4, 1));
        assertThat(again.invoicesIssued()).isZero();
        assertThat(again.alreadyInvoiced()).isEqualTo(april.invoicesIssued() + april.alreadyInvoiced());
        assertThat(invoices.forAccount(1, account).orElseThrow()).hasSize(2).first()
                .satisfies(i -> assertThat(i.total()).isEqualTo(50_900));
    }

    @Test
    void bankgiroPaymentsAreMatchedByOcrAndTheRestListed() throws Exception {
        long contract = openQuarterlyPaperContract();
        mvc.perform(asAdmin(post("/api/v1/contracts/" + contract + "/charges")).content("""
                        {"item":"KEY_RETURN","on":"2029-03-20"}""")).andExpect(status().isCreated());
        run.run(1, YearMonth.of(2029, 2), LocalDate.of(2029, 2, 1));
        run.run(1, YearMonth.of(2029, 4), LocalDate.of(2029, 4, 1));
        List<InvoiceView> issued = invoices.forAccount(1, account).orElseThrow();
        InvoiceView april = issued.get(0);
        InvoiceView february = issued.get(1);
        assertThat(april.total()).isEqualTo(50_900 + 199_000);
        String serial = account.substring(1);
        String file = new BgMaxSample()
                .payment(february.reference(), february.total(), serial + "01", "Dora Dahl")
                .payment("99999999999", 12_300, serial + "02", "Okänd Betalare")
                .deposit(LocalDate.of(2029, 3, 1))
                .paymentWithExtraReference(april.reference(), 100_000, serial + "03")
                .deposit(LocalDate.of(2029, 4, 20))
                .file();

        mvc.perform(asAdmin(post("/api/v1/payments/bgmax")).contentType(MediaType.TEXT_PLAIN).content(file))
                .andExpect(status().isOk()).andExpect(jsonPath("$.payments").value(3))
                .andExpect(jsonPath("$.matched").value(2)).andExpect(jsonPath("$.unmatched").value(1))
                .andExpect(jsonPath("$.matchedAmount").value(february.total() + 100_000));
        assertThat(invoices.byNumber(1, february.number()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        InvoiceView partly = invoices.byNumber(1, april.number()).orElseThrow();
        assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partly.paid()).isEqualTo(100_000);
        mvc.perform(asOperator(get("/api/v1/payments/unmatched"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Okänd Betalare")));

        // the same file again books nothing twice
        mvc.perform(asAdmin(post("/api/v1/payments/bgmax")).contentType(MediaType.TEXT_PLAIN).content(file))
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicates").value(3)).andExpect(jsonPath("$.matched").value(0));
        assertThat(invoices.byNumber(1, april.number()).orElseThrow().paid()).isEqualTo(100_000);
        mvc.perform(asAdmin(post("/api/v1/payments/bgmax")).contentType(MediaType.TEXT_PLAIN).content("01NOTBGMAX"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void anotherTenantSeesNoneOfIt() throws Exception {
        long tenant = 1_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        staff.createTenant(tenant, "Other Larm Oy");
        String email = "admin-" + tenant + "@other.example";
        staff.createStaff(tenant, email, "other-admin", "Other Admin", Role.ADMIN);
        long anna = contractId("1234");
        long number = invoices.forAccount(1, "1234").orElseThrow().getFirst().number();
        var other = httpBasic(email, "other-admin");
        mvc.perform(get("/api/v1/contracts?account=1234").with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/contracts/" + anna).with(other)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/contracts/" + anna + "/notice").with(other).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenOn\":\"2026-11-26\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/invoices?account=1234").with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/invoices/" + number + "/pdf").with(other)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/invoicing-runs").with(other).contentType(MediaType.APPLICATION_JSON)
                .content("{\"month\":\"2029-06\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.contractsRead").value(0));
        assertThat(invoices.forAccount(1, "1234").orElseThrow().getFirst().number()).isEqualTo(number);
        assertThat(invoices.forContract(tenant, anna)).isEmpty();
        assertThat(invoices.forContract(1, anna)).extracting(InvoiceView::number)
                .isEqualTo(invoices.forAccount(1, "1234").orElseThrow().stream().map(InvoiceView::number).toList());
        mvc.perform(get("/api/v1/payments/unmatched").with(other)).andExpect(status().isOk()).andExpect(content().json("[]"));
    }

    @Test
    void theBackOfficePageShowsContractsInvoicesAndUnmatchedPayments() throws Exception {
        String serial = account.substring(1);
        mvc.perform(asAdmin(post("/api/v1/payments/bgmax")).contentType(MediaType.TEXT_PLAIN).content(new BgMaxSample()
                        .payment("55555555555", 4_200, serial + "09", "Ingen Faktura " + serial).deposit(LocalDate.of(2029, 1, 2)).file()))
                .andExpect(status().isOk());
        InvoiceView latest = invoices.forAccount(1, "1234").orElseThrow().getFirst();
        mvc.perform(get("/console/billing?account=1234").with(httpBasic("operator@demo.vaka", "demo-operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Anna Andersson"),
                        org.hamcrest.Matchers.containsString(latest.reference()),
                        org.hamcrest.Matchers.containsString(MinorUnits.format(latest.total()) + " SEK"),
                        org.hamcrest.Matchers.containsString("/api/v1/invoices/" + latest.number() + "/pdf"),
                        org.hamcrest.Matchers.containsString("Ingen Faktura " + serial),
                        org.hamcrest.Matchers.containsString("42,00"))));
        mvc.perform(get("/console/billing?account=NOPE99").locale(java.util.Locale.of("sv"))
                        .with(httpBasic("operator@demo.vaka", "demo-operator")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Inget larmkonto NOPE99")));
    }

    @Test
    void unpaidInvoicesAreRemindedStepByStepAndTheFeeIsOwed() throws Exception {
        openQuarterlyPaperContract();
        run.run(1, YearMonth.of(2029, 2), LocalDate.of(2029, 2, 1));
        InvoiceView invoice = invoices.forAccount(1, account).orElseThrow().getFirst();
        assertThat(invoice.dueOn()).isEqualTo(LocalDate.of(2029, 3, 3));

        reminders.run(1, LocalDate.of(2029, 3, 10));
        assertThat(invoices.byNumber(1, invoice.number()).orElseThrow().reminderLevel()).isZero();
        reminders.run(1, LocalDate.of(2029, 3, 11));
        reminders.run(1, LocalDate.of(2029, 3, 11));
        assertThat(invoices.byNumber(1, invoice.number()).orElseThrow().reminderLevel()).isEqualTo(1);
        assertThat(outbox.recent(1, 500)).filteredOn(n -> n.recipient().equals(email()))
                .singleElement().satisfies(n -> {
                    assertThat(n.subject()).contains("Betalningspåminnelse", Long.toString(invoice.number()));
                    assertThat(n.body()).contains(invoice.reference(), "309,00 SEK");
                    assertThat(n.reason()).isEqualTo("INVOICE_REMINDER_1");
                });

        mvc.perform(asAdmin(post("/api/v1/reminder-runs")).content("{\"on\":\"2029-03-25\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.second").isNumber());
        InvoiceView second = invoices.byNumber(1, invoice.number()).orElseThrow();
        assertThat(second.reminderLevel()).isEqualTo(2);
        assertThat(second.fees()).isEqualTo(6_000);
        assertThat(outbox.recent(1, 500)).filteredOn(n -> n.recipient().equals(email())).first()
                .satisfies(n -> assertThat(n.body()).contains("369,00 SEK"));

        reminders.run(1, LocalDate.of(2029, 4, 8));
        assertThat(invoices.byNumber(1, invoice.number()).orElseThrow().status()).isEqualTo(InvoiceStatus.COLLECTION);
        // ...and it is in the file for the debt-collection agency, with what is owed
        String export = mvc.perform(asOperator(get("/api/v1/collections/export"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(export.lines().findFirst()).contains(
                "customer_number;name;address;invoice;reference;issued_on;due_on;total;fees;paid;outstanding;currency");
        assertThat(export.lines().filter(line -> line.contains(";" + invoice.reference() + ";"))).singleElement()
                .satisfies(line -> assertThat(line).startsWith("9" + account.substring(1) + ";Dora Dahl;Gränsvägen 3, 123 45 Farsta;")
                        .endsWith(";30900;6000;0;36900;SEK"));

        // the total without the fee leaves it with collection; the fee as well settles it
        String serial = account.substring(1);
        mvc.perform(asAdmin(post("/api/v1/payments/bgmax")).contentType(MediaType.TEXT_PLAIN).content(new BgMaxSample()
                        .payment(invoice.reference(), 30_900, serial + "21", "Dora Dahl")
                        .deposit(LocalDate.of(2029, 4, 10)).file()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matched").value(1));
        assertThat(invoices.byNumber(1, invoice.number()).orElseThrow().status()).isEqualTo(InvoiceStatus.COLLECTION);
        mvc.perform(asAdmin(post("/api/v1/payments/bgmax")).contentType(MediaType.TEXT_PLAIN).content(new BgMaxSample()
                        .payment(invoice.reference(), 6_000, serial + "22", "Dora Dahl")
                        .deposit(LocalDate.of(2029, 4, 11)).file()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matched").value(1));
        assertThat(invoices.byNumber(1, invoice.number()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    String pdfText(long number) throws Exception {
        byte[] pdf = mvc.perform(asOperator(get("/api/v1/invoices/" + number + "/pdf"))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String amount(long minor) {
        String units = String.format(java.util.Locale.ROOT, "%,d", minor / 100).replace(',', ' ');
        return units + "," + String.format("%02d", minor % 100);
    }
}
