package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Http;
import cl.gob.mintrab.canalregional.testsupport.TestDatabaseSession;
import cl.gob.mintrab.canalregional.testsupport.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cl.gob.mintrab.canalregional.testsupport.Fixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hardening seen from outside: headers, cookies, login redirects, and crafted requests against other regions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHttpIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static void assertSecurityHeaders(String what, HttpResponse<String> response) {
        var h = response.headers();
        String csp = h.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("object-src 'none'") && csp.contains("script-src 'self'"), what + " CSP: " + csp);
        assertEquals(1, h.allValues("Content-Security-Policy").size(), what + ": one policy, not two");
        assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("strict-origin-when-cross-origin", h.firstValue("Referrer-Policy").orElse(null), what);
        assertTrue(h.firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
        assertTrue(h.firstValue("Server").isEmpty(), what + " reveals the server: " + h.firstValue("Server"));
        assertTrue(h.firstValue("X-Powered-By").isEmpty(), what + " reveals the platform");
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        String css = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/site\\.css[^\"]+)\"")
                .matcher(Http.get(base, "/").body()).results().findFirst().orElseThrow().group(1).replace("&amp;", "&");
        for (String path : List.of("/", "/region/nuble", "/acceso", "/no-existe", "/admin/", css)) {
            assertSecurityHeaders(path, Http.get(base, path));
        }
        String pageCsp = Http.get(base, "/acceso").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(pageCsp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?"), "pages get a script nonce: " + pageCsp);
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttpsAndCookiesAreSecure() {
        HttpResponse<String> response = Http.get(base, "/acceso", "X-Forwarded-Proto", "https");
        assertTrue(response.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        String cookie = response.headers().firstValue("Set-Cookie").orElse("").toLowerCase(Locale.ROOT);
        assertTrue(cookie.contains("secure"), cookie);
        assertTrue(Http.get(base, "/").headers().firstValue("Strict-Transport-Security").isEmpty(), "not over plain HTTP");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String cookie = Http.get(base, "/acceso").headers().firstValue("Set-Cookie").orElseThrow();
        String lower = cookie.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("httponly"), cookie);
        assertTrue(lower.contains("samesite=lax"), cookie);
    }

    @Test
    void anonymousVisitorsOfStaffPagesAreSentToTheLoginPage() {
        for (String path : List.of("/admin/", "/admin/cuentas/index", "/admin/auditoria/index", "/cuenta/", "/cuenta/clave")) {
            HttpResponse<String> response = Http.get(base, path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/acceso"), path);
        }
        int trace = Http.send(java.net.http.HttpRequest.newBuilder(Http.resolve(base, "/"))
                .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode();
        assertTrue(trace == 403 || trace == 405, "TRACE is refused: " + trace);
    }

    @Test
    void aCraftedRequestForAnotherRegionIsRefusedAndAudited() throws SQLException {
        String editor = Http.createAccount(base, "editor-biobio", "EDITOR", "08");
        WebSession session = new WebSession(base);
        session.login(editor, PASSWORD);
        String dashboard = session.get("/admin/").body();
        Matcher link = Pattern.compile("href=\"(/admin/seremia/\\?[^\"]*region=08[^\"]*)\"").matcher(dashboard);
        assertTrue(link.find(), "the dashboard links to the editor's own region");
        String own = link.group(1).replace("&amp;", "&");
        assertTrue(own.contains("jakarta.faces.Token="), "staff pages are protected views: " + own);
        assertEquals(200, session.get(own).statusCode());
        HttpResponse<String> bookmarked = session.get("/admin/seremia/?region=08");
        assertEquals(302, bookmarked.statusCode(), "no token, no protected page");
        assertTrue(bookmarked.headers().firstValue("Location").orElse("").endsWith("/admin/"));
        assertTrue(session.get("/admin/").body().contains("se abren desde el menú del panel"), "and the dashboard says why");

        HttpResponse<String> crafted = session.get(own.replace("region=08", "region=16"));
        assertEquals(403, crafted.statusCode());
        assertTrue(crafted.body().contains("Acceso no permitido"));
        assertFalse(crafted.body().contains("Ñuble"), "nothing of the other region leaks");
        assertEquals(1, TestDatabaseSession.sql().count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_DENIED' "
                + "AND actor = ? AND region_code = '16'", editor));
    }

    @Test
    void aMesaMemberTryingTheStaffAreaIsRefusedAndAudited() throws SQLException {
        String member = Http.createAccount(base, "integrante", "MESA_MEMBER", null);
        TestDatabaseSession.sql().execute("INSERT INTO account_mesa (account_id, mesa_id) SELECT a.id, MIN(m.id) "
                + "FROM account a, mesa m WHERE a.username = ? GROUP BY a.id", member);
        WebSession session = new WebSession(base);
        session.login(member, PASSWORD);
        assertEquals(200, session.get("/cuenta/").statusCode());
        HttpResponse<String> refused = session.get("/admin/");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Acceso no permitido"));
        assertEquals(1, TestDatabaseSession.sql().count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_DENIED' "
                + "AND actor = ? AND summary LIKE 'URL constraint%'", member));
    }
}
