package org.vaka.server.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import org.vaka.server.notify.Outbox;

/**
 * Anna, in her browser: finds the demo tenant's new "Sommarstugan" with its documented activation code and sees it
 * among her alarm systems; then moves her login to a new e-mail address, following the link from the outbox, and
 * signs in with the new address.
 */
@BrowserTest
@Import(TestClock.Configuration.class)
class AccountAndActivationBrowserTest {

    static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @LocalServerPort int port;
    @Autowired Outbox outbox;

    private WebDriver browser; // a fresh Chromium for each test (@BrowserTest)

    @Test
    void annaAddsSommarstuganWithTheDemoCodeAndMovesToANewAddress() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(wait, "anna@demo.vaka");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Sommarstugan");

        browser.findElement(By.id("find-new-system")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Find new alarm system"));
        browser.findElement(By.name("code")).sendKeys("demo-2026");
        browser.findElement(By.id("add-system")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("added")));
        assertThat(browser.findElement(By.id("added")).getText()).contains("Sommarstugan");
        assertThat(browser.findElements(By.cssSelector("section.system h2")).stream().map(e -> e.getText()).toList())
                .contains("Anna Andersson, Villa Solbacken", "Sommarstugan");
        Browser.screenshot(browser, "portal-find-new-system");

        browser.findElement(By.linkText("Account")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Account"));
        browser.findElement(By.cssSelector("#email-change [name=email]")).sendKeys("anna.andersson@example.se");
        browser.findElement(By.cssSelector("#email-change [name=password]")).sendKeys("demo-customer");
        browser.findElement(By.id("send-email-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-notice")));
        Browser.screenshot(browser, "portal-email-change-asked");

        String mail = outbox.recent(1, 50).stream()
                .filter(n -> "anna.andersson@example.se".equals(n.recipient()) && "EMAIL_CHANGE".equals(n.reason()))
                .findFirst().orElseThrow().body();
        Matcher token = TOKEN.matcher(mail);
        assertThat(token.find()).isTrue();
        assertThat(outbox.recent(1, 50).stream().anyMatch(n -> "anna@demo.vaka".equals(n.recipient())
                && "EMAIL_CHANGE_NOTICE".equals(n.reason()))).isTrue();
        // The link starts with vaka.portal.base-url; this server listens on a port of its own.
        browser.get(base() + "/portal/email-change?token=" + token.group(1));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertThat(browser.findElement(By.id("confirm-email")).getText()).contains("anna.andersson@example.se");
        browser.findElement(By.id("confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changed")));
        Browser.screenshot(browser, "portal-email-changed");

        browser.get(base() + "/portal");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        wait.until(ExpectedConditions.urlContains("/portal/login"));
        signIn(wait, "anna.andersson@example.se");
        assertThat(browser.findElement(By.cssSelector("header .me")).getText()).isEqualTo("anna.andersson@example.se");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Villa Solbacken", "Sommarstugan");
    }

    private void signIn(WebDriverWait wait, String email) {
        browser.get(base() + "/portal/login");
        browser.findElement(By.name("username")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys("demo-customer");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
