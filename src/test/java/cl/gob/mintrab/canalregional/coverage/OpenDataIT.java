package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Http;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestDatabaseSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The downloads as a reader gets them: CSV, XLSX and JSON hold exactly the rows and values of the database for the
 * filters in the URL; responses are cacheable (304 on a conditional request) and open no session; the DCAT-AP
 * catalogue describes every dataset per region with working distributions. Compares with the test database
 * directly (demo data of Ñuble and of the whole country).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

    private static final String COVERAGE_SQL = "SELECT f.region_code, r.name, p.code, p.name, p.institution, "
            + "DATE_FORMAT(f.period, '%Y-%m'), COALESCE(f.comuna_code, ''), COALESCE(c.name, ''), COALESCE(f.quotas, ''), "
            + "f.beneficiaries, COALESCE(f.women, ''), COALESCE(f.men, ''), COALESCE(f.budget_executed, ''), "
            + "IF(f.demo, 'true', 'false') FROM coverage_figure f JOIN programme p ON p.id = f.programme_id "
            + "JOIN region r ON r.code = f.region_code LEFT JOIN comuna c ON c.code = f.comuna_code "
            + "WHERE f.region_code = '16' AND f.period = (SELECT MAX(period) FROM coverage_figure WHERE region_code = '16') "
            + "ORDER BY p.code, f.comuna_key";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static Sql db() {
        return TestDatabaseSession.sql();
    }

    private String latestPeriod() throws SQLException {
        return db().value("SELECT DATE_FORMAT(MAX(period), '%Y-%m') FROM coverage_figure WHERE region_code = '16'");
    }

    private static HttpResponse<byte[]> bytes(URL base, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(Http.resolve(base, path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The database rows as the downloads write them: every value as text, the update time left out. */
    private List<List<String>> expectedCoverage() throws SQLException {
        return db().rows(COVERAGE_SQL);
    }

    @Test
    void theCsvHoldsTheDatabaseRowsForThePagesFilters() throws Exception {
        HttpResponse<String> response = Http.get(base, "/datos/cobertura.csv?region=nuble&periodo=" + latestPeriod());
        assertEquals(200, response.statusCode());
        assertEquals("text/csv;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"cobertura-nuble-" + latestPeriod() + ".csv\""));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        List<List<String>> fromCsv = new ArrayList<>();
        for (CSVRecord record : records) {
            List<String> values = new ArrayList<>(record.toList());
            values.remove(values.size() - 1); // "actualizado"
            fromCsv.add(values);
        }
        List<List<String>> expected = expectedCoverage();
        assertTrue(expected.size() > 20, "Ñuble has programme and comuna rows");
        assertEquals(expected, fromCsv);
        assertEquals(List.of("region", "region_nombre", "programa", "programa_nombre", "institucion", "periodo", "comuna",
                "comuna_nombre", "cupos", "beneficiarios", "mujeres", "hombres", "presupuesto_ejecutado", "demo",
                "actualizado"), List.of(response.body().lines().findFirst().orElseThrow().split(",")));
    }

    @Test
    void theXlsxHoldsTheSameRowsAsTypedCells() throws Exception {
        HttpResponse<byte[]> response = bytes(base, "/datos/cobertura.xlsx?region=16&periodo=" + latestPeriod());
        assertEquals(200, response.statusCode());
        List<List<String>> fromXlsx = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("Datos");
            assertEquals("Descripción", workbook.getSheetName(1));
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int i = 0; i < 14; i++) {
                    values.add(text(row.getCell(i)));
                }
                fromXlsx.add(values);
            }
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(9).getCellType(), "beneficiaries are numbers");
        }
        assertEquals(expectedCoverage(), fromXlsx);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> cell.getStringCellValue();
        };
    }

    @Test
    void theJsonHoldsTheSameRowsWithTheirTypes() throws Exception {
        HttpResponse<String> response = Http.get(base, "/datos/cobertura.json?region=nuble&periodo=" + latestPeriod());
        assertEquals(200, response.statusCode());
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("cobertura", json.getString("conjunto"));
        assertEquals("16", json.getJsonObject("filtros").getString("region"));
        JsonArray rows = json.getJsonArray("datos");
        List<List<String>> fromJson = new ArrayList<>();
        for (JsonValue value : rows) {
            JsonObject row = value.asJsonObject();
            List<String> values = new ArrayList<>();
            for (String key : List.of("region", "region_nombre", "programa", "programa_nombre", "institucion", "periodo",
                    "comuna", "comuna_nombre", "cupos", "beneficiarios", "mujeres", "hombres", "presupuesto_ejecutado", "demo")) {
                JsonValue v = row.get(key);
                values.add(v.getValueType() == JsonValue.ValueType.NULL ? ""
                        : v.getValueType() == JsonValue.ValueType.STRING ? row.getString(key) : v.toString());
            }
            fromJson.add(values);
        }
        assertEquals(expectedCoverage(), fromJson);
        assertEquals(rows.size(), json.getInt("total"));
        assertEquals(JsonValue.ValueType.NUMBER, rows.getJsonObject(0).get("beneficiarios").getValueType());
    }

    @Test
    void theEmploymentSeriesWithRevisionsEqualsTheDatabase() throws Exception {
        String body = Http.get(base, "/datos/empleo.csv?region=metropolitana").body();
        List<List<String>> fromCsv = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            fromCsv.add(List.of(record.get("trimestre"), record.get("tasa_desocupacion"), record.get("fuerza_de_trabajo"),
                    record.get("ocupados"), record.get("fecha_publicacion"), record.get("revisada")));
        }
        assertEquals(db().rows("SELECT DATE_FORMAT(quarter_end, '%Y-%m'), unemployment_rate, labour_force, employed, "
                + "published_on, IF(revised, 'true', 'false') FROM employment_figure WHERE region_code = '13' "
                + "ORDER BY quarter_end"), fromCsv);
        assertTrue(fromCsv.stream().anyMatch(r -> r.get(5).equals("true")), "the demo series has a revised figure");
        String revisions = Http.get(base, "/datos/empleo-revisiones.csv?region=13").body();
        assertEquals(db().count("SELECT COUNT(*) FROM employment_figure_revision v JOIN employment_figure e "
                + "ON e.id = v.figure_id WHERE e.region_code = '13'"), revisions.lines().count() - 1);
    }

    @Test
    void downloadsAreCacheableAndOpenNoSession() throws Exception {
        String path = "/datos/bonificacion.csv?region=biobio&desde=2025-01&hasta=2025-12";
        HttpResponse<String> first = Http.get(base, path);
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty());
        assertEquals(13, first.body().lines().count(), "header and twelve months");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, Http.get(base, path, "If-None-Match", etag).statusCode());
        assertEquals(304, Http.get(base, path, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, Http.get(base, path, "If-None-Match", "\"otra\"").statusCode());
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("public"));
    }

    @Test
    void badFiltersGetASpanishExplanation() {
        HttpResponse<String> response = Http.get(base, "/datos/cobertura.csv?region=atlantida");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("La región «atlantida» no existe"), response.body());
        assertEquals(400, Http.get(base, "/datos/cobertura.csv?desde=2026-13").statusCode());
        assertEquals(404, Http.get(base, "/datos/inexistente.csv").statusCode());
        assertEquals(404, Http.get(base, "/datos/cobertura.pdf").statusCode());
    }

    @Test
    void theDcatCatalogueDescribesEveryDatasetPerRegion() throws Exception {
        HttpResponse<String> response = Http.get(base, "/datos/catalogo.jsonld");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        JsonObject catalogue = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("dcat:Catalog", catalogue.getString("@type"));
        assertEquals("http://www.w3.org/ns/dcat#", catalogue.getJsonObject("@context").getString("dcat"));
        JsonArray datasets = catalogue.getJsonArray("dcat:dataset");
        assertEquals(1 + 3 * 17 + 1 + 16, datasets.size(),
                "programmes; coverage, Bonificación and series nationally and per region; revisions nationally and per region");
        JsonObject nuble = datasets.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("dct:identifier").equals("cobertura-nuble")).findFirst().orElseThrow();
        assertEquals("Secretaría Regional Ministerial del Trabajo y Previsión Social de la Región de Ñuble",
                nuble.getJsonObject("dct:publisher").getJsonObject("foaf:name").getString("@value"));
        assertEquals("CL-NB", nuble.getJsonObject("dct:spatial").getString("dct:identifier"));
        assertEquals("http://publications.europa.eu/resource/authority/frequency/MONTHLY",
                nuble.getJsonObject("dct:accrualPeriodicity").getString("@id"));
        assertTrue(nuble.getJsonObject("dct:temporal").getJsonObject("dcat:startDate").getString("@value").startsWith("20"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", nuble.getJsonObject("dct:license").getString("@id"));
        JsonArray distributions = nuble.getJsonArray("dcat:distribution");
        assertEquals(3, distributions.size());
        for (JsonValue d : distributions) {
            String url = d.asJsonObject().getJsonObject("dcat:downloadURL").getString("@id");
            assertTrue(url.contains("/datos/cobertura.") && url.endsWith("?region=nuble"), url);
            assertEquals(200, Http.send(HttpRequest.newBuilder(java.net.URI.create(url)).method("HEAD",
                    HttpRequest.BodyPublishers.noBody()).build()).statusCode(), url);
        }
        assertFalse(response.headers().allValues("Set-Cookie").iterator().hasNext());
    }
}
