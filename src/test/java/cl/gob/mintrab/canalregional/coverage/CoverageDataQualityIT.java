package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessDeniedException;
import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.TestLogin;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: the data-quality rules over what is in the database. Figures that pass validation but look
 * wrong (beneficiaries above quotas, comunas that do not add up to the regional total, a missing month, a jump of
 * more than the factor) become warnings for the region's editors and central staff; the factor is central staff's
 * to change, and changing it changes which jumps are flagged.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageDataQualityIT {

    private static final String HEADER = "programa,periodo,comuna,cupos,beneficiarios\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Inject
    CoverageTestData data;

    @Inject
    ImportService imports;

    @Inject
    DataQualityService quality;

    @Inject
    DataQualitySettings settings;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String account(Role role, String... regions) {
        String username = Fixtures.uniqueUsername(role.name().toLowerCase());
        fixtures.account(username, Set.of(role), Set.of(regions), Set.of());
        return username;
    }

    private List<String> warningsOf(String code, String region) {
        return quality.warnings(Dataset.COVERAGE, region).stream()
                .filter(w -> w.subject() != null && w.subject().startsWith(code))
                .map(w -> w.kind() + " " + Periods.iso(w.period()) + " " + w.subject() + ": " + w.text()).toList();
    }

    @Test
    void suspiciousFiguresBecomeWarningsAndTheFactorDecidesWhatIsAJump() {
        String code = CoverageTestData.uniqueCode("DQ");
        data.programme(code, 2020);
        login.as(account(Role.EDITOR, "16"));
        String file = HEADER
                + code + ",2024-01,,100,90\n"
                + code + ",2024-01,16101,50,50\n"
                + code + ",2024-01,16102,40,45\n"
                + code + ",2024-02,,100,120\n"
                + code + ",2024-04,,500,400\n"
                + code + ",2024-05,,500,100\n";
        ImportResult result = imports.importFile(Dataset.COVERAGE, "16", "calidad.csv", file.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(6, result.counts().created(), "warnings never stop an import");

        BigDecimal factor = settings.jumpFactor();
        assertEquals(0, factor.compareTo(new BigDecimal("2")), "the default factor");
        assertEquals(List.of(
                "COMUNA_SUM_MISMATCH 2024-01 " + code + ": Programa " + code + ": las comunas suman 95 beneficiarios, pero el total regional es 90.",
                "ABOVE_QUOTAS 2024-01 " + code + "/16102: Programa " + code + ", comuna 16102: 45 beneficiarios, sobre los 40 cupos.",
                "ABOVE_QUOTAS 2024-02 " + code + ": Programa " + code + ": 120 beneficiarios, sobre los 100 cupos.",
                "MISSING_PERIODS 2024-03 " + code + ": Programa " + code + ": falta el mes 2024-03.",
                "JUMP 2024-05 " + code + ": Programa " + code + ": los beneficiarios pasan de 400 a 100 respecto del mes anterior (más de 2 veces)."),
                warningsOf(code, "16"));
        assertEquals(warningsOf(code, "16"), warningsOf(code, null), "an editor's overview is their own region");
        assertThrows(AccessDeniedException.class, () -> settings.setJumpFactor(new BigDecimal("5")),
                "the factor is central staff's");

        login.as(account(Role.CENTRAL));
        assertEquals(5, warningsOf(code, null).size(), "central staff see every region's warnings");
        assertThrows(ValidationException.class, () -> settings.setJumpFactor(new BigDecimal("20")));
        try {
            settings.setJumpFactor(new BigDecimal("5"));
            assertTrue(warningsOf(code, "16").stream().noneMatch(w -> w.startsWith("JUMP")), "400 to 100 is not 5 times");
            assertEquals(4, warningsOf(code, "16").size());
        } finally {
            settings.setJumpFactor(factor);
        }
        assertEquals(5, warningsOf(code, "16").size());
    }
}
