package org.vaka.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

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
import org.vaka.server.devices.DeviceBroker;
import org.vaka.server.receiver.Dc09Receiver;
import org.vaka.sim.fleet.DemoPanel;
import org.vaka.sim.fleet.FleetCounters;
import org.vaka.sim.mqtt.BrokerAddress;
import org.vaka.sim.mqtt.BrokerLinkThreads;
import org.vaka.sim.mqtt.LinkObserver;
import org.vaka.sim.panel.ScenarioScript;

/**
 * Anna, on her phone or computer: signs in to the portal, is told why her house will not arm with a door open, arms
 * it with her code and sees the panel confirm it, disarms it, and finds both in the history. The house is a virtual panel from vaka-sim on the embedded broker,
 * reporting its openings and closings to the receiver like a real one.
 */
@BrowserTest
@Import(TestClock.Configuration.class)
class PortalBrowserTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @LocalServerPort int port;
    @Autowired Dc09Receiver receiver;
    @Autowired DeviceBroker deviceBroker;
    @Autowired TestClock clock;

    private WebDriver browser; // a fresh Chromium for each test (@BrowserTest)

    @Test
    void annaArmsSeesTheConfirmedStateDisarmsAndReadsTheHistory() throws Exception {
        var links = BrokerLinkThreads.create(1, "portal-browser-test-panel");
        var house = new DemoPanel("1234", null, "127.0.0.1", receiver.port(), clock,
                java.util.random.RandomGenerator.of("L64X128MixRandom"), false, new FleetCounters());
        Thread sender = Thread.ofVirtual().start(house::sendForever);
        try {
            house.connectBroker(links, new BrokerAddress("127.0.0.1", deviceBroker.embeddedPort()), "demo-broker-1234",
                    LinkObserver.NONE, Duration.ZERO).ready().get(10, TimeUnit.SECONDS);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://127.0.0.1:" + port + "/portal");
            wait.until(ExpectedConditions.urlContains("/portal/login"));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Welcome", "Tervetuloa");
            browser.findElement(By.name("username")).sendKeys("anna@demo.vaka");
            browser.findElement(By.name("password")).sendKeys("demo-customer");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My alarm systems"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Villa Solbacken")
                    .doesNotContain("Bo Berg", "sommarstugan");
            reloadUntilArming(wait, "Disarmed");

            house.play(ScenarioScript.parse("open zone 2"), line -> { });
            command("button.arm-away", "123456");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "not ready"));
            Browser.screenshot(browser, "portal-not-ready");
            house.play(ScenarioScript.parse("close zone 2"), line -> { });

            command("button.arm-away", "123456");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Confirmed by the panel: armed away"));
            Browser.screenshot(browser, "portal-armed");
            clock.advance(Duration.ofSeconds(31)); // past the exit delay, for the panel and the server alike
            house.play(ScenarioScript.parse("wait 1ms"), line -> { }); // the panel catches up: armed, closing reported
            reloadUntilArming(wait, "Armed away");
            wait.until(driver -> { // who armed comes with the closing the panel reports over DC-09
                if (!driver.findElements(By.cssSelector(".system .by")).isEmpty()
                        && driver.findElement(By.cssSelector(".system .by")).getText().contains("Anna Andersson")) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });

            command("button.disarm", "000000");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Wrong code"));
            command("button.disarm", "123456");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Confirmed by the panel: disarmed"));
            reloadUntilArming(wait, "Disarmed");

            browser.findElement(By.className("history-link")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "History"));
            wait.until(driver -> {
                driver.navigate().refresh();
                String history = driver.findElements(By.id("history")).isEmpty() ? ""
                        : driver.findElement(By.id("history")).getText();
                return history.contains("Armed away") && history.contains("Disarmed");
            });
            String rows = browser.findElement(By.id("history")).getText();
            assertThat(rows).contains("Anna Andersson");
            assertThat(rows.indexOf("Disarmed")).as("newest first").isLessThan(rows.indexOf("Armed away"));
            browser.findElement(By.linkText("Arming and disarming")).click();
            wait.until(ExpectedConditions.urlContains("kind=arming"));
            Browser.screenshot(browser, "portal-history");

            browser.findElement(By.linkText("Signed-in devices")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"), "this device"));
            assertThat(browser.findElement(By.id("sessions")).getText()).contains("Browser");

            browser.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.urlContains("/portal/login?logout"));
        } finally {
            house.closeBroker().get(5, TimeUnit.SECONDS);
            sender.interrupt();
            links.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    private void command(String button, String code) {
        var form = browser.findElement(By.cssSelector("form.arm"));
        form.findElement(By.name("code")).clear();
        form.findElement(By.name("code")).sendKeys(code);
        form.findElement(By.cssSelector(button)).click();
    }

    /** The overview is drawn by the server: reload it until the panel's state has reached it. */
    private void reloadUntilArming(WebDriverWait wait, String arming) {
        wait.until(driver -> {
            if (driver.findElement(By.cssSelector(".system .arming")).getText().equals(arming)) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
    }
}
