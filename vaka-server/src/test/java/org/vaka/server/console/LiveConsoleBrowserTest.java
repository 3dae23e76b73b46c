package org.vaka.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vaka.protocol.dc09.Dc09Encoder;
import org.vaka.protocol.dc09.Dc09Outgoing;
import org.vaka.server.TestDatabases;
import org.vaka.server.receiver.Dc09Receiver;

/** An operator signs in, and a burglary alarm a panel sends shows up on the live page by itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.vaka.server.console.Browser#available",
        disabledReason = "Chromium and chromedriver are not installed (./vaka test installs them when run as root)")
class LiveConsoleBrowserTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @LocalServerPort int port;
    @Autowired Dc09Receiver receiver;

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
    void operatorSeesAnAlarmArriveLive() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://127.0.0.1:" + port + "/console");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys("operator@demo.vaka");
        browser.findElement(By.name("password")).sendKeys("demo-operator");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Signals arriving live"));

        try (Socket panel = new Socket(InetAddress.getLoopbackAddress(), receiver.port())) {
            OutputStream out = panel.getOutputStream();
            out.write(Dc09Encoder.encode(new Dc09Outgoing("SIA-DCS", 42, "0", "0", "1234", "#1234|Nri1/BA03",
                    List.of(), Instant.now()), null, null));
            out.flush();
            assertThat(panel.getInputStream().read()).isEqualTo('\n'); // the ACK has begun: the signal is stored
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signals"), "Burglary alarm"));
        String row = browser.findElement(By.cssSelector("#signals tr")).getText();
        assertThat(row).contains("1234", "0042", "BA");
        Browser.screenshot(browser, "live-console");
    }
}
