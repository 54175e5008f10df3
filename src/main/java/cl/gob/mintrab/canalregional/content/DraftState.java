package cl.gob.mintrab.canalregional.content;

/**
 * The state of the pending draft. A publication that was never published is only a draft; a published one can
 * have one pending draft (its next version) while the public keeps seeing the published version.
 */
public enum DraftState {
    /** No pending draft. */
    NONE,
    BORRADOR,
    EN_REVISION
}
