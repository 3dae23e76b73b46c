package org.vaka.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.server.TestClock;
import org.vaka.server.TestDatabases;
import org.vaka.server.console.Browser;
import org.vaka.server.console.BrowserTest;
import org.vaka.server.identity.Base32;
import org.vaka.server.identity.Totp;

/**
 * In Chromium: Anna turns on two-step verification with the secret the page shows (her "authenticator app" is
 * {@link Totp} on the server's test clock), signs out, and then signs in with password and code; Bo adds a passkey with
 * a virtual authenticator (resident key, user verification), signs out, and signs in with it alone. WebAuthn wants a
 * secure context and an origin the server expects, so the server listens on a port chosen beforehand and the portal's
 * base URL names it, and the browser goes to http://localhost.
 */
@BrowserTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestClock.Configuration.class)
class TwoStepBrowserTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
        registry.add("server.port", () -> PORT);
        registry.add("vaka.portal.base-url", () -> "http://localhost:" + PORT);
    }

    @Autowired TestClock clock;

    private WebDriver browser; // a fresh Chromium for each test (@BrowserTest)
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // pages reload themselves after a passkey is added
    }

    @Test
    void annaTurnsOnTwoStepVerificationAndThenSignsInWithPasswordAndCode() throws Exception {
        signIn("anna@demo.vaka");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));
        browser.findElement(By.linkText("Account")).click();
        browser.findElement(By.id("security-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Two-step verification and passkeys"));
        browser.findElement(By.cssSelector("#two-step-start button")).click();
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("two-step-secret"))).getText();
        assertThat(browser.findElement(By.id("two-step-qr")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        Browser.screenshot(browser, "two-step-setup");
        browser.findElement(By.id("two-step-code")).sendKeys(Totp.codeAt(Base32.decode(secret), clock.instant()));
        browser.findElement(By.cssSelector("#two-step-confirm button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        assertThat(browser.findElement(By.id("two-step-status")).getText()).contains("is on");
        Browser.screenshot(browser, "two-step-on");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/portal/login?logout"));
        signIn("anna@demo.vaka");
        wait.until(ExpectedConditions.urlContains("/portal/login/verify"));
        browser.get("http://localhost:" + PORT + "/portal");
        wait.until(ExpectedConditions.urlContains("/portal/login")); // the password alone signed nobody in
        signIn("anna@demo.vaka");
        wait.until(ExpectedConditions.urlContains("/portal/login/verify"));
        browser.findElement(By.id("code")).sendKeys("000000".equals(codeNow(secret)) ? "111111" : "000000");
        browser.findElement(By.cssSelector("#verify button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS)); // the code that confirmed is spent: a fresh one
        browser.findElement(By.id("code")).sendKeys(codeNow(secret));
        browser.findElement(By.cssSelector("#verify button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Villa Solbacken");
    }

    @Test
    void boAddsAPasskeyAndSignsInWithItAlone() throws Exception {
        VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL).setHasResidentKey(true)
                        .setHasUserVerification(true).setIsUserVerified(true).setIsUserConsenting(true));
        signIn("bo@demo.vaka");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));
        browser.findElement(By.cssSelector("header a.security")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-passkeys")));
        browser.findElement(By.id("passkey-name")).sendKeys("Bo's laptop");
        browser.findElement(By.id("passkey-password")).sendKeys("demo-customer");
        browser.findElement(By.cssSelector("#passkey-add button")).click();
        wait.until(driver -> !driver.findElements(By.cssSelector("#passkeys .passkey-name")).isEmpty()
                || driver.findElement(By.id("passkey-message")).isDisplayed());
        assertThat(browser.findElement(By.id("passkey-message")).getText()).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#passkeys .passkey-name")).getText()).isEqualTo("Bo's laptop");
        assertThat(authenticator.getCredentials()).hasSize(1);
        assertThat(authenticator.getCredentials().get(0).isResidentCredential()).isTrue();
        Browser.screenshot(browser, "passkey-added");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/portal/login?logout"));
        browser.findElement(By.id("passkey-sign-in")).click();
        wait.until(driver -> driver.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals("My alarm systems"))
                || driver.findElement(By.id("passkey-error")).isDisplayed());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My alarm systems");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Villa Solbacken");
        assertThat(browser.findElement(By.className("me")).getText()).isEqualTo("bo@demo.vaka");
        browser.findElement(By.cssSelector("header a.security")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkeys")));
        assertThat(browser.findElement(By.id("passkeys")).getText()).contains("Bo's laptop");
    }

    private void signIn(String email) {
        browser.get("http://localhost:" + PORT + "/portal/login");
        browser.findElement(By.name("username")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys("demo-customer");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    private String codeNow(String secret) {
        return Totp.codeAt(Base32.decode(secret), clock.instant());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
