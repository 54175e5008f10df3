package cl.gob.mintrab.canalregional.compliance;

/** A flag stays open until central staff review it (with a note). */
public enum FlagStatus {
    ABIERTO,
    REVISADO
}
