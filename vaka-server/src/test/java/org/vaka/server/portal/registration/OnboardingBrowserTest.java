package org.vaka.server.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestDatabases;
import org.vaka.server.console.Browser;
import org.vaka.server.console.BrowserTest;
import org.vaka.server.notify.LoopbackSmsProvider;
import org.vaka.server.sites.Contact;
import org.vaka.server.sites.PanelAccounts;
import org.vaka.server.sites.SiteContacts;
import org.vaka.server.sites.SiteDescriptions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Cecilia, customer 100042, from the welcome to her first sign-in, in Chromium, with every message delivered for real:
 * SMS to an HTTP SMS provider on a loopback port, e-mail to an SMTP server (GreenMail). An administrator sends the
 * welcome from the console; Cecilia follows the link in her SMS, confirms her details, the directions, a verification
 * word and two people to call, registers with the code from her next SMS and the link in her e-mail, and signs in to
 * see her summer house and nobody else's.
 */
@BrowserTest
class OnboardingBrowserTest {

    static final String CECILIA_MOBILE = "+46701234567";
    static final GreenMail SMTP = smtp();
    static final LoopbackSmsProvider SMS = LoopbackSmsProvider.start();

    private static GreenMail smtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return smtp;
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("vaka.notify.mail.from", () -> "kundservice@vaka.test");
        registry.add("vaka.notify.sms.url", SMS::url);
        registry.add("vaka.notify.sms.token", () -> "onboarding-test");
        registry.add("vaka.notify.dispatch-interval-ms", () -> 100);
    }

    @AfterAll
    static void stopProviders() {
        SMTP.stop();
    }

    @LocalServerPort int port;
    @Autowired PanelAccounts accounts;
    @Autowired SiteDescriptions descriptions;
    @Autowired SiteContacts contacts;

    private WebDriver browser; // a fresh Chromium for each test (@BrowserTest)
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void ceciliaIsWelcomedRegistersWithHerCodeAndLinkAndSeesHerSummerHouse() throws Exception {
        long site = accounts.view(1, "9ABC").orElseThrow().siteId();

        // The administrator sends the welcome from the site's page in the console.
        browser.get(local("/console/sites/" + site));
        wait.until(ExpectedConditions.urlContains("/login"));
        fill("username", "admin@demo.vaka", "password", "demo-admin");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
        new Select(browser.findElement(By.cssSelector("#welcome [name=language]"))).selectByValue("en");
        browser.findElement(By.cssSelector("#welcome button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome-sent")));
        assertThat(browser.findElement(By.id("welcome-sent")).getText()).contains("+467").doesNotContain(CECILIA_MOBILE);
        browser.manage().deleteAllCookies();

        // Her SMS names her customer number and carries the link.
        String welcomeSms = sms(CECILIA_MOBILE, "/portal/welcome?token=");
        assertThat(welcomeSms).contains("100042");
        browser.get(local(link(welcomeSms, "/portal/welcome")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Tervetuloa").doesNotContain("Sjöbodsvägen");

        fill("customerNumber", "100042", "mobile", "070-123 45 67");
        browser.findElement(By.cssSelector("#confirm button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("directions")));
        assertThat(browser.findElement(By.id("address")).getText()).contains("Sjöbodsvägen 3", "Edsbro");
        browser.findElement(By.name("directions")).sendKeys("Röd stuga vid sjön, nyckel under krukan. Kör in vid brevlådan.");
        Browser.screenshot(browser, "welcome-directions");
        browser.findElement(By.cssSelector("#directions button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("word")));
        fill("word", "kantarell", "repeated", "kantarell");
        browser.findElement(By.cssSelector("#word button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#users tbody tr"));
        assertThat(rows).hasSize(4);
        type(rows.get(0), "Cecilia Carlsson", "070-123 45 67");
        type(rows.get(1), "Carl Carlsson", "+46705556677");
        Browser.screenshot(browser, "welcome-people");
        browser.findElement(By.cssSelector("#users button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

        assertThat(descriptions.details(1, site).orElseThrow().directions()).startsWith("Röd stuga vid sjön");
        assertThat(contacts.verificationWordMatches(1, site, "Kantarell")).contains(true);
        assertThat(contacts.contacts(1, site).orElseThrow()).extracting(Contact::name)
                .containsExactly("Cecilia Carlsson", "Carl Carlsson");

        // From the welcome to her own login: customer number and mobile, the code by SMS, then e-mail and password.
        browser.findElement(By.id("register")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("customerNumber")));
        fill("customerNumber", "100042", "mobile", "070-123 45 67");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("code")));
        String codeSms = sms(CECILIA_MOBILE, "Vaka code");
        browser.findElement(By.name("code")).sendKeys(first(RegistrationScenarios.CODE, codeSms));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("email")));

        fill("email", "cecilia@example.test", "password", "sommarstugan 1975");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));

        // The link names the configured base URL; the test's server listens on a port of its own.
        browser.get(local(link(mail("cecilia@example.test"), "/portal/register/confirm")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("cecilia@example.test", "is active");

        browser.findElement(By.linkText("Sign in")).click();
        wait.until(ExpectedConditions.urlContains("/portal/login"));
        fill("username", "cecilia@example.test", "password", "sommarstugan 1975");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Cecilia Carlsson, sommarstugan")
                .doesNotContain("Villa Solbacken");
    }

    private String local(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    /** The newest SMS to that phone containing the text, as the provider received it. */
    private static String sms(String phone, String containing) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> SMS.receivedFor(phone).reversed().stream()
                .map(LoopbackSmsProvider.Received::text).filter(t -> t.contains(containing)).findFirst().orElse(null),
                text -> text != null);
    }

    private static String mail(String address) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> sentTo(m, address)).map(OnboardingBrowserTest::body).reduce((a, b) -> b).orElse(null),
                text -> text != null);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link's path and query, whatever host the message names. */
    private static String link(String text, String path) {
        Matcher m = Pattern.compile("http\\S+" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        URI uri = URI.create(m.group());
        return uri.getPath() + "?" + uri.getRawQuery();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    /** Types into the page's fields by name: name, text, name, text... */
    private void fill(String... namesAndTexts) {
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            browser.findElement(By.name(namesAndTexts[i])).sendKeys(namesAndTexts[i + 1]);
        }
    }

    private static void type(WebElement row, String name, String phone) {
        WebElement nameField = row.findElement(By.name("name"));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement phoneField = row.findElement(By.name("phone"));
        phoneField.clear();
        phoneField.sendKeys(phone);
    }
}
