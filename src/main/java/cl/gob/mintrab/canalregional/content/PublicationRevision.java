package cl.gob.mintrab.canalregional.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One saved version of a publication's content, never changed afterwards: every save creates a new revision, so
 * any two can be compared and any one restored (as a new draft). The body is stored sanitised.
 */
@Entity
@Table(name = "publication_revision")
public class PublicationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id", updatable = false)
    private Publication publication;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "title", nullable = false, updatable = false)
    private String title;

    @Column(name = "lead", nullable = false, updatable = false)
    private String lead;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(name = "tags", updatable = false)
    private String tags;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id", updatable = false)
    private Attachment image;

    @Column(name = "image_alt", updatable = false)
    private String imageAlt;

    @Column(name = "image_decorative", nullable = false, updatable = false)
    private boolean imageDecorative;

    @Column(name = "change_note", updatable = false)
    private String changeNote;

    @Column(name = "restored_from", updatable = false)
    private Integer restoredFrom;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "revision_attachment", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Column(name = "attachment_id")
    private List<Long> attachmentIds = new ArrayList<>();

    protected PublicationRevision() {
        // JPA
    }

    PublicationRevision(Publication publication, int number, PublicationContent content, Attachment image,
                        Integer restoredFrom, String createdBy, Instant createdAt) {
        this.publication = publication;
        this.number = number;
        this.title = content.title();
        this.lead = content.lead();
        this.bodyHtml = content.bodyHtml();
        this.tags = content.tags().isEmpty() ? null : String.join(", ", content.tags());
        this.image = image;
        this.imageAlt = content.imageAlt();
        this.imageDecorative = content.imageDecorative();
        this.changeNote = content.changeNote();
        this.restoredFrom = restoredFrom;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.attachmentIds.addAll(content.attachmentIds());
    }

    /** The content of this revision, to edit further or to restore. */
    public PublicationContent toContent() {
        return new PublicationContent(title, lead, bodyHtml, tagList(), image == null ? null : image.getId(), imageAlt,
                imageDecorative, List.copyOf(attachmentIds), changeNote);
    }

    public List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::trim).toList();
    }

    public Long getId() {
        return id;
    }

    public Publication getPublication() {
        return publication;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getTags() {
        return tags;
    }

    public Attachment getImage() {
        return image;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public boolean isImageDecorative() {
        return imageDecorative;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Long> getAttachmentIds() {
        return attachmentIds;
    }
}
