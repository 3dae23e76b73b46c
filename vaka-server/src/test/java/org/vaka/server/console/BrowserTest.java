package org.vaka.server.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A test that drives Debian's Chromium against the whole server on a port of its own. The class's {@code WebDriver}
 * field holds a fresh browser for each test; where Chromium is not installed the class is skipped, saying why.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.vaka.server.console.Browser#available",
        disabledReason = "Chromium and chromedriver are not installed (./vaka test installs them when run as root)")
@ExtendWith(FreshChromium.class)
public @interface BrowserTest {

    /** A test whose browser must reach the server at an address fixed beforehand (WebAuthn checks the origin). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.RANDOM_PORT;
}
