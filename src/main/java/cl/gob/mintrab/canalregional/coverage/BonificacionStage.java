package cl.gob.mintrab.canalregional.coverage;

/** The stages of the management process of the Bonificación, in the order they happen. */
public enum BonificacionStage {
    /** Convocatoria: the call to employers. */
    CALL,
    /** Selección of the companies and workers. */
    SELECTION,
    /** Contratación: the subsidised contracts start. */
    HIRING,
    /** Pago: monthly payments to employers. */
    PAYMENT,
    /** Cierre of the process. */
    CLOSING
}
