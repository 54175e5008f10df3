package cl.gob.mintrab.canalregional.browser;

import cl.gob.mintrab.canalregional.testsupport.Browser;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Http;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gestión Territorial end to end: central staff import the 2007 programme from its CSV files and see its flags and
 * the heat-map; they define and activate a programme for a new year; an editor of Biobío enters compliance and
 * evidence and sends the report; central staff approve it and download the unit's PDF. axe-core reports no
 * violation on any of these pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GestionTerritorialBrowserIT {

    private static final Path GT2007 = Path.of("src/test/resources/reference/gt2007");
    private static Browser browser;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(Browser.loopback(base) + "/acceso");
        page.locator("#form\\:username").fill(username);
        page.locator("#form\\:password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
        assertThat(page.locator("h1")).hasText("Panel de administración");
        page.locator(".admin-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gestión Territorial")).click();
        assertThat(page.locator("h1")).hasText("Gestión Territorial");
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void importReportApproveAndExport() throws Exception {
        String central = Http.createAccount(base, "central-gt", "CENTRAL", null);
        String editor = Http.createAccount(base, "editor-gt", "EDITOR", "08");
        String imported = "GT 2007 importado " + Fixtures.uniqueUsername("b");
        String current = "GT nuevo año " + Fixtures.uniqueUsername("b");

        try (BrowserContext centralContext = browser.newContext()) {
            Page page = login(centralContext, central);
            Browser.assertNoAxeViolations(page);

            // Import the 2007 programme from its three CSV files
            link(page, "Importar un programa desde archivos CSV").click();
            assertThat(page.locator("h1")).hasText("Importar un programa desde archivos CSV");
            Browser.assertNoAxeViolations(page);
            page.locator("#form\\:year").fill("2007");
            page.locator("#form\\:name").fill(imported);
            page.locator("#form\\:objectivesFile").setInputFiles(GT2007.resolve("objectives.csv"));
            page.locator("#form\\:activitiesFile").setInputFiles(GT2007.resolve("activities.csv"));
            page.locator("#form\\:reportFile").setInputFiles(GT2007.resolve("report_2007.csv"));
            button(page, "Importar").click();

            // The programme page: the flags of the re-check, kept with the programme
            assertThat(page.locator("h1")).hasText(imported);
            assertThat(page.locator(".messages")).containsText("83 alertas (1 unidades sin reporte)");
            assertThat(page.locator("#flag-count")).containsText("83 alertas abiertas de 83");
            assertThat(page.locator("[id$='flagTable']")).containsText("Valor informado distinto del calculado");
            assertThat(page.locator("[id$='flagTable']")).containsText("Inconsistente con su propio cumplimiento");
            assertThat(page.locator("#unitTable")).containsText("Región Metropolitana de Santiago");
            Browser.assertNoAxeViolations(page);
            Browser.screenshot(page, "gt-programa-2007-importado");

            // Its dashboard: heat-map, ranking, missing report
            link(page, "Panel del programa").click();
            assertThat(page.locator("#dash-title")).hasText(imported);
            Locator heat = page.locator("#heat-regional");
            assertThat(heat).containsText("Región de Tarapacá");
            assertThat(heat.locator("tr", new Locator.LocatorOptions().setHasText("Región de Valparaíso"))).containsText("90 %");
            assertThat(page.locator("#heat-central")).containsText("45 %");
            assertThat(page.locator("#missing")).containsText("Región Metropolitana de Santiago");
            assertThat(page.locator(".gt-cards")).containsText("76,92 %");
            Browser.assertNoAxeViolations(page);
            Browser.screenshot(page, "gt-panel-2007-importado");

            // A programme for a new year, defined on screen and activated
            button(page, "Nuevo programa").click();
            page.locator("#form\\:year").fill("2045");
            page.locator("#form\\:name").fill(current);
            button(page, "Crear programa").click();
            assertThat(page.locator("h1")).hasText(current);
            button(page, "Agregar objetivo").click();
            page.locator("#form\\:objectiveDescription").fill("Coordinar los programas de empleo en la Mesa Técnica regional.");
            button(page, "Guardar").click();
            assertThat(page.locator("#objectives")).containsText("Coordinar los programas de empleo");
            button(page, "Agregar actividad (Regionales)").click();
            page.locator("#form\\:activityDescription").fill("Mantener en funcionamiento la Mesa Técnica de Empleo");
            page.locator("#form\\:activityWeight").fill("100");
            button(page, "Guardar").click();
            assertThat(page.locator("[id='form:page']")).containsText("Mantener en funcionamiento la Mesa Técnica de Empleo");
            button(page, "Agregar actividad (Nivel Central)").click();
            page.locator("#form\\:activityDescription").fill("Consolidar los reportes de las unidades");
            page.locator("#form\\:activityWeight").fill("100");
            button(page, "Guardar").click();
            assertThat(page.locator("#weights")).containsText("Nivel Central: 100 %");
            button(page, "Activar programa").click();
            assertThat(page.locator(".messages")).containsText("El programa está activo");
            Browser.assertNoAxeViolations(page);
        }

        // The editor of Biobío enters compliance and evidence, then sends the report
        try (BrowserContext editorContext = browser.newContext()) {
            Page page = login(editorContext, editor);
            page.locator("tr", new Page.LocatorOptions().setHasText(current))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Región del Biobío")).click();
            assertThat(page.locator("h1")).hasText("Región del Biobío");
            button(page, "Ingresar cumplimiento Act. 1").click();
            page.locator("#form\\:compliance").fill("120");
            button(page, "Guardar").click();
            assertThat(page.locator("#editor")).containsText("El cumplimiento debe estar entre 0 y 100 %");
            page.locator("#form\\:compliance").fill("87,5");
            page.locator("#form\\:comment").fill("Mesa Técnica con tres sesiones en el año.");
            button(page, "Guardar").click();
            assertThat(page.locator("#unit-total")).hasText("87,5 %");
            button(page, "Ingresar cumplimiento Act. 1").click();
            page.locator("#form\\:evidenceTitle").fill("Acta de la Mesa Técnica");
            page.locator("#form\\:evidenceUrl").fill("https://www.example.cl/acta-mesa-tecnica.pdf");
            button(page, "Agregar enlace").click();
            assertThat(page.locator("#evidencia-1")).containsText("Acta de la Mesa Técnica");
            Browser.assertNoAxeViolations(page);
            button(page, "Cancelar").click();
            // the form is re-rendered by that request: wait for it before the next click (under load it lags)
            assertThat(page.locator("#form\\:compliance")).isHidden();
            button(page, "Enviar a revisión").click();
            page.locator(".ui-confirmdialog-yes").click();
            assertThat(page.locator("#unit-status")).hasText("Enviado a revisión");
            Browser.assertNoAxeViolations(page);
            Browser.screenshot(page, "gt-unidad-enviada");
        }

        // Central staff approve it, and the unit's PDF downloads
        try (BrowserContext centralContext = browser.newContext()) {
            Page page = login(centralContext, central);
            page.locator("[id$='programList']").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(current)).click();
            assertThat(page.locator("h1")).hasText(current);
            page.locator("#unitTable").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Región del Biobío")).click();
            assertThat(page.locator("#unit-status")).hasText("Enviado a revisión");
            page.locator("#review\\:reviewComment").fill("Conforme, con medio de verificación.");
            button(page, "Aprobar reporte").click();
            assertThat(page.locator("#unit-status")).hasText("Aprobado");
            assertThat(page.locator("#review-note")).containsText("Conforme, con medio de verificación.");
            Browser.assertNoAxeViolations(page);

            Download download = page.waitForDownload(() -> page.locator("[id='form:exportPdf']").click());
            assertTrue(download.suggestedFilename().endsWith(".pdf"), download.suggestedFilename());
            byte[] pdf = Files.readAllBytes(download.path());
            assertArrayEquals("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf, 5));
            Browser.screenshot(page, "gt-unidad-aprobada");
        }
    }
}
