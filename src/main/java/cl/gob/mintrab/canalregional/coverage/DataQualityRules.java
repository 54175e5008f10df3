package cl.gob.mintrab.canalregional.coverage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The data-quality rules, beyond what validation refuses: beneficiaries above quotas, comunas that do not add up
 * to the regional total, a figure that jumps more than a factor from the previous period, missing periods, and an
 * unemployment rate that does not match the labour force. Pure Java over read models; the service feeds it.
 */
public final class DataQualityRules {

    /** Figures below this on both sides of a jump are too small for a factor to mean anything. */
    static final int JUMP_MIN_BASE = 10;
    /** Tolerance, in percentage points, between the stated and the computed unemployment rate. */
    static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.2");

    /** A coverage row (regional total when comunaCode is null) and, for totals, the sum of its comunas. */
    public record CoverageFact(String regionCode, String programmeCode, YearMonth period, String comunaCode,
                               Integer quotas, int beneficiaries, Long comunaSum) {
    }

    /** A Bonificación report. */
    public record BonificacionFact(String regionCode, YearMonth period, int quotasAssigned, int jobsBonified) {
    }

    /** An employment figure. */
    public record EmploymentFact(String regionCode, YearMonth quarterEnd, BigDecimal unemploymentRate,
                                 int labourForce, int employed) {
    }

    private final double jumpFactor;

    /** @param jumpFactor above 1: 2.0 flags a figure that doubles or halves from one period to the next */
    public DataQualityRules(double jumpFactor) {
        if (!(jumpFactor > 1.0)) {
            throw new IllegalArgumentException("The jump factor must be greater than 1: " + jumpFactor);
        }
        this.jumpFactor = jumpFactor;
    }

    public List<QualityWarning> coverage(List<CoverageFact> facts) {
        List<QualityWarning> warnings = new ArrayList<>();
        for (CoverageFact f : facts) {
            if (f.quotas() != null && f.beneficiaries() > f.quotas()) {
                warnings.add(new QualityWarning(QualityWarning.Kind.ABOVE_QUOTAS, Dataset.COVERAGE, f.regionCode(),
                        f.period(), f.comunaCode() == null ? f.programmeCode() : f.programmeCode() + "/" + f.comunaCode(),
                        f.comunaCode() == null ? "quality.above_quotas" : "quality.above_quotas_comuna",
                        args(f.programmeCode(), f.beneficiaries(), f.quotas(), f.comunaCode())));
            }
            if (f.comunaCode() == null && f.comunaSum() != null && f.comunaSum() != f.beneficiaries()) {
                warnings.add(new QualityWarning(QualityWarning.Kind.COMUNA_SUM_MISMATCH, Dataset.COVERAGE,
                        f.regionCode(), f.period(), f.programmeCode(), "quality.comuna_sum",
                        args(f.programmeCode(), f.comunaSum(), f.beneficiaries())));
            }
        }
        List<CoverageFact> totals = facts.stream().filter(f -> f.comunaCode() == null).toList();
        Map<String, YearMonth> latestByProgramme = totals.stream().collect(Collectors.toMap(CoverageFact::programmeCode,
                CoverageFact::period, (a, b) -> a.isAfter(b) ? a : b));
        Map<String, List<CoverageFact>> series = totals.stream().collect(Collectors.groupingBy(
                f -> f.regionCode() + "|" + f.programmeCode(), TreeMap::new, Collectors.toList()));
        for (List<CoverageFact> one : series.values()) {
            CoverageFact first = one.get(0);
            Map<YearMonth, Integer> byPeriod = one.stream().collect(Collectors.toMap(CoverageFact::period,
                    CoverageFact::beneficiaries, (a, b) -> a, TreeMap::new));
            jumps(byPeriod, (period, values) -> new QualityWarning(QualityWarning.Kind.JUMP, Dataset.COVERAGE,
                    first.regionCode(), period, first.programmeCode(), "quality.jump_beneficiaries",
                    args(first.programmeCode(), values[0], values[1], factorText())), warnings);
            missing(byPeriod.keySet(), latestByProgramme.get(first.programmeCode()), 1, (from, to, count) ->
                    new QualityWarning(QualityWarning.Kind.MISSING_PERIODS, Dataset.COVERAGE, first.regionCode(), from,
                            first.programmeCode(), "quality.missing_coverage",
                            args(first.programmeCode(), Periods.iso(from), Periods.iso(to), count)), warnings);
        }
        return sorted(warnings);
    }

    public List<QualityWarning> bonificacion(List<BonificacionFact> facts) {
        List<QualityWarning> warnings = new ArrayList<>();
        for (BonificacionFact f : facts) {
            if (f.jobsBonified() > f.quotasAssigned()) {
                warnings.add(new QualityWarning(QualityWarning.Kind.ABOVE_QUOTAS, Dataset.BONIFICACION, f.regionCode(),
                        f.period(), null, "quality.jobs_above_quotas", args(f.jobsBonified(), f.quotasAssigned())));
            }
        }
        YearMonth latest = facts.stream().map(BonificacionFact::period).max(Comparator.naturalOrder()).orElse(null);
        Map<String, List<BonificacionFact>> byRegion = facts.stream().collect(Collectors.groupingBy(
                BonificacionFact::regionCode, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<BonificacionFact>> region : byRegion.entrySet()) {
            missing(region.getValue().stream().map(BonificacionFact::period).collect(Collectors.toCollection(
                    java.util.TreeSet::new)), latest, 1, (from, to, count) -> new QualityWarning(
                    QualityWarning.Kind.MISSING_PERIODS, Dataset.BONIFICACION, region.getKey(), from, null,
                    "quality.missing_bonificacion", args(Periods.iso(from), Periods.iso(to), count)), warnings);
        }
        return sorted(warnings);
    }

    public List<QualityWarning> employment(List<EmploymentFact> facts) {
        List<QualityWarning> warnings = new ArrayList<>();
        for (EmploymentFact f : facts) {
            if (f.labourForce() > 0) {
                BigDecimal computed = BigDecimal.valueOf(100L * (f.labourForce() - f.employed()))
                        .divide(BigDecimal.valueOf(f.labourForce()), 1, RoundingMode.HALF_UP);
                if (computed.subtract(f.unemploymentRate()).abs().compareTo(RATE_TOLERANCE) > 0) {
                    warnings.add(new QualityWarning(QualityWarning.Kind.INCONSISTENT_RATE, Dataset.EMPLOYMENT,
                            f.regionCode(), f.quarterEnd(), null, "quality.inconsistent_rate",
                            args(f.unemploymentRate().toPlainString().replace('.', ','),
                                    computed.toPlainString().replace('.', ','))));
                }
            }
        }
        YearMonth latest = facts.stream().map(EmploymentFact::quarterEnd).max(Comparator.naturalOrder()).orElse(null);
        Map<String, List<EmploymentFact>> byRegion = facts.stream().collect(Collectors.groupingBy(
                EmploymentFact::regionCode, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<EmploymentFact>> region : byRegion.entrySet()) {
            String code = region.getKey();
            Map<YearMonth, Integer> employed = region.getValue().stream().collect(Collectors.toMap(
                    EmploymentFact::quarterEnd, EmploymentFact::employed, (a, b) -> a, TreeMap::new));
            jumps(employed, (period, values) -> new QualityWarning(QualityWarning.Kind.JUMP, Dataset.EMPLOYMENT, code,
                    period, null, "quality.jump_employed", args(values[0], values[1], factorText())), warnings);
            Map<YearMonth, Integer> rateTenths = region.getValue().stream().collect(Collectors.toMap(
                    EmploymentFact::quarterEnd, f -> f.unemploymentRate().movePointRight(1).intValue(), (a, b) -> a,
                    TreeMap::new));
            jumps(rateTenths, (period, values) -> new QualityWarning(QualityWarning.Kind.JUMP, Dataset.EMPLOYMENT, code,
                    period, null, "quality.jump_rate", args(tenths(values[0]), tenths(values[1]), factorText())),
                    warnings);
            missing(employed.keySet(), latest, 1, (from, to, count) -> new QualityWarning(
                    QualityWarning.Kind.MISSING_PERIODS, Dataset.EMPLOYMENT, code, from, null,
                    "quality.missing_employment", args(Periods.quarterLabel(from), Periods.quarterLabel(to), count)),
                    warnings);
        }
        return sorted(warnings);
    }

    /** Builds a jump warning for a period from {previous, current}. */
    @FunctionalInterface
    private interface JumpWarning {
        QualityWarning at(YearMonth period, int[] previousAndCurrent);
    }

    /** Builds a missing-periods warning for a run of consecutive missing periods. */
    @FunctionalInterface
    private interface GapWarning {
        QualityWarning of(YearMonth from, YearMonth to, int count);
    }

    private void jumps(Map<YearMonth, Integer> byPeriod, JumpWarning warning, List<QualityWarning> warnings) {
        for (Map.Entry<YearMonth, Integer> entry : byPeriod.entrySet()) {
            Integer previous = byPeriod.get(entry.getKey().minusMonths(1));
            if (previous == null) {
                continue;
            }
            int current = entry.getValue();
            if (isJump(previous, current)) {
                warnings.add(warning.at(entry.getKey(), new int[]{previous, current}));
            }
        }
    }

    boolean isJump(int previous, int current) {
        if (previous < JUMP_MIN_BASE && current < JUMP_MIN_BASE) {
            return false;
        }
        return current > previous * jumpFactor || current * jumpFactor < previous;
    }

    /**
     * Runs of missing periods between the first period of a series and {@code latest} (the latest period anyone
     * reported), one warning per run.
     */
    static void missing(java.util.Set<YearMonth> present, YearMonth latest, int step, GapWarning warning,
                        List<QualityWarning> warnings) {
        if (present.isEmpty() || latest == null) {
            return;
        }
        YearMonth first = present.stream().min(Comparator.naturalOrder()).orElseThrow();
        YearMonth gapStart = null;
        int count = 0;
        for (YearMonth p = first; !p.isAfter(latest); p = p.plusMonths(step)) {
            if (present.contains(p)) {
                if (gapStart != null) {
                    warnings.add(warning.of(gapStart, p.minusMonths(step), count));
                    gapStart = null;
                    count = 0;
                }
            } else {
                if (gapStart == null) {
                    gapStart = p;
                }
                count++;
            }
        }
        if (gapStart != null) {
            warnings.add(warning.of(gapStart, latest, count));
        }
    }

    private String factorText() {
        return BigDecimal.valueOf(jumpFactor).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String tenths(int value) {
        return BigDecimal.valueOf(value, 1).toPlainString().replace('.', ',');
    }

    private static List<Serializable> args(Object... values) {
        List<Serializable> list = new ArrayList<>();
        for (Object v : values) {
            list.add(v == null ? "" : v instanceof Serializable s ? s : String.valueOf(v));
        }
        return list;
    }

    private static List<QualityWarning> sorted(List<QualityWarning> warnings) {
        warnings.sort(Comparator.comparing(QualityWarning::regionCode)
                .thenComparing(QualityWarning::period, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(w -> w.subject() == null ? "" : w.subject())
                .thenComparing(QualityWarning::kind));
        return warnings;
    }
}
