package org.vaka.server.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vaka.server.TestClock;
import org.vaka.server.billing.ContractView;
import org.vaka.server.billing.Contracts;
import org.vaka.server.billing.InvoiceView;
import org.vaka.server.billing.Invoices;
import org.vaka.server.billing.InvoicingRun;
import org.vaka.server.billing.PaymentMethod;
import org.vaka.server.identity.CustomerLogins;
import org.vaka.server.identity.CustomerRole;
import org.vaka.server.sites.PanelAccounts;

import com.jayway.jsonpath.JsonPath;

/**
 * The customer's side of billing as Anna (home, Sweden, e-mail invoice), Bo (business, 36-month binding, paper
 * invoice), the other roles of Anna's household and the centre's staff see it. Someone else's contract or invoice
 * must answer exactly like a missing one. Each test changes only what no other test here reads: Anna's notice, Bo's
 * payment method, Anna's moves.
 */
abstract class PortalBillingScenarios {

    static final String PASSWORD = "demo-customer";
    static final long MISSING = 987_654_321L;
    static final Instant NOV_26_2026 = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired PanelAccounts accounts;
    @Autowired Contracts contracts;
    @Autowired Invoices invoices;
    @Autowired InvoicingRun run;
    @Autowired CustomerLogins logins;
    @Autowired TestClock clock;

    ContractView annasContract;
    ContractView bosContract;

    @BeforeEach
    void demoContracts() {
        annasContract = contracts.forSite(1, accounts.view(1, "1234").orElseThrow().siteId()).orElseThrow();
        bosContract = contracts.forSite(1, accounts.view(1, "5678").orElseThrow().siteId()).orElseThrow();
    }

    MockHttpServletResponse as(String email, MockHttpServletRequestBuilder request) throws Exception {
        String password = email.startsWith("admin@") ? "demo-admin" : email.startsWith("operator@") ? "demo-operator" : PASSWORD;
        return mvc.perform(request.with(httpBasic(email, password)).contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    String householdMember(CustomerRole role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.vaka";
        logins.create(1, "100001", email, PASSWORD, role).orElseThrow();
        return email;
    }

    static Set<Long> numbers(String json) {
        List<Number> numbers = JsonPath.read(json, "$[*].number");
        return numbers.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    @Test
    void annaSeesHerOwnInvoicesAndContractAndNeverBos() throws Exception {
        Set<Long> annas = invoices.forAccount(1, "1234").orElseThrow().stream().map(InvoiceView::number).collect(Collectors.toSet());
        Set<Long> bos = invoices.forAccount(1, "5678").orElseThrow().stream().map(InvoiceView::number).collect(Collectors.toSet());
        MockHttpServletResponse list = as("anna@demo.vaka", get("/api/v1/portal/invoices"));
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(numbers(list.getContentAsString())).isEqualTo(annas).doesNotContainAnyElementsOf(bos);
        assertThat(list.getContentAsString()).doesNotContain("Bo Berg");
        List<String> statuses = JsonPath.read(list.getContentAsString(), "$[*].status");
        assertThat(statuses).contains("PAID");
        assertThat((List<String>) JsonPath.read(list.getContentAsString(), "$[*].pdf"))
                .allSatisfy(pdf -> assertThat(pdf).matches("/api/v1/portal/invoices/\\d+/pdf"));

        MockHttpServletResponse contractsOfAnna = as("anna@demo.vaka", get("/api/v1/portal/contracts"));
        assertThat((List<Number>) JsonPath.read(contractsOfAnna.getContentAsString(), "$[*].id"))
                .extracting(Number::longValue).containsExactly(annasContract.id());
        assertThat(numbers(as("bo@demo.vaka", get("/api/v1/portal/invoices")).getContentAsString())).isEqualTo(bos);

        long bosInvoice = bos.iterator().next();
        for (String path : List.of("/api/v1/portal/invoices/%d", "/api/v1/portal/invoices/%d/pdf")) {
            MockHttpServletResponse others = as("anna@demo.vaka", get(path.formatted(bosInvoice)));
            MockHttpServletResponse missing = as("anna@demo.vaka", get(path.formatted(MISSING)));
            assertThat(others.getStatus()).isEqualTo(missing.getStatus()).isEqualTo(404);
            assertThat((String) JsonPath.read(others.getContentAsString(), "$.detail"))
                    .isEqualTo(JsonPath.read(missing.getContentAsString(), "$.detail"));
        }
        for (long contract : List.of(bosContract.id(), MISSING)) {
            assertThat(as("anna@demo.vaka", put("/api/v1/portal/contracts/" + contract + "/payment-method")
                    .content("{\"method\":\"EMAIL\"}")).getStatus()).isEqualTo(404);
            MockHttpServletResponse notice = as("anna@demo.vaka", post("/api/v1/portal/contracts/" + contract + "/notice")
                    .content("{\"dryRun\":true}"));
            assertThat(notice.getStatus()).isEqualTo(404);
            assertThat((String) JsonPath.read(notice.getContentAsString(), "$.detail")).isEqualTo("No such contract.");
            assertThat(as("anna@demo.vaka", post("/api/v1/portal/contracts/" + contract + "/move")
                    .content("{\"newAddress\":\"Storgatan 1\",\"moveOn\":\"2099-01-01\",\"keepSystem\":true}")).getStatus())
                    .isEqualTo(404);
        }
        assertThat(contracts.byId(1, bosContract.id()).orElseThrow().paymentMethod()).isEqualTo(bosContract.paymentMethod());
        assertThat(contracts.moves(1, bosContract.id())).isEmpty();
    }

    @Test
    void staffAreRefusedAndOnlyOwnersAndAdministratorsChangeThings() throws Exception {
        for (String staff : List.of("admin@demo.vaka", "operator@demo.vaka")) {
            assertThat(as(staff, get("/api/v1/portal/invoices")).getStatus()).isEqualTo(403);
            assertThat(as(staff, get("/api/v1/portal/contracts")).getStatus()).isEqualTo(403);
            assertThat(as(staff, post("/api/v1/portal/contracts/" + annasContract.id() + "/notice").content("{\"dryRun\":true}"))
                    .getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/api/v1/portal/invoices")).andReturn().getResponse().getStatus()).isEqualTo(401);

        String method = "/api/v1/portal/contracts/" + annasContract.id() + "/payment-method";
        String notice = "/api/v1/portal/contracts/" + annasContract.id() + "/notice";
        String move = "/api/v1/portal/contracts/" + annasContract.id() + "/move";
        for (CustomerRole role : List.of(CustomerRole.USER, CustomerRole.APP_ONLY)) {
            String member = householdMember(role);
            assertThat(as(member, get("/api/v1/portal/invoices")).getStatus()).isEqualTo(200);
            assertThat(as(member, put(method).content("{\"method\":\"PAPER\"}")).getStatus()).as(role.name()).isEqualTo(403);
            assertThat(as(member, post(notice).content("{}")).getStatus()).as(role.name()).isEqualTo(403);
            assertThat(as(member, post(move).content("{\"newAddress\":\"Storgatan 1\",\"moveOn\":\"2099-01-01\",\"keepSystem\":true}"))
                    .getStatus()).as(role.name()).isEqualTo(403);
        }
        String administrator = householdMember(CustomerRole.ADMINISTRATOR);
        assertThat(as(administrator, post(notice).content("{}")).getStatus()).isEqualTo(403);
        assertThat(as(administrator, put(method).content("{\"method\":\"SIDEWAYS\"}")).getStatus()).isEqualTo(400);
        MockHttpServletResponse changed = as(administrator, put(method).content("{\"method\":\"email\"}"));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(changed.getContentAsString(), "$.paymentMethod")).isEqualTo("EMAIL");
        assertThat(contracts.byId(1, annasContract.id()).orElseThrow().paymentMethod()).isEqualTo(PaymentMethod.EMAIL);
    }

    @Test
    void theDownloadIsAPdfOfAnnasInvoice() throws Exception {
        InvoiceView latest = invoices.forAccount(1, "1234").orElseThrow().getFirst();
        MockHttpServletResponse pdf = as("anna@demo.vaka", get("/api/v1/portal/invoices/" + latest.number() + "/pdf"));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment").contains("faktura-" + latest.number());
        byte[] bytes = pdf.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Anna", String.valueOf(latest.number()))
                    .doesNotContain("Bo Berg");
        }
    }

    @Test
    void bosSwitchToEmailLeavesThePaperFeeOffHisNextInvoice() throws Exception {
        List<InvoiceView> before = invoices.forAccount(1, "5678").orElseThrow();
        assertThat(before).allSatisfy(i -> assertThat(i.lines()).anySatisfy(l -> assertThat(l.net()).isEqualTo(4_720)));
        MockHttpServletResponse switched = as("bo@demo.vaka", put("/api/v1/portal/contracts/" + bosContract.id() + "/payment-method")
                .content("{\"method\":\"EMAIL\"}"));
        assertThat(switched.getStatus()).as(switched.getContentAsString()).isEqualTo(200);

        YearMonth next = YearMonth.from(before.getFirst().periodStart()).plusMonths(3);
        run.run(1, next, next.atDay(1));
        InvoiceView nextInvoice = invoices.forAccount(1, "5678").orElseThrow().getFirst();
        assertThat(nextInvoice.periodStart()).isEqualTo(next.atDay(1));
        assertThat(nextInvoice.lines()).noneSatisfy(l -> assertThat(l.net()).isEqualTo(4_720));
        assertThat(nextInvoice.lines()).isNotEmpty();
        MockHttpServletResponse listed = as("bo@demo.vaka", get("/api/v1/portal/invoices"));
        assertThat(numbers(listed.getContentAsString())).contains(nextInvoice.number());
    }

    @Test
    void annasNoticeShowsTheSwedishEndDateFirstAndIsThenRecorded() throws Exception {
        clock.set(NOV_26_2026);
        String notice = "/api/v1/portal/contracts/" + annasContract.id() + "/notice";
        MockHttpServletResponse dryRun = as("anna@demo.vaka", post(notice).content("{\"dryRun\":true}"));
        assertThat(dryRun.getStatus()).as(dryRun.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(dryRun.getContentAsString(), "$.endsOn")).isEqualTo("2027-02-28");
        assertThat((Boolean) JsonPath.read(dryRun.getContentAsString(), "$.recorded")).isFalse();
        assertThat(contracts.byId(1, annasContract.id()).orElseThrow().noticeGivenOn()).isNull();

        MockHttpServletResponse otherDay = as("anna@demo.vaka", post(notice).content("{\"givenOn\":\"2026-10-01\"}"));
        assertThat(otherDay.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(otherDay.getContentAsString(), "$.field")).isEqualTo("givenOn");

        MockHttpServletResponse confirmed = as("anna@demo.vaka", post(notice).content("{\"givenOn\":\"2026-11-26\"}"));
        assertThat(confirmed.getStatus()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(confirmed.getContentAsString(), "$.recorded")).isTrue();
        String mine = as("anna@demo.vaka", get("/api/v1/portal/contracts")).getContentAsString();
        assertThat((String) JsonPath.read(mine, "$[0].endsOn")).isEqualTo("2027-02-28");
        assertThat((String) JsonPath.read(mine, "$[0].noticeGivenOn")).isEqualTo("2026-11-26");
        assertThat(as("anna@demo.vaka", post(notice).content("{}")).getStatus()).isEqualTo(400);
        assertThat(as("anna@demo.vaka", get("/portal/billing")).getContentAsString()).contains("2027-02-28");
    }

    @Test
    void bosBusinessNoticeRunsToTheEndOfHisBindingPeriod() throws Exception {
        clock.set(NOV_26_2026);
        MockHttpServletResponse dryRun = as("bo@demo.vaka", post("/api/v1/portal/contracts/" + bosContract.id() + "/notice")
                .content("{\"dryRun\":true}"));
        assertThat((String) JsonPath.read(dryRun.getContentAsString(), "$.endsOn")).isEqualTo("2027-05-31");
        assertThat((String) JsonPath.read(dryRun.getContentAsString(), "$.bindingEndsOn")).isEqualTo("2027-05-31");
        assertThat(contracts.byId(1, bosContract.id()).orElseThrow().noticeGivenOn()).isNull();
    }

    @Test
    void aMoveIsRecordedForTheBackOffice() throws Exception {
        clock.set(NOV_26_2026);
        String move = "/api/v1/portal/contracts/" + annasContract.id() + "/move";
        MockHttpServletResponse reported = as("anna@demo.vaka", post(move)
                .content("{\"newAddress\":\"Storgatan 1, 111 22 Stockholm\",\"moveOn\":\"2027-01-15\",\"keepSystem\":false}"));
        assertThat(reported.getStatus()).as(reported.getContentAsString()).isEqualTo(201);
        assertThat(contracts.moves(1, annasContract.id())).anySatisfy(m -> {
            assertThat(m.newAddress()).isEqualTo("Storgatan 1, 111 22 Stockholm");
            assertThat(m.moveOn()).isEqualTo(LocalDate.of(2027, 1, 15));
            assertThat(m.keepSystem()).isFalse();
            assertThat(m.reportedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        });
        assertThat(as("operator@demo.vaka", get("/console/billing?account=1234")).getContentAsString())
                .contains("Storgatan 1, 111 22 Stockholm", "2027-01-15", "handed over to whoever moves in");
        assertThat(as("operator@demo.vaka", get("/api/v1/contracts/" + annasContract.id() + "/moves")).getContentAsString())
                .contains("Storgatan 1, 111 22 Stockholm");
        MockHttpServletResponse past = as("anna@demo.vaka", post(move)
                .content("{\"newAddress\":\"Storgatan 1\",\"moveOn\":\"2026-01-15\",\"keepSystem\":true}"));
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(past.getContentAsString(), "$.field")).isEqualTo("moveOn");
    }

    @Test
    void theBillingPageShowsOnlyTheCustomersOwnAndItsFormsNeedCsrf() throws Exception {
        String page = as("bo@demo.vaka", get("/portal/billing")).getContentAsString();
        assertThat(page).contains(bosContract.siteName(), "/api/v1/portal/invoices/", "name=\"_csrf\"")
                .doesNotContain(annasContract.siteName());
        String swedish = mvc.perform(get("/portal/billing").with(httpBasic("bo@demo.vaka", PASSWORD))
                .header("Accept-Language", "sv")).andReturn().getResponse().getContentAsString();
        assertThat(swedish).contains("Fakturor och avtal", "Anmäl flytt");
        MockHttpSession browser = (MockHttpSession) mvc.perform(post("/portal/login").with(csrf())
                        .param("username", "anna@demo.vaka").param("password", PASSWORD))
                .andExpect(redirectedUrl("/portal")).andReturn().getRequest().getSession();
        String method = "/portal/billing/contracts/" + annasContract.id() + "/payment-method";
        mvc.perform(post(method).session(browser).param("method", "EMAIL")).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post(method).session(browser).with(csrf()).param("method", "EMAIL"))
                .andExpect(redirectedUrl("/portal/billing")).andExpect(flash().attribute("methodChanged", annasContract.id()));
        assertThat(mvc.perform(post("/portal/billing/contracts/" + annasContract.id() + "/notice")
                        .with(httpBasic("bo@demo.vaka", PASSWORD)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
