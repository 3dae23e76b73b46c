package org.vaka.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;
import org.vaka.server.TestDatabases;
import org.vaka.server.receiver.Dc09Receiver;

/** An operator signs in, and a burglary alarm a panel sends shows up on the live page by itself. */
@BrowserTest
@org.springframework.context.annotation.Import(org.vaka.server.TestClock.Configuration.class)
class LiveConsoleBrowserTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @LocalServerPort int port;
    @Autowired Dc09Receiver receiver;
    @Autowired org.vaka.server.devices.DeviceBroker deviceBroker;
    @Autowired org.vaka.server.TestClock clock;

    private WebDriver browser; // a fresh Chromium for each test (@BrowserTest)

    private WebDriverWait signIn(String email, String password) {
        return signIn(browser, email, password);
    }

    private WebDriverWait signIn(WebDriver browser, String email, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://127.0.0.1:" + port + "/console");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Signals arriving live"));
        return wait;
    }

    @Test
    void administratorRegistersAPanelAccountThroughTheForm() throws Exception {
        WebDriverWait wait = signIn("admin@demo.vaka", "demo-admin");
        browser.findElement(By.linkText("Panel accounts")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Panel accounts"));

        browser.findElement(By.id("account")).sendKeys("ABCD01");
        browser.findElement(By.id("key")).sendKeys("too-short");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("keyFormat"))).selectByValue("text");
        browser.findElement(By.cssSelector("#register button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#register .error")));
        assertThat(browser.findElement(By.cssSelector("#register .error")).getText()).containsIgnoringCase("key");

        browser.findElement(By.id("key")).clear();
        browser.findElement(By.id("key")).sendKeys("AAAAAAAAAAAAAAAA");
        browser.findElement(By.id("siteName")).sendKeys("Hikvision hub");
        browser.findElement(By.cssSelector("#register button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "ABCD01"));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("ABCD01", "AES-128 (text)", "Hikvision hub")
                .doesNotContain("AAAAAAAAAAAAAAAA");
        Browser.screenshot(browser, "panel-accounts");
    }

    @Test
    void operatorSeesAnAlarmArriveLive() throws Exception {
        WebDriverWait wait = signIn("operator@demo.vaka", "demo-operator");

        try (Socket panel = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            OutputStream out = panel.getOutputStream();
            out.write(Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 42, "0", "0", "1234", "#1234|Nri1/BA03",
                    List.of(), clock.instant()), null, null));
            out.flush();
            assertThat(panel.getInputStream().read()).isEqualTo('\n'); // the ACK has begun: the signal is stored
        }
        By ours = By.xpath("//*[@id='signals']//tr[contains(., '0042')]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(ours, "Burglary alarm"));
        String row = browser.findElement(ours).getText();
        assertThat(row).contains("1234", "0042", "BA");
        Browser.screenshot(browser, "live-console");
    }

    @Test
    void operatorArmsAndDisarmsAVirtualPanelFromTheSitesPageAndSeesTheConfirmedState() throws Exception {
        var links = org.vaka.sim.mqtt.BrokerLinkThreads.create(1, "browser-test-panel");
        var house = new org.vaka.sim.fleet.DemoPanel("1234", null, "127.0.0.1", receiver.port(),
                java.time.Clock.systemUTC(), java.util.random.RandomGenerator.of("L64X128MixRandom"), false,
                new org.vaka.sim.fleet.FleetCounters());
        Thread sender = Thread.ofVirtual().start(house::sendForever);
        try {
            house.connectBroker(links, new org.vaka.sim.mqtt.BrokerAddress("127.0.0.1", deviceBroker.embeddedPort()),
                    "demo-broker-1234", org.vaka.sim.mqtt.LinkObserver.NONE, Duration.ZERO).ready()
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            WebDriverWait wait = signIn("operator@demo.vaka", "demo-operator");
            browser.findElement(By.linkText("Sites")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sites and panels"));
            By row = By.xpath("//tr[td[contains(., 'Villa Solbacken')]]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Coffee maker"));
            assertThat(browser.findElement(row).getText()).contains("online", "disarmed", "ETH ✓");

            command(row, "ARM_AWAY", "123456");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "confirmed by the panel"));
            assertThat(browser.findElement(row).findElement(By.className("arming")).getText()).isIn("arming", "armed_away");
            Browser.screenshot(browser, "sites-armed");

            command(row, "DISARM", "000000");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "wrong code"));
            command(row, "DISARM", "123456");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "confirmed by the panel"));
            assertThat(browser.findElement(row).findElement(By.className("arming")).getText()).isEqualTo("disarmed");
        } finally {
            house.closeBroker().get(5, java.util.concurrent.TimeUnit.SECONDS);
            sender.interrupt();
            links.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void aFireAlarmAppearsInTheQueueByItselfAndTheOperatorTakesAndClosesIt() throws Exception {
        WebDriverWait wait = signIn("operator@demo.vaka", "demo-operator");
        browser.findElement(By.linkText("Alarms")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Alarm queue"));

        try (Socket panel = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            OutputStream out = panel.getOutputStream();
            out.write(Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 77, "0", "0", "9ABC", "#9ABC|Nri1/FA04",
                    List.of(), clock.instant()), org.vaka.protocol.dc09.AesKey.parse(
                    "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F",
                    org.vaka.protocol.dc09.KeyFormat.HEX), java.util.random.RandomGenerator.of("L64X128MixRandom")));
            out.flush();
            assertThat(panel.getInputStream().read()).isEqualTo('\n');
        }
        // No reload: the page fetches the queue by itself.
        By fire = By.xpath("//div[@id='queue']//tr[td[contains(., 'sommarstugan')]]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(fire, "FIRE"));
        assertThat(browser.findElement(fire).getAttribute("class")).isEqualTo("prio-1");
        Browser.screenshot(browser, "alarm-queue");

        browser.findElement(fire).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("take"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "taken by operator@demo.vaka"));
        for (int step = 1; step <= 2; step++) { // a fire's instruction: 112, then the contacts
            By done = By.cssSelector("#step-" + step + " button[value=DONE]");
            wait.until(ExpectedConditions.elementToBeClickable(done)).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-" + step), "DONE"));
        }
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("resolution"))).selectByValue("EMERGENCY_SERVICES");
        browser.findElement(By.name("note")).sendKeys("fire brigade on its way");
        Browser.screenshot(browser, "alarm-handling");
        browser.findElement(By.cssSelector("#close button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Alarm queue"));
        assertThat(browser.findElement(By.id("queue")).getText()).doesNotContain("sommarstugan");

        browser.findElement(By.linkText("Handling times (KPIs)")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-chart")));
        assertThat(browser.findElement(By.id("by-operator")).getText()).contains("operator@demo.vaka");
        Browser.screenshot(browser, "alarm-kpis");
    }

    /**
     * The whole round: a virtual panel from vaka-sim, armed, is broken into; the burglary appears in two operators'
     * queues by itself; one takes it, the other is told it is taken; the first works the site's own instruction
     * (call, verification word, guard) and closes it.
     */
    @Test
    void aBurglaryFromAVirtualPanelIsTakenByOneOperatorWorkedThroughAndClosed() throws Exception {
        var house = new org.vaka.sim.fleet.DemoPanel("1234", null, "127.0.0.1", receiver.port(), clock,
                java.util.random.RandomGenerator.of("L64X128MixRandom"), false, new org.vaka.sim.fleet.FleetCounters());
        Thread sender = Thread.ofVirtual().start(house::sendForever);
        WebDriver second = Browser.start();
        try {
            WebDriverWait wait = signIn("operator@demo.vaka", "demo-operator");
            browser.findElement(By.linkText("Alarms")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Alarm queue"));
            WebDriverWait otherWait = signIn(second, "admin@demo.vaka", "demo-admin");
            second.get("http://127.0.0.1:" + port + "/console/alarms");
            otherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Alarm queue"));

            house.play(org.vaka.sim.panel.ScenarioScript.parse("arm away with 123456"), line -> { });
            clock.advance(Duration.ofSeconds(31)); // past the exit delay, for the panel and the server alike
            house.play(org.vaka.sim.panel.ScenarioScript.parse("intrude zone 3"), line -> { });

            By burglary = By.xpath("//div[@id='queue']//tr[td[contains(., 'Villa Solbacken')] and td[contains(., 'BURGLARY')]]");
            wait.until(ExpectedConditions.visibilityOfElementLocated(burglary)); // no reload: pushed to the page
            otherWait.until(ExpectedConditions.visibilityOfElementLocated(burglary));
            assertThat(browser.findElement(burglary).getAttribute("class")).isEqualTo("prio-2");
            browser.findElement(burglary).findElement(By.tagName("a")).click();
            second.findElement(burglary).findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("take"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "taken by operator@demo.vaka"));
            otherWait.until(ExpectedConditions.elementToBeClickable(By.id("take"))).click();
            otherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conflict"), "already taken by operator@demo.vaka"));
            assertThat(second.findElements(By.id("close"))).isEmpty();

            assertThat(browser.findElement(By.id("site-block")).getText()).contains("Solbackevägen", "Securitas Väktare");
            browser.findElement(By.cssSelector("#contact-1 button[value=ANSWERED]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trail"), "answered"));
            browser.findElement(By.cssSelector("#verify input[name=word]")).sendKeys("blåbär");
            browser.findElement(By.cssSelector("#verify button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-2"), "DONE"));
            browser.findElement(By.cssSelector("#step-1 button[value=DONE]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-1"), "DONE"));
            assertThat(browser.findElement(By.cssSelector("#dispatch input[name=company]")).getAttribute("value"))
                    .isEqualTo("Securitas Väktare");
            browser.findElement(By.cssSelector("#dispatch button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-3"), "DONE"));
            browser.findElement(By.cssSelector("#dispatches input[name=report]")).sendKeys("Fönster krossat, polis kallad");
            browser.findElement(By.cssSelector("#dispatches button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispatches"), "Fönster krossat"));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("resolution"))).selectByValue("GUARD_DISPATCHED");
            browser.findElement(By.name("note")).sendKeys("break-in confirmed by the guard");
            Browser.screenshot(browser, "burglary-handling");
            browser.findElement(By.cssSelector("#close button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Alarm queue"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(burglary));
        } finally {
            second.quit();
            sender.interrupt();
        }
    }

    private void command(By row, String type, String code) {
        var form = browser.findElement(row).findElement(By.cssSelector("form.command"));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("type"))).selectByValue(type);
        form.findElement(By.name("code")).sendKeys(code);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
