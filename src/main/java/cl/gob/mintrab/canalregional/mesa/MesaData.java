package cl.gob.mintrab.canalregional.mesa;

/** What an editor edits of a mesa. */
public record MesaData(String regionCode, MesaKind kind, String name, String description, boolean active) {
}
