package cl.gob.mintrab.canalregional.compliance;

/** Per-unit approval of a programme's report: entered by the unit's editors, reviewed by central staff. */
public enum UnitReportStatus {
    /** Being entered by the unit. */
    BORRADOR,
    /** Sent to central staff for review; the unit can no longer change it. */
    ENVIADO,
    APROBADO,
    /** Sent back with a comment; the unit corrects it and sends it again. */
    DEVUELTO,
    /** Figures taken from a historic document by an import (not entered in the portal). */
    IMPORTADO;

    public boolean editableByUnit() {
        return this == BORRADOR || this == DEVUELTO;
    }
}
