package cl.gob.mintrab.canalregional.support;

import cl.gob.mintrab.canalregional.devserver.EmbeddedDatabase;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Http;
import cl.gob.mintrab.canalregional.testsupport.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Takes the database away under the running portal: readiness goes DOWN, public pages already in the page cache are
 * still served, a page that must be rendered answers the Spanish 500 page with an incident id (no stack trace), and
 * everything recovers when the database returns.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessFollowsTheDatabase() throws InterruptedException {
        assertEquals(200, Http.get(base, "/health/ready").statusCode());
        assertEquals(200, Http.get(base, "/region/nuble").statusCode());
        EmbeddedDatabase database = TestDatabaseSession.database();
        database.stop();
        try {
            HttpResponse<String> down = Http.get(base, "/health/ready");
            assertEquals(503, down.statusCode());
            assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());

            // A public page rendered before stays available to readers (nothing can be published meanwhile) ...
            HttpResponse<String> cached = Http.get(base, "/region/nuble");
            assertEquals(200, cached.statusCode());
            assertEquals("HIT", cached.headers().firstValue("X-Canal-Cache").orElse(""));
            // ... and one that must be rendered now gets the Spanish 500 page
            HttpResponse<String> page = Http.get(base, "/region/nuble?desde-la-caida=" + System.nanoTime());
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("Ocurrió un error"));
            Matcher incident = Pattern.compile("código de incidente: ([A-Z0-9]{5}-[A-Z0-9]{5})").matcher(page.body());
            assertTrue(incident.find(), "the 500 page shows an incident id");
            assertFalse(page.body().contains("\tat ") || page.body().contains(".java:") || page.body().contains("Caused by"),
                    "no stack trace reaches the reader");
        } finally {
            database.start();
        }
        assertTrue(waitForStatus("/health/ready", 200, 60), "readiness UP again after the database returns");
        assertEquals(200, Http.get(base, "/region/nuble").statusCode());
    }

    private boolean waitForStatus(String path, int status, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (Http.get(base, path).statusCode() == status) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
