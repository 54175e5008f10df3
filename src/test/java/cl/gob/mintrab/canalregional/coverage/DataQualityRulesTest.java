package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.coverage.DataQualityRules.BonificacionFact;
import cl.gob.mintrab.canalregional.coverage.DataQualityRules.CoverageFact;
import cl.gob.mintrab.canalregional.coverage.DataQualityRules.EmploymentFact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataQualityRulesTest {

    private final DataQualityRules rules = new DataQualityRules(2.0);

    private static CoverageFact total(String region, String month, Integer quotas, int beneficiaries, Long comunaSum) {
        return new CoverageFact(region, "PIC", YearMonth.parse(month), null, quotas, beneficiaries, comunaSum);
    }

    @Test
    void cleanDataHasNoWarnings() {
        List<CoverageFact> facts = List.of(total("16", "2026-07", 100, 90, 90L), total("16", "2026-08", 100, 95, null),
                total("16", "2026-09", 100, 100, 100L));
        assertEquals(List.of(), rules.coverage(facts));
    }

    @Test
    void beneficiariesAboveQuotas() {
        List<QualityWarning> warnings = rules.coverage(List.of(total("16", "2026-09", 100, 101, null),
                new CoverageFact("16", "PIC", YearMonth.of(2026, 9), "16101", 10, 12, null)));
        assertEquals(List.of(QualityWarning.Kind.ABOVE_QUOTAS, QualityWarning.Kind.ABOVE_QUOTAS),
                warnings.stream().map(QualityWarning::kind).toList());
        assertEquals("Programa PIC: 101 beneficiarios, sobre los 100 cupos.", warnings.get(0).text(),
                "a programme's regional total before its comunas");
        assertEquals("Programa PIC, comuna 16101: 12 beneficiarios, sobre los 10 cupos.", warnings.get(1).text());
    }

    @Test
    void comunasThatDoNotAddUpToTheRegionalTotal() {
        List<QualityWarning> warnings = rules.coverage(List.of(total("16", "2026-09", null, 1200, 1180L)));
        assertEquals(1, warnings.size());
        assertEquals(QualityWarning.Kind.COMUNA_SUM_MISMATCH, warnings.get(0).kind());
        assertEquals("Programa PIC: las comunas suman 1.180 beneficiarios, pero el total regional es 1.200.",
                warnings.get(0).text());
    }

    @Test
    void aJumpOfMoreThanTheFactorEitherWay() {
        List<QualityWarning> warnings = rules.coverage(List.of(total("16", "2026-06", null, 100, null),
                total("16", "2026-07", null, 200, null), total("16", "2026-08", null, 401, null),
                total("16", "2026-09", null, 150, null)));
        assertEquals(List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9)),
                warnings.stream().map(QualityWarning::period).toList(), "exactly double is not a jump; 401 and 150 are");
        assertTrue(warnings.stream().allMatch(w -> w.kind() == QualityWarning.Kind.JUMP));
        assertTrue(rules.isJump(100, 201));
        assertFalse(rules.isJump(3, 9), "small numbers are not compared");
        assertTrue(new DataQualityRules(1.5).isJump(100, 151));
        assertThrows(IllegalArgumentException.class, () -> new DataQualityRules(1.0));
    }

    @Test
    void missingPeriodsUpToTheLatestAnyRegionReported() {
        List<CoverageFact> facts = new ArrayList<>();
        for (String month : List.of("2026-01", "2026-02", "2026-05", "2026-06", "2026-07")) {
            facts.add(total("16", month, null, 100, null));
        }
        facts.add(total("08", "2026-09", null, 100, null));
        List<QualityWarning> warnings = rules.coverage(facts);
        assertEquals(2, warnings.size());
        assertEquals("Programa PIC: faltan 2 meses, de 2026-03 a 2026-04.", warnings.get(0).text());
        assertEquals("Programa PIC: faltan 2 meses, de 2026-08 a 2026-09.", warnings.get(1).text());
    }

    @Test
    void bonificacion() {
        List<QualityWarning> warnings = rules.bonificacion(List.of(
                new BonificacionFact("16", YearMonth.of(2026, 7), 100, 80),
                new BonificacionFact("16", YearMonth.of(2026, 9), 100, 120)));
        assertEquals(List.of(QualityWarning.Kind.MISSING_PERIODS, QualityWarning.Kind.ABOVE_QUOTAS),
                warnings.stream().map(QualityWarning::kind).toList());
    }

    @Test
    void employment() {
        List<QualityWarning> warnings = rules.employment(List.of(
                new EmploymentFact("16", YearMonth.of(2026, 7), new BigDecimal("8.0"), 1000, 920),
                new EmploymentFact("16", YearMonth.of(2026, 8), new BigDecimal("8.0"), 1000, 950),
                new EmploymentFact("16", YearMonth.of(2026, 9), new BigDecimal("17.0"), 1000, 830)));
        assertEquals(List.of(QualityWarning.Kind.INCONSISTENT_RATE, QualityWarning.Kind.JUMP),
                warnings.stream().map(QualityWarning::kind).toList());
        assertEquals("La tasa informada (8,0 %) no coincide con la calculada con la fuerza de trabajo y los ocupados (5,0 %).",
                warnings.get(0).text());
        assertEquals("La tasa de desocupación pasa de 8,0 % a 17,0 % respecto del trimestre anterior (más de 2 veces).",
                warnings.get(1).text());
    }
}
