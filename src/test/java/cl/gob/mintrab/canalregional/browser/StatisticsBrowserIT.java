package cl.gob.mintrab.canalregional.browser;

import cl.gob.mintrab.canalregional.testsupport.Browser;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Http;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Central staff open the statistics page from the staff menu, change the range, read the report and export it as
 * CSV; an impossible range gets a Spanish message next to the field; the update-monitoring page opens with its
 * heat map. axe-core finds no violations on either page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private void login(String username) {
        page.navigate(url("/acceso"));
        page.locator("#form\\:username").fill(username);
        page.locator("#form\\:password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
        assertThat(page).hasURL(url("/admin/"));
    }

    private void typeDate(String id, LocalDate date) {
        var input = page.locator("#form\\:" + id + "_input");
        input.fill(date.format(DATE));
        input.press("Escape");
    }

    @Test
    void centralStaffChangeTheRangeAndExportCsv() throws Exception {
        String central = Http.createAccount(base, "central", "CENTRAL", "");
        login(central);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Estadísticas").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Estadísticas de visitas");
        assertThat(page.locator("#regions-table")).isVisible();
        Browser.assertNoAxeViolations(page);

        // the demo data has two years of visits: last month, as a custom range
        LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));
        LocalDate from = today.minusMonths(1).withDayOfMonth(1);
        LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
        typeDate("from", from);
        typeDate("to", to);
        page.locator("#form\\:apply").click();
        assertThat(page.locator("#summary-title")).containsText(from.format(DATE) + " al " + to.format(DATE));
        assertThat(page.locator("#summary-table")).containsText("Únicos del mes calendario");
        String views = page.locator("#total-views").textContent().trim();
        assertTrue(!views.isEmpty() && !"0".equals(views), "the month has page views: " + views);

        Download download = page.waitForDownload(() -> page.locator("#form\\:export-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Páginas vistas;" + views.replace(".", "")), "the CSV has the page's total:\n" + csv.substring(0, Math.min(600, csv.length())));
        assertTrue(csv.contains("Páginas vistas por región"), "the CSV has the regions table");

        // an impossible range: the message is next to the "Hasta" field, nothing else changes
        typeDate("to", from.minusDays(3));
        page.locator("#form\\:apply").click();
        assertThat(page.locator("#form\\:to").locator("xpath=ancestor::div[contains(@class,'field')][1]"))
                .containsText("La fecha de término debe ser igual o posterior a la de inicio.");
        Browser.assertNoAxeViolations(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Actualización regional").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Actualización de la información regional");
        assertThat(page.locator("#heatmap")).containsText("Región de Ñuble");
        // every section has a source now (publications, and the employment data of coverage.CoverageUpdateSource)
        assertThat(page.locator("#heatmap")).containsText("Cobertura de programas");
        assertThat(page.locator("#heatmap")).containsText("Al día");
        assertThat(page.locator("#heatmap")).not().containsText("No disponible");
        Browser.assertNoAxeViolations(page);
    }
}
