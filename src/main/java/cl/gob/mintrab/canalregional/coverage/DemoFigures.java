package cl.gob.mintrab.canalregional.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic but plausible employment figures for the demo content: each region's labour market (sizes and
 * unemployment rates of the right order, with seasons), the coverage of the demo programmes per month (and per
 * comuna for the direct-employment ones), and the yearly Bonificación process. Deterministic (seeded per region),
 * and with a few deliberate anomalies so the data-quality page has something to show. Pure Java.
 */
public final class DemoFigures {

    /** A region's labour market: labour force (persons) and typical unemployment rate (%). */
    record Market(int labourForce, double rate) {
    }

    static final Map<String, Market> MARKETS = Map.ofEntries(
            Map.entry("15", new Market(121_000, 8.5)), Map.entry("01", new Market(191_000, 7.6)),
            Map.entry("02", new Market(352_000, 7.8)), Map.entry("03", new Market(151_000, 8.9)),
            Map.entry("04", new Market(418_000, 8.6)), Map.entry("05", new Market(968_000, 9.1)),
            Map.entry("13", new Market(4_251_000, 8.7)), Map.entry("06", new Market(481_000, 8.0)),
            Map.entry("07", new Market(538_000, 7.9)), Map.entry("16", new Market(241_000, 8.3)),
            Map.entry("08", new Market(782_000, 8.6)), Map.entry("09", new Market(479_000, 8.1)),
            Map.entry("14", new Market(188_000, 6.4)), Map.entry("10", new Market(452_000, 5.2)),
            Map.entry("11", new Market(58_000, 4.4)), Map.entry("12", new Market(92_000, 4.1)));

    private static final int NATIONAL_LABOUR_FORCE = MARKETS.values().stream().mapToInt(Market::labourForce).sum();

    /** A demo programme: its data and monthly national size, cost per beneficiary, share of women. */
    record DemoProgramme(ProgrammeData data, int nationalQuotas, boolean quotas, long monthlyCost, double women,
                         boolean perComuna, boolean forestry) {
    }

    static final List<DemoProgramme> PROGRAMMES = List.of(
            new DemoProgramme(new ProgrammeData("PIC", "Programa de Inversión en la Comunidad", "Subsecretaría del Trabajo",
                    ProgrammeKind.DIRECT_EMPLOYMENT, "Financia proyectos intensivos en mano de obra ejecutados por "
                    + "municipios y servicios públicos, que contratan a personas desempleadas por plazos de hasta seis meses.",
                    2001, null), 12_000, true, 420_000, 0.55, true, false),
            new DemoProgramme(new ProgrammeData("CONAF-EMP", "Programa de Empleo en Áreas Silvestres Protegidas", "CONAF",
                    ProgrammeKind.DIRECT_EMPLOYMENT, "Contrata cuadrillas para manejo forestal, senderos y prevención "
                    + "de incendios en áreas silvestres protegidas, con mayor dotación en la temporada de verano.",
                    2002, null), 6_000, true, 450_000, 0.35, true, true),
            new DemoProgramme(new ProgrammeData("BONIF-MO", "Bonificación a la contratación de mano de obra", "SENCE",
                    ProgrammeKind.HIRING_SUBSIDY, "Subsidio a empleadores que contratan a personas desempleadas: el "
                    + "Estado paga una parte de la remuneración durante los primeros meses del contrato.",
                    2001, null), 9_000, true, 150_000, 0.42, false, false),
            new DemoProgramme(new ProgrammeData("SEJ", "Subsidio al Empleo Joven", "SENCE", ProgrammeKind.HIRING_SUBSIDY,
                    "Aporte a trabajadores de 18 a 24 años de hogares vulnerables y a sus empleadores.", 2009, null),
                    40_000, false, 35_000, 0.45, false, false),
            new DemoProgramme(new ProgrammeData("CAP-OFICIOS", "Capacitación en Oficios", "SENCE", ProgrammeKind.TRAINING,
                    "Cursos de oficio con práctica laboral para personas con baja calificación.", 2011, null),
                    3_000, true, 180_000, 0.60, false, false),
            new DemoProgramme(new ProgrammeData("FOSIS-YT", "Yo Trabajo", "FOSIS", ProgrammeKind.TRAINING,
                    "Apoyo a la inserción laboral dependiente o independiente de personas en situación de vulnerabilidad.",
                    2012, null), 2_500, true, 90_000, 0.68, false, false),
            new DemoProgramme(new ProgrammeData("CH-SOL", "Chile Solidario: Apoyo a la Empleabilidad", "FOSIS",
                    ProgrammeKind.SOCIAL_PROTECTION, "Acompañamiento y apoyo al empleo de las familias del sistema de "
                    + "protección social Chile Solidario.", 2004, null), 5_000, true, 60_000, 0.72, false, false));

    /** Regions with more forestry work (CONAF hires more there). */
    private static final java.util.Set<String> FORESTRY = java.util.Set.of("07", "16", "08", "09", "14", "10", "11");

    private DemoFigures() {
    }

    /** Months of demo coverage and Bonificación: from January two years ago to the last month that has ended. */
    static List<YearMonth> months(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        for (YearMonth m = YearMonth.of(today.getYear() - 2, 1); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Quarters of the demo employment series: INE publishes a quarter about a month after it ends. */
    static List<YearMonth> quarters(LocalDate today) {
        List<YearMonth> quarters = new ArrayList<>();
        YearMonth last = YearMonth.from(today).minusMonths(2);
        for (YearMonth m = YearMonth.of(today.getYear() - 2, 1); !m.isAfter(last); m = m.plusMonths(1)) {
            quarters.add(m);
        }
        return quarters;
    }

    // ------------------------------------------------------------------------------------------- coverage

    static List<CoverageSchema.CoverageRow> coverage(String regionCode, List<ImportContext.ProgrammeRef> programmes,
                                                     List<String> comunaCodes, LocalDate today) {
        Random random = new Random(31L * regionCode.hashCode() + 7);
        double share = (double) MARKETS.get(regionCode).labourForce() / NATIONAL_LABOUR_FORCE;
        List<CoverageSchema.CoverageRow> rows = new ArrayList<>();
        double[] comunaWeights = weights(comunaCodes.size(), random);
        for (DemoProgramme demo : PROGRAMMES) {
            ImportContext.ProgrammeRef programme = programmes.stream()
                    .filter(p -> p.code().equals(demo.data().code())).findFirst().orElseThrow();
            double regional = demo.nationalQuotas() * share * (demo.forestry() && FORESTRY.contains(regionCode) ? 1.8 : 1.0);
            int baseQuotas = Math.max(12, (int) Math.round(regional));
            for (YearMonth month : months(today)) {
                if (regionCode.equals("11") && demo.data().code().equals("CAP-OFICIOS")
                        && (month.equals(YearMonth.of(today.getYear(), 6)) || month.equals(YearMonth.of(today.getYear(), 7)))) {
                    continue; // anomaly: two months not reported
                }
                double season = demo.forestry() && (month.getMonthValue() <= 3 || month.getMonthValue() == 12) ? 1.35 : 1.0;
                int quotas = (int) Math.round(baseQuotas * season * (0.97 + 0.06 * random.nextDouble()));
                int beneficiaries = (int) Math.round(quotas * (0.86 + 0.13 * random.nextDouble()));
                if (regionCode.equals("03") && demo.data().code().equals("PIC")
                        && month.equals(YearMonth.of(today.getYear(), 8))) {
                    beneficiaries = quotas + 14; // anomaly: above the quotas
                }
                if (regionCode.equals("01") && demo.data().code().equals("FOSIS-YT")
                        && month.equals(YearMonth.from(today).minusMonths(1))) {
                    beneficiaries = (int) Math.round(beneficiaries * 2.6); // anomaly: a jump
                    quotas = beneficiaries + 5;
                }
                int women = (int) Math.round(beneficiaries * (demo.women() + 0.04 * (random.nextDouble() - 0.5)));
                long budget = Math.round(beneficiaries * demo.monthlyCost() * (0.95 + 0.1 * random.nextDouble()) / 1000.0) * 1000;
                int total = beneficiaries;
                if (regionCode.equals("14") && demo.data().code().equals("PIC")
                        && month.equals(YearMonth.of(today.getYear(), 9))) {
                    total = beneficiaries + 25; // anomaly: the comunas do not add up to the regional total
                }
                rows.add(new CoverageSchema.CoverageRow(0, programme, month, null, new CoverageValues(
                        demo.quotas() ? quotas : null, total, women, total - women, budget)));
                if (demo.perComuna() && !comunaCodes.isEmpty()) {
                    int[] comunaBeneficiaries = split(beneficiaries, comunaWeights);
                    int[] comunaQuotas = split(quotas, comunaWeights);
                    double[] byBeneficiaries = java.util.Arrays.stream(comunaBeneficiaries).asDoubleStream().toArray();
                    int[] comunaWomen = split(women, byBeneficiaries);
                    int[] comunaBudget = split((int) (budget / 1000), byBeneficiaries);
                    for (int i = 0; i < comunaCodes.size(); i++) {
                        int b = comunaBeneficiaries[i];
                        int w = Math.min(b, comunaWomen[i]);
                        rows.add(new CoverageSchema.CoverageRow(0, programme, month, comunaCodes.get(i), new CoverageValues(
                                Math.max(comunaQuotas[i], b), b, w, b - w, comunaBudget[i] * 1000L)));
                    }
                }
            }
        }
        return rows;
    }

    /** Comuna weights: the first comuna (the regional capital in the official order) weighs most. */
    private static double[] weights(int count, Random random) {
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = (i == 0 ? 8 : 1) + 4 * random.nextDouble();
        }
        return weights;
    }

    /** Splits a total into whole parts proportional to the weights (largest remainder), adding up exactly. */
    static int[] split(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        while (assigned < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return parts;
    }

    // ------------------------------------------------------------------------------------------- employment

    /** The series of a region; {@code revisedQuarter}'s figures are the revised ones. */
    static List<EmploymentSchema.EmploymentRow> employment(String regionCode, LocalDate today, boolean firstPublication) {
        Market market = MARKETS.get(regionCode);
        Random random = new Random(17L * regionCode.hashCode() + 3);
        List<EmploymentSchema.EmploymentRow> rows = new ArrayList<>();
        List<YearMonth> quarters = quarters(today);
        for (int i = 0; i < quarters.size(); i++) {
            YearMonth quarter = quarters.get(i);
            int month = quarter.getMonthValue();
            double season = month >= 5 && month <= 8 ? 0.6 : (month == 12 || month <= 2) ? -0.4 : 0.1;
            double rate = market.rate() + season - 0.02 * i + 0.6 * (random.nextDouble() - 0.5);
            int labourForce = (int) Math.round(market.labourForce() * (1 + 0.0008 * i)
                    * (1 + 0.01 * Math.sin(month / 12.0 * 2 * Math.PI)));
            if (firstPublication && quarter.equals(revisedQuarter(today))) {
                rate += 0.3;
                labourForce = (int) Math.round(labourForce * 0.994);
            }
            BigDecimal rounded = BigDecimal.valueOf(rate).setScale(1, RoundingMode.HALF_UP);
            int employed = (int) Math.round(labourForce * (1 - rounded.doubleValue() / 100));
            rows.add(new EmploymentSchema.EmploymentRow(0, quarter, new EmploymentValues(rounded, labourForce, employed,
                    "INE, Encuesta Nacional de Empleo", publication(quarter)),
                    firstPublication ? null : "Cifra revisada por el INE al actualizar los factores de expansión."));
        }
        return rows;
    }

    /** The quarter whose demo figure was revised after its first publication: March of this year. */
    static YearMonth revisedQuarter(LocalDate today) {
        return YearMonth.of(today.getYear(), 3);
    }

    /** INE publishes at the end of the month after the quarter: the last weekday of that month. */
    static LocalDate publication(YearMonth quarter) {
        LocalDate date = quarter.plusMonths(1).atEndOfMonth();
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.minusDays(1);
        }
        return date;
    }

    // ------------------------------------------------------------------------------------------- Bonificación

    static List<BonificacionSchema.BonificacionRow> bonificacion(String regionCode, LocalDate today) {
        double share = (double) MARKETS.get(regionCode).labourForce() / NATIONAL_LABOUR_FORCE;
        int offset = Math.abs(regionCode.hashCode()) % 5;
        List<BonificacionSchema.BonificacionRow> rows = new ArrayList<>();
        for (YearMonth month : months(today)) {
            if (regionCode.equals("04") && month.equals(YearMonth.of(today.getYear() - 1, 11))) {
                continue; // anomaly: a month not reported
            }
            int year = month.getMonthValue() <= 2 ? month.getYear() - 1 : month.getYear();
            int quotas = Math.max(20, (int) Math.round(8_000 * share * (1 + 0.05 * (year - 2023))));
            Map<BonificacionStage, LocalDate> dates = new EnumMap<>(BonificacionStage.class);
            dates.put(BonificacionStage.CALL, weekday(LocalDate.of(year, 3, 2 + offset)));
            dates.put(BonificacionStage.SELECTION, weekday(LocalDate.of(year, 4, 14 + offset)));
            dates.put(BonificacionStage.HIRING, weekday(LocalDate.of(year, 5, 4 + offset)));
            dates.put(BonificacionStage.PAYMENT, weekday(LocalDate.of(year, 6, 10 + offset)));
            dates.put(BonificacionStage.CLOSING, weekday(LocalDate.of(year + 1, 1, 23 + offset)));
            Map<BonificacionStage, StageEntry> stages = new EnumMap<>(BonificacionStage.class);
            LocalDate end = month.atEndOfMonth();
            for (BonificacionStage stage : BonificacionStage.values()) {
                LocalDate date = dates.get(stage);
                if (!date.isAfter(end) && !date.isAfter(today)) {
                    stages.put(stage, new StageEntry(date, note(stage, regionCode)));
                }
            }
            int jobs = 0;
            long paid = 0;
            LocalDate hiring = dates.get(BonificacionStage.HIRING);
            if (!hiring.isAfter(end)) {
                int monthsHiring = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(hiring), month) + 1;
                jobs = (int) Math.min(Math.round(quotas * 0.94), Math.round(quotas * 0.24 * monthsHiring));
                LocalDate payment = dates.get(BonificacionStage.PAYMENT);
                for (YearMonth m = YearMonth.from(payment); !m.isAfter(month) && !m.isAfter(YearMonth.from(
                        dates.get(BonificacionStage.CLOSING))); m = m.plusMonths(1)) {
                    int monthsSoFar = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(hiring), m) + 1;
                    paid += Math.min(Math.round(quotas * 0.94), Math.round(quotas * 0.24 * monthsSoFar)) * 180_000L;
                }
            }
            int companies = jobs == 0 ? 0 : (int) Math.ceil(jobs / 4.2);
            rows.add(new BonificacionSchema.BonificacionRow(0, month, new BonificacionValues(quotas, jobs, companies,
                    paid, stages)));
        }
        return rows;
    }

    private static String note(BonificacionStage stage, String regionCode) {
        return switch (stage) {
            case CALL -> "Convocatoria publicada por SENCE y difundida por la Seremía en las oficinas municipales de "
                    + "intermediación laboral.";
            case SELECTION -> "Comisión regional seleccionó a las empresas postulantes.";
            case HIRING -> "Inicio de los contratos bonificados.";
            case PAYMENT -> "Primer pago mensual a los empleadores.";
            case CLOSING -> "Cierre administrativo del proceso y rendición de cuentas.";
        };
    }

    private static LocalDate weekday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
