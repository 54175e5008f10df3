package cl.gob.mintrab.canalregional.mesa;

/** The two kinds of coordination tables of the GT programme. */
public enum MesaKind {
    /** Institutions of the employment and social-protection programmes (red de empleo, Chile Solidario). */
    TECNICA,
    /** Services of the labour sector with regional presence. */
    SECTORIAL
}
