package cl.gob.mintrab.canalregional.content;

/**
 * The public projection of a publication was written or removed ({@link PublicIndex}). Observed once the
 * transaction has committed, so that this instance's search index catches up at its next search without waiting
 * for the public content version to be re-read ({@link LiveSearchIndex}).
 */
public record PublishedItemsChanged(long publicationId) {
}
