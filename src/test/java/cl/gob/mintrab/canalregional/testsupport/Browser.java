package cl.gob.mintrab.canalregional.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headless Chromium through Playwright for browser tests. Uses Debian's {@code /usr/bin/chromium} when present
 * (no browser download, no outside look-ups); otherwise lets Playwright provision its own browser.
 */
public final class Browser implements AutoCloseable {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"));
        if (system) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    /**
     * The portal's address on loopback. Arquillian reports the machine's network address; the browser resolves
     * nothing but localhost (no outside look-ups), and Payara listens on every interface anyway.
     */
    public static String loopback(URL base) {
        return base.getProtocol() + "://127.0.0.1:" + base.getPort();
    }

    /** A fresh context (no cookies, no storage), Spanish (Chile), desktop size. */
    public BrowserContext newContext() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("es-CL").setTimezoneId("America/Santiago").setViewportSize(1280, 900));
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) and fails with a readable list of violations. */
    public static void assertNoAxeViolations(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), () -> page.url() + " has accessibility violations:\n" + violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /** Saves a full-page screenshot under target/screenshots for a person to look at. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
