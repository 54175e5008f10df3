package cl.gob.mintrab.canalregional.site;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public skeleton as a reader's browser gets it over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/region/nuble", "/region/nivel-central",
            "/contacto", "/privacidad", "/accesibilidad");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void homeListsEveryRegionNorthToSouth() {
        HttpResponse<String> home = Http.get(base, "/");
        assertEquals(200, home.statusCode());
        String html = home.body();
        assertTrue(html.contains("<html lang=\"es-CL\""));
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/region/([a-z-]+)\"").matcher(html.substring(html.indexOf("id=\"regiones\"")));
        while (m.find()) {
            links.add(m.group(1));
        }
        assertEquals(List.of("arica-y-parinacota", "tarapaca", "antofagasta", "atacama", "coquimbo", "valparaiso",
                "metropolitana", "ohiggins", "maule", "nuble", "biobio", "araucania", "los-rios", "los-lagos", "aysen",
                "magallanes", "nivel-central"), links);
    }

    @Test
    void everyRegionHasItsPage() {
        for (String slug : List.of("arica-y-parinacota", "metropolitana", "ohiggins", "nuble", "aysen", "magallanes")) {
            HttpResponse<String> page = Http.get(base, "/region/" + slug);
            assertEquals(200, page.statusCode(), slug);
            assertTrue(page.body().contains("<h1>Región"), slug);
        }
        String nuble = Http.get(base, "/region/nuble").body();
        assertTrue(nuble.contains("Región de Ñuble"));
        assertTrue(nuble.contains("Provincia de Diguillín"));
        assertTrue(nuble.contains("Chillán"));
        assertTrue(nuble.contains("Contenido de demostración"), "demo content is marked as such");
    }

    @Test
    void pagesHaveLandmarksAndASkipLink() {
        for (String path : PUBLIC_PAGES) {
            String html = Http.get(base, path).body();
            assertTrue(html.contains("class=\"skip-link\" href=\"#contenido\""), path);
            assertTrue(html.contains("<main id=\"contenido\""), path);
            assertTrue(html.contains("<header"), path);
            assertTrue(html.contains("<footer"), path);
            assertTrue(html.contains("<nav class=\"main-nav\" aria-label="), path);
        }
    }

    @Test
    void anonymousReadersGetNoSession() {
        for (String path : PUBLIC_PAGES) {
            HttpResponse<String> response = Http.get(base, path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                    path + " set a cookie: " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void unknownPagesGetTheSpanish404() {
        for (String path : List.of("/region/atlantida", "/no-existe", "/region/nuble/sobra", "/WEB-INF/web.xml",
                "/WEB-INF/views/region.xhtml", "/region/")) {
            HttpResponse<String> response = Http.get(base, path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Página no encontrada"), path);
            assertFalse(response.body().contains("\tat ") || response.body().contains(".java:"), path + " shows a stack trace");
        }
    }

    @Test
    void staticResourcesAreVersionedAndCacheable() {
        String html = Http.get(base, "/").body();
        Matcher css = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/site\\.css\\.xhtml\\?ln=canal&amp;v=[^\"]+)\"").matcher(html);
        assertTrue(css.find(), "stylesheet link with version");
        HttpResponse<String> response = Http.get(base, css.group(1).replace("&amp;", "&"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("font-family: \"Roboto\""));
        assertTrue(response.body().contains("/jakarta.faces.resource/fonts/roboto-latin-400-normal.woff2"),
                "font URLs are resolved through Faces resources");
        assertTrue(response.headers().firstValue("Expires").isPresent() || response.headers().firstValue("Cache-Control").isPresent());
    }
}
