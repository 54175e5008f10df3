package cl.gob.mintrab.canalregional.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The arithmetic of the GT programme, in plain Java so it is unit-tested without a container.
 *
 * <h2>Rounding rule</h2>
 * Weights and compliance are percentages with at most two decimals (0.00 to 100.00). For each activity the
 * <em>earned weight</em> ("ponderación ganada") is {@code weight × compliance / 100}, computed exactly and then
 * rounded to two decimals, half up ({@link #SCALE}, {@link #ROUNDING}). The <em>cumulative</em> column adds the
 * rounded earned weights in activity order, so the table adds up exactly as printed; a unit's total is its last
 * cumulative figure. An activity without a compliance figure earns nothing (and makes the report incomplete).
 * The national figure is the arithmetic mean of the totals of the units that reported (at least one figure),
 * rounded to two decimals half up; units without a report are listed as missing, not counted as zero. The median
 * of an even count is the mean of the two middle totals, rounded the same way.
 *
 * <h2>Weight rule</h2>
 * A programme is activated only when, for every scope whose units report, the activities' weights add up to
 * exactly 100.00 (no tolerance).
 */
public final class ComplianceCalculator {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private ComplianceCalculator() {
    }

    /** An activity as the arithmetic sees it. */
    public record ActivityWeight(ActivityScope scope, int number, BigDecimal weight) {
        public ActivityWeight {
            Objects.requireNonNull(scope);
            Objects.requireNonNull(weight);
        }
    }

    /** One line of a unit's table. Compliance and earned are null when the unit gave no figure. */
    public record Row(int number, BigDecimal weight, BigDecimal compliance, BigDecimal earned, BigDecimal cumulative) {
    }

    /** A unit's table: rows in activity order and its total. */
    public record UnitResult(String regionCode, List<Row> rows, BigDecimal total, int reported, int expected) {

        /** At least one activity has a compliance figure. */
        public boolean hasReport() {
            return reported > 0;
        }

        /** Every activity of its scope has a compliance figure. */
        public boolean complete() {
            return expected > 0 && reported == expected;
        }
    }

    /** The sum of one scope's weights and whether it is exactly 100. */
    public record WeightSum(ActivityScope scope, BigDecimal sum, int activities) {
        public boolean valid() {
            return sum.compareTo(HUNDRED) == 0;
        }

        /** What is missing (positive) or in excess (negative) to reach 100. */
        public BigDecimal difference() {
            return HUNDRED.subtract(sum);
        }
    }

    /** Place of a unit in the ranking; ties share the place ("1, 2, 2, 4"). */
    public record Ranked(int place, String regionCode, BigDecimal total) {
    }

    /** How many unit totals fall in [from, to) (the last band includes 100). */
    public record Band(BigDecimal from, BigDecimal to, int count) {
    }

    /** The national figure: mean over the units that reported, the same over regions only, and the distribution. */
    public record NationalResult(BigDecimal mean, BigDecimal regionsMean, int reporting, int expected,
                                 List<String> missing, BigDecimal min, BigDecimal median, BigDecimal max,
                                 List<Band> distribution, List<Ranked> ranking) {
    }

    /** A figure of an imported report: what the document said for one activity of one unit. */
    public record ReportedRow(int activity, BigDecimal reportedWeight, BigDecimal compliance,
                              BigDecimal reportedCumulative) {
    }

    /** Something the re-check found; reported and computed are the two figures that disagree. */
    public record Finding(FlagKind kind, Integer activity, BigDecimal reported, BigDecimal computed,
                          BigDecimal weight, BigDecimal compliance) {
    }

    /** Weight × compliance / 100, rounded to two decimals half up. */
    public static BigDecimal earned(BigDecimal weight, BigDecimal compliance) {
        return weight.multiply(compliance).movePointLeft(2).setScale(SCALE, ROUNDING);
    }

    /** A percentage in 0..100 with at most two decimals. */
    public static boolean validPercentage(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(HUNDRED) <= 0
                && value.stripTrailingZeros().scale() <= SCALE;
    }

    /** A weight: more than 0, at most 100, at most two decimals. */
    public static boolean validWeight(BigDecimal value) {
        return validPercentage(value) && value.signum() > 0;
    }

    /**
     * A unit's table.
     *
     * @param activities the activities of the unit's scope (any order; sorted by number here)
     * @param compliance compliance per activity number; a missing key or a null value means no figure
     */
    public static UnitResult unit(String regionCode, List<ActivityWeight> activities, Map<Integer, BigDecimal> compliance) {
        List<ActivityWeight> ordered = activities.stream().sorted(Comparator.comparingInt(ActivityWeight::number)).toList();
        List<Row> rows = new ArrayList<>(ordered.size());
        BigDecimal cumulative = ZERO;
        int reported = 0;
        for (ActivityWeight activity : ordered) {
            BigDecimal value = compliance.get(activity.number());
            BigDecimal earned = null;
            if (value != null) {
                earned = earned(activity.weight(), value);
                cumulative = cumulative.add(earned);
                reported++;
            }
            rows.add(new Row(activity.number(), scaled(activity.weight()), value == null ? null : scaled(value), earned,
                    cumulative));
        }
        return new UnitResult(regionCode, List.copyOf(rows), cumulative, reported, ordered.size());
    }

    /** The weight sum of each scope in {@code scopes} (a scope with no activity sums to 0). */
    public static List<WeightSum> weightSums(List<ActivityWeight> activities, List<ActivityScope> scopes) {
        Map<ActivityScope, BigDecimal> sums = new EnumMap<>(ActivityScope.class);
        Map<ActivityScope, Integer> counts = new EnumMap<>(ActivityScope.class);
        for (ActivityScope scope : scopes) {
            sums.put(scope, ZERO);
            counts.put(scope, 0);
        }
        for (ActivityWeight activity : activities) {
            if (sums.containsKey(activity.scope())) {
                sums.merge(activity.scope(), activity.weight(), BigDecimal::add);
                counts.merge(activity.scope(), 1, Integer::sum);
            }
        }
        return sums.entrySet().stream()
                .map(e -> new WeightSum(e.getKey(), scaled(e.getValue()), counts.get(e.getKey()))).toList();
    }

    /** Whether every scope's weights add up to exactly 100. */
    public static boolean weightsValid(List<WeightSum> sums) {
        return !sums.isEmpty() && sums.stream().allMatch(WeightSum::valid);
    }

    /**
     * The national figure over the expected units: those with a report are averaged and ranked, the others are
     * listed as missing. The Nivel Central ({@code NC}) counts in the mean, not in the regions' mean.
     */
    public static NationalResult national(List<UnitResult> units) {
        List<UnitResult> reporting = units.stream().filter(UnitResult::hasReport).toList();
        List<String> missing = units.stream().filter(u -> !u.hasReport()).map(UnitResult::regionCode).toList();
        List<BigDecimal> totals = reporting.stream().map(UnitResult::total).sorted().toList();
        List<BigDecimal> regionTotals = reporting.stream().filter(u -> !"NC".equals(u.regionCode()))
                .map(UnitResult::total).toList();
        BigDecimal mean = mean(totals);
        BigDecimal regionsMean = mean(regionTotals);
        BigDecimal min = totals.isEmpty() ? null : totals.get(0);
        BigDecimal max = totals.isEmpty() ? null : totals.get(totals.size() - 1);
        BigDecimal median = null;
        if (!totals.isEmpty()) {
            int n = totals.size();
            median = n % 2 == 1 ? totals.get(n / 2)
                    : totals.get(n / 2 - 1).add(totals.get(n / 2)).divide(BigDecimal.valueOf(2), SCALE, ROUNDING);
        }
        List<Band> bands = new ArrayList<>();
        for (int from = 0; from < 100; from += 25) {
            BigDecimal lower = BigDecimal.valueOf(from).setScale(SCALE);
            BigDecimal upper = BigDecimal.valueOf(from + 25L).setScale(SCALE);
            boolean last = from + 25 == 100;
            int count = (int) totals.stream().filter(t -> t.compareTo(lower) >= 0
                    && (last ? t.compareTo(upper) <= 0 : t.compareTo(upper) < 0)).count();
            bands.add(new Band(lower, upper, count));
        }
        List<UnitResult> byTotal = reporting.stream()
                .sorted(Comparator.comparing(UnitResult::total).reversed().thenComparing(UnitResult::regionCode)).toList();
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < byTotal.size(); i++) {
            UnitResult unit = byTotal.get(i);
            int place = i > 0 && byTotal.get(i - 1).total().compareTo(unit.total()) == 0 ? ranking.get(i - 1).place() : i + 1;
            ranking.add(new Ranked(place, unit.regionCode(), unit.total()));
        }
        return new NationalResult(mean, regionsMean, reporting.size(), units.size(), missing, min, median, max,
                List.copyOf(bands), List.copyOf(ranking));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, ROUNDING);
    }

    /**
     * Re-checks what a unit reported against what the weights and its own compliance figures give.
     *
     * @param activities the activities of the unit's scope
     * @param rows       the unit's reported rows (empty: the unit did not report at all)
     * @return the findings in activity order, the unit's total last; a unit without rows gives one
     *         {@link FlagKind#REPORTE_FALTANTE}
     */
    public static List<Finding> recheck(List<ActivityWeight> activities, List<ReportedRow> rows) {
        List<Finding> findings = new ArrayList<>();
        if (rows.isEmpty()) {
            findings.add(new Finding(FlagKind.REPORTE_FALTANTE, null, null, null, null, null));
            return findings;
        }
        Map<Integer, ReportedRow> byActivity = new LinkedHashMap<>();
        rows.forEach(r -> byActivity.put(r.activity(), r));
        List<ActivityWeight> ordered = activities.stream().sorted(Comparator.comparingInt(ActivityWeight::number)).toList();
        BigDecimal computedCumulative = ZERO;
        BigDecimal previousReported = ZERO;
        boolean previousKnown = true;
        BigDecimal lastReported = null;
        for (ActivityWeight activity : ordered) {
            ReportedRow row = byActivity.get(activity.number());
            if (row == null || row.compliance() == null) {
                findings.add(new Finding(FlagKind.ACTIVIDAD_SIN_REPORTE, activity.number(), null, null,
                        scaled(activity.weight()), null));
                if (row != null && row.reportedCumulative() != null) {
                    previousReported = row.reportedCumulative();
                    lastReported = previousReported;
                    previousKnown = true;
                } else {
                    previousKnown = false;
                }
                continue;
            }
            BigDecimal expectedEarned = earned(activity.weight(), row.compliance());
            computedCumulative = computedCumulative.add(expectedEarned);
            if (row.reportedWeight() != null && row.reportedWeight().compareTo(activity.weight()) != 0) {
                findings.add(new Finding(FlagKind.PONDERACION_DISTINTA, activity.number(), scaled(row.reportedWeight()),
                        scaled(activity.weight()), scaled(activity.weight()), scaled(row.compliance())));
            }
            if (row.reportedCumulative() == null) {
                findings.add(new Finding(FlagKind.VALOR_NO_INFORMADO, activity.number(), null, computedCumulative,
                        scaled(activity.weight()), scaled(row.compliance())));
                previousKnown = false;
                continue;
            }
            BigDecimal reported = scaled(row.reportedCumulative());
            if (reported.compareTo(computedCumulative) != 0) {
                findings.add(new Finding(FlagKind.VALOR_DISTINTO, activity.number(), reported, computedCumulative,
                        scaled(activity.weight()), scaled(row.compliance())));
            }
            if (previousKnown) {
                BigDecimal implied = reported.subtract(previousReported);
                if (implied.compareTo(expectedEarned) != 0) {
                    findings.add(new Finding(FlagKind.INCONSISTENTE_CON_CUMPLIMIENTO, activity.number(), implied,
                            expectedEarned, scaled(activity.weight()), scaled(row.compliance())));
                }
            }
            previousReported = reported;
            previousKnown = true;
            lastReported = reported;
        }
        if (lastReported != null && lastReported.compareTo(computedCumulative) != 0) {
            findings.add(new Finding(FlagKind.TOTAL_DISTINTO, null, lastReported, computedCumulative, null, null));
        }
        return findings;
    }

    /**
     * The compliance a reported earned weight amounts to ({@code earned / weight × 100}, two decimals half up):
     * what the reporter must have used, shown next to an inconsistency.
     */
    public static BigDecimal impliedCompliance(BigDecimal earned, BigDecimal weight) {
        if (earned == null || weight == null || weight.signum() == 0) {
            return null;
        }
        return earned.movePointRight(2).divide(weight, SCALE, ROUNDING);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, ROUNDING);
    }
}
