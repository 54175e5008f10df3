package cl.gob.mintrab.canalregional.region;

/** What a publishing unit is: one of the 16 regions, or the Nivel Central of the Subsecretaría. */
public enum UnitType {
    REGION,
    NIVEL_CENTRAL
}
