package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code /admin/publicaciones/editar[?id=]}: writing a publication and moving it through the workflow. Each
 * action calls one service method with the version the page was loaded at; when someone else saved in between,
 * the page keeps everything typed here and says so.
 */
@Named
@ViewScoped
public class PublicationEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PublicationService publications;

    @Inject
    AttachmentService attachmentService;

    @Inject
    RegionService regions;

    @Inject
    AccessPolicy access;

    private Long id;
    private PublicationView view;
    private List<RegionSummary> units;
    private String regionCode;
    private PublicationKind kind = PublicationKind.NOTICIA;
    private String title;
    private String slug;
    private String lead;
    private String body;
    private List<String> tags = new ArrayList<>();
    private AttachmentView image;
    private String imageAlt;
    private boolean imageDecorative;
    private List<AttachmentView> attachments = new ArrayList<>();
    private LocalDateTime publishAt;
    private LocalDateTime unpublishAt;
    private String changeNote;
    private String comment;
    private String reason;

    /** View action. */
    public void load() {
        units = regions.findPublishingUnits().stream().filter(r -> access.allows(Action.CREATE_CONTENT, r.code())).toList();
        if (id == null) {
            regionCode = units.isEmpty() ? null : units.get(0).code();
            return;
        }
        fill(publications.getForEditing(id));
    }

    private void fill(PublicationView v) {
        view = v;
        regionCode = v.regionCode();
        kind = v.kind();
        slug = v.slug();
        PublicationContent c = v.content();
        title = c.title();
        lead = c.lead();
        body = c.bodyHtml();
        tags = new ArrayList<>(c.tags());
        image = v.image();
        imageAlt = c.imageAlt();
        imageDecorative = c.imageDecorative();
        attachments = new ArrayList<>(v.attachments());
        publishAt = local(v.publishAt());
        unpublishAt = local(v.unpublishAt());
        changeNote = null;
    }

    private PublicationContent content() {
        return new PublicationContent(title, lead, body, tags, image == null ? null : image.id(), imageAlt, imageDecorative,
                attachments.stream().map(AttachmentView::id).toList(), changeNote);
    }

    /** Whether the form differs from the version loaded (so "send to review" saves first only when needed). */
    private boolean changed() {
        if (view == null) {
            return true;
        }
        PublicationContent now = content();
        PublicationContent before = view.content();
        return !Objects.equals(now.title(), before.title()) || !Objects.equals(now.lead(), before.lead())
                || !Objects.equals(now.bodyHtml(), before.bodyHtml())
                || !Objects.equals(now.tags(), before.tags()) || !Objects.equals(now.imageId(), before.imageId())
                || !Objects.equals(now.imageAlt(), before.imageAlt()) || now.imageDecorative() != before.imageDecorative()
                || !Objects.equals(now.attachmentIds(), before.attachmentIds()) || kind != view.kind()
                || !Objects.equals(slug, view.slug()) || !Objects.equals(instant(publishAt), view.publishAt())
                || !Objects.equals(instant(unpublishAt), view.unpublishAt());
    }

    public String save() {
        return attempt(() -> {
            if (id == null) {
                id = publications.create(regionCode, kind, content(), slug, instant(publishAt), instant(unpublishAt));
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                FacesErrors.info("admin_publicaciones_editar.created");
                return "/admin/publicaciones/editar?faces-redirect=true&id=" + id;
            }
            publications.save(id, kind, content(), slug, instant(publishAt), instant(unpublishAt), view.version());
            reload("admin_publicaciones_editar.saved");
            return null;
        });
    }

    public String submit() {
        return attempt(() -> {
            if (changed()) {
                publications.save(id, kind, content(), slug, instant(publishAt), instant(unpublishAt), view.version());
                view = publications.getForEditing(id);
            }
            publications.submit(id, view.version());
            reload("admin_publicaciones_editar.submitted");
            return null;
        });
    }

    public String approve() {
        return attempt(() -> {
            publications.approve(id, view.version());
            reload("admin_publicaciones_editar.approved");
            return null;
        });
    }

    public String sendBack() {
        return attempt(() -> {
            publications.sendBack(id, comment, view.version());
            comment = null;
            reload("admin_publicaciones_editar.sent_back");
            return null;
        });
    }

    public String forcePublish() {
        return attempt(() -> {
            if (changed()) {
                publications.save(id, kind, content(), slug, instant(publishAt), instant(unpublishAt), view.version());
                view = publications.getForEditing(id);
            }
            publications.forcePublish(id, reason, view.version());
            reason = null;
            reload("admin_publicaciones_editar.force_published");
            return null;
        });
    }

    public String archive() {
        return attempt(() -> {
            publications.archive(id, view.version());
            reload("admin_publicaciones_editar.archived");
            return null;
        });
    }

    public String cancelSchedule() {
        return attempt(() -> {
            publications.cancelSchedule(id, view.version());
            reload("admin_publicaciones_editar.schedule_cancelled");
            return null;
        });
    }

    public String discardDraft() {
        return attempt(() -> {
            boolean neverPublished = view.neverPublished();
            publications.discardDraft(id, view.version());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesErrors.info(neverPublished ? "admin_publicaciones_editar.deleted" : "admin_publicaciones_editar.discarded");
            return neverPublished ? "/admin/publicaciones/index?faces-redirect=true" : reloadOutcome();
        });
    }

    private String reloadOutcome() {
        return "/admin/publicaciones/editar?faces-redirect=true&id=" + id;
    }

    /** Runs an action; validation errors go next to their fields, a concurrent change keeps the form as typed. */
    private String attempt(java.util.function.Supplier<String> action) {
        try {
            return action.get();
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global("error.concurrent_change");
        } catch (WorkflowException e) {
            FacesErrors.global(e.getMessageKey());
        }
        return null;
    }

    private void reload(String messageKey) {
        fill(publications.getForEditing(id));
        FacesErrors.info(messageKey);
    }

    public void uploadImage(FileUploadEvent event) {
        upload(event, true);
    }

    public void uploadAttachment(FileUploadEvent event) {
        upload(event, false);
    }

    private void upload(FileUploadEvent event, boolean asImage) {
        try (InputStream in = event.getFile().getInputStream()) {
            AttachmentView stored = attachmentService.store(regionCode, event.getFile().getFileName(), in);
            if (asImage) {
                if (!stored.isImage()) {
                    FacesErrors.show("form", ValidationException.of("image", "publication.image_not_image"));
                    return;
                }
                image = stored;
                imageDecorative = false;
            } else {
                attachments.add(stored);
            }
            FacesErrors.info("admin_publicaciones_editar.uploaded", stored.fileName());
        } catch (ValidationException e) {
            FacesErrors.show("form", ValidationException.of(asImage ? "image" : "attachments",
                    e.getErrors().get(0).messageKey(), e.getErrors().get(0).arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeImage() {
        image = null;
        imageAlt = null;
        imageDecorative = false;
    }

    public void removeAttachment(long attachmentId) {
        attachments.removeIf(a -> a.id() == attachmentId);
    }

    public void moveAttachmentUp(long attachmentId) {
        for (int i = 1; i < attachments.size(); i++) {
            if (attachments.get(i).id() == attachmentId) {
                attachments.add(i - 1, attachments.remove(i));
                return;
            }
        }
    }

    // ---- what the page may offer -----------------------------------------------------------------------------

    private boolean allows(Action action) {
        return access.allows(action, regionCode);
    }

    private String me() {
        return access.currentActor().username();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isCanEdit() {
        return isNew() ? !units.isEmpty()
                : allows(Action.EDIT_CONTENT) && !(view.publicState() == PublicState.PROGRAMADO && !view.hasDraft());
    }

    public boolean isCanSubmit() {
        return !isNew() && allows(Action.SUBMIT_CONTENT) && view.draftState() == DraftState.BORRADOR;
    }

    public boolean isCanReview() {
        return !isNew() && view.inReview() && allows(Action.APPROVE_CONTENT) && !me().equals(view.submittedBy());
    }

    public boolean isOwnSubmission() {
        return !isNew() && view.inReview() && me().equals(view.submittedBy());
    }

    public boolean isCanForcePublish() {
        return !isNew() && view.hasDraft() && allows(Action.FORCE_PUBLISH);
    }

    public boolean isCanArchive() {
        return !isNew() && view.publicState() == PublicState.PUBLICADO
                && (allows(Action.EDIT_CONTENT) || allows(Action.FORCE_PUBLISH));
    }

    public boolean isCanCancelSchedule() {
        return !isNew() && view.publicState() == PublicState.PROGRAMADO && allows(Action.EDIT_CONTENT);
    }

    public boolean isCanDiscard() {
        return !isNew() && view.hasDraft()
                && allows(view.neverPublished() ? Action.DELETE_CONTENT : Action.EDIT_CONTENT);
    }

    public boolean isSlugEditable() {
        return isNew() || view.neverPublished();
    }

    public String getPublicPath() {
        if (view == null || view.publicState() != PublicState.PUBLICADO) {
            return null;
        }
        return regions.findByCode(regionCode).map(r -> r.path() + "/" + kind.getSlug() + "/" + view.slug()).orElse(null);
    }

    public String getMaxUploadMb() {
        return String.valueOf(attachmentService.maxBytes() / (1024 * 1024));
    }

    public long getMaxUploadBytes() {
        return attachmentService.maxBytes();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Formats.ZONE);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Formats.ZONE).toInstant();
    }

    // ---- form fields -----------------------------------------------------------------------------------------

    public PublicationKind[] getKinds() {
        return PublicationKind.values();
    }

    public List<RegionSummary> getUnits() {
        return units;
    }

    public String getRegionName() {
        return regions.findByCode(regionCode).map(RegionSummary::name).orElse("");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicationView getView() {
        return view;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        if (isNew()) {
            this.regionCode = regionCode;
        }
    }

    public PublicationKind getKind() {
        return kind;
    }

    public void setKind(PublicationKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    /** Sanitised on the way in, so that what the editor shows again after an error is what would be stored. */
    public void setBody(String body) {
        this.body = HtmlSanitizer.sanitize(body);
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
    }

    public AttachmentView getImage() {
        return image;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }

    public boolean isImageDecorative() {
        return imageDecorative;
    }

    public void setImageDecorative(boolean imageDecorative) {
        this.imageDecorative = imageDecorative;
    }

    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(LocalDateTime unpublishAt) {
        this.unpublishAt = unpublishAt;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
