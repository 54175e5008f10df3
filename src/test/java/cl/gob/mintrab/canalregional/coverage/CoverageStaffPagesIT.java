package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Http;
import cl.gob.mintrab.canalregional.testsupport.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over HTTP: the staff pages of the employment data open from the admin menu (they are protected views) for the
 * roles that use them, in Spanish, and the import templates download for staff only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageStaffPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static String link(String menu, String page) {
        Matcher m = Pattern.compile("href=\"([^\"]*/admin/" + page + "/[^\"]*)\"").matcher(menu);
        assertTrue(m.find(), "the menu links to " + page);
        String href = m.group(1).replace("&amp;", "&");
        assertTrue(href.contains("jakarta.faces.Token="), "a protected view: " + href);
        return href.substring(href.indexOf("/admin/"));
    }

    private static void assertPage(WebSession session, String menu, String page, String heading) {
        HttpResponse<String> response = session.get(link(menu, page));
        assertEquals(200, response.statusCode(), page);
        assertTrue(response.body().contains("<h1>" + heading + "</h1>"), page + ": " + heading);
        assertFalse(response.body().contains("???"), page + " has a missing text");
    }

    @Test
    void anEditorOpensEveryEmploymentDataPageOfTheirRegion() {
        WebSession session = new WebSession(base);
        session.login(Http.createAccount(base, "editor-nuble", "EDITOR", "16"), Fixtures.PASSWORD);
        String menu = session.get("/admin/").body();
        assertPage(session, menu, "cobertura", "Cobertura de programas");
        assertPage(session, menu, "bonificacion", "Bonificación a la contratación de mano de obra");
        assertPage(session, menu, "series-empleo", "Serie regional de empleo");
        assertPage(session, menu, "importar", "Importar datos de empleo");
        assertPage(session, menu, "calidad-datos", "Calidad de los datos de empleo");
        assertFalse(menu.contains("/admin/programas/"), "programmes are central staff's");

        HttpResponse<String> importPage = session.get(link(menu, "importar"));
        assertTrue(importPage.body().contains("enctype=\"multipart/form-data\""));
        assertTrue(importPage.body().contains("accept=\".csv,.xlsx\""));
        assertTrue(importPage.body().contains("data-max-bytes=\"5242880\""));
        assertTrue(importPage.body().contains("hasta 5 MB y 50.000 filas"));
    }

    @Test
    void centralStaffManageTheProgrammes() {
        WebSession session = new WebSession(base);
        session.login(Http.createAccount(base, "central", "CENTRAL", null), Fixtures.PASSWORD);
        String menu = session.get("/admin/").body();
        assertPage(session, menu, "programas", "Programas de empleo y protección social");
        assertPage(session, menu, "calidad-datos", "Calidad de los datos de empleo");
        String programmes = session.get(link(menu, "programas")).body();
        assertTrue(programmes.contains("Subsecretaría del Trabajo"), "the programmes are listed with their institution");
    }

    @Test
    void theImportTemplatesAreForStaffOnly() {
        WebSession session = new WebSession(base);
        session.login(Http.createAccount(base, "editor-maule", "EDITOR", "07"), Fixtures.PASSWORD);
        HttpResponse<String> csv = session.get("/admin/plantillas/cobertura.csv?region=07");
        assertEquals(200, csv.statusCode());
        assertEquals("programa,periodo,comuna,cupos,beneficiarios,mujeres,hombres,presupuesto_ejecutado",
                csv.body().strip());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("plantilla-cobertura-maule.csv"));
        for (String dataset : new String[]{"cobertura", "bonificacion", "empleo"}) {
            HttpResponse<String> xlsx = session.get("/admin/plantillas/" + dataset + ".xlsx?region=07");
            assertEquals(200, xlsx.statusCode(), dataset);
            assertTrue(xlsx.body().startsWith("PK"), dataset + ": a spreadsheet");
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    xlsx.headers().firstValue("Content-Type").orElse(""));
        }
        assertEquals(404, session.get("/admin/plantillas/otra-cosa.csv").statusCode());

        int anonymous = Http.send(HttpRequest.newBuilder(Http.resolve(base, "/admin/plantillas/cobertura.csv"))
                .GET().build()).statusCode();
        assertNotEquals(200, anonymous, "no template without logging in");
        assertTrue(Set.of(302, 401, 403).contains(anonymous), "status " + anonymous);
    }
}
