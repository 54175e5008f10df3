package cl.gob.mintrab.canalregional.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The 2007 reference files (src/test/resources/reference/gt2007) and a resolver of the 2007 unit names, for unit tests. */
final class Gt2007 {

    /** How the 2007 report names the units, with the notes of region_alias (migration V2). */
    static final Map<String, ProgramCsv.ResolvedUnit> NAMES = Map.ofEntries(
            Map.entry("nivel central", new ProgramCsv.ResolvedUnit("NC", null)),
            Map.entry("1ª region", new ProgramCsv.ResolvedUnit("01", "Hasta octubre de 2007 incluía el territorio de la actual Región de Arica y Parinacota (XV).")),
            Map.entry("2ª region", new ProgramCsv.ResolvedUnit("02", null)),
            Map.entry("3ª region", new ProgramCsv.ResolvedUnit("03", null)),
            Map.entry("4ª region", new ProgramCsv.ResolvedUnit("04", null)),
            Map.entry("5ª region", new ProgramCsv.ResolvedUnit("05", null)),
            Map.entry("6ª region", new ProgramCsv.ResolvedUnit("06", null)),
            Map.entry("7ª region", new ProgramCsv.ResolvedUnit("07", null)),
            Map.entry("8ª region", new ProgramCsv.ResolvedUnit("08", "Hasta septiembre de 2018 incluía el territorio de la actual Región de Ñuble (XVI).")),
            Map.entry("9ª region", new ProgramCsv.ResolvedUnit("09", null)),
            Map.entry("10ª region", new ProgramCsv.ResolvedUnit("10", "Hasta octubre de 2007 incluía el territorio de la actual Región de Los Ríos (XIV).")),
            Map.entry("11ª region", new ProgramCsv.ResolvedUnit("11", null)),
            Map.entry("12ª region", new ProgramCsv.ResolvedUnit("12", null)),
            Map.entry("region metropolitana", new ProgramCsv.ResolvedUnit("13", null)));

    static final ProgramCsv.UnitResolver RESOLVER = new ProgramCsv.UnitResolver() {
        @Override
        public Optional<ProgramCsv.ResolvedUnit> byName(String name) {
            return Optional.ofNullable(NAMES.get(cl.gob.mintrab.canalregional.region.RegionNames.normalize(name)));
        }

        @Override
        public boolean exists(String code) {
            return code.equals("NC") || code.matches("0[1-9]|1[0-6]");
        }
    };

    private Gt2007() {
    }

    static byte[] file(String name) {
        try (InputStream in = Gt2007.class.getResourceAsStream("/reference/gt2007/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProgramCsv.Parsed parse() {
        return ProgramCsv.parse(file("objectives.csv"), file("activities.csv"), file("report_2007.csv"), RESOLVER);
    }
}
