package cl.gob.mintrab.canalregional.browser;

import cl.gob.mintrab.canalregional.testsupport.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/**
 * What every browser test shares: one Chromium per test class, a fresh context (cookies, storage) and page per
 * test, and the portal's loopback address. Subclasses add their {@code @Deployment} and Arquillian's annotations.
 */
abstract class BrowserJourney {

    protected static Browser browser;
    protected BrowserContext context;
    protected Page page;

    @ArquillianResource
    protected URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    protected String url(String path) {
        return Browser.loopback(base) + path;
    }
}
