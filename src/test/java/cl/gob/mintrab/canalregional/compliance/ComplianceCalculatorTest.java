package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.ActivityWeight;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.Finding;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.NationalResult;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.ReportedRow;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.UnitResult;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.WeightSum;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GT arithmetic, with every unit of the 2007 report computed from its weights and compliance and compared with
 * totals worked out by hand (in the comments), the rounding rule, the weight-sum rule and the re-check of the
 * reported figures.
 */
class ComplianceCalculatorTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<ActivityWeight> activities(ActivityScope scope, String... weights) {
        List<ActivityWeight> list = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            list.add(new ActivityWeight(scope, i + 1, d(weights[i])));
        }
        return list;
    }

    private static Map<Integer, BigDecimal> compliance(String... values) {
        Map<Integer, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                map.put(i + 1, d(values[i]));
            }
        }
        return map;
    }

    private static List<String> cumulative(UnitResult unit) {
        return unit.rows().stream().map(r -> r.cumulative().toPlainString()).toList();
    }

    // The 2007 programme, from the reference files

    /** Every unit of the 2007 data: weights and compliance as reported, totals recomputed. */
    private static Map<String, UnitResult> units2007() {
        ProgramCsv.Parsed parsed = Gt2007.parse();
        Map<ActivityScope, List<ActivityWeight>> weights = parsed.activities().stream()
                .map(a -> new ActivityWeight(a.scope(), a.number(), a.weight()))
                .collect(Collectors.groupingBy(ActivityWeight::scope));
        Map<String, UnitResult> units = new LinkedHashMap<>();
        for (ProgramCsv.ReportedUnit unit : parsed.units()) {
            Map<Integer, BigDecimal> figures = new HashMap<>();
            parsed.report().stream().filter(l -> l.regionCode().equals(unit.regionCode()) && l.activity() != null)
                    .forEach(l -> figures.put(l.activity(), l.compliance()));
            units.put(unit.regionCode(), ComplianceCalculator.unit(unit.regionCode(),
                    weights.get(ActivityScope.of(unit.regionCode())), figures));
        }
        return units;
    }

    @Test
    void nivelCentral2007() {
        // weights 25, 10, 25, 20, 20 (= 100); compliance 50, 50, 50, 25, 50
        // earned 12.5 + 5 + 12.5 + 5 + 10 = 45, as the report says
        UnitResult nc = units2007().get("NC");
        assertEquals(List.of("12.50", "5.00", "12.50", "5.00", "10.00"),
                nc.rows().stream().map(r -> r.earned().toPlainString()).toList());
        assertEquals(List.of("12.50", "17.50", "30.00", "35.00", "45.00"), cumulative(nc));
        assertEquals(d("45.00"), nc.total());
        assertTrue(nc.complete());
    }

    @Test
    void regionsWithHalfTheMesaTecnica2007() {
        // weights 25, 25, 10, 10, 10, 10, 10; compliance 100, 50, 100, 100, 100, 100, 0
        // earned 25 + 12.5 + 10 + 10 + 10 + 10 + 0 = 77.5 (the report printed 72.5: it counted 7.5 for activity 2)
        for (String code : List.of("01", "02", "03", "04", "06", "07", "08", "09", "11", "12")) {
            UnitResult unit = units2007().get(code);
            assertEquals(List.of("25.00", "37.50", "47.50", "57.50", "67.50", "77.50", "77.50"), cumulative(unit), code);
            assertEquals(d("77.50"), unit.total(), code);
            assertEquals(7, unit.reported(), code);
        }
    }

    @Test
    void regionsWithEverythingButTheBonificacionCapacities2007() {
        // Valparaíso (5ª) and Los Lagos (10ª): 100 on activities 1 to 6, 0 on 7
        // earned 25 + 25 + 10 + 10 + 10 + 10 + 0 = 90, as reported
        for (String code : List.of("05", "10")) {
            UnitResult unit = units2007().get(code);
            assertEquals(List.of("25.00", "50.00", "60.00", "70.00", "80.00", "90.00", "90.00"), cumulative(unit), code);
            assertEquals(d("90.00"), unit.total(), code);
        }
    }

    @Test
    void theRegionMetropolitanaDidNotReport2007() {
        UnitResult rm = units2007().get("13");
        assertFalse(rm.hasReport());
        assertEquals(d("0.00"), rm.total());
        assertEquals(0, rm.reported());
        assertEquals(7, rm.expected());
    }

    @Test
    void nationalFigure2007() {
        NationalResult national = ComplianceCalculator.national(List.copyOf(units2007().values()));
        // 14 units expected (Nivel Central, 1ª to 12ª, Metropolitana), 13 reported
        assertEquals(14, national.expected());
        assertEquals(13, national.reporting());
        assertEquals(List.of("13"), national.missing());
        // (45 + 10 x 77.5 + 2 x 90) / 13 = 1000 / 13 = 76.923... -> 76.92
        assertEquals(d("76.92"), national.mean());
        // regions only: (10 x 77.5 + 2 x 90) / 12 = 955 / 12 = 79.583... -> 79.58
        assertEquals(d("79.58"), national.regionsMean());
        assertEquals(d("45.00"), national.min());
        assertEquals(d("77.50"), national.median()); // 7th of 13 sorted totals
        assertEquals(d("90.00"), national.max());
        assertEquals(List.of(0, 1, 0, 12), national.distribution().stream().map(ComplianceCalculator.Band::count).toList());
        // Valparaíso and Los Lagos share first place; the Nivel Central is last (13th)
        assertEquals(1, national.ranking().get(0).place());
        assertEquals(1, national.ranking().get(1).place());
        assertEquals(List.of("05", "10"), List.of(national.ranking().get(0).regionCode(), national.ranking().get(1).regionCode()));
        assertEquals(3, national.ranking().get(2).place());
        assertEquals("NC", national.ranking().get(12).regionCode());
        assertEquals(13, national.ranking().get(12).place());
    }

    // Rounding

    @Test
    void earnedWeightsAreRoundedToTwoDecimalsHalfUp() {
        assertEquals(d("11.11"), ComplianceCalculator.earned(d("33.33"), d("33.33"))); // 11.108889
        assertEquals(d("6.25"), ComplianceCalculator.earned(d("12.5"), d("50")));
        assertEquals(d("5.03"), ComplianceCalculator.earned(d("10.05"), d("50"))); // 5.025 -> up
        assertEquals(d("2.50"), ComplianceCalculator.earned(d("10.01"), d("25"))); // 2.5025 -> down
        assertEquals(d("0.01"), ComplianceCalculator.earned(d("0.01"), d("50"))); // 0.005 -> up
        assertEquals(d("0.00"), ComplianceCalculator.earned(d("25"), d("0")));
        assertEquals(d("25.00"), ComplianceCalculator.earned(d("25"), d("100")));
    }

    @Test
    void theCumulativeColumnAddsTheRoundedEarnedWeights() {
        // 3 activities of 33.33, 33.33, 33.34 at 33.33 %: 11.108889 -> 11.11, 11.11, 11.112222 -> 11.11
        UnitResult unit = ComplianceCalculator.unit("01", activities(ActivityScope.REGIONAL, "33.33", "33.33", "33.34"),
                compliance("33.33", "33.33", "33.33"));
        assertEquals(List.of("11.11", "22.22", "33.33"), cumulative(unit));
        assertEquals(d("33.33"), unit.total());
    }

    @Test
    void anActivityWithoutAFigureEarnsNothingAndLeavesTheReportIncomplete() {
        UnitResult unit = ComplianceCalculator.unit("01", activities(ActivityScope.REGIONAL, "50", "50"),
                compliance(null, "100"));
        assertNull(unit.rows().get(0).earned());
        assertEquals(List.of("0.00", "50.00"), cumulative(unit));
        assertTrue(unit.hasReport());
        assertFalse(unit.complete());
    }

    @Test
    void meansAndEvenMediansAreRoundedHalfUp() {
        List<UnitResult> units = List.of(
                ComplianceCalculator.unit("01", activities(ActivityScope.REGIONAL, "100"), compliance("10")),
                ComplianceCalculator.unit("02", activities(ActivityScope.REGIONAL, "100"), compliance("10")),
                ComplianceCalculator.unit("03", activities(ActivityScope.REGIONAL, "100"), compliance("10.01")),
                ComplianceCalculator.unit("04", activities(ActivityScope.REGIONAL, "100"), compliance("20.05")));
        NationalResult national = ComplianceCalculator.national(units);
        assertEquals(d("12.52"), national.mean()); // 50.06 / 4 = 12.515 -> 12.52
        assertEquals(d("10.01"), national.median()); // (10.00 + 10.01) / 2 = 10.005 -> 10.01
    }

    // Weight-sum and range rules

    @Test
    void aScopeIsValidOnlyWhenItsWeightsAddUpToExactlyOneHundred() {
        List<ActivityWeight> weights = new ArrayList<>(activities(ActivityScope.REGIONAL, "25", "25", "10", "10", "10", "10", "10"));
        weights.addAll(activities(ActivityScope.CENTRAL, "25", "10", "25", "20", "19.99"));
        List<WeightSum> sums = ComplianceCalculator.weightSums(weights, List.of(ActivityScope.REGIONAL, ActivityScope.CENTRAL));
        assertTrue(sums.get(0).valid());
        assertEquals(d("100.00"), sums.get(0).sum());
        assertFalse(sums.get(1).valid(), "99.99 is not 100");
        assertEquals(d("0.01"), sums.get(1).difference());
        assertFalse(ComplianceCalculator.weightsValid(sums));

        List<WeightSum> over = ComplianceCalculator.weightSums(activities(ActivityScope.REGIONAL, "50", "50.01"),
                List.of(ActivityScope.REGIONAL));
        assertFalse(over.get(0).valid(), "100.01 is not 100");
        assertEquals(d("-0.01"), over.get(0).difference());

        List<WeightSum> missingScope = ComplianceCalculator.weightSums(activities(ActivityScope.REGIONAL, "100"),
                List.of(ActivityScope.REGIONAL, ActivityScope.CENTRAL));
        assertEquals(d("0.00"), missingScope.get(1).sum());
        assertFalse(ComplianceCalculator.weightsValid(missingScope), "a scope with units needs activities");
        assertFalse(ComplianceCalculator.weightsValid(List.of()));
    }

    @Test
    void complianceMustBeBetweenZeroAndOneHundredWithAtMostTwoDecimals() {
        assertTrue(ComplianceCalculator.validPercentage(d("0")));
        assertTrue(ComplianceCalculator.validPercentage(d("100")));
        assertTrue(ComplianceCalculator.validPercentage(d("12.340")));
        assertFalse(ComplianceCalculator.validPercentage(d("-0.01")));
        assertFalse(ComplianceCalculator.validPercentage(d("100.01")));
        assertFalse(ComplianceCalculator.validPercentage(d("12.345")));
        assertFalse(ComplianceCalculator.validPercentage(null));
        assertFalse(ComplianceCalculator.validWeight(d("0")), "a weight of 0 is no activity");
    }

    // Re-check of the reported figures

    private static List<Finding> recheck2007(String code) {
        ProgramCsv.Parsed parsed = Gt2007.parse();
        ActivityScope scope = ActivityScope.of(code);
        List<ActivityWeight> weights = parsed.activities().stream().filter(a -> a.scope() == scope)
                .map(a -> new ActivityWeight(a.scope(), a.number(), a.weight())).toList();
        List<ReportedRow> rows = parsed.report().stream().filter(l -> l.regionCode().equals(code) && l.activity() != null)
                .map(l -> new ReportedRow(l.activity(), l.weight(), l.compliance(), l.reportedCumulative())).toList();
        return ComplianceCalculator.recheck(weights, rows);
    }

    private static String describe(Finding f) {
        return f.kind() + " " + f.activity() + " " + (f.reported() == null ? "-" : f.reported().toPlainString()) + " "
                + (f.computed() == null ? "-" : f.computed().toPlainString());
    }

    @Test
    void tarapaca2007CountedSevenAndAHalfForAHalfMesaTecnica() {
        assertEquals(List.of(
                "VALOR_DISTINTO 2 32.50 37.50",
                "INCONSISTENTE_CON_CUMPLIMIENTO 2 7.50 12.50",
                "VALOR_DISTINTO 3 42.50 47.50",
                "VALOR_DISTINTO 4 52.50 57.50",
                "VALOR_DISTINTO 5 62.50 67.50",
                "VALOR_DISTINTO 6 72.50 77.50",
                "VALOR_NO_INFORMADO 7 - 77.50",
                "TOTAL_DISTINTO null 72.50 77.50"), recheck2007("01").stream().map(ComplianceCalculatorTest::describe).toList());
        // 7.5 out of 25 is a compliance of 30 %, not the 50 % reported
        assertEquals(d("30.00"), ComplianceCalculator.impliedCompliance(d("7.50"), d("25")));
    }

    @Test
    void aysen2007CountedTheFullWeightForAHalfMesaTecnica() {
        assertEquals(List.of(
                "VALOR_DISTINTO 2 50.00 37.50",
                "INCONSISTENTE_CON_CUMPLIMIENTO 2 25.00 12.50",
                "VALOR_DISTINTO 3 60.00 47.50",
                "VALOR_DISTINTO 4 70.00 57.50",
                "VALOR_DISTINTO 5 80.00 67.50",
                "VALOR_DISTINTO 6 90.00 77.50",
                "VALOR_NO_INFORMADO 7 - 77.50",
                "TOTAL_DISTINTO null 90.00 77.50"), recheck2007("11").stream().map(ComplianceCalculatorTest::describe).toList());
    }

    @Test
    void valparaisoLosLagosAndTheNivelCentralAddedUpCorrectly2007() {
        assertEquals(List.of("VALOR_NO_INFORMADO 7 - 90.00"), recheck2007("05").stream().map(ComplianceCalculatorTest::describe).toList());
        assertEquals(List.of("VALOR_NO_INFORMADO 7 - 90.00"), recheck2007("10").stream().map(ComplianceCalculatorTest::describe).toList());
        assertEquals(List.of(), recheck2007("NC"));
    }

    @Test
    void everyFlagOfThe2007Report() {
        Map<FlagKind, Long> counts = new HashMap<>();
        for (ProgramCsv.ReportedUnit unit : Gt2007.parse().units()) {
            recheck2007(unit.regionCode()).forEach(f -> counts.merge(f.kind(), 1L, Long::sum));
        }
        // 9 regions like Tarapacá (5 values, 1 inconsistency, 1 blank, 1 total = 8 each) + Aysén (8)
        // + Valparaíso and Los Lagos (1 blank each) + Región Metropolitana (missing) = 83
        assertEquals(50L, counts.get(FlagKind.VALOR_DISTINTO));
        assertEquals(10L, counts.get(FlagKind.INCONSISTENTE_CON_CUMPLIMIENTO));
        assertEquals(12L, counts.get(FlagKind.VALOR_NO_INFORMADO));
        assertEquals(10L, counts.get(FlagKind.TOTAL_DISTINTO));
        assertEquals(1L, counts.get(FlagKind.REPORTE_FALTANTE));
        assertEquals(83L, counts.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aMissingActivityAndAWrongWeightAreFlagged() {
        List<ActivityWeight> weights = activities(ActivityScope.REGIONAL, "60", "40");
        List<Finding> findings = ComplianceCalculator.recheck(weights,
                List.of(new ReportedRow(1, d("50"), d("100"), d("60"))));
        assertEquals(List.of("PONDERACION_DISTINTA 1 50.00 60.00", "ACTIVIDAD_SIN_REPORTE 2 - -"),
                findings.stream().map(ComplianceCalculatorTest::describe).toList());
        assertEquals(List.of("REPORTE_FALTANTE null - -"),
                ComplianceCalculator.recheck(weights, List.of()).stream().map(ComplianceCalculatorTest::describe).toList());
    }
}
