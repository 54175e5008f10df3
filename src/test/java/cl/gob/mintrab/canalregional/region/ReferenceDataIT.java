package cl.gob.mintrab.canalregional.region;

import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: the territory in the database is exactly the official reference data (the CSV files the
 * migration was generated from), and the region service reads it correctly.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    private static final List<String> SLUGS_NORTH_TO_SOUTH = List.of("arica-y-parinacota", "tarapaca", "antofagasta",
            "atacama", "coquimbo", "valparaiso", "metropolitana", "ohiggins", "maule", "nuble", "biobio", "araucania",
            "los-rios", "los-lagos", "aysen", "magallanes");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RegionService regionService;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Test
    void sixteenRegionsNorthToSouthWithFixedSlugs() {
        List<RegionSummary> regions = regionService.findRegions();
        assertEquals(SLUGS_NORTH_TO_SOUTH, regions.stream().map(RegionSummary::slug).toList());
    }

    @Test
    void nivelCentralIsAPublishingUnitButNotARegion() {
        List<RegionSummary> units = regionService.findPublishingUnits();
        assertEquals(17, units.size());
        assertEquals("nivel-central", units.get(0).slug());
        assertTrue(units.get(0).nivelCentral());
        assertTrue(regionService.findRegions().stream().noneMatch(RegionSummary::nivelCentral));
    }

    @Test
    void regionsMatchTheOfficialList() throws Exception {
        Map<String, String[]> db = rows("SELECT code, name, short_name, abbreviation, iso_code FROM region WHERE unit_type = 'REGION'");
        List<String[]> csv = csv("regions.csv");
        assertEquals(16, csv.size());
        assertEquals(csv.size(), db.size());
        for (String[] expected : csv) {
            String[] actual = db.get(expected[0]);
            assertTrue(actual != null, "missing region " + expected[0]);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], "region " + expected[0] + " column " + i);
            }
        }
    }

    @Test
    void provincesMatchTheOfficialList() throws Exception {
        assertTableMatches("SELECT code, name, region_code FROM province", "provinces.csv", 56);
    }

    @Test
    void comunasMatchTheOfficialList() throws Exception {
        assertTableMatches("SELECT code, name, province_code FROM comuna", "communes.csv", 346);
    }

    @Test
    void regionDetailGroupsComunasByProvince() {
        RegionDetail nuble = regionService.getDetail("nuble");
        assertEquals("Región de Ñuble", nuble.region().name());
        assertEquals(List.of("Diguillín", "Itata", "Punilla"),
                nuble.provinces().stream().map(RegionDetail.ProvinceView::name).toList());
        assertEquals(21, nuble.comunaCount());
        assertTrue(nuble.provinces().get(0).comunas().stream().anyMatch(c -> c.name().equals("Chillán")));
    }

    @Test
    void unknownSlugIsNotFound() {
        assertThrows(NotFoundException.class, () -> regionService.getDetail("atlantida"));
        assertTrue(regionService.findBySlug("atlantida").isEmpty());
    }

    @Test
    void historicNamesOfThe2007ReportMapToTodaysRegions() {
        assertEquals("01", regionService.findByHistoricName("1ª Región").orElseThrow().getRegion().getCode());
        assertTrue(regionService.findByHistoricName("1ª Región").orElseThrow().getNote().contains("Arica y Parinacota"));
        assertEquals("10", regionService.findByHistoricName("10a región").orElseThrow().getRegion().getCode());
        assertEquals("13", regionService.findByHistoricName("Región Metropolitana").orElseThrow().getRegion().getCode());
        assertEquals("NC", regionService.findByHistoricName("nivel central").orElseThrow().getRegion().getCode());
        for (int n = 1; n <= 12; n++) {
            String expected = String.format("%02d", n);
            assertEquals(expected, regionService.findByHistoricName(n + "ª Región").orElseThrow().getRegion().getCode());
        }
        assertTrue(regionService.findByHistoricName("17ª Región").isEmpty());
    }

    private void assertTableMatches(String sql, String file, int expectedCount) throws Exception {
        Map<String, String[]> db = rows(sql);
        List<String[]> csv = csv(file);
        assertEquals(expectedCount, csv.size());
        assertEquals(expectedCount, db.size());
        for (String[] expected : csv) {
            String[] actual = db.get(expected[0]);
            assertTrue(actual != null, "missing " + expected[0] + " " + expected[1]);
            assertEquals(List.of(expected), List.of(actual));
        }
    }

    private Map<String, String[]> rows(String sql) throws SQLException {
        Map<String, String[]> rows = new HashMap<>();
        for (List<String> row : new Sql(dataSource).rows(sql)) {
            rows.put(row.get(0), row.toArray(String[]::new));
        }
        return rows;
    }

    /** The reference CSVs have no quoted fields. */
    private List<String[]> csv(String file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ReferenceDataIT.class.getResourceAsStream("/reference/territorio/" + file), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> rows.add(line.split(",", -1)));
            return rows;
        }
    }
}
