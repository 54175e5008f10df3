package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestLogin;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: imports are all or nothing. A file with one bad row saves nothing; the same file corrected
 * saves every row and one audit entry with the file's summary; importing changed figures keeps the values they
 * replaced.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final String HEADER = "programa,periodo,comuna,cupos,beneficiarios,mujeres,hombres,presupuesto_ejecutado\n";

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
    ReferenceData reference;

    @Inject
    ImportProgress progress;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String editor(String region) {
        String username = Fixtures.uniqueUsername("editor");
        fixtures.account(username, Set.of(Role.EDITOR), Set.of(region), Set.of());
        login.as(username);
        return username;
    }

    private long rows(String programme) throws SQLException {
        return new Sql(dataSource).count("SELECT COUNT(*) FROM coverage_figure f JOIN programme p ON p.id = f.programme_id "
                + "WHERE p.code = ?", programme);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileWithOneBadRowSavesNothingAndTheCorrectedFileSavesEverything() throws SQLException {
        String code = CoverageTestData.uniqueCode("IMP");
        data.programme(code, 2010);
        String editor = editor("16");
        String bad = HEADER + code + ",2025-05,,300,290,150,140,120000000\n"
                + code + ",2025-05,16101,200,190,100,90,80000000\n"
                + code + ",2025-05,08101,100,100,50,50,40000000\n"
                + code + ",2025-06,,310,300,155,145,125000000\n";
        ImportPreview preview = imports.preview(Dataset.COVERAGE, "16", "cobertura.csv", csv(bad), null);
        assertEquals(4, preview.totalRows());
        assertEquals(1, preview.errorRows());
        assertEquals(4, preview.rows().get(2).number(), "the bad row is the file's 4th line");
        assertEquals("import.cell.comuna_other_region", preview.rows().get(2).errors().get(0).messageKey());
        assertEquals(0, rows(code), "a preview saves nothing");

        ImportRejectedException refused = assertThrows(ImportRejectedException.class,
                () -> imports.importFile(Dataset.COVERAGE, "16", "cobertura.csv", csv(bad), null));
        assertEquals(1, refused.getPreview().errorRows());
        assertEquals(0, rows(code), "nothing from a file with errors is saved");
        assertEquals(0, new Sql(dataSource).count("SELECT COUNT(*) FROM data_import WHERE imported_by = ?", editor));

        String good = bad.replace(",08101,", ",16103,");
        ImportResult result = imports.importFile(Dataset.COVERAGE, "16", "cobertura.csv", csv(good), null);
        assertEquals(new ImportCounts(4, 4, 0, 0), result.counts());
        assertEquals(4, rows(code));
        assertEquals(List.of("16103", "100", "50", "50", "40000000", String.valueOf(result.id()), "0"), new Sql(dataSource).rows(
                "SELECT f.comuna_code, f.beneficiaries, f.women, f.men, f.budget_executed, f.import_id, f.demo FROM "
                        + "coverage_figure f JOIN programme p ON p.id = f.programme_id WHERE p.code = ? AND f.comuna_code = '16103'",
                code).get(0));
        List<String> audit = new Sql(dataSource).rows("SELECT action, region_code, changes FROM audit_entry "
                + "WHERE entity_type = 'DataImport' AND entity_id = ?", String.valueOf(result.id())).get(0);
        assertEquals("CREATE", audit.get(0));
        assertEquals("16", audit.get(1));
        assertTrue(audit.get(2).contains("cobertura.csv") && audit.get(2).contains("\"rowsCreated\""), audit.get(2));
        assertEquals(0, new Sql(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CoverageFigure' "
                + "AND actor = ?", editor), "the rows of an import are audited by the import's own entry");
    }

    @Test
    void reimportingChangedFiguresKeepsTheValuesTheyReplaced() throws SQLException {
        String code = CoverageTestData.uniqueCode("IMP");
        data.programme(code, 2010);
        editor("08");
        String first = HEADER + code + ",2025-01,,500,480,250,230,200000000\n" + code + ",2025-02,,500,470,240,230,200000000\n";
        imports.importFile(Dataset.COVERAGE, "08", "enero.csv", csv(first), null);
        String second = HEADER + code + ",2025-01,,500,490,255,235,200000000\n" + code + ",2025-02,,500,470,240,230,200000000\n"
                + code + ",2025-03,,500,475,245,230,200000000\n";
        ImportPreview preview = imports.preview(Dataset.COVERAGE, "08", "marzo.csv", csv(second), null);
        assertEquals(List.of(ImportPreview.RowAction.CHANGED, ImportPreview.RowAction.UNCHANGED, ImportPreview.RowAction.NEW),
                preview.rows().stream().map(ImportPreview.Row::action).toList());
        ImportResult result = imports.importFile(Dataset.COVERAGE, "08", "marzo.csv", csv(second), null);
        assertEquals(new ImportCounts(3, 1, 1, 1), result.counts());
        String overwritten = new Sql(dataSource).value("SELECT overwritten FROM data_import WHERE id = ?", result.id());
        assertEquals("Fila 2 (" + code + ", 2025-01, total regional): beneficiarios: 480 → 490; mujeres: 250 → 255; "
                + "hombres: 230 → 235", overwritten);
        assertTrue(new Sql(dataSource).value("SELECT changes FROM audit_entry WHERE entity_type = 'DataImport' AND entity_id = ?",
                String.valueOf(result.id())).contains("480 → 490"), "the audit entry carries the overwritten values");
    }

    @Test
    void xlsxFilesAreImportedLikeCsv() throws Exception {
        String code = CoverageTestData.uniqueCode("XLS");
        data.programme(code, 2010);
        editor("05");
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Datos");
            String[] header = HEADER.trim().split(",");
            XSSFRow head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(code);
            row.createCell(1).setCellValue("2025-04");
            row.createCell(2).setCellValue(5101);
            row.createCell(3).setCellValue(40);
            row.createCell(4).setCellValue(38);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ImportResult result = imports.importFile(Dataset.COVERAGE, "05", "valparaiso.xlsx", xlsx, null);
        assertEquals(1, result.counts().created());
        assertEquals(List.of("05101", "40", "38"), new Sql(dataSource).rows("SELECT f.comuna_code, f.quotas, f.beneficiaries "
                + "FROM coverage_figure f JOIN programme p ON p.id = f.programme_id WHERE p.code = ?", code).get(0));
        assertEquals("XLSX", new Sql(dataSource).value("SELECT file_format FROM data_import WHERE id = ?", result.id()));
    }

    @Test
    void bonificacionAndEmploymentFilesToo() throws SQLException, IOException {
        editor("12");
        String bonificacion = "periodo,cupos_asignados,empleos_bonificados,empresas,monto_pagado,fecha_convocatoria,"
                + "fecha_seleccion\n2019-04,80,0,0,0,2019-03-04,2019-04-15\n2019-05,80,20,6,3600000,2019-03-04,2019-04-15\n";
        ImportResult b = imports.importFile(Dataset.BONIFICACION, "12", "bonif.csv", csv(bonificacion), null);
        assertEquals(2, b.counts().created());
        assertEquals("2019-04-15", new Sql(dataSource).value("SELECT selection_on FROM bonificacion_status WHERE "
                + "region_code = '12' AND period = '2019-05-01'"));
        String series = "trimestre;tasa_desocupacion;fuerza_de_trabajo;ocupados;fuente;fecha_publicacion\n"
                + "2019-03;4,1;90000;86310;INE;2019-04-30\n";
        ImportResult e = imports.importFile(Dataset.EMPLOYMENT, "12", "serie.csv", csv(series), null);
        assertEquals(1, e.counts().created());
        assertEquals("4.1", new Sql(dataSource).value("SELECT unemployment_rate FROM employment_figure WHERE "
                + "region_code = '12' AND quarter_end = '2019-03-01'"));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithoutWritingAnything() {
        editor("07");
        ImportFileException e = assertThrows(ImportFileException.class, () -> imports.importFile(Dataset.COVERAGE, "07",
                "latin1.csv", "programa,periodo,comuna\nPIC,2025-01,Ñuble\n".getBytes(StandardCharsets.ISO_8859_1), null));
        assertEquals("import.file.not_utf8", e.getMessageKey());
        ImportFileException missing = assertThrows(ImportFileException.class, () -> imports.preview(Dataset.EMPLOYMENT,
                "07", "x.csv", csv("trimestre,tasa\n2025-01,7\n"), null));
        assertEquals("import.file.missing_columns", missing.getMessageKey());
    }

    @Test
    void tenThousandRowsAreCheckedAndImportedInUnderTenSecondsEachWithProgress() throws SQLException {
        String code = CoverageTestData.uniqueCode("BIG");
        data.programme(code, 2010);
        String editor = editor("13");
        List<String> comunas = reference.comunasOf("13").stream().map(ImportContext.ComunaRef::code).toList();
        StringBuilder text = new StringBuilder(HEADER);
        int rows = 0;
        for (YearMonth period = YearMonth.of(2010, 1); rows < 10_000; period = period.plusMonths(1)) {
            text.append(code).append(',').append(period).append(",,2000,1900,1000,900,950000000\n");
            rows++;
            for (int i = 0; i < comunas.size() && rows < 10_000; i++, rows++) {
                text.append(code).append(',').append(period).append(',').append(comunas.get(i))
                        .append(",40,").append(30 + i % 7).append(",15,15,15000000\n");
            }
        }
        byte[] file = csv(text.toString());

        long start = System.nanoTime();
        ImportPreview preview = imports.preview(Dataset.COVERAGE, "13", "grande.csv", file, "job-preview-" + code);
        Duration checked = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(10_000, preview.totalRows());
        assertEquals(0, preview.errorRows(), () -> preview.errorRowList().get(0).errors().toString());

        start = System.nanoTime();
        ImportResult result = imports.importFile(Dataset.COVERAGE, "13", "grande.csv", file, "job-import-" + code);
        Duration imported = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(new ImportCounts(10_000, 10_000, 0, 0), result.counts());
        assertEquals(10_000, rows(code));
        assertTrue(checked.compareTo(Duration.ofSeconds(10)) < 0, "checking took " + checked);
        assertTrue(imported.compareTo(Duration.ofSeconds(10)) < 0, "importing took " + imported);

        ImportProgress.State state = progress.find("job-import-" + code, editor).orElseThrow();
        assertEquals(ImportProgress.Phase.DONE, state.phase());
        assertEquals(100, state.percent());
        assertTrue(progress.find("job-import-" + code, "someone-else").isEmpty(), "only its owner sees an import's progress");
    }
}
