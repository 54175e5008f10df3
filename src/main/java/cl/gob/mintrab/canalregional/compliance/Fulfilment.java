package cl.gob.mintrab.canalregional.compliance;

/** "Cumple, cumple parcialmente o no cumple": the result of an objective's indicator or a committed improvement. */
public enum Fulfilment {
    CUMPLE,
    CUMPLE_PARCIALMENTE,
    NO_CUMPLE
}
