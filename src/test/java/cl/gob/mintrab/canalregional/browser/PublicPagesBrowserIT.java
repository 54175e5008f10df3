package cl.gob.mintrab.canalregional.browser;

import cl.gob.mintrab.canalregional.testsupport.Browser;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reader visits the home page and a region page, with a keyboard and with the display options. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesBrowserIT extends BrowserJourney {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void homePageListsTheRegionsAndIsAccessible() {
        page.navigate(url("/"));
        assertThat(page).hasTitle("Inicio | Canal Regional");
        assertThat(page.locator("h1")).hasText("Canal Regional");
        Locator regions = page.locator("#regiones .region-card__name");
        assertThat(regions).hasCount(16);
        assertEquals("Arica y Parinacota", regions.first().textContent().trim());
        assertEquals("Magallanes y de la Antártica Chilena", regions.last().textContent().trim());
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "home");
    }

    @Test
    void skipLinkTakesTheKeyboardToTheContent() {
        page.navigate(url("/"));
        page.keyboard().press("Tab");
        Locator skip = page.locator(".skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).isVisible();
        page.keyboard().press("Enter");
        assertEquals("contenido", page.evaluate("document.activeElement.id"));
    }

    @Test
    void regionPageShowsTheSeremiaAndTheTerritory() {
        page.navigate(url("/"));
        page.locator("#regiones a", new Page.LocatorOptions().setHasText("Ñuble")).click();
        assertThat(page).hasURL(url("/region/nuble"));
        assertThat(page.locator("h1")).hasText("Región de Ñuble");
        assertThat(page.locator(".breadcrumbs")).containsText("Inicio");
        assertThat(page.locator(".contact-list")).containsText("Chillán");
        assertThat(page.locator(".demo-badge")).hasText("Contenido de demostración");
        page.locator("summary", new Page.LocatorOptions().setHasText("Provincia de Diguillín")).click();
        assertThat(page.locator("details[open] .comuna-list")).containsText("Chillán Viejo");
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "region-nuble");
    }

    @Test
    void highContrastAndLargerTextAreRememberedAndStayAccessible() {
        page.navigate(url("/region/magallanes"));
        Locator contrast = page.locator("button[data-toggle-class=high-contrast]");
        contrast.click();
        assertThat(contrast).hasAttribute("aria-pressed", "true");
        page.locator("button[data-toggle-class=large-text]").click();
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile(".*high-contrast.*large-text.*|.*large-text.*high-contrast.*"));
        assertThat(page.locator("button[data-toggle-class=high-contrast]")).hasAttribute("aria-pressed", "true");
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "home-high-contrast");
    }

    @Test
    void notFoundPageIsSpanishAndAccessible() {
        page.navigate(url("/region/atlantida"));
        assertThat(page.locator("h1")).hasText("Página no encontrada");
        Browser.assertNoAxeViolations(page);
    }
}
