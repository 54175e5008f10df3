package cl.gob.mintrab.canalregional.content;

/** Filters of the staff list of publications; null means any. */
public record PublicationQuery(String regionCode, PublicationKind kind, String state, String text) {

    /** The states offered by the list's filter. */
    public static final java.util.List<String> STATES = java.util.List.of("BORRADOR", "EN_REVISION", "PROGRAMADO",
            "PUBLICADO", "ARCHIVADO");
}
