package cl.gob.mintrab.canalregional.browser;

import cl.gob.mintrab.canalregional.testsupport.Browser;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Http;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor of Aysén imports a coverage file with one bad row, sees that row's error (and nothing is saved), fixes
 * the file, imports it, and the region's public Empleo page shows the new figures in the table and in the chart.
 * The public data pages have no accessibility violations (axe-core). Uses December 2023, which the demo data does
 * not cover, so the figures on the page are this test's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageImportBrowserIT extends BrowserJourney {

    private static final String HEADER = "programa,periodo,comuna,cupos,beneficiarios,mujeres,hombres,presupuesto_ejecutado\n";
    private static final String TOTAL = "PIC,2023-12,,1300,1234,640,594,518280000\n";
    private static final String COYHAIQUE = "PIC,2023-12,11101,900,861,450,411,361620000\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static FilePayload csv(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEditorFixesABadRowImportsTheFileAndThePublicPageShowsTheFigures() {
        String editor = Http.createAccount(base, "editor-aysen", "EDITOR", "11");
        page.navigate(url("/acceso"));
        page.locator("#form\\:username").fill(editor);
        page.locator("#form\\:password").fill(Fixtures.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
        assertThat(page).hasURL(url("/admin/"));
        page.locator("nav.admin-nav a", new Page.LocatorOptions().setHasText("Importar datos")).click();
        assertThat(page.locator("h1")).hasText("Importar datos de empleo");
        assertThat(page.locator("h2").first()).containsText("Región Aysén");

        // A file of another type or above the size limit is refused as soon as it is chosen, next to the field.
        Locator fileError = page.locator("#file-client-error");
        assertThat(fileError).isHidden();
        page.locator("input[type=file]").setInputFiles(new FilePayload("informe.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertThat(fileError).isVisible();
        assertThat(fileError).hasText("Solo se aceptan archivos CSV o XLSX.");
        assertThat(page.locator("input[type=file]")).hasAttribute("aria-invalid", "true");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        page.locator("input[type=file]").setInputFiles(new FilePayload("enorme.csv", "text/csv", huge));
        assertThat(fileError).hasText("El archivo es demasiado grande: se aceptan archivos de hasta 5 MB. Divídalo en varios archivos.");
        assertEquals(0, ((Number) page.locator("input[type=file]").evaluate("e => e.files.length")).intValue(),
                "the refused file is not kept for upload");
        page.locator("#form\\:check").click();
        assertThat(page.locator("#form\\:fileMessage")).hasText("Elija un archivo CSV o XLSX para revisarlo.");

        // What only the server can tell (here: not UTF-8) is shown next to the field too.
        page.locator("input[type=file]").setInputFiles(new FilePayload("latin1.csv", "text/csv",
                (HEADER + "PIC,2023-12,,1300,1234,640,594,518280000 # Ñuble\n").getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(fileError).isHidden();
        page.locator("#form\\:check").click();
        assertThat(page.locator("#form\\:fileMessage")).containsText("El archivo no está codificado en UTF-8");
        assertThat(page.locator("input[type=file]")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".import-preview")).hasCount(0);
        Browser.screenshot(page, "import-file-error");

        // Row 4: a comuna of Magallanes in a file for Aysén.
        page.locator("input[type=file]").setInputFiles(csv("cobertura-aysen.csv",
                HEADER + TOTAL + COYHAIQUE + "PIC,2023-12,12101,400,373,190,183,156660000\n"));
        page.locator("#form\\:check").click();
        Locator preview = page.locator(".import-preview");
        assertThat(preview).containsText("1 fila con errores");
        assertThat(preview.locator("tr.row-error")).hasCount(1);
        assertThat(preview.locator("tr.row-error")).containsText("La comuna 12101 (Punta Arenas) pertenece a la Región de "
                + "Magallanes y de la Antártica Chilena, no a la Región Aysén del General Carlos Ibáñez del Campo.");
        assertThat(preview.locator("tr.row-error td").first()).hasText("4");
        assertThat(page.locator("#form\\:import")).hasCount(0);
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "import-row-error");

        // Fixed: Lago Verde instead.
        page.locator("input[type=file]").setInputFiles(csv("cobertura-aysen-corregida.csv",
                HEADER + TOTAL + COYHAIQUE + "PIC,2023-12,11102,400,373,190,183,156660000\n"));
        page.locator("#form\\:check").click();
        assertThat(page.locator(".import-preview")).containsText("Al importar: 3 filas nuevas");
        page.locator("#form\\:import").click();
        assertThat(page.locator(".import-result")).containsText("3 filas (3 nuevas, 0 modificadas, 0 sin cambios)");
        assertThat(page.locator("#recent")).containsText("cobertura-aysen-corregida.csv");
        Browser.screenshot(page, "import-done");

        page.navigate(url("/region/aysen/empleo?periodo=2023-12&programa=PIC"));
        Locator programmes = page.locator("#tabla-programas");
        assertThat(programmes.locator("caption")).containsText("diciembre de 2023");
        Locator row = programmes.locator("tbody tr", new Locator.LocatorOptions().setHasText("Programa de Inversión en la Comunidad"));
        assertThat(row.locator("td")).containsText(new String[]{"Subsecretaría del Trabajo", "1.300", "1.234", "640", "594",
                "$518.280.000"});
        Locator chart = page.locator("#grafico-programas");
        assertThat(chart).hasAttribute("role", "img");
        assertThat(chart.locator("text", new Locator.LocatorOptions().setHasText("1.234"))).hasCount(1);
        assertThat(chart).containsText("Programa de Inversión en la Comunidad");
        Locator comunas = page.locator("#tabla-comunas");
        assertThat(comunas.locator("tbody tr", new Locator.LocatorOptions().setHasText("Coyhaique")).locator("td"))
                .containsText(new String[]{"11101", "900", "861"});
        assertThat(page.locator("#grafico-comunas").locator("text", new Locator.LocatorOptions().setHasText("861"))).hasCount(1);
        assertThat(page.locator("#grafico-comunas")).containsText("Lago Verde");
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "empleo-aysen-importado");
    }

    @Test
    void thePublicDataPagesHaveNoAccessibilityViolations() {
        for (String path : new String[]{"/region/nuble/empleo", "/empleo", "/datos-abiertos",
                "/region/metropolitana/empleo?periodo=2025-06&programa=CONAF-EMP"}) {
            page.navigate(url(path));
            assertEquals(200, page.evaluate("() => 200"));
            assertTrue(page.locator("main table caption").count() >= 1 || path.equals("/datos-abiertos"), path);
            Browser.assertNoAxeViolations(page);
        }
        page.navigate(url("/region/nuble/empleo"));
        Browser.screenshot(page, "empleo-nuble");
        page.locator("button[data-toggle-class=high-contrast]").click();
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "empleo-nuble-alto-contraste");
    }
}
