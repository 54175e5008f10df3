package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.support.AffectsPublicPages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The public projection of a published publication: one row per PUBLICADO item, rewritten whenever its public
 * version changes, read by listings, search, feeds and the sitemap. Drafts never have a row here.
 */
@Entity
@AffectsPublicPages
@Table(name = "published_item")
public class PublishedItem {

    @Id
    @Column(name = "publication_id")
    private Long publicationId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PublicationKind kind;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "first_published_at", nullable = false)
    private Instant firstPublishedAt;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "lead", nullable = false)
    private String lead;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "tags")
    private String tags;

    @Column(name = "image_id")
    private Long imageId;

    @Column(name = "image_alt")
    private String imageAlt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    protected PublishedItem() {
        // JPA
    }

    PublishedItem(Long publicationId) {
        this.publicationId = publicationId;
    }

    /** Copies what the public sees of {@code p} (its published revision). */
    void refresh(Publication p, ZoneId zone) {
        PublicationRevision r = p.getPublishedRevision();
        this.regionCode = p.getRegionCode();
        this.kind = p.getKind();
        this.slug = p.getSlug();
        this.publishedAt = p.getPublishedAt();
        this.firstPublishedAt = p.getFirstPublishedAt();
        this.year = p.getFirstPublishedAt().atZone(zone).getYear();
        this.title = r.getTitle();
        this.lead = r.getLead();
        this.bodyText = HtmlSanitizer.toText(r.getBodyHtml());
        this.tags = r.getTags();
        this.imageId = r.getImage() == null ? null : r.getImage().getId();
        this.imageAlt = r.isImageDecorative() ? "" : r.getImageAlt();
        this.demo = p.isDemo();
    }

    public Long getPublicationId() {
        return publicationId;
    }
}
