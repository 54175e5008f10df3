package cl.gob.mintrab.canalregional.compliance;

/** Life of a work programme: defined, then activated (weights checked), then frozen at the cut-off. */
public enum ProgramStatus {
    /** Objectives and activities are being defined; nobody reports yet. */
    BORRADOR,
    /** Units report; the definition (weights) no longer changes. */
    ACTIVO,
    /** Frozen at the year-end cut-off: results live in immutable snapshots; only annotated corrections follow. */
    CONGELADO
}
