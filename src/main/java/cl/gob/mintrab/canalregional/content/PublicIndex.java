package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps the public projection ({@link PublishedItem} and its tags) in step with a publication's public version,
 * inside the caller's transaction. Internal to publishing: callers have already checked permissions.
 */
@Stateless
public class PublicIndex {

    @PersistenceContext
    private EntityManager em;

    @Inject
    Event<PublishedItemsChanged> changed;

    /** Writes the projection of a PUBLICADO item (listings, search, feeds) and its tags. */
    public void index(Publication p) {
        PublishedItem item = em.find(PublishedItem.class, p.getId());
        if (item == null) {
            item = new PublishedItem(p.getId());
            item.refresh(p, Formats.ZONE);
            em.persist(item);
        } else {
            item.refresh(p, Formats.ZONE);
        }
        em.flush();
        em.createNativeQuery("DELETE FROM published_tag WHERE publication_id = ?").setParameter(1, p.getId()).executeUpdate();
        for (String tag : p.getPublishedRevision().tagList()) {
            em.createNativeQuery("INSERT IGNORE INTO published_tag (publication_id, tag) VALUES (?, ?)")
                    .setParameter(1, p.getId()).setParameter(2, tag).executeUpdate();
        }
        changed.fire(new PublishedItemsChanged(p.getId()));
    }

    /** Removes the projection: the item no longer appears anywhere public. */
    public void unindex(Publication p) {
        PublishedItem item = em.find(PublishedItem.class, p.getId());
        if (item != null) {
            em.remove(item);
            changed.fire(new PublishedItemsChanged(p.getId()));
        }
    }
}
