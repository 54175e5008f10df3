package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.PublicationWorkflow.States;
import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A publication of a region (or the Nivel Central): its identity, address and workflow state. Its content lives
 * in revisions: the one the public sees ({@link #getPublishedRevision()}) and the pending draft, if any.
 * Optimistic locking on {@link #getVersion()} refuses the second of two concurrent saves.
 */
@Entity
@Audited
@Table(name = "publication")
public class Publication implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PublicationKind kind;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "legacy_slug")
    private String legacySlug;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_state", nullable = false)
    private PublicState publicState = PublicState.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "draft_state", nullable = false)
    private DraftState draftState = DraftState.BORRADOR;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_revision_id")
    private PublicationRevision draftRevision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_revision_id")
    private PublicationRevision publishedRevision;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Publication() {
        // JPA
    }

    public Publication(String regionCode, PublicationKind kind, String slug, String createdBy, Instant now) {
        this.regionCode = regionCode;
        this.kind = kind;
        this.slug = slug;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public States states() {
        return new States(publicState, draftState);
    }

    public void apply(States states) {
        this.publicState = states.publicState();
        this.draftState = states.draftState();
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public void setKind(PublicationKind kind) {
        this.kind = kind;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLegacySlug() {
        return legacySlug;
    }

    public void setLegacySlug(String legacySlug) {
        this.legacySlug = legacySlug;
    }

    public PublicState getPublicState() {
        return publicState;
    }

    public DraftState getDraftState() {
        return draftState;
    }

    public PublicationRevision getDraftRevision() {
        return draftRevision;
    }

    public void setDraftRevision(PublicationRevision draftRevision) {
        this.draftRevision = draftRevision;
    }

    public PublicationRevision getPublishedRevision() {
        return publishedRevision;
    }

    public void setPublishedRevision(PublicationRevision publishedRevision) {
        this.publishedRevision = publishedRevision;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmitted(String by, Instant at) {
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(Instant publishAt) {
        this.publishAt = publishAt;
    }

    public Instant getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(Instant unpublishAt) {
        this.unpublishAt = unpublishAt;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** The public version changed now: "última actualización", and the first publication date the first time. */
    public void markPublished(Instant now) {
        this.publishedAt = now;
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
    }

    /** For imported and demo content whose dates are in the past. */
    public void setPublicationDates(Instant first, Instant last) {
        this.firstPublishedAt = first;
        this.publishedAt = last;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
