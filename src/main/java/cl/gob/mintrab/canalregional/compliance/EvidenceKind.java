package cl.gob.mintrab.canalregional.compliance;

/** What a "medio de verificación" is. */
public enum EvidenceKind {
    /** An address on the web. */
    ENLACE,
    /** A file uploaded by the unit, kept under the data directory. */
    ARCHIVO,
    /** A publication or data update of the portal itself. */
    PORTAL
}
