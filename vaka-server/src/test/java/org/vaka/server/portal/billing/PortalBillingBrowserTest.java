package org.vaka.server.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;
import org.vaka.server.console.Browser;
import org.vaka.server.console.BrowserTest;

/**
 * Bo, who pays by paper invoice: signs in to the portal, opens his invoices, downloads one as a PDF, switches to
 * e-mail invoices, asks when notice would end his business contract (at the end of its binding period), confirms it
 * and sees the end date on the page.
 */
@BrowserTest
@Import(TestClock.Configuration.class)
class PortalBillingBrowserTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @LocalServerPort int port;
    @Autowired TestClock clock;

    private WebDriver browser; // a fresh Chromium for each test (@BrowserTest)

    @Test
    void boDownloadsAnInvoiceSwitchesToEmailAndGivesNotice() throws Exception {
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + port + "/portal");
        wait.until(ExpectedConditions.urlContains("/portal/login"));
        browser.findElement(By.name("username")).sendKeys("bo@demo.vaka");
        browser.findElement(By.name("password")).sendKeys("demo-customer");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));

        browser.findElement(By.linkText("Invoices and contract")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Invoices and contract"));
        assertThat(browser.findElement(By.cssSelector(".payment-method")).getText()).isEqualTo("Paper invoice");
        WebElement invoice = browser.findElement(By.cssSelector("#invoices tr.invoice"));
        assertThat(invoice.getText()).contains("SEK");
        Browser.screenshot(browser, "portal-billing");

        // the link the customer clicks, fetched with the browser's own session
        String href = invoice.findElement(By.cssSelector("a.pdf")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf;
        try (HttpClient http = HttpClient.newHttpClient()) {
            pdf = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        new Select(browser.findElement(By.cssSelector("form.switch-method select"))).selectByValue("EMAIL");
        browser.findElement(By.cssSelector("form.switch-method button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("method-changed")));
        assertThat(browser.findElement(By.cssSelector(".payment-method")).getText()).isEqualTo("E-mail invoice");

        browser.findElement(By.cssSelector("details.give-notice summary")).click();
        browser.findElement(By.cssSelector("button.notice-ask")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice-preview"), "2027-05-31"));
        Browser.screenshot(browser, "portal-billing-notice");
        browser.findElement(By.cssSelector("button.notice-confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ends-on"), "2027-05-31"));
        assertThat(browser.findElement(By.cssSelector(".ends-on")).getText()).contains("2026-11-26");
        assertThat(browser.findElements(By.cssSelector("details.give-notice"))).isEmpty();
    }
}
