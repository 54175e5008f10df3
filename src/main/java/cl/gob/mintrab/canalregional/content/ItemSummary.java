package cl.gob.mintrab.canalregional.content;

import java.time.Instant;

/** A published item as listings show it: where it is, its title and lead, dates, and its image for cards. */
public record ItemSummary(long id, String regionCode, String regionSlug, String regionName, PublicationKind kind,
                          String slug, String title, String lead, Instant publishedAt, Instant firstPublishedAt,
                          Long imageId, String imageAlt, boolean demo) {

    /** Path of the publication page, relative to the context root. */
    public String path() {
        return "/region/" + regionSlug + "/" + kind.getSlug() + "/" + slug;
    }

    /** Path of the card image (480 px variant), or null. */
    public String imagePath() {
        return imageId == null ? null : "/archivos/" + imageId + "/480/imagen";
    }

    /** Whether the item was updated after it was first published. */
    public boolean updated() {
        return publishedAt != null && firstPublishedAt != null && publishedAt.isAfter(firstPublishedAt.plusSeconds(60));
    }
}
