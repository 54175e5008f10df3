package cl.gob.mintrab.canalregional.mesa;

/** Read model of a mesa. */
public record MesaView(long id, String regionCode, MesaKind kind, String name, String description, boolean active,
                       boolean demo, int version) {
}
