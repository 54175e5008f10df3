package cl.gob.mintrab.canalregional.coverage;

/** What a programme does for the people it covers. */
public enum ProgrammeKind {
    /** Direct employment: the State hires (e.g. Programa de Inversión en la Comunidad, CONAF). */
    DIRECT_EMPLOYMENT,
    /** Hiring subsidy paid to employers (e.g. Bonificación a la contratación de mano de obra). */
    HIRING_SUBSIDY,
    /** Training and job placement (SENCE, FOSIS). */
    TRAINING,
    /** Social protection with an employment component (e.g. Chile Solidario). */
    SOCIAL_PROTECTION
}
