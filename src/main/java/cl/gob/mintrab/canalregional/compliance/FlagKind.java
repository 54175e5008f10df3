package cl.gob.mintrab.canalregional.compliance;

/** What the re-check of imported figures found. */
public enum FlagKind {
    /** A unit expected in the programme has no figures at all. */
    REPORTE_FALTANTE,
    /** A unit reported, but not on this activity. */
    ACTIVIDAD_SIN_REPORTE,
    /** The reported cumulative earned weight differs from the one computed from weights and compliance. */
    VALOR_DISTINTO,
    /** The row has a compliance but no earned weight was written. */
    VALOR_NO_INFORMADO,
    /** The earned weight the row adds (its cumulative minus the previous one) is not weight x its own compliance. */
    INCONSISTENTE_CON_CUMPLIMIENTO,
    /** The unit's total as reported (its last cumulative figure) differs from the computed total. */
    TOTAL_DISTINTO,
    /** The weight written in the report differs from the programme's weight for the activity. */
    PONDERACION_DISTINTA
}
