package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public employment pages over HTTP: served without a session, with tables, charts and downloads. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmploymentPagesIT {

    private static final List<String> PAGES = List.of("/region/nuble/empleo", "/region/magallanes/empleo",
            "/region/arica-y-parinacota/empleo/", "/empleo", "/datos-abiertos",
            "/region/biobio/empleo?periodo=2025-03&programa=PIC", "/empleo?periodo=2025-03&programa=SEJ");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousReadersGetThePagesWithoutASession() {
        for (String path : PAGES) {
            HttpResponse<String> response = Http.get(base, path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " opened a session");
            assertFalse(response.body().contains("jakarta.faces.ViewState"), path + " has view state");
        }
    }

    @Test
    void theRegionPageHasEachChartWithItsTableAndDownloads() {
        String html = Http.get(base, "/region/nuble/empleo").body();
        assertTrue(html.contains("<h1>Empleo en la región</h1>"));
        assertTrue(html.contains("Región de Ñuble"));
        assertEquals(3, count(html, "<svg class=\"chart\" role=\"img\""), "series, programmes, comunas");
        assertEquals(4, count(html, "<caption"), "series, programmes, comunas, Bonificación");
        assertTrue(count(html, "<th scope=\"col\"") > 20);
        assertTrue(count(html, "<th scope=\"row\"") > 30);
        assertTrue(html.contains("href=\"/datos/empleo.csv?region=nuble\""));
        assertTrue(html.contains("href=\"/datos/cobertura.xlsx?region=nuble&amp;periodo="));
        assertTrue(html.contains("Última actualización"));
        assertTrue(html.contains("Contenido de demostración"));
        assertTrue(html.contains("class=\"timeline\""));
        assertTrue(html.contains("Revisada"), "the demo series has a revised figure, with its previous value");
        assertTrue(html.contains("%</span>") || html.contains(" %"), "rates in Spanish format");
    }

    @Test
    void theFiltersOfTheCoverageSectionChangeTheTablesAndTheDownloads() {
        String html = Http.get(base, "/region/nuble/empleo?periodo=2025-03&programa=PIC").body();
        assertTrue(html.contains("Por programa, marzo de 2025"));
        assertTrue(html.contains("Por comuna: Programa de Inversión en la Comunidad, marzo de 2025"));
        assertTrue(html.contains("href=\"/datos/cobertura.csv?region=nuble&amp;periodo=2025-03&amp;programa=PIC\""));
    }

    @Test
    void theNationalPageComparesTheSixteenRegions() {
        String html = Http.get(base, "/empleo").body();
        assertEquals(3, count(html, "<svg class=\"chart\""));
        assertTrue(count(html, "/empleo\">Región") >= 16 || count(html, "/empleo\">") >= 16);
        assertTrue(html.contains("Magallanes y de la Antártica Chilena"));
    }

    @Test
    void unknownRegionsAndTheNivelCentralHaveNoEmploymentPage() {
        for (String path : List.of("/region/atlantida/empleo", "/region/nivel-central/empleo", "/region/nuble/empleo/otra")) {
            HttpResponse<String> response = Http.get(base, path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Página no encontrada"), path);
        }
    }

    @Test
    void theRegionPageLinksToItsEmploymentData() {
        assertTrue(Http.get(base, "/region/nuble").body().contains("href=\"/region/nuble/empleo\""));
        assertFalse(Http.get(base, "/region/nivel-central").body().contains("/region/nivel-central/empleo"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
