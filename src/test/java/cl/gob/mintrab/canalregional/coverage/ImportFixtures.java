package cl.gob.mintrab.canalregional.coverage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Reference data and files for the import unit tests: an import into Ñuble on 24 November 2026. */
final class ImportFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static final ImportContext NUBLE = new ImportContext("16", "Región de Ñuble",
            Map.of("16101", new ImportContext.ComunaRef("16101", "Chillán", "16", "Región de Ñuble"),
                    "16103", new ImportContext.ComunaRef("16103", "Chillán Viejo", "16", "Región de Ñuble"),
                    "08101", new ImportContext.ComunaRef("08101", "Concepción", "08", "Región del Biobío"),
                    "05101", new ImportContext.ComunaRef("05101", "Valparaíso", "05", "Región de Valparaíso")),
            Map.of("PIC", new ImportContext.ProgrammeRef(1, "PIC", "Programa de Inversión en la Comunidad", 2001, null),
                    "CH-SOL", new ImportContext.ProgrammeRef(2, "CH-SOL", "Chile Solidario", 2004, 2012)),
            TODAY);

    private ImportFixtures() {
    }

    static TabularFile csv(String text) {
        return TabularReader.read("datos.csv", text.getBytes(StandardCharsets.UTF_8), TabularReader.Limits.DEFAULT);
    }
}
