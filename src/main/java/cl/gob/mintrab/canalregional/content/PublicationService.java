package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.PublicationWorkflow.States;
import cl.gob.mintrab.canalregional.region.Region;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.security.AuditNote;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writing and reviewing publications. Every method checks the caller's permission for the publication's region
 * ({@link AccessPolicy}) and the workflow rules ({@link PublicationWorkflow}); every save keeps a new revision;
 * every state change is audited as a transition with its comment or reason. Optimistic locking: callers pass the
 * version they read, and a save on top of someone else's is refused ({@link ConcurrentChangeException}).
 */
@Stateless
public class PublicationService {

    static final int MAX_TAGS = 10;
    static final int MAX_BODY = 200_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditNote auditNote;

    @Inject
    PublicIndex publicIndex;

    // ---- writing ------------------------------------------------------------------------------------------

    public long create(String regionCode, PublicationKind kind, PublicationContent content, String slug,
                       Instant publishAt, Instant unpublishAt) {
        Actor actor = access.require(Action.CREATE_CONTENT, regionCode);
        if (em.find(Region.class, regionCode) == null) {
            throw new NotFoundException("Region", regionCode);
        }
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "publication.kind_required"));
        }
        PublicationContent clean = validate(regionCode, content, errors);
        validateSchedule(publishAt, unpublishAt, errors);
        String wanted = slug == null || slug.isBlank() ? Slugs.of(content.title()) : slug.trim();
        checkSlug(wanted, errors);
        throwIfAny(errors);
        Instant now = Times.now();
        Publication p = new Publication(regionCode, kind, uniqueSlug(regionCode, wanted, null), actor.username(), now);
        p.apply(PublicationWorkflow.created());
        p.setPublishAt(publishAt);
        p.setUnpublishAt(unpublishAt);
        em.persist(p);
        em.flush();
        p.setDraftRevision(newRevision(p, clean, null, actor, now));
        return p.getId();
    }

    public void save(long id, PublicationKind kind, PublicationContent content, String slug, Instant publishAt,
                     Instant unpublishAt, int expectedVersion) {
        Publication p = load(id);
        Actor actor = access.requireOrHide(Action.EDIT_CONTENT, p.getRegionCode(), "Publication", id);
        checkVersion(p, expectedVersion);
        States before = p.states();
        States after = PublicationWorkflow.edit(before);
        List<FieldError> errors = new ArrayList<>();
        PublicationContent clean = validate(p.getRegionCode(), content, errors);
        validateSchedule(publishAt, unpublishAt, errors);
        boolean neverPublished = p.getFirstPublishedAt() == null;
        String newSlug = p.getSlug();
        if (neverPublished && slug != null && !slug.isBlank() && !slug.trim().equals(p.getSlug())) {
            checkSlug(slug.trim(), errors);
            newSlug = slug.trim();
        }
        throwIfAny(errors);
        Instant now = Times.now();
        if (neverPublished) {
            p.setSlug(uniqueSlug(p.getRegionCode(), newSlug, p.getId()));
            if (kind != null) {
                p.setKind(kind);
            }
        }
        p.setDraftRevision(newRevision(p, clean, null, actor, now));
        p.setPublishAt(publishAt);
        p.setUnpublishAt(unpublishAt);
        transition(p, before, after, before.draftState() == DraftState.EN_REVISION ? Texts.get("audit.content.edited_in_review") : null);
        p.setUpdatedAt(now);
    }

    public void submit(long id, int expectedVersion) {
        Publication p = load(id);
        Actor actor = access.requireOrHide(Action.SUBMIT_CONTENT, p.getRegionCode(), "Publication", id);
        checkVersion(p, expectedVersion);
        States before = p.states();
        States after = PublicationWorkflow.submit(before);
        p.setSubmitted(actor.username(), Times.now());
        p.setReviewComment(null);
        transition(p, before, after, null);
        p.setUpdatedAt(Times.now());
    }

    public void approve(long id, int expectedVersion) {
        Publication p = load(id);
        Actor actor = access.requireOrHide(Action.APPROVE_CONTENT, p.getRegionCode(), "Publication", id);
        checkVersion(p, expectedVersion);
        Instant now = Times.now();
        States before = p.states();
        States after = PublicationWorkflow.approve(before, actor.username(), p.getSubmittedBy(), p.getPublishAt(), now);
        release(p, before, after, Texts.get("audit.content.approved_by", actor.username()), now);
    }

    public void sendBack(long id, String comment, int expectedVersion) {
        Publication p = load(id);
        access.requireOrHide(Action.APPROVE_CONTENT, p.getRegionCode(), "Publication", id);
        checkVersion(p, expectedVersion);
        States before = p.states();
        States after = PublicationWorkflow.sendBack(before, comment);
        String clean = comment.trim();
        if (clean.length() > 1000) {
            throw ValidationException.of("comment", "field.too_long", 1000);
        }
        p.setReviewComment(clean);
        transition(p, before, after, Texts.get("audit.content.sent_back", clean));
        p.setUpdatedAt(Times.now());
    }

    public void forcePublish(long id, String reason, int expectedVersion) {
        Publication p = load(id);
        access.requireOrHide(Action.FORCE_PUBLISH, p.getRegionCode(), "Publication", id);
        checkVersion(p, expectedVersion);
        Instant now = Times.now();
        States before = p.states();
        States after = PublicationWorkflow.forcePublish(before, reason, p.getPublishAt(), now);
        if (reason.trim().length() > 500) {
            throw ValidationException.of("reason", "field.too_long", 500);
        }
        release(p, before, after, Texts.get("audit.content.forced", reason.trim()), now);
    }

    public void archive(long id, int expectedVersion) {
        Publication p = load(id);
        if (!access.allows(Action.FORCE_PUBLISH, p.getRegionCode())) {
            access.requireOrHide(Action.EDIT_CONTENT, p.getRegionCode(), "Publication", id);
        }
        checkVersion(p, expectedVersion);
        States before = p.states();
        States after = PublicationWorkflow.archive(before);
        unindex(p);
        transition(p, before, after, Texts.get("audit.content.archived"));
        p.setUpdatedAt(Times.now());
    }

    public void cancelSchedule(long id, int expectedVersion) {
        Publication p = load(id);
        access.requireOrHide(Action.EDIT_CONTENT, p.getRegionCode(), "Publication", id);
        checkVersion(p, expectedVersion);
        States before = p.states();
        States after = PublicationWorkflow.cancelSchedule(before);
        p.setDraftRevision(p.getPublishedRevision());
        p.setPublishedRevision(null);
        transition(p, before, after, Texts.get("audit.content.schedule_cancelled"));
        p.setUpdatedAt(Times.now());
    }

    /**
     * Drops the pending draft. An item that was never published is hidden (kept with its revisions, so nothing an
     * editor wrote is lost); a published one keeps its published version.
     */
    public void discardDraft(long id, int expectedVersion) {
        Publication p = load(id);
        boolean neverPublished = p.getFirstPublishedAt() == null;
        access.requireOrHide(neverPublished ? Action.DELETE_CONTENT : Action.EDIT_CONTENT, p.getRegionCode(),
                "Publication", id);
        checkVersion(p, expectedVersion);
        States before = p.states();
        States after = PublicationWorkflow.discardDraft(before);
        if (neverPublished) {
            p.setDeleted(true);
        } else {
            p.setDraftRevision(null);
        }
        transition(p, before, after, Texts.get(neverPublished ? "audit.content.draft_deleted" : "audit.content.draft_discarded"));
        p.setUpdatedAt(Times.now());
    }

    /** Makes an old revision the new draft (a new revision: the history is never rewritten). */
    public void restoreRevision(long id, int number, int expectedVersion) {
        Publication p = load(id);
        Actor actor = access.requireOrHide(Action.EDIT_CONTENT, p.getRegionCode(), "Publication", id);
        checkVersion(p, expectedVersion);
        PublicationRevision old = revision(p, number);
        States before = p.states();
        States after = PublicationWorkflow.edit(before);
        PublicationContent content = old.toContent();
        Instant now = Times.now();
        p.setDraftRevision(newRevision(p, new PublicationContent(content.title(), content.lead(), content.bodyHtml(),
                content.tags(), content.imageId(), content.imageAlt(), content.imageDecorative(), content.attachmentIds(),
                Texts.get("publication.restored_note", number)), number, actor, now));
        transition(p, before, after, Texts.get("audit.content.restored", number));
        p.setUpdatedAt(now);
    }

    // ---- reading (staff) --------------------------------------------------------------------------------------

    public PublicationView getForEditing(long id) {
        Publication p = load(id);
        access.requireOrHide(Action.READ_DRAFT, p.getRegionCode(), "Publication", id);
        PublicationRevision shown = p.getDraftRevision() != null ? p.getDraftRevision() : p.getPublishedRevision();
        PublicationContent content = shown.toContent();
        return new PublicationView(p.getId(), p.getRegionCode(), p.getKind(), p.getSlug(), p.getPublicState(),
                p.getDraftState(), content, shown.getImage() == null ? null : shown.getImage().toView(),
                attachments(content.attachmentIds()), shown.getNumber(),
                p.getPublishedRevision() == null ? null : p.getPublishedRevision().getNumber(), p.getSubmittedBy(),
                p.getSubmittedAt(), p.getReviewComment(), p.getPublishAt(), p.getUnpublishAt(), p.getFirstPublishedAt(),
                p.getPublishedAt(), p.getCreatedBy(), p.isDemo(), p.getVersion());
    }

    /** The pending draft (or the current version) laid out as the public page would show it, for staff. */
    public PublicationPage preview(long id) {
        Publication p = load(id);
        access.requireOrHide(Action.READ_DRAFT, p.getRegionCode(), "Publication", id);
        PublicationRevision r = p.getDraftRevision() != null ? p.getDraftRevision() : p.getPublishedRevision();
        Region region = em.find(Region.class, p.getRegionCode());
        Instant first = p.getFirstPublishedAt() == null ? Times.now() : p.getFirstPublishedAt();
        ItemSummary item = new ItemSummary(p.getId(), region.getCode(), region.getSlug(), region.getName(), p.getKind(),
                p.getSlug(), r.getTitle(), r.getLead(), p.getFirstPublishedAt() == null ? first : Times.now(), first,
                r.getImage() == null ? null : r.getImage().getId(), r.getImageAlt(), p.isDemo());
        return new PublicationPage(item, r.getBodyHtml(), r.tagList(), r.getImage() == null ? null : r.getImage().toView(),
                r.getImageAlt(), r.isImageDecorative(), attachments(r.getAttachmentIds()), r.getChangeNote(), List.of());
    }

    public List<RevisionSummary> revisions(long id) {
        Publication p = load(id);
        access.requireOrHide(Action.READ_DRAFT, p.getRegionCode(), "Publication", id);
        Long published = p.getPublishedRevision() == null ? null : p.getPublishedRevision().getId();
        Long draft = p.getDraftRevision() == null ? null : p.getDraftRevision().getId();
        return em.createQuery("SELECT r FROM PublicationRevision r WHERE r.publication = :p ORDER BY r.number DESC",
                        PublicationRevision.class).setParameter("p", p).getResultList().stream()
                .map(r -> new RevisionSummary(r.getNumber(), r.getTitle(), r.getChangeNote(), r.getRestoredFrom(),
                        r.getCreatedBy(), r.getCreatedAt(), r.getId().equals(published), r.getId().equals(draft)))
                .toList();
    }

    /** Two revisions side by side, with what changed marked. */
    public RevisionDiff.Comparison compare(long id, int oldNumber, int newNumber) {
        Publication p = load(id);
        access.requireOrHide(Action.READ_DRAFT, p.getRegionCode(), "Publication", id);
        PublicationRevision older = revision(p, oldNumber);
        PublicationRevision newer = revision(p, newNumber);
        return RevisionDiff.compare(side(older), side(newer));
    }

    private RevisionDiff.Side side(PublicationRevision r) {
        String image = r.getImage() == null ? "" : r.getImage().getFileName()
                + (r.isImageDecorative() ? " (decorativa)" : " — " + Objects.requireNonNullElse(r.getImageAlt(), ""));
        return new RevisionDiff.Side(r.getNumber(), r.getCreatedBy(), r.getCreatedAt(), r.getTitle(), r.getLead(),
                HtmlSanitizer.toText(r.getBodyHtml()), Objects.requireNonNullElse(r.getTags(), ""), image,
                attachments(r.getAttachmentIds()).stream().map(a -> a.fileName() + " (" + a.format() + ")").toList(),
                Objects.requireNonNullElse(r.getChangeNote(), ""));
    }

    /** The staff list: only the regions whose drafts the caller may read. */
    public List<PublicationSummary> find(PublicationQuery query, int first, int max) {
        return listQuery(query, "SELECT p", Publication.class, " ORDER BY p.updatedAt DESC")
                .map(q -> q.setFirstResult(first).setMaxResults(max).getResultList().stream().map(this::summary).toList())
                .orElse(List.of());
    }

    public long count(PublicationQuery query) {
        return listQuery(query, "SELECT COUNT(p)", Long.class, "")
                .map(TypedQuery::getSingleResult).orElse(0L);
    }

    /** What waits for the caller: their drafts, items to review in their regions, items sent back, schedules. */
    public EditorDashboard dashboard() {
        Actor actor = access.currentActor();
        Set<String> regions = readableRegions();
        if (regions.isEmpty()) {
            return new EditorDashboard(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Instant now = Times.now();
        Instant grace = now.minusSeconds(120);
        List<Publication> open = em.createQuery("SELECT p FROM Publication p WHERE p.deleted = FALSE AND "
                        + "p.regionCode IN :regions AND (p.draftState <> :none OR p.publicState = :scheduled OR "
                        + "(p.publicState = :published AND p.unpublishAt IS NOT NULL)) ORDER BY p.updatedAt DESC", Publication.class)
                .setParameter("regions", regions).setParameter("none", DraftState.NONE)
                .setParameter("scheduled", PublicState.PROGRAMADO).setParameter("published", PublicState.PUBLICADO)
                .setMaxResults(500).getResultList();
        List<PublicationSummary> mine = new ArrayList<>();
        List<PublicationSummary> toReview = new ArrayList<>();
        List<PublicationSummary> sentBack = new ArrayList<>();
        List<PublicationSummary> scheduled = new ArrayList<>();
        List<PublicationSummary> missed = new ArrayList<>();
        for (Publication p : open) {
            PublicationSummary s = summary(p);
            boolean missedPublish = p.getPublicState() == PublicState.PROGRAMADO && p.getPublishAt() != null
                    && p.getPublishAt().isBefore(grace);
            boolean missedUnpublish = p.getPublicState() == PublicState.PUBLICADO && p.getUnpublishAt() != null
                    && p.getUnpublishAt().isBefore(grace);
            if (missedPublish || missedUnpublish) {
                missed.add(s);
            } else if (p.getPublicState() == PublicState.PROGRAMADO || (p.getPublicState() == PublicState.PUBLICADO
                    && p.getUnpublishAt() != null && p.getDraftState() == DraftState.NONE)) {
                scheduled.add(s);
            }
            if (p.getDraftState() == DraftState.EN_REVISION && !actor.username().equals(p.getSubmittedBy())
                    && access.allows(Action.APPROVE_CONTENT, p.getRegionCode())) {
                toReview.add(s);
            } else if (p.getDraftState() == DraftState.BORRADOR && p.getReviewComment() != null
                    && actor.username().equals(p.getSubmittedBy())) {
                sentBack.add(s);
            } else if (p.getDraftState() != DraftState.NONE && actor.username().equals(p.getCreatedBy())) {
                mine.add(s);
            }
        }
        return new EditorDashboard(mine, toReview, sentBack, scheduled, missed);
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    /** Approval or forced publication: the draft becomes the public version now, or at its scheduled time. */
    private void release(Publication p, States before, States after, String why, Instant now) {
        p.setPublishedRevision(p.getDraftRevision());
        p.setDraftRevision(null);
        p.setReviewComment(null);
        if (after.publicState() == PublicState.PUBLICADO) {
            p.markPublished(now);
            transition(p, before, after, why);
            index(p);
        } else {
            transition(p, before, after, Texts.get("audit.content.will_publish", why, new Formats().dateTime(p.getPublishAt())));
        }
        p.setUpdatedAt(now);
    }

    private void transition(Publication p, States before, States after, String why) {
        Transitions.apply(auditNote, p, before, after, why);
    }

    private void index(Publication p) {
        publicIndex.index(p);
    }

    private void unindex(Publication p) {
        publicIndex.unindex(p);
    }

    private PublicationRevision newRevision(Publication p, PublicationContent content, Integer restoredFrom, Actor actor,
                                            Instant now) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM PublicationRevision r WHERE r.publication = :p",
                Integer.class).setParameter("p", p).getSingleResult();
        Attachment image = content.imageId() == null ? null : em.find(Attachment.class, content.imageId());
        PublicationRevision r = new PublicationRevision(p, last == null ? 1 : last + 1, content, image, restoredFrom,
                actor.username(), now);
        em.persist(r);
        em.flush();
        return r;
    }

    /** Trims, sanitises the body, normalises tags, and checks everything, collecting every error. */
    private PublicationContent validate(String regionCode, PublicationContent c, List<FieldError> errors) {
        String title = trim(c.title());
        String lead = trim(c.lead());
        String body = HtmlSanitizer.sanitize(c.bodyHtml());
        if (title == null) {
            errors.add(new FieldError("title", "publication.title_required"));
        } else if (title.length() > 200) {
            errors.add(new FieldError("title", "field.too_long", 200));
        }
        if (lead == null) {
            errors.add(new FieldError("lead", "publication.lead_required"));
        } else if (lead.length() > 600) {
            errors.add(new FieldError("lead", "field.too_long", 600));
        }
        if (HtmlSanitizer.isEmptyText(body)) {
            errors.add(new FieldError("body", "publication.body_required"));
        } else if (body.length() > MAX_BODY) {
            errors.add(new FieldError("body", "publication.body_too_long"));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : c.tags()) {
            String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > 60 || !t.matches("[\\p{L}\\p{N} .-]+")) {
                errors.add(new FieldError("tags", "publication.tag_invalid", tag));
            }
            tags.add(t);
        }
        if (tags.size() > MAX_TAGS) {
            errors.add(new FieldError("tags", "publication.too_many_tags", MAX_TAGS));
        }
        String alt = trim(c.imageAlt());
        if (c.imageId() != null) {
            Attachment image = em.find(Attachment.class, c.imageId());
            if (image == null || !image.getFormat().isImage() || !image.getRegionCode().equals(regionCode)) {
                errors.add(new FieldError("image", "publication.image_invalid"));
            }
            if (!c.imageDecorative() && alt == null) {
                errors.add(new FieldError("imageAlt", "publication.image_alt_required"));
            } else if (alt != null && alt.length() > 300) {
                errors.add(new FieldError("imageAlt", "field.too_long", 300));
            }
        }
        for (Long attachmentId : c.attachmentIds()) {
            Attachment a = em.find(Attachment.class, attachmentId);
            if (a == null || !a.getRegionCode().equals(regionCode)) {
                errors.add(new FieldError("attachments", "publication.attachment_invalid"));
            }
        }
        String note = trim(c.changeNote());
        if (note != null && note.length() > 500) {
            errors.add(new FieldError("changeNote", "field.too_long", 500));
        }
        return new PublicationContent(title, lead, body, List.copyOf(tags), c.imageId(),
                c.imageId() == null || c.imageDecorative() ? null : alt, c.imageId() != null && c.imageDecorative(),
                List.copyOf(new LinkedHashSet<>(c.attachmentIds())), note);
    }

    private static void validateSchedule(Instant publishAt, Instant unpublishAt, List<FieldError> errors) {
        if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
            errors.add(new FieldError("unpublishAt", "publication.unpublish_before_publish"));
        }
    }

    private static void checkSlug(String slug, List<FieldError> errors) {
        if (!Slugs.isValid(slug)) {
            errors.add(new FieldError("slug", "publication.slug_invalid"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private String uniqueSlug(String regionCode, String slug, Long exceptId) {
        Set<String> taken = new HashSet<>(em.createQuery("SELECT p.slug FROM Publication p WHERE p.regionCode = :region "
                        + "AND p.slug LIKE :prefix AND p.id <> :except", String.class)
                .setParameter("region", regionCode).setParameter("prefix", slug + "%")
                .setParameter("except", exceptId == null ? -1L : exceptId).getResultList());
        return Slugs.unique(slug, taken);
    }

    private static void checkVersion(Publication p, int expectedVersion) {
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Publication", p.getId());
        }
    }

    private Publication load(long id) {
        Publication p = em.find(Publication.class, id);
        if (p == null || p.isDeleted()) {
            throw new NotFoundException("Publication", id);
        }
        return p;
    }

    private PublicationRevision revision(Publication p, int number) {
        return em.createQuery("SELECT r FROM PublicationRevision r WHERE r.publication = :p AND r.number = :n",
                        PublicationRevision.class).setParameter("p", p).setParameter("n", number)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Revision", number));
    }

    private List<AttachmentView> attachments(List<Long> ids) {
        List<AttachmentView> views = new ArrayList<>();
        for (Long attachmentId : ids) {
            Attachment a = em.find(Attachment.class, attachmentId);
            if (a != null) {
                views.add(a.toView());
            }
        }
        return views;
    }

    private PublicationSummary summary(Publication p) {
        PublicationRevision shown = p.getDraftRevision() != null ? p.getDraftRevision() : p.getPublishedRevision();
        Region region = em.find(Region.class, p.getRegionCode());
        return new PublicationSummary(p.getId(), p.getRegionCode(), region == null ? p.getRegionCode() : region.getShortName(), p.getKind(), shown == null ? "" : shown.getTitle(),
                p.getPublicState(), p.getDraftState(), p.getSubmittedBy(), p.getReviewComment(), p.getPublishAt(),
                p.getUnpublishAt(), p.getUpdatedAt(), p.getCreatedBy());
    }

    private Set<String> readableRegions() {
        Set<String> regions = new HashSet<>();
        for (String code : em.createQuery("SELECT r.code FROM Region r", String.class).getResultList()) {
            if (access.allows(Action.READ_DRAFT, code)) {
                regions.add(code);
            }
        }
        return regions;
    }

    private <T> java.util.Optional<TypedQuery<T>> listQuery(PublicationQuery q, String select, Class<T> type, String order) {
        Set<String> regions = readableRegions();
        if (q.regionCode() != null) {
            regions.retainAll(Set.of(q.regionCode()));
        }
        if (regions.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> where = new ArrayList<>(List.of("p.deleted = FALSE", "p.regionCode IN :regions"));
        Map<String, Object> params = new HashMap<>(Map.of("regions", regions));
        if (q.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", q.kind());
        }
        if (q.state() != null) {
            switch (q.state()) {
                case "BORRADOR", "EN_REVISION" -> {
                    where.add("p.draftState = :draft");
                    params.put("draft", DraftState.valueOf(q.state()));
                }
                default -> {
                    where.add("p.publicState = :public");
                    params.put("public", PublicState.valueOf(q.state()));
                }
            }
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.add("(LOWER(d.title) LIKE :text OR LOWER(pr.title) LIKE :text)");
            params.put("text", "%" + q.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        TypedQuery<T> query = em.createQuery(select + " FROM Publication p LEFT JOIN p.draftRevision d "
                + "LEFT JOIN p.publishedRevision pr WHERE " + String.join(" AND ", where) + order, type);
        params.forEach(query::setParameter);
        return java.util.Optional.of(query);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
