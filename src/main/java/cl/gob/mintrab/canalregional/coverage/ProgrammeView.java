package cl.gob.mintrab.canalregional.coverage;

/** Read model of a programme. */
public record ProgrammeView(Long id, String code, String name, String institution, ProgrammeKind kind,
                            String description, int yearFrom, Integer yearTo, boolean demo, int version) {

    /** Whether the programme ran during the given year. */
    public boolean activeIn(int year) {
        return year >= yearFrom && (yearTo == null || year <= yearTo);
    }

    /** "2008–" or "2008–2012". */
    public String years() {
        return yearFrom + "–" + (yearTo == null ? "" : yearTo);
    }
}
