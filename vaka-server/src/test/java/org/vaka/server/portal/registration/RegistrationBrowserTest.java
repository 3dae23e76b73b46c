package org.vaka.server.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;
import org.vaka.server.console.Browser;
import org.vaka.server.notify.Notification;
import org.vaka.server.notify.Outbox;

/**
 * Cecilia, customer 100042, registers in Chromium: customer number and mobile typed as she would, the code from her
 * SMS, e-mail and password, the link from her e-mail; then she signs in and sees her summer house. The SMS and the
 * e-mail are read from the outbox, where they stay when no provider is configured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
@EnabledIf(value = "org.vaka.server.console.Browser#available",
        disabledReason = "Chromium and chromedriver are not installed (./vaka test installs them when run as root)")
class RegistrationBrowserTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @LocalServerPort int port;
    @Autowired Outbox outbox;

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void ceciliaRegistersWithHerCodeAndLinkAndSeesHerSummerHouse() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + port + "/portal/login");
        browser.findElement(By.linkText("New here? Register")).click();
        wait.until(ExpectedConditions.urlContains("/portal/register"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Tervetuloa");

        browser.findElement(By.name("customerNumber")).sendKeys("100042");
        browser.findElement(By.name("mobile")).sendKeys("070-123 45 67");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("code")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("a code is on its way");

        browser.findElement(By.name("code")).sendKeys(find(RegistrationScenarios.CODE,
                latest("+46701234567", "REGISTRATION_CODE")));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("email")));

        browser.findElement(By.name("email")).sendKeys("cecilia@example.test");
        browser.findElement(By.name("password")).sendKeys("sommarstugan 1975");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));

        // The link names the configured base URL; the test's server listens on a port of its own.
        URI link = URI.create(latestLink("cecilia@example.test"));
        assertThat(link.getPath()).isEqualTo("/portal/register/confirm");
        browser.get("http://127.0.0.1:" + port + link.getPath() + "?" + link.getRawQuery());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("cecilia@example.test", "is active");

        browser.findElement(By.linkText("Sign in")).click();
        wait.until(ExpectedConditions.urlContains("/portal/login"));
        browser.findElement(By.name("username")).sendKeys("cecilia@example.test");
        browser.findElement(By.name("password")).sendKeys("sommarstugan 1975");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Cecilia Carlsson, sommarstugan")
                .doesNotContain("Villa Solbacken");
    }

    private String latest(String recipient, String reason) {
        return outbox.recent(1, 200).stream().filter(n -> n.recipient().equals(recipient) && n.reason().equals(reason))
                .map(Notification::body).findFirst().orElseThrow(() -> new AssertionError("no " + reason + " to " + recipient));
    }

    private String latestLink(String email) {
        String body = latest(email, "EMAIL_VALIDATION");
        Matcher m = java.util.regex.Pattern.compile("http\\S+/portal/register/confirm\\?token=[A-Za-z0-9_-]+").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group();
    }

    private static String find(java.util.regex.Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
