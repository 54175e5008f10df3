package cl.gob.mintrab.canalregional.content;

/** What the public sees of a publication. */
public enum PublicState {
    /** Never published: the public sees nothing. */
    NONE,
    /** Approved, waiting for its publication time. */
    PROGRAMADO,
    PUBLICADO,
    /** Taken down (by an editor or at its unpublish time); kept with all its revisions. */
    ARCHIVADO
}
