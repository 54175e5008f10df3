package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.security.AccessDeniedException;
import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestLogin;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara, against MariaDB: the publishing workflow as the services enforce it (region scope,
 * four eyes, versions, optimistic locking, validation, scheduling) and what the public can see at each step.
 */
@ExtendWith(ArquillianExtension.class)
class PublicationServiceIT {

    private static final String NUBLE = "16";
    private static final String BIOBIO = "08";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Inject
    PublicationService publications;

    @Inject
    PublishedContent published;

    @Inject
    PublicationScheduleRunner scheduleRunner;

    @Inject
    AttachmentService attachmentService;

    @Inject
    cl.gob.mintrab.canalregional.support.DataDirectory dataDirectory;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String account(Role role, String... regions) {
        String username = Fixtures.uniqueUsername(role.name().toLowerCase());
        fixtures.account(username, Set.of(role), Set.of(regions), Set.of());
        return username;
    }

    /** A word that appears nowhere else, so searches find exactly this test's publication. */
    private static String uniqueWord() {
        return "prueba" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static PublicationContent content(String title, String word) {
        return new PublicationContent(title, "Bajada de la publicación " + word,
                "<p>Texto con <strong>canción</strong> y " + word + ".</p><script>alert('x')</script>",
                List.of("Empleo", " ferias  laborales "), null, null, false, List.of(), null);
    }

    private long created(String editor, String title, String word) {
        login.as(editor);
        long id = publications.create(NUBLE, PublicationKind.NOTICIA, content(title, word), null, null, null);
        login.logout();
        return id;
    }

    /** Created, submitted by the editor and approved by central staff: live. */
    private long live(String editor, String central, String title, String word) {
        long id = created(editor, title, word);
        login.as(editor);
        publications.submit(id, publications.getForEditing(id).version());
        login.logout();
        login.as(central);
        publications.approve(id, publications.getForEditing(id).version());
        login.logout();
        return id;
    }

    private long searchTotal(String text) {
        return published.search(SearchQuery.parse(text), null, null, null, 1, 10).total();
    }

    private Sql sql() {
        return new Sql(dataSource);
    }

    @Test
    void theEditorWritesACentralReviewerApprovesAndOnlyThenThePublicSeesIt() throws SQLException {
        String editor = account(Role.EDITOR, NUBLE);
        String central = account(Role.CENTRAL);
        String word = uniqueWord();
        long id = created(editor, "Feria laboral de prueba " + word, word);

        login.as(editor);
        PublicationView draft = publications.getForEditing(id);
        assertEquals(DraftState.BORRADOR, draft.draftState());
        assertEquals(PublicState.NONE, draft.publicState());
        assertFalse(draft.content().bodyHtml().contains("script"), "the body is sanitised before it is stored");
        assertTrue(draft.content().bodyHtml().contains("<strong>canción</strong>"));
        assertEquals(List.of("empleo", "ferias laborales"), draft.content().tags());
        assertTrue(draft.slug().startsWith("feria-laboral-de-prueba-"));
        assertEquals(0, searchTotal(word), "a draft is not searchable");
        assertTrue(published.page(NUBLE, PublicationKind.NOTICIA, draft.slug()).isEmpty(), "a draft has no public page");

        publications.submit(id, draft.version());
        PublicationView submitted = publications.getForEditing(id);
        assertEquals(DraftState.EN_REVISION, submitted.draftState());
        WorkflowException own = assertThrows(WorkflowException.class, () -> publications.approve(id, submitted.version()));
        assertEquals("workflow.own_submission", own.getMessageKey(), "nobody approves their own submission");
        login.logout();

        login.as(central);
        assertTrue(publications.dashboard().toReview().stream().anyMatch(s -> s.id() == id), "waits in the reviewer's dashboard");
        publications.approve(id, publications.getForEditing(id).version());
        PublicationView live = publications.getForEditing(id);
        assertEquals(PublicState.PUBLICADO, live.publicState());
        assertEquals(DraftState.NONE, live.draftState());
        assertNotNull(live.firstPublishedAt());

        PublicationPage page = published.page(NUBLE, PublicationKind.NOTICIA, live.slug()).orElseThrow();
        assertEquals("Feria laboral de prueba " + word, page.item().title());
        assertEquals(1, searchTotal(word));
        assertEquals(1, searchTotal("cancion " + word), "accents are ignored by search");
        assertTrue(published.forFeed(NUBLE, PublicationKind.NOTICIA, 20).stream().anyMatch(i -> i.id() == id));
        assertEquals(List.of("EN_REVISION", "PUBLICADO"), transitionsTo(id));
    }

    /** The state each audited transition of a publication ended in, oldest first. */
    private List<String> transitionsTo(long id) throws SQLException {
        List<String> states = new ArrayList<>();
        for (String summary : sql().column("SELECT summary FROM audit_entry WHERE action = 'TRANSITION' "
                + "AND entity_type = 'Publication' AND entity_id = ? ORDER BY id", String.valueOf(id))) {
            String after = summary.substring(summary.indexOf('→') + 1).trim();
            states.add(after.split("[ ,;:(]")[0]);
        }
        return states;
    }

    @Test
    void anEditorOfAnotherRegionCanNeitherReadNorTouchTheDraftAndEveryRefusalIsAudited() throws SQLException {
        String editor = account(Role.EDITOR, NUBLE);
        String other = account(Role.EDITOR, BIOBIO);
        String word = uniqueWord();
        long id = created(editor, "Borrador de Ñuble " + word, word);
        login.as(editor);
        int version = publications.getForEditing(id).version();
        login.logout();

        login.as(other);
        List<Executable> refused = List.of(
                () -> publications.getForEditing(id),
                () -> publications.preview(id),
                () -> publications.revisions(id),
                () -> publications.compare(id, 1, 1),
                () -> publications.save(id, PublicationKind.NOTICIA, content("Cambio ajeno", word), null, null, null, version),
                () -> publications.submit(id, version),
                () -> publications.approve(id, version),
                () -> publications.sendBack(id, "No", version),
                () -> publications.forcePublish(id, "Urgente", version),
                () -> publications.archive(id, version),
                () -> publications.discardDraft(id, version),
                () -> publications.restoreRevision(id, 1, version));
        for (Executable call : refused) {
            assertThrows(NotFoundException.class, call, "another region's publication is hidden");
        }
        assertThrows(AccessDeniedException.class,
                () -> publications.create(NUBLE, PublicationKind.NOTICIA, content("Ajena", word), null, null, null));
        assertTrue(publications.find(new PublicationQuery(null, null, null, word), 0, 50).isEmpty(),
                "the staff list shows only the user's regions");
        login.logout();

        assertEquals(refused.size() + 1, sql().count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_DENIED' "
                + "AND actor = ? AND region_code = ?", other, NUBLE));
        login.as(editor);
        PublicationView untouched = publications.getForEditing(id);
        assertEquals(version, untouched.version());
        assertEquals("Borrador de Ñuble " + word, untouched.content().title());
    }

    @Test
    void aSaveOnTopOfSomeoneElsesIsRefusedAndOverwritesNothing() {
        String editor = account(Role.EDITOR, NUBLE);
        String word = uniqueWord();
        long id = created(editor, "Versión original " + word, word);
        login.as(editor);
        int loaded = publications.getForEditing(id).version();
        publications.save(id, PublicationKind.NOTICIA, content("Cambio de otra persona " + word, word), null, null, null, loaded);
        assertThrows(ConcurrentChangeException.class, () -> publications.save(id, PublicationKind.NOTICIA,
                content("Cambio tardío " + word, word), null, null, null, loaded));
        assertEquals("Cambio de otra persona " + word, publications.getForEditing(id).content().title());
    }

    @Test
    void invalidContentIsRefusedFieldByFieldAndNothingIsStored() throws SQLException {
        String editor = account(Role.EDITOR, NUBLE);
        long before = sql().count("SELECT COUNT(*) FROM publication");
        login.as(editor);
        List<String> tags = new ArrayList<>(Collections.nCopies(1, "<b>mal</b>"));
        for (int i = 0; i < 11; i++) {
            tags.add("tema " + i);
        }
        PublicationContent bad = new PublicationContent(" ", "", "<script>alert(1)</script>", tags, null, null, false, List.of(), null);
        ValidationException e = assertThrows(ValidationException.class,
                () -> publications.create(NUBLE, PublicationKind.NOTICIA, bad, "Dirección Inválida!", null,
                        Instant.now().minusSeconds(60)));
        List<String> fields = e.getErrors().stream().map(ValidationException.FieldError::field).distinct().sorted().toList();
        assertEquals(List.of("body", "lead", "slug", "tags", "title"), fields);
        assertEquals(before, sql().count("SELECT COUNT(*) FROM publication"));

        PublicationContent unpublishFirst = content("Fechas al revés", "x");
        ValidationException dates = assertThrows(ValidationException.class, () -> publications.create(NUBLE,
                PublicationKind.NOTICIA, unpublishFirst, null, Instant.now().plusSeconds(7200), Instant.now().plusSeconds(3600)));
        assertEquals("unpublishAt", dates.getErrors().get(0).field());
    }

    @Test
    void anEditKeepsThePublicVersionUntilApprovedAndOldVersionsCanBeComparedAndRestored() {
        String editor = account(Role.EDITOR, NUBLE);
        String central = account(Role.CENTRAL);
        String word = uniqueWord();
        long id = live(editor, central, "Título publicado " + word, word);

        login.as(editor);
        PublicationView v = publications.getForEditing(id);
        PublicationContent edited = new PublicationContent("Título corregido " + word, v.content().lead(), v.content().bodyHtml(),
                v.content().tags(), null, null, false, List.of(), "Se corrigió el título.");
        publications.save(id, PublicationKind.NOTICIA, edited, null, null, null, v.version());
        assertEquals("Título publicado " + word, published.page(NUBLE, PublicationKind.NOTICIA, v.slug()).orElseThrow().item().title(),
                "the public keeps seeing the approved version");
        PublicationView pending = publications.getForEditing(id);
        assertEquals(PublicState.PUBLICADO, pending.publicState());
        assertEquals(DraftState.BORRADOR, pending.draftState());
        publications.submit(id, pending.version());
        login.logout();

        login.as(central);
        publications.approve(id, publications.getForEditing(id).version());
        PublicationPage page = published.page(NUBLE, PublicationKind.NOTICIA, v.slug()).orElseThrow();
        assertEquals("Título corregido " + word, page.item().title());
        assertEquals("Se corrigió el título.", page.changeNote());
        login.logout();

        login.as(editor);
        List<RevisionSummary> revisions = publications.revisions(id);
        assertEquals(List.of(2, 1), revisions.stream().map(RevisionSummary::number).toList());
        RevisionDiff.Comparison comparison = publications.compare(id, 1, 2);
        assertTrue(comparison.fields().stream().filter(f -> f.key().equals("title")).findFirst().orElseThrow().changed());
        assertFalse(comparison.fields().stream().filter(f -> f.key().equals("body")).findFirst().orElseThrow().changed());

        publications.restoreRevision(id, 1, publications.getForEditing(id).version());
        PublicationView restored = publications.getForEditing(id);
        assertEquals("Título publicado " + word, restored.content().title());
        assertEquals(DraftState.BORRADOR, restored.draftState());
        assertEquals(Integer.valueOf(1), publications.revisions(id).get(0).restoredFrom());
        assertEquals("Título corregido " + word, published.page(NUBLE, PublicationKind.NOTICIA, v.slug()).orElseThrow().item().title(),
                "restoring makes a draft; the public version changes only on approval");
    }

    @Test
    void archivingRemovesTheItemFromEverythingPublic() {
        String editor = account(Role.EDITOR, NUBLE);
        String central = account(Role.CENTRAL);
        String word = uniqueWord();
        long id = live(editor, central, "Para archivar " + word, word);
        assertEquals(1, searchTotal(word));
        login.as(editor);
        PublicationView v = publications.getForEditing(id);
        publications.archive(id, v.version());
        assertEquals(PublicState.ARCHIVADO, publications.getForEditing(id).publicState());
        assertEquals(0, searchTotal(word));
        assertTrue(published.page(NUBLE, PublicationKind.NOTICIA, v.slug()).isEmpty());
        assertTrue(published.forFeed(null, null, 500).stream().noneMatch(i -> i.id() == id));
    }

    @Test
    void aDueScheduleIsExecutedExactlyOnceEvenWhenTwoInstancesRunAtTheSameMoment() throws Exception {
        String editor = account(Role.EDITOR, NUBLE);
        String central = account(Role.CENTRAL);
        String word = uniqueWord();
        login.as(editor);
        long id = publications.create(NUBLE, PublicationKind.NOTICIA, content("Programada " + word, word), null,
                Instant.now().plusSeconds(3600), null);
        publications.submit(id, publications.getForEditing(id).version());
        login.logout();
        login.as(central);
        publications.approve(id, publications.getForEditing(id).version());
        assertEquals(PublicState.PROGRAMADO, publications.getForEditing(id).publicState());
        assertEquals(0, searchTotal(word), "not public before its time");
        login.logout();

        // the portal was down when the time came: ten minutes late
        sql().execute("UPDATE publication SET publish_at = UTC_TIMESTAMP(3) - INTERVAL 10 MINUTE WHERE id = ?", id);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return scheduleRunner.runDue("audit.content.trigger_timer");
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        assertEquals(1, searchTotal(word));
        assertEquals(1, sql().count("SELECT COUNT(*) FROM audit_entry WHERE action = 'TRANSITION' AND entity_type = "
                + "'Publication' AND entity_id = ? AND summary LIKE '%PUBLICADO%programada%'", String.valueOf(id)),
                "one transition, not two");
        assertTrue(sql().value("SELECT summary FROM audit_entry WHERE action = 'TRANSITION' AND entity_id = ? "
                + "ORDER BY id DESC LIMIT 1", String.valueOf(id)).contains("atraso"), "a late run says so");

        // and its unpublish time
        sql().execute("UPDATE publication SET unpublish_at = UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE WHERE id = ?", id);
        scheduleRunner.runDue("audit.content.trigger_timer");
        assertEquals(0, searchTotal(word));
        assertEquals("ARCHIVADO", sql().value("SELECT public_state FROM publication WHERE id = ?", id));
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1200, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theFilesOfADraftAreNotPublicUntilItIsPublished() throws Exception {
        String editor = account(Role.EDITOR, NUBLE);
        String central = account(Role.CENTRAL);
        String word = uniqueWord();
        login.as(editor);
        AttachmentView image = attachmentService.store(NUBLE, "foto feria.png", new java.io.ByteArrayInputStream(png()));
        assertEquals(FileFormat.PNG, image.format());
        assertEquals(Integer.valueOf(1200), image.width());
        PublicationContent withImage = new PublicationContent("Con imagen " + word, "Bajada", "<p>Texto " + word + "</p>",
                List.of(), image.id(), "Asistentes a la feria", false, List.of(), null);
        long id = publications.create(NUBLE, PublicationKind.NOTICIA, withImage, null, null, null);
        assertTrue(attachmentService.open(image.id(), null).isPresent(), "staff of the region see the draft's file");
        assertTrue(attachmentService.open(image.id(), 480).isPresent(), "and its resized variant");
        publications.submit(id, publications.getForEditing(id).version());
        login.logout();

        assertTrue(attachmentService.open(image.id(), null).isEmpty(), "the public does not see a draft's file");
        login.as(central);
        publications.approve(id, publications.getForEditing(id).version());
        login.logout();
        AttachmentService.Download download = attachmentService.open(image.id(), null).orElseThrow();
        assertTrue(download.isPublic());
        assertEquals("image/png", download.contentType());
    }

    @Test
    void disguisedOversizedAndEmptyFilesAreRefusedAndNothingIsLeftBehind() throws Exception {
        String editor = account(Role.EDITOR, NUBLE);
        login.as(editor);
        long before = sql().count("SELECT COUNT(*) FROM attachment");
        byte[] executable = "MZ\u0090\u0000 este no es un PDF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ValidationException disguised = assertThrows(ValidationException.class,
                () -> attachmentService.store(NUBLE, "informe.pdf", new java.io.ByteArrayInputStream(executable)));
        assertEquals("attachment.type_not_allowed", disguised.getErrors().get(0).messageKey());

        java.io.InputStream huge = new java.io.InputStream() {
            private long left = attachmentService.maxBytes() + 1;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
        ValidationException tooLarge = assertThrows(ValidationException.class,
                () -> attachmentService.store(NUBLE, "grande.pdf", huge));
        assertEquals("attachment.too_large", tooLarge.getErrors().get(0).messageKey());
        ValidationException empty = assertThrows(ValidationException.class,
                () -> attachmentService.store(NUBLE, "vacio.pdf", new java.io.ByteArrayInputStream(new byte[0])));
        assertEquals("attachment.empty", empty.getErrors().get(0).messageKey());
        assertEquals(before, sql().count("SELECT COUNT(*) FROM attachment"));
        try (java.util.stream.Stream<java.nio.file.Path> leftovers = java.nio.file.Files.list(dataDirectory.uploads())) {
            assertEquals(0, leftovers.count(), "no partial upload is left on disk");
        }
        login.logout();
        String other = account(Role.EDITOR, BIOBIO);
        login.as(other);
        assertThrows(AccessDeniedException.class,
                () -> attachmentService.store(NUBLE, "foto.png", new java.io.ByteArrayInputStream(png())));
    }
}
