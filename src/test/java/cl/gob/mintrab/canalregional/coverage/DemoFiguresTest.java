package cl.gob.mintrab.canalregional.coverage;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo figures are plausible, consistent where they should be, and their anomalies are seen by the rules. */
class DemoFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final List<ImportContext.ProgrammeRef> PROGRAMMES = DemoFigures.PROGRAMMES.stream()
            .map(p -> new ImportContext.ProgrammeRef(p.data().code().hashCode(), p.data().code(), p.data().name(),
                    p.data().yearFrom(), p.data().yearTo())).toList();

    @Test
    void threeCalendarYearsUpToLastMonth() {
        List<YearMonth> months = DemoFigures.months(TODAY);
        assertEquals(YearMonth.of(2024, 1), months.get(0));
        assertEquals(YearMonth.of(2026, 10), months.get(months.size() - 1));
        assertEquals(YearMonth.of(2026, 9), DemoFigures.quarters(TODAY).get(DemoFigures.quarters(TODAY).size() - 1));
        assertEquals(16, DemoFigures.MARKETS.size());
    }

    @Test
    void comunasAddUpToTheRegionalTotalExceptTheDeliberateAnomaly() {
        List<String> comunas = List.of("16101", "16102", "16103", "16104");
        List<CoverageSchema.CoverageRow> rows = DemoFigures.coverage("16", PROGRAMMES, comunas, TODAY);
        Map<String, Integer> comunaSums = rows.stream().filter(r -> r.comunaCode() != null).collect(Collectors.groupingBy(
                r -> r.programme().code() + r.period(), Collectors.summingInt(r -> r.values().beneficiaries())));
        rows.stream().filter(r -> r.comunaCode() == null && comunaSums.containsKey(r.programme().code() + r.period()))
                .forEach(r -> assertEquals(r.values().beneficiaries(), comunaSums.get(r.programme().code() + r.period())));
        assertTrue(rows.stream().allMatch(r -> r.values().women() + r.values().men() == r.values().beneficiaries()));
        assertEquals(7 * 34 + 2 * 34 * 4, rows.size());
    }

    @Test
    void theRulesFindTheAnomalies() {
        DataQualityRules rules = new DataQualityRules(2.0);
        List<CoverageSchema.CoverageRow> rows = DemoFigures.coverage("03", PROGRAMMES, List.of(), TODAY);
        assertTrue(rules.coverage(facts(rows)).stream().anyMatch(w -> w.kind() == QualityWarning.Kind.ABOVE_QUOTAS));
        List<CoverageSchema.CoverageRow> tarapaca = DemoFigures.coverage("01", PROGRAMMES, List.of(), TODAY);
        assertTrue(rules.coverage(facts(tarapaca)).stream().anyMatch(w -> w.kind() == QualityWarning.Kind.JUMP));
        assertEquals(List.of(), rules.coverage(facts(DemoFigures.coverage("16", PROGRAMMES, List.of(), TODAY))));
    }

    @Test
    void theEmploymentSeriesIsConsistentAndTheRevisionDiffers() {
        DataQualityRules rules = new DataQualityRules(2.0);
        List<EmploymentSchema.EmploymentRow> series = DemoFigures.employment("13", TODAY, false);
        assertEquals(List.of(), rules.employment(series.stream().map(r -> new DataQualityRules.EmploymentFact("13",
                r.quarterEnd(), r.values().unemploymentRate(), r.values().labourForce(), r.values().employed())).toList()));
        EmploymentValues first = DemoFigures.employment("13", TODAY, true).stream()
                .filter(r -> r.quarterEnd().equals(YearMonth.of(2026, 3))).findFirst().orElseThrow().values();
        EmploymentValues revised = series.stream().filter(r -> r.quarterEnd().equals(YearMonth.of(2026, 3)))
                .findFirst().orElseThrow().values();
        assertTrue(revised.differsFrom(first));
        series.forEach(r -> assertTrue(r.values().unemploymentRate().doubleValue() > 2
                && r.values().unemploymentRate().doubleValue() < 15));
    }

    @Test
    void bonificacionStagesFollowTheRules() {
        for (BonificacionSchema.BonificacionRow row : DemoFigures.bonificacion("08", TODAY)) {
            assertEquals(List.of(), BonificacionRules.check(row.period(), row.values()), row.period().toString());
        }
        BonificacionSchema.BonificacionRow last = DemoFigures.bonificacion("08", TODAY).get(33);
        assertEquals(BonificacionStage.PAYMENT, last.values().currentStage());
        assertTrue(last.values().jobsBonified() > 0 && last.values().jobsBonified() <= last.values().quotasAssigned());
    }

    private static List<DataQualityRules.CoverageFact> facts(List<CoverageSchema.CoverageRow> rows) {
        return rows.stream().filter(r -> r.comunaCode() == null).map(r -> new DataQualityRules.CoverageFact("03",
                r.programme().code(), r.period(), null, r.values().quotas(), r.values().beneficiaries(), null)).toList();
    }
}
