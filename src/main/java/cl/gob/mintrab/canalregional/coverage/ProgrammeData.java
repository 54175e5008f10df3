package cl.gob.mintrab.canalregional.coverage;

/** What central staff enter for a programme. */
public record ProgrammeData(String code, String name, String institution, ProgrammeKind kind, String description,
                            Integer yearFrom, Integer yearTo) {
}
