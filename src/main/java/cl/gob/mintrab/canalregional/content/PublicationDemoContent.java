package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.DemoImages.Motif;
import cl.gob.mintrab.canalregional.content.DemoPublicationTexts.Template;
import cl.gob.mintrab.canalregional.content.PublicationWorkflow.States;
import cl.gob.mintrab.canalregional.demo.DemoContributor;
import cl.gob.mintrab.canalregional.region.RegionDetail;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Two years of publications for every region and the Nivel Central: news, employment activity, agreements,
 * conflict resolutions, social dialogue and documents, with illustrations and PDF attachments; an item updated
 * after publication (two versions), links of the old site, and work in progress for the demo staff accounts: a
 * draft, an item waiting for review, one sent back with comments, and a scheduled one.
 */
@Stateless
public class PublicationDemoContent implements DemoContributor {

    /** Items per kind and unit: enough for listings to page and for the home page to show every region. */
    static final Map<PublicationKind, Integer> PER_KIND = Map.of(PublicationKind.NOTICIA, 6,
            PublicationKind.ACTIVIDAD_EMPLEO, 4, PublicationKind.ACUERDO, 3, PublicationKind.RESOLUCION_CONFLICTO, 3,
            PublicationKind.DIALOGO_SOCIAL, 3, PublicationKind.DOCUMENTO, 3);

        @PersistenceContext
    private EntityManager em;

    @Inject
    RegionService regions;

    @Inject
    AttachmentService attachments;

    @Inject
    PublicIndex publicIndex;

    @Override
    public String name() {
        return "content.publications";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean hasContent() {
        return em.createQuery("SELECT COUNT(p) FROM Publication p", Long.class).getSingleResult() > 0;
    }

    @Override
    public void load() {
        Instant now = Times.now();
        for (RegionSummary unit : regions.findPublishingUnits()) {
            new UnitWriter(unit, now).write();
        }
    }

    /** The demo content of one region (or the Nivel Central). */
    private final class UnitWriter {

        private final RegionSummary unit;
        private final Instant now;
        private final String editor;
        private final Random random;
        private final List<String> comunas = new ArrayList<>();
        private final List<String> provinces = new ArrayList<>();
        private final DemoTextWriter writer;
        private final Map<Motif, AttachmentView> images = new EnumMap<>(Motif.class);
        private final Set<String> slugs = new HashSet<>();

        UnitWriter(RegionSummary unit, Instant now) {
            this.unit = unit;
            this.now = now;
            this.editor = "editor." + unit.slug();
            this.random = new Random(unit.code().hashCode() * 7919L);
            RegionDetail detail = regions.getDetail(unit.slug());
            for (RegionDetail.ProvinceView province : detail.provinces()) {
                provinces.add(province.name());
                province.comunas().forEach(c -> comunas.add(c.name()));
            }
            this.writer = new DemoTextWriter(unit.code(), unit.name(), unit.shortName(), unit.nivelCentral(), comunas,
                    provinces, random);
        }

        void write() {
            for (PublicationKind kind : PublicationKind.values()) {
                List<Template> templates = DemoPublicationTexts.TEMPLATES.get(kind);
                int count = PER_KIND.get(kind);
                int offset = random.nextInt(templates.size());
                for (int i = 0; i < count; i++) {
                    // the newest item of each kind is a few days old; the others spread over two years
                    long ageDays = i == 0 ? 1 + random.nextInt(9) : (long) i * 700 / count + random.nextInt(30);
                    Instant first = now.minus(Duration.ofDays(ageDays)).minus(Duration.ofMinutes(random.nextInt(600)));
                    Template template = templates.get((i + offset) % templates.size());
                    Publication p = published(kind, template, first, i);
                    if (kind == PublicationKind.DOCUMENTO && i == count - 1) {
                        p.setLegacySlug("documento-" + unit.code().toLowerCase(Locale.ROOT) + "-" + ZonedDateTime.ofInstant(first, Formats.ZONE).getYear());
                    }
                }
            }
            workInProgress();
        }

        private Publication published(PublicationKind kind, Template template, Instant first, int index) {
            PublicationContent content = content(kind, template, first, index);
            Publication p = newPublication(kind, content.title(), first);
            PublicationRevision r1 = revision(p, 1, content, first);
            Instant last = first;
            PublicationRevision shown = r1;
            if (kind == PublicationKind.NOTICIA && index == 1) {
                // corrected after publication: a second version with a change note
                last = first.plus(Duration.ofHours(3));
                PublicationContent corrected = new PublicationContent(content.title(), content.lead(),
                        content.bodyHtml() + "<p>La Seremía agradece a las personas e instituciones que participaron.</p>",
                        content.tags(), content.imageId(), content.imageAlt(), content.imageDecorative(),
                        content.attachmentIds(), "Se agregó un agradecimiento a quienes participaron.");
                shown = revision(p, 2, corrected, last);
            }
            p.apply(new States(PublicState.PUBLICADO, DraftState.NONE));
            p.setPublishedRevision(shown);
            p.setPublicationDates(first, last);
            p.setUpdatedAt(last);
            publicIndex.index(p);
            return p;
        }

        /** A draft, an item in review, one sent back (in the first regions), and one scheduled. */
        private void workInProgress() {
            Instant recent = now.minus(Duration.ofHours(2 + random.nextInt(20)));
            List<Template> news = DemoPublicationTexts.TEMPLATES.get(PublicationKind.NOTICIA);

            Publication draft = newPublication(PublicationKind.NOTICIA, null, recent);
            PublicationContent draftContent = content(PublicationKind.NOTICIA, news.get(random.nextInt(news.size())), now, 9);
            draft.setSlug(slug(draftContent.title()));
            draft.apply(new States(PublicState.NONE, DraftState.BORRADOR));
            draft.setDraftRevision(revision(draft, 1, draftContent, recent));

            Publication inReview = newPublication(PublicationKind.DIALOGO_SOCIAL, null, recent);
            List<Template> dialogue = DemoPublicationTexts.TEMPLATES.get(PublicationKind.DIALOGO_SOCIAL);
            PublicationContent reviewContent = content(PublicationKind.DIALOGO_SOCIAL, dialogue.get(random.nextInt(dialogue.size())), now, 8);
            inReview.setSlug(slug(reviewContent.title()));
            inReview.apply(new States(PublicState.NONE, DraftState.EN_REVISION));
            inReview.setDraftRevision(revision(inReview, 1, reviewContent, recent));
            inReview.setSubmitted(editor, recent.plus(Duration.ofMinutes(30)));

            if (Set.of("15", "01", "02", "16").contains(unit.code())) {
                Publication sentBack = newPublication(PublicationKind.ACUERDO, null, recent);
                List<Template> agreements = DemoPublicationTexts.TEMPLATES.get(PublicationKind.ACUERDO);
                PublicationContent c = content(PublicationKind.ACUERDO, agreements.get(random.nextInt(agreements.size())), now, 7);
                sentBack.setSlug(slug(c.title()));
                sentBack.apply(new States(PublicState.NONE, DraftState.BORRADOR));
                sentBack.setDraftRevision(revision(sentBack, 1, c, recent));
                sentBack.setSubmitted(editor, recent.plus(Duration.ofMinutes(20)));
                sentBack.setReviewComment("Agregar la lista de instituciones que firmaron y revisar la fecha de la próxima sesión.");
            }

            Publication scheduled = newPublication(PublicationKind.NOTICIA, null, recent);
            PublicationContent c = content(PublicationKind.NOTICIA, news.get(random.nextInt(news.size())), now.plus(Duration.ofDays(3)), 10);
            scheduled.setSlug(slug(c.title()));
            scheduled.setPublishAt(now.plus(Duration.ofDays(2 + random.nextInt(5))).plus(Duration.ofHours(random.nextInt(8))));
            PublicationRevision approved = revision(scheduled, 1, c, recent);
            scheduled.apply(new States(PublicState.PROGRAMADO, DraftState.NONE));
            scheduled.setPublishedRevision(approved);
        }

        private Publication newPublication(PublicationKind kind, String title, Instant createdAt) {
            Publication p = new Publication(unit.code(), kind, title == null ? "borrador-" + slugs.size() : slug(title), editor, createdAt);
            p.setDemo(true);
            em.persist(p);
            em.flush();
            return p;
        }

        private PublicationRevision revision(Publication p, int number, PublicationContent content, Instant at) {
            Attachment image = content.imageId() == null ? null : em.find(Attachment.class, content.imageId());
            PublicationRevision r = new PublicationRevision(p, number, content, image, null, editor, at);
            em.persist(r);
            em.flush();
            return r;
        }

        private String slug(String title) {
            String slug = Slugs.unique(Slugs.of(title), slugs);
            slugs.add(slug);
            return slug;
        }

        private PublicationContent content(PublicationKind kind, Template template, Instant date, int index) {
            ZonedDateTime local = ZonedDateTime.ofInstant(date, Formats.ZONE);
            DemoTextWriter.Text text = writer.write(template, date, index);
            String title = text.title();
            String lead = text.lead();
            String body = text.bodyHtml();
            Long imageId = null;
            String alt = null;
            if (template.motif() != null && index % 3 != 2) {
                AttachmentView image = images.computeIfAbsent(template.motif(), this::image);
                imageId = image.id();
                alt = template.motif().alt;
            }
            List<Long> files = new ArrayList<>();
            if (kind == PublicationKind.DOCUMENTO || (kind == PublicationKind.ACTIVIDAD_EMPLEO && index == 0)
                    || (kind == PublicationKind.ACUERDO && index == 0)) {
                files.add(pdf(kind, title, lead, local).id());
            }
            return new PublicationContent(title, lead, body, template.tags(), imageId, alt, false, files, null);
        }

        private AttachmentView image(Motif motif) {
            byte[] png = DemoImages.png(motif, unit.code().hashCode() * 31L + motif.ordinal());
            return attachments.storeAs(unit.code(), motif.name().toLowerCase(Locale.ROOT) + "-" + unit.slug() + ".png",
                    new ByteArrayInputStream(png), editor);
        }

        private AttachmentView pdf(PublicationKind kind, String title, String lead, ZonedDateTime date) {
            List<String> headers = List.of("Comuna", "Programa", "Personas");
            List<List<String>> rows = new ArrayList<>();
            String[] programmes = {"Programa de Inversión en la Comunidad", "Bonificación a la contratación", "Capacitación en oficios", "Apoyo al empleo Chile Solidario"};
            for (int i = 0; i < 6; i++) {
                rows.add(List.of(writer.pick(writer.comunas()), programmes[random.nextInt(programmes.length)], String.valueOf(15 + random.nextInt(300))));
            }
            byte[] pdf = DemoDocuments.pdf(title, "Secretaría Regional Ministerial del Trabajo y Previsión Social · " + unit.name(),
                    List.of(lead, "Documento de demostración generado por Canal Regional con datos ficticios, con fines de prueba del portal.",
                            "Fecha: " + DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-CL")).format(date) + "."),
                    headers, rows);
            String name = Slugs.of(title);
            return attachments.storeAs(unit.code(), (name.length() > 60 ? name.substring(0, 60) : name) + ".pdf",
                    new ByteArrayInputStream(pdf), editor);
        }

    }

}
