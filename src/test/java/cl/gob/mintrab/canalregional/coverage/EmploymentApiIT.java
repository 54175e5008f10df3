package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Http;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestDatabaseSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API as a client program uses it: pages, filters, Spanish errors, and its OpenAPI description. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmploymentApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static Sql db() {
        return TestDatabaseSession.sql();
    }

    private JsonObject json(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "the API opens no session");
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void coverageIsPaginatedWithTheTotalAndLinks() throws Exception {
        String period = db().value("SELECT DATE_FORMAT(MAX(period), '%Y-%m') FROM coverage_figure WHERE region_code = '08'");
        long expected = db().count("SELECT COUNT(*) FROM coverage_figure WHERE region_code = '08' AND period = ?",
                period + "-01");
        JsonObject first = json("/api/v1/cobertura?region=biobio&periodo=" + period + "&por_pagina=10");
        assertEquals(expected, first.getJsonNumber("total").longValue());
        assertEquals(1, first.getInt("pagina"));
        assertEquals((expected + 9) / 10, first.getJsonNumber("paginas").longValue());
        assertEquals(10, first.getJsonArray("datos").size());
        assertTrue(first.getJsonObject("enlaces").getString("siguiente").contains("pagina=2"));
        assertEquals(JsonValue.ValueType.NULL, first.getJsonObject("enlaces").get("anterior").getValueType());
        String csv = first.getJsonObject("enlaces").getString("csv");
        assertTrue(csv.contains("/datos/cobertura.csv?") && csv.contains("region=biobio") && csv.contains("periodo=" + period)
                && !csv.contains("pagina"), csv);
        JsonObject second = json("/api/v1/cobertura?region=biobio&periodo=" + period + "&por_pagina=10&pagina=2");
        Set<String> keys = new HashSet<>();
        for (JsonObject page : List.of(first, second)) {
            for (JsonValue row : page.getJsonArray("datos")) {
                JsonObject r = row.asJsonObject();
                assertEquals("08", r.getString("region"));
                assertEquals(period, r.getString("periodo"));
                keys.add(r.getString("programa") + "|" + (r.isNull("comuna") ? "" : r.getString("comuna")));
            }
        }
        assertEquals(20, keys.size(), "pages do not overlap");
        HttpResponse<String> raw = Http.get(base, "/api/v1/cobertura?region=biobio&periodo=" + period + "&por_pagina=10");
        assertTrue(raw.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
        assertEquals(String.valueOf(expected), raw.headers().firstValue("X-Total-Count").orElse(""));
    }

    @Test
    void filtersByRegionPeriodAndProgramme() throws Exception {
        JsonObject pic = json("/api/v1/cobertura?region=16&desde=2025-01&hasta=2025-06&programa=pic&por_pagina=1000");
        assertEquals(db().count("SELECT COUNT(*) FROM coverage_figure f JOIN programme p ON p.id = f.programme_id "
                + "WHERE f.region_code = '16' AND p.code = 'PIC' AND f.period BETWEEN '2025-01-01' AND '2025-06-01'"),
                pic.getJsonNumber("total").longValue());
        for (JsonValue row : pic.getJsonArray("datos")) {
            assertEquals("PIC", row.asJsonObject().getString("programa"));
            String month = row.asJsonObject().getString("periodo");
            assertTrue(month.compareTo("2025-01") >= 0 && month.compareTo("2025-06") <= 0, month);
        }
        JsonObject comuna = json("/api/v1/cobertura?comuna=16101&periodo=2025-03");
        assertTrue(comuna.getInt("total") >= 1);
        comuna.getJsonArray("datos").forEach(r -> assertEquals("16101", r.asJsonObject().getString("comuna")));

        JsonObject series = json("/api/v1/empleo?region=magallanes&por_pagina=1000");
        assertEquals(db().count("SELECT COUNT(*) FROM employment_figure WHERE region_code = '12'"),
                series.getJsonNumber("total").longValue());
        JsonObject first = series.getJsonArray("datos").getJsonObject(0);
        assertEquals(JsonValue.ValueType.NUMBER, first.get("tasa_desocupacion").getValueType());
        assertEquals("INE, Encuesta Nacional de Empleo", first.getString("fuente"));

        JsonObject bonificacion = json("/api/v1/bonificacion?periodo=2025-10");
        assertEquals(16, bonificacion.getInt("total"), "every region reported the month");
        assertEquals(db().count("SELECT COUNT(*) FROM programme"), json("/api/v1/programas").getInt("total"));
        assertTrue(json("/api/v1/empleo-revisiones?region=13").getInt("total") >= 1);
    }

    @Test
    void badRequestsGetASpanishJsonError() {
        for (String path : List.of("/api/v1/cobertura?region=atlantida", "/api/v1/cobertura?desde=ayer",
                "/api/v1/empleo?por_pagina=5000", "/api/v1/empleo?pagina=0", "/api/v1/cobertura?comuna=123")) {
            HttpResponse<String> response = Http.get(base, path);
            assertEquals(400, response.statusCode(), path);
            JsonObject error = Json.createReader(new StringReader(response.body())).readObject();
            assertFalse(error.getString("error").isBlank(), path);
            assertFalse(response.body().contains("Exception"), path);
        }
        JsonObject empty = json("/api/v1/cobertura?region=nuble&pagina=9999");
        assertEquals(0, empty.getJsonArray("datos").size());
        assertEquals(JsonValue.NULL, empty.getJsonObject("enlaces").get("siguiente"));
    }

    @Test
    void theIndexListsTheDatasetsAndTheCatalogue() {
        JsonObject index = json("/api/v1");
        JsonArray datasets = index.getJsonArray("conjuntos");
        assertEquals(List.of("programas", "cobertura", "bonificacion", "empleo", "empleo-revisiones"),
                datasets.stream().map(d -> d.asJsonObject().getString("nombre")).toList());
        assertTrue(index.getString("catalogo").endsWith("/datos/catalogo.jsonld"));
    }

    @Test
    void openApiDescribesTheApiInSpanish() {
        HttpResponse<String> response = Http.get(base, "/openapi", "Accept", "application/json");
        assertEquals(200, response.statusCode());
        JsonObject openapi = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("API del Canal Regional", openapi.getJsonObject("info").getString("title"));
        JsonObject paths = openapi.getJsonObject("paths");
        JsonObject coverage = paths.getJsonObject("/api/v1/cobertura").getJsonObject("get");
        assertEquals("Cobertura de programas por región, mes y comuna", coverage.getString("summary"));
        assertTrue(coverage.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getString("name").equals("region") && p.getString("description").contains("código oficial")));
        JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");
        assertEquals("Personas beneficiarias", schemas.getJsonObject("Cobertura").getJsonObject("properties")
                .getJsonObject("beneficiarios").getString("description"));
        assertTrue(schemas.containsKey("PaginaEmpleo"));
        for (String path : List.of("/api/v1", "/api/v1/programas", "/api/v1/bonificacion", "/api/v1/empleo",
                "/api/v1/empleo-revisiones")) {
            assertTrue(paths.containsKey(path), path);
        }
    }
}
