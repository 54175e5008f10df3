package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GT CSV format: the 2007 files read as they are; a bad file is refused whole with every row's problem. */
class ProgramCsvTest {

    private static final String OBJECTIVES = "number,description\n1,Uno\n2,Dos\n";
    private static final String ACTIVITIES = """
            scope,number,description,objectives,weight_pct
            REGIONAL,1,Primera,1,60
            REGIONAL,2,Segunda,1;2,40
            CENTRAL,1,Central,,100
            """;
    private static final String HEADER = "unit_as_reported,region_code,activity,weight_pct,compliance_pct,reported_earned_cumulative_pct\n";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ProgramCsv.Parsed parse(String objectives, String activities, String report) {
        return ProgramCsv.parse(utf8(objectives), utf8(activities), report == null ? null : utf8(report), Gt2007.RESOLVER);
    }

    private static List<String> problems(String objectives, String activities, String report) {
        ValidationException e = assertThrows(ValidationException.class, () -> parse(objectives, activities, report));
        return e.getErrors().stream().map(error -> error.field() + " " + error.messageKey() + " "
                + (error.arguments().length > 1 ? error.arguments()[1] : "")).toList();
    }

    @Test
    void the2007FilesAreReadAsTheyAre() {
        ProgramCsv.Parsed parsed = Gt2007.parse();
        assertEquals(3, parsed.objectives().size());
        assertEquals(12, parsed.activities().size());
        assertEquals(7, parsed.activities().stream().filter(a -> a.scope() == ActivityScope.REGIONAL).count());
        // two central activities lost their text in the document: kept without description
        assertNull(parsed.activities().stream().filter(a -> a.scope() == ActivityScope.CENTRAL && a.number() == 1)
                .findFirst().orElseThrow().description());
        assertEquals(List.of(1, 2, 3), parsed.activities().stream().filter(a -> a.scope() == ActivityScope.REGIONAL
                && a.number() == 3).findFirst().orElseThrow().objectives());
        assertEquals(List.of("NC", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13"),
                parsed.units().stream().map(ProgramCsv.ReportedUnit::regionCode).toList());
        assertEquals("1ª Región", parsed.units().get(1).nameAsReported());
        assertTrue(parsed.units().get(1).note().contains("Arica y Parinacota"));
        // 5 central + 12 x 7 regional rows with figures, and the Región Metropolitana listed without any
        assertEquals(89, parsed.report().stream().filter(l -> l.activity() != null).count());
        assertTrue(parsed.report().stream().anyMatch(l -> l.regionCode().equals("13") && l.activity() == null));
        ProgramCsv.ReportLine blank = parsed.report().stream()
                .filter(l -> "01".equals(l.regionCode()) && Integer.valueOf(7).equals(l.activity())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0"), blank.compliance());
        assertNull(blank.reportedCumulative());
    }

    @Test
    void decimalsMayUseACommaAndAPercentSign() {
        assertEquals(new BigDecimal("12.5"), ProgramCsv.parseDecimal("12,5"));
        assertEquals(new BigDecimal("12.5"), ProgramCsv.parseDecimal("12.5 %"));
        assertEquals(new BigDecimal("100"), ProgramCsv.parseDecimal("100%"));
        assertNull(ProgramCsv.parseDecimal("doce"));
        assertNull(ProgramCsv.parseDecimal("1.234,5"));
        ProgramCsv.Parsed parsed = parse(OBJECTIVES, ACTIVITIES.replace(",60\n", ",\"59,5\"\n").replace(",40\n", ",40.5%\n"),
                HEADER + "1ª Región,01,1,\"59,5\",100,\"59,5\"\n");
        assertEquals(new BigDecimal("59.5"), parsed.activities().get(0).weight());
        assertEquals(new BigDecimal("59.5"), parsed.report().get(0).reportedCumulative());
    }

    @Test
    void aProgrammeWithoutReportNeedsNoWeightCheck() {
        ProgramCsv.Parsed parsed = parse(OBJECTIVES, ACTIVITIES.replace(",40\n", ",10\n"), null);
        assertFalse(parsed.hasReport());
        assertEquals(List.of(), parsed.units());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "number,description\n1,Región\n".getBytes(StandardCharsets.ISO_8859_1);
        ValidationException e = assertThrows(ValidationException.class,
                () -> ProgramCsv.parse(latin1, utf8(ACTIVITIES), null, Gt2007.RESOLVER));
        assertEquals("gt_import.not_utf8", e.getErrors().get(0).messageKey());
        assertEquals(ProgramCsv.OBJECTIVES, e.getErrors().get(0).field());
    }

    @Test
    void emptyFilesAndMissingColumnsAreRefused() {
        assertEquals(List.of("objectivesFile gt_import.file_empty 0"), problems("", ACTIVITIES, null));
        assertEquals(List.of("objectivesFile gt_import.no_rows 0"), problems("number,description\n", ACTIVITIES, null));
        assertEquals(List.of("activitiesFile gt_import.missing_columns 1"),
                problems(OBJECTIVES, "scope,number,description,objectives\nREGIONAL,1,x,,100\n", null));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsReturned() {
        String report = HEADER
                + "1ª Región,01,1,60,120,60\n"          // row 2: compliance out of range
                + "Región de Nadie,,1,60,100,60\n"      // row 3: unknown unit
                + "2ª Región,05,1,60,100,60\n"          // row 4: the name says 02, the code 05
                + "3ª Región,03,9,60,100,60\n"          // row 5: no activity 9
                + "4ª Región,04,1,60,100,60\n"
                + "4ª Región,04,1,60,100,60\n"          // row 7: duplicate
                + "5ª Región,05,1,sesenta,100,60\n"     // row 8: not a number
                + "6ª Región,06,,60,100,\n";            // row 9: figures without activity
        assertEquals(List.of(
                "reportFile gt_import.compliance_out_of_range 2",
                "reportFile gt_import.unit_unknown 3",
                "reportFile gt_import.unit_mismatch 4",
                "reportFile gt_import.activity_unknown 5",
                "reportFile gt_import.report_duplicate 7",
                "reportFile gt_import.decimal_invalid 8",
                "reportFile gt_import.activity_required 9"), problems(OBJECTIVES, ACTIVITIES, report));
    }

    @Test
    void badObjectivesAndActivitiesAreReportedPerRow() {
        String objectives = "number,description\n1,Uno\n1,Otra vez uno\nx,Tres\n4,\n";
        String activities = """
                scope,number,description,objectives,weight_pct
                REGIONAL,1,Primera,1;7,60
                PROVINCIAL,2,Segunda,1,40
                REGIONAL,3,Tercera,1,0
                """;
        // with a bad objectives file, the objectives the activities name are not checked again
        assertEquals(List.of(
                "objectivesFile gt_import.objective_duplicate 3",
                "objectivesFile gt_import.integer_invalid 4",
                "objectivesFile gt_import.objective_description_required 5",
                "activitiesFile gt_import.scope_invalid 3",
                "activitiesFile gt_import.weight_out_of_range 4"), problems(objectives, activities, null));
        assertEquals(List.of("activitiesFile gt_import.objective_unknown 2"), problems(OBJECTIVES,
                ACTIVITIES.replace("REGIONAL,1,Primera,1,60", "REGIONAL,1,Primera,1;7,60"), null));
    }

    @Test
    void withAReportTheWeightsOfEachScopeMustAddUpToOneHundred() {
        List<String> found = problems(OBJECTIVES, ACTIVITIES.replace(",40\n", ",35\n"),
                HEADER + "1ª Región,01,1,60,100,60\n");
        assertEquals(List.of("activitiesFile gt_import.weights_not_100 0"), found);
        ValidationException e = assertThrows(ValidationException.class, () -> parse(OBJECTIVES,
                ACTIVITIES.replace(",40\n", ",35\n"), HEADER + "1ª Región,01,1,60,100,60\n"));
        String text = Texts.get(e.getErrors().get(0).messageKey(), e.getErrors().get(0).arguments());
        assertTrue(text.contains("95") && text.contains("100"), text);
    }

    @Test
    void theProblemsOfAHugeWrongFileAreCapped() {
        StringBuilder report = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            report.append("1ª Región,01,1,60,999,60\n");
        }
        ValidationException e = assertThrows(ValidationException.class, () -> parse(OBJECTIVES, ACTIVITIES, report.toString()));
        assertEquals(ProgramCsv.MAX_PROBLEMS + 1, e.getErrors().size());
        assertEquals("gt_import.more_problems", e.getErrors().get(ProgramCsv.MAX_PROBLEMS).messageKey());
    }

    @Test
    void sectionsAreSuggestedFromTheDescriptions() {
        ProgramCsv.Parsed parsed = Gt2007.parse();
        List<String> suggested = parsed.activities().stream().filter(a -> a.scope() == ActivityScope.REGIONAL)
                .map(a -> SectionSuggestions.suggest(a.description()).stream().map(Enum::name).sorted().toList().toString())
                .toList();
        assertEquals(List.of(
                "[MESA_SECTORIAL]",
                "[MESA_TECNICA]",
                "[ACTIVIDAD_EMPLEO, SERIE_EMPLEO]",
                "[ACUERDO, DIALOGO_SOCIAL, RESOLUCION_CONFLICTO]",
                "[BONIFICACION]",
                "[COBERTURA]",
                "[BONIFICACION]"), suggested);
    }
}
