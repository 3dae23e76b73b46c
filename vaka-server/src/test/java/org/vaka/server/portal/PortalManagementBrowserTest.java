package org.vaka.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
import org.springframework.test.context.TestPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;
import org.vaka.server.console.Browser;
import org.vaka.server.console.BrowserTest;
import org.vaka.server.console.BrowserTest;
import org.vaka.server.notify.Outbox;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.SiteContacts;

/**
 * Anna, in her browser: adds a third person to her call list, invites Karin as a user by SMS, and watches her
 * notifications page show a power cut the moment the centre tells her of it, without reloading.
 */
@BrowserTest
@TestPropertySource(properties = "vaka.portal.feed-push-ms=200")
@Import(TestClock.Configuration.class)
class PortalManagementBrowserTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @LocalServerPort int port;
    @Autowired Outbox outbox;
    @Autowired PanelAccounts accounts;
    @Autowired SiteContacts contacts;

    private WebDriver browser; // a fresh Chromium for each test (@BrowserTest)

    @Test
    void annaAddsAContactInvitesKarinSeesAPowerCutLiveAndKarinSignsUpAsAUser() throws Exception {
        long site = accounts.view(1, "1234").orElseThrow().siteId();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + port + "/portal/login");
        browser.findElement(By.name("username")).sendKeys("anna@demo.vaka");
        browser.findElement(By.name("password")).sendKeys("demo-customer");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));

        browser.findElement(By.className("contacts-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Contacts"));
        var rows = browser.findElements(By.cssSelector("#contacts tbody tr"));
        assertThat(rows).hasSize(4);
        type(rows.get(2).findElement(By.name("name")), "Maja Andersson");
        type(rows.get(2).findElement(By.name("phone")), "+46709876543");
        browser.findElement(By.id("save-contacts")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(contacts.contacts(1, site).orElseThrow().stream().map(c -> c.name()).toList())
                .containsExactly("Anna Andersson", "Erik Andersson", "Maja Andersson");
        Browser.screenshot(browser, "portal-contacts");

        browser.findElement(By.linkText("Logins")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Logins"));
        type(browser.findElement(By.cssSelector("#invite [name=name]")), "Karin Andersson");
        type(browser.findElement(By.cssSelector("#invite [name=phone]")), "+46705550101");
        new Select(browser.findElement(By.cssSelector("#invite [name=role]"))).selectByValue("USER");
        browser.findElement(By.id("send-invite")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations"), "Karin Andersson"));
        String invitation = outbox.recent(1, 50).stream().filter(n -> "+46705550101".equals(n.recipient())).findFirst()
                .orElseThrow().body();
        assertThat(invitation).contains("/portal/invite?token=");
        Browser.screenshot(browser, "portal-logins");

        browser.findElement(By.linkText("Notifications")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Notifications"));
        assertThat(browser.findElement(By.id("feed")).getText()).doesNotContain("Strömmen är borta");
        outbox.sms(1, site, "+46701234567", "Strömmen är borta på Villa Solbacken.", "MAINS_LOST");
        // No reload: the page is told over its event stream and fetches the list again.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feed"), "Strömmen är borta"));
        Browser.screenshot(browser, "portal-notifications");

        karinFollowsHerInvitationAndSeesWhatAUserMay(invitation, wait);
    }

    /** Karin, invited as a plain user, makes her own login from the SMS link: she sees and arms, but manages nothing. */
    private void karinFollowsHerInvitationAndSeesWhatAUserMay(String sms, WebDriverWait wait) throws Exception {
        browser.manage().deleteAllCookies();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/portal/invite\\?token=[A-Za-z0-9_-]+").matcher(sms);
        assertThat(link.find()).as(sms).isTrue();
        browser.get("http://127.0.0.1:" + port + link.group());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create-login")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Karin Andersson");
        browser.findElement(By.name("email")).sendKeys("karin@example.test");
        browser.findElement(By.name("password")).sendKeys("karins eget lösen");
        browser.findElement(By.id("create-login")).click();
        wait.until(ExpectedConditions.urlContains("/portal/login"));

        browser.findElement(By.name("username")).sendKeys("karin@example.test");
        browser.findElement(By.name("password")).sendKeys("karins eget lösen");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));
        String overview = browser.findElement(By.tagName("main")).getText();
        assertThat(overview).contains("Villa Solbacken").doesNotContain("Bo Berg");
        assertThat(browser.findElements(By.className("contacts-link"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Logins"))).isEmpty();
        Browser.screenshot(browser, "portal-invited-user");

        // Typing the address of a manager's page does not get her there either.
        long site = accounts.view(1, "1234").orElseThrow().siteId();
        browser.get("http://127.0.0.1:" + port + "/portal/sites/" + site + "/contacts");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Erik Andersson");
        browser.get("http://127.0.0.1:" + port + "/portal/logins");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Karin Andersson");
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }
}
