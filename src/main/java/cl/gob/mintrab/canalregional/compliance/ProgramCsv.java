package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a work programme and the figures the units reported from the three CSV files of the GT format
 * ({@code objectives.csv}, {@code activities.csv}, {@code report_<year>.csv}, as in the 2007 data). Pure Java:
 * no database; units are resolved through a {@link UnitResolver}. A file with any bad row is refused whole: every
 * problem is collected (file, line, Spanish message key) and thrown together as a {@link ValidationException}
 * whose field is the file's input ({@link #OBJECTIVES}, {@link #ACTIVITIES}, {@link #REPORT}).
 * Decimals may use a point or a comma and may end in "%".
 */
public final class ProgramCsv {

    public static final String OBJECTIVES = "objectivesFile";
    public static final String ACTIVITIES = "activitiesFile";
    public static final String REPORT = "reportFile";

    static final List<String> OBJECTIVE_COLUMNS = List.of("number", "description");
    static final List<String> ACTIVITY_COLUMNS = List.of("scope", "number", "description", "objectives", "weight_pct");
    static final List<String> REPORT_COLUMNS = List.of("unit_as_reported", "region_code", "activity", "weight_pct",
            "compliance_pct", "reported_earned_cumulative_pct");

    /** Beyond this many problems the rest are summarised (a wrong file would otherwise list thousands). */
    static final int MAX_PROBLEMS = 100;
    /** Larger files are not GT programmes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern DECIMAL = Pattern.compile("([+-]?)(\\d{1,6})(?:[.,](\\d+))?\\s*%?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,4}");

    private ProgramCsv() {
    }

    public record ObjectiveLine(int number, String description) {
    }

    public record ActivityLine(ActivityScope scope, int number, String description, List<Integer> objectives,
                               BigDecimal weight) {
    }

    /** One line of the report file. Activity and figures are null for a unit listed without a report. */
    public record ReportLine(int line, String unitAsReported, String regionCode, Integer activity, BigDecimal weight,
                             BigDecimal compliance, BigDecimal reportedCumulative) {
    }

    /** A unit named in the report, in order of first appearance, with the note of its historic name. */
    public record ReportedUnit(String regionCode, String nameAsReported, String note) {
    }

    public record Parsed(List<ObjectiveLine> objectives, List<ActivityLine> activities, List<ReportLine> report,
                         List<ReportedUnit> units) {
        public boolean hasReport() {
            return report != null;
        }
    }

    /** A unit a name or code stands for. */
    public record ResolvedUnit(String code, String note) {
    }

    /** How the parser finds units: historic names ("1ª Región") and codes ('01'..'16', 'NC'). */
    public interface UnitResolver {
        Optional<ResolvedUnit> byName(String name);

        boolean exists(String code);
    }

    /**
     * @param report null when only the programme is imported
     * @throws ValidationException with every problem found; nothing is returned from a bad file
     */
    public static Parsed parse(byte[] objectives, byte[] activities, byte[] report, UnitResolver units) {
        Problems problems = new Problems();
        List<ObjectiveLine> objectiveLines = parseObjectives(table(OBJECTIVES, objectives, OBJECTIVE_COLUMNS, problems), problems);
        Set<Integer> objectiveNumbers = new HashSet<>();
        objectiveLines.forEach(o -> objectiveNumbers.add(o.number()));
        List<ActivityLine> activityLines = parseActivities(table(ACTIVITIES, activities, ACTIVITY_COLUMNS, problems),
                problems.has(OBJECTIVES) ? null : objectiveNumbers, problems);
        List<ReportLine> reportLines = null;
        List<ReportedUnit> reportedUnits = List.of();
        if (report != null) {
            Map<String, ReportedUnit> unitsSeen = new LinkedHashMap<>();
            reportLines = parseReport(table(REPORT, report, REPORT_COLUMNS, problems), activityLines, units, unitsSeen,
                    problems);
            reportedUnits = List.copyOf(unitsSeen.values());
            if (!problems.has(ACTIVITIES)) {
                checkWeights(activityLines, reportedUnits, problems);
            }
        }
        problems.throwIfAny();
        return new Parsed(objectiveLines, activityLines, reportLines, reportedUnits);
    }

    /** A header and its data records, or null when the file cannot be read at all (the problem is recorded). */
    private record Table(String file, Map<String, Integer> columns, List<CSVRecord> records) {
        String get(CSVRecord record, String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return "";
            }
            return record.get(index).trim();
        }

        int line(CSVRecord record) {
            return (int) record.getRecordNumber();
        }
    }

    private static Table table(String file, byte[] bytes, List<String> required, Problems problems) {
        if (bytes == null || bytes.length == 0) {
            problems.add(file, 0, "gt_import.file_empty");
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(file, 0, "gt_import.file_too_large", MAX_BYTES / (1024 * 1024));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(file, 0, "gt_import.not_utf8");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setIgnoreEmptyLines(true).setTrim(true).get())) {
            records = parser.getRecords();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(file, 0, "gt_import.not_csv");
            return null;
        }
        if (records.isEmpty()) {
            problems.add(file, 0, "gt_import.file_empty");
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        CSVRecord header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(file, 1, "gt_import.missing_columns", String.join(", ", missing), String.join(", ", required));
            return null;
        }
        List<CSVRecord> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            problems.add(file, 0, "gt_import.no_rows");
            return null;
        }
        return new Table(file, columns, data);
    }

    private static List<ObjectiveLine> parseObjectives(Table table, Problems problems) {
        List<ObjectiveLine> lines = new ArrayList<>();
        if (table == null) {
            return lines;
        }
        Set<Integer> seen = new HashSet<>();
        for (CSVRecord record : table.records()) {
            int line = table.line(record);
            Integer number = positiveInteger(table, record, "number", problems);
            String description = table.get(record, "description");
            if (description.isEmpty()) {
                problems.add(table.file(), line, "gt_import.objective_description_required");
            } else if (description.length() > 5000) {
                problems.add(table.file(), line, "gt_import.text_too_long", "description", 5000);
            }
            if (number != null && !seen.add(number)) {
                problems.add(table.file(), line, "gt_import.objective_duplicate", number);
            }
            if (number != null && !description.isEmpty()) {
                lines.add(new ObjectiveLine(number, description));
            }
        }
        return lines;
    }

    /** @param objectiveNumbers null when the objectives file is bad (its numbers are then not checked) */
    private static List<ActivityLine> parseActivities(Table table, Set<Integer> objectiveNumbers, Problems problems) {
        List<ActivityLine> lines = new ArrayList<>();
        if (table == null) {
            return lines;
        }
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : table.records()) {
            int line = table.line(record);
            String scopeText = table.get(record, "scope").toUpperCase(Locale.ROOT);
            ActivityScope scope = null;
            try {
                scope = ActivityScope.valueOf(scopeText);
            } catch (IllegalArgumentException e) {
                problems.add(table.file(), line, "gt_import.scope_invalid", scopeText);
            }
            Integer number = positiveInteger(table, record, "number", problems);
            String description = table.get(record, "description");
            if (description.length() > 5000) {
                problems.add(table.file(), line, "gt_import.text_too_long", "description", 5000);
            }
            List<Integer> objectives = new ArrayList<>();
            String objectivesText = table.get(record, "objectives");
            if (!objectivesText.isEmpty()) {
                for (String part : objectivesText.split(";")) {
                    String p = part.trim();
                    if (!INTEGER.matcher(p).matches()) {
                        problems.add(table.file(), line, "gt_import.objectives_invalid", objectivesText);
                        break;
                    }
                    int objective = Integer.parseInt(p);
                    if (objectiveNumbers != null && !objectiveNumbers.contains(objective)) {
                        problems.add(table.file(), line, "gt_import.objective_unknown", objective);
                    } else if (!objectives.contains(objective)) {
                        objectives.add(objective);
                    }
                }
            }
            BigDecimal weight = decimal(table, record, "weight_pct", true, problems);
            if (weight != null && !ComplianceCalculator.validWeight(weight)) {
                problems.add(table.file(), line, "gt_import.weight_out_of_range", table.get(record, "weight_pct"));
                weight = null;
            }
            if (scope != null && number != null && !seen.add(scope + "/" + number)) {
                problems.add(table.file(), line, "gt_import.activity_duplicate", number, Texts.get("ActivityScope." + scope.name()));
            }
            if (scope != null && number != null && weight != null) {
                lines.add(new ActivityLine(scope, number, description.isEmpty() ? null : description,
                        List.copyOf(objectives), weight));
            }
        }
        return lines;
    }

    private static List<ReportLine> parseReport(Table table, List<ActivityLine> activities, UnitResolver units,
                                                Map<String, ReportedUnit> unitsSeen, Problems problems) {
        List<ReportLine> lines = new ArrayList<>();
        if (table == null) {
            return lines;
        }
        Map<ActivityScope, Set<Integer>> numbers = new EnumMap<>(ActivityScope.class);
        for (ActivityScope scope : ActivityScope.values()) {
            numbers.put(scope, new HashSet<>());
        }
        activities.forEach(a -> numbers.get(a.scope()).add(a.number()));
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : table.records()) {
            int line = table.line(record);
            String name = table.get(record, "unit_as_reported");
            String code = table.get(record, "region_code").toUpperCase(Locale.ROOT);
            String unit = resolveUnit(table.file(), line, name, code, units, unitsSeen, problems);
            String activityText = table.get(record, "activity");
            boolean figures = !table.get(record, "weight_pct").isEmpty() || !table.get(record, "compliance_pct").isEmpty()
                    || !table.get(record, "reported_earned_cumulative_pct").isEmpty();
            if (activityText.isEmpty()) {
                if (figures) {
                    problems.add(table.file(), line, "gt_import.activity_required");
                } else if (unit != null) {
                    lines.add(new ReportLine(line, name, unit, null, null, null, null));
                }
                continue;
            }
            Integer activity = positiveInteger(table, record, "activity", problems);
            BigDecimal weight = decimal(table, record, "weight_pct", false, problems);
            if (weight != null && !ComplianceCalculator.validWeight(weight)) {
                problems.add(table.file(), line, "gt_import.weight_out_of_range", table.get(record, "weight_pct"));
                weight = null;
            }
            BigDecimal compliance = decimal(table, record, "compliance_pct", false, problems);
            if (compliance != null && !ComplianceCalculator.validPercentage(compliance)) {
                problems.add(table.file(), line, "gt_import.compliance_out_of_range", table.get(record, "compliance_pct"));
                compliance = null;
            }
            BigDecimal cumulative = decimal(table, record, "reported_earned_cumulative_pct", false, problems);
            if (cumulative != null && (cumulative.signum() < 0 || cumulative.compareTo(new BigDecimal("999.99")) > 0
                    || cumulative.stripTrailingZeros().scale() > 2)) {
                problems.add(table.file(), line, "gt_import.cumulative_invalid",
                        table.get(record, "reported_earned_cumulative_pct"));
                cumulative = null;
            }
            if (unit == null || activity == null) {
                continue;
            }
            ActivityScope scope = ActivityScope.of(unit);
            if (!numbers.get(scope).contains(activity)) {
                problems.add(table.file(), line, "gt_import.activity_unknown", activity, Texts.get("ActivityScope." + scope.name()));
                continue;
            }
            if (!seen.add(unit + "/" + activity)) {
                problems.add(table.file(), line, "gt_import.report_duplicate", name.isEmpty() ? unit : name, activity);
                continue;
            }
            lines.add(new ReportLine(line, name, unit, activity, weight, compliance, cumulative));
        }
        return lines;
    }

    private static String resolveUnit(String file, int line, String name, String code, UnitResolver units,
                                      Map<String, ReportedUnit> unitsSeen, Problems problems) {
        Optional<ResolvedUnit> byName = name.isEmpty() ? Optional.empty() : units.byName(name);
        String resolved;
        if (!code.isEmpty()) {
            if (!units.exists(code)) {
                problems.add(file, line, "gt_import.region_code_unknown", code);
                return null;
            }
            if (byName.isPresent() && !byName.get().code().equals(code)) {
                problems.add(file, line, "gt_import.unit_mismatch", name, byName.get().code(), code);
                return null;
            }
            resolved = code;
        } else if (byName.isPresent()) {
            resolved = byName.get().code();
        } else {
            problems.add(file, line, name.isEmpty() ? "gt_import.unit_required" : "gt_import.unit_unknown", name);
            return null;
        }
        unitsSeen.putIfAbsent(resolved, new ReportedUnit(resolved, name.isEmpty() ? null : name,
                byName.map(ResolvedUnit::note).orElse(null)));
        return resolved;
    }

    private static void checkWeights(List<ActivityLine> activities, List<ReportedUnit> units, Problems problems) {
        List<ActivityScope> scopes = units.stream().map(u -> ActivityScope.of(u.regionCode())).distinct().sorted().toList();
        List<ComplianceCalculator.ActivityWeight> weights = activities.stream()
                .map(a -> new ComplianceCalculator.ActivityWeight(a.scope(), a.number(), a.weight())).toList();
        for (ComplianceCalculator.WeightSum sum : ComplianceCalculator.weightSums(weights, scopes)) {
            if (!sum.valid()) {
                problems.add(ACTIVITIES, 0, "gt_import.weights_not_100", Texts.get("ActivityScope." + sum.scope().name()),
                        sum.sum());
            }
        }
    }

    private static Integer positiveInteger(Table table, CSVRecord record, String column, Problems problems) {
        String text = table.get(record, column);
        if (!INTEGER.matcher(text).matches() || Integer.parseInt(text) == 0) {
            problems.add(table.file(), table.line(record), "gt_import.integer_invalid", column, text);
            return null;
        }
        return Integer.parseInt(text);
    }

    /** A decimal such as "12.5", "12,5" or "12,5 %"; null (and a problem) when malformed or, if required, missing. */
    private static BigDecimal decimal(Table table, CSVRecord record, String column, boolean required, Problems problems) {
        String text = table.get(record, column);
        if (text.isEmpty()) {
            if (required) {
                problems.add(table.file(), table.line(record), "gt_import.value_required", column);
            }
            return null;
        }
        BigDecimal value = parseDecimal(text);
        if (value == null) {
            problems.add(table.file(), table.line(record), "gt_import.decimal_invalid", column, text);
        }
        return value;
    }

    /** "12.5", "12,5", "12,5 %", "-3" as a BigDecimal; null when it is not a number. */
    static BigDecimal parseDecimal(String text) {
        Matcher m = DECIMAL.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        String value = m.group(1) + m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
        return new BigDecimal(value);
    }

    /** Collects problems: each message's first two arguments are the file name and the row (the header is row 1). */
    private static final class Problems {
        private final List<FieldError> errors = new ArrayList<>();
        private final Set<String> files = new HashSet<>();
        private int dropped;

        void add(String file, int line, String key, Object... arguments) {
            files.add(file);
            if (errors.size() >= MAX_PROBLEMS) {
                dropped++;
                return;
            }
            Object[] args = new Object[arguments.length + 2];
            args[0] = fileName(file);
            args[1] = line;
            System.arraycopy(arguments, 0, args, 2, arguments.length);
            errors.add(new FieldError(file, key, args));
        }

        boolean has(String file) {
            return files.contains(file);
        }

        void throwIfAny() {
            if (errors.isEmpty()) {
                return;
            }
            List<FieldError> all = new ArrayList<>(errors);
            if (dropped > 0) {
                all.add(new FieldError(null, "gt_import.more_problems", dropped));
            }
            throw new ValidationException(all);
        }

        private static String fileName(String field) {
            return switch (field) {
                case OBJECTIVES -> "objectives.csv";
                case ACTIVITIES -> "activities.csv";
                default -> "report.csv";
            };
        }
    }
}
