package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every Spanish text the employment pages and rules ask for exists (a missing key would show as the key itself). */
class CoverageTextsTest {

    private static final ResourceBundle TEXTS = new Messages();
    private static final Pattern KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
    private static final List<String> VIEWS = List.of("src/main/webapp/empleo.xhtml", "src/main/webapp/datos-abiertos.xhtml",
            "src/main/webapp/WEB-INF/views/region-empleo.xhtml", "src/main/webapp/admin/programas",
            "src/main/webapp/admin/cobertura", "src/main/webapp/admin/bonificacion", "src/main/webapp/admin/series-empleo",
            "src/main/webapp/admin/importar", "src/main/webapp/admin/calidad-datos", "src/main/webapp/WEB-INF/includes");

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String location : VIEWS) {
            try (Stream<Path> files = Files.walk(Path.of(location))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !TEXTS.containsKey(m.group(1))) {
                            missing.add(file + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEnumAndColumnHasItsLabel() {
        List<String> keys = new ArrayList<>();
        Stream.of(ProgrammeKind.values()).forEach(v -> keys.add("ProgrammeKind." + v));
        Stream.of(BonificacionStage.values()).forEach(v -> keys.add("BonificacionStage." + v));
        Stream.of(Dataset.values()).forEach(v -> keys.add("Dataset." + v));
        Stream.of(QualityWarning.Kind.values()).forEach(v -> keys.add("QualityWarning.Kind." + v));
        Stream.of(ImportPreview.RowAction.values()).forEach(v -> keys.add("ImportPreview.RowAction." + v));
        Stream.of(TimelineStep.State.values()).forEach(v -> keys.add("TimelineStep.State." + v));
        Stream.of(ImportProgress.Phase.values()).forEach(v -> keys.add("import_progress." + v));
        for (Dataset dataset : Dataset.values()) {
            ImportTemplates.schema(dataset).columns().forEach(c -> keys.add("import_column." + c.name()));
        }
        for (String entity : List.of("Programme", "CoverageFigure", "BonificacionStatus", "EmploymentFigure",
                "EmploymentFigureRevision", "DataImport")) {
            keys.add("EntityType." + entity);
        }
        assertEquals(List.of(), keys.stream().filter(k -> !TEXTS.containsKey(k)).toList());
    }

    @Test
    void everyOpenDataTextComesFromTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        for (OpenDataTables.Definition d : OpenDataTables.ALL) {
            List<String> texts = new ArrayList<>(List.of(d.title(), d.description()));
            d.columns().forEach(c -> texts.add(c.description()));
            texts.stream().filter(t -> t.isBlank() || t.matches("[a-z_.]+\\.[a-z_.A-Z]+")).forEach(missing::add);
        }
        // Keys the open-data code asks for by name: each must be in the bundle.
        Pattern used = Pattern.compile("Texts\\.get\\(\"((?:open_data|openapi|dcat)[a-zA-Z0-9_.]*)\"");
        for (String source : List.of("OpenDataTables", "DcatCatalogue", "EmploymentOpenApi")) {
            Matcher m = used.matcher(Files.readString(Path.of("src/main/java/cl/gob/mintrab/canalregional/coverage/"
                    + source + ".java")));
            while (m.find()) {
                if (!m.group(1).endsWith(".") && !TEXTS.containsKey(m.group(1))) {
                    missing.add(source + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("Fecha de la selección (AAAA-MM-DD)", OpenDataTables.BONIFICACION.columns().stream()
                .filter(c -> c.key().equals("fecha_seleccion")).findFirst().orElseThrow().description());
    }
}
