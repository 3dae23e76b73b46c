package org.vaka.server.console;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * Starts Chromium into the test's {@code WebDriver} field before each test and quits it after, even when the test
 * failed: a browser left running would outlive the build. A browser per test keeps cookies and storage from leaking
 * from one test into the next.
 */
final class FreshChromium implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(FreshChromium.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        Field field = driverField(test.getClass());
        WebDriver browser = Browser.start();
        context.getStore(HERE).put(WebDriver.class, browser);
        field.setAccessible(true);
        field.set(test, browser);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WebDriver browser = context.getStore(HERE).remove(WebDriver.class, WebDriver.class);
        if (browser != null) {
            browser.quit();
        }
    }

    private static Field driverField(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == WebDriver.class && !Modifier.isStatic(f.getModifiers())) {
                    return f;
                }
            }
        }
        throw new IllegalStateException(type.getName() + " is a @BrowserTest without a WebDriver field for its browser");
    }
}
