package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestLogin;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: public search answered by this instance's Lucene index, which follows changes made here and
 * changes another instance wrote straight into the database (it learns of those from the public content version,
 * re-read at most once a second).
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexIT {

    private static final String NUBLE = "16";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    PublishedContent published;

    @Inject
    LiveSearchIndex searchIndex;

    @Inject
    PublicationService publications;

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    private Long written;

    @BeforeEach
    void indexIsBuilt() throws InterruptedException, SQLException {
        for (int i = 0; i < 600 && !searchIndex.status().ready(); i++) {
            Thread.sleep(100);
        }
        assertTrue(searchIndex.status().ready(), "the index is built in the background within a minute");
        search("empleo"); // brings it up to date with what earlier tests published
        assertEquals(new Sql(dataSource).count("SELECT COUNT(*) FROM published_item"), searchIndex.status().documents(),
                "every published item is indexed, nothing else");
    }

    @AfterEach
    void cleanUp() throws SQLException {
        login.logout();
        if (written != null) {
            anotherInstance("DELETE FROM published_item WHERE publication_id = ?", written);
            anotherInstance("DELETE FROM publication WHERE id = ?", written);
        }
    }

    private static String uniqueWord() {
        return "indice" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private SearchResults search(String text) {
        return published.search(SearchQuery.parse(text), null, null, null, 1, 10);
    }

    /** A change as another instance makes it: the row and the content version, in one transaction. */
    private long anotherInstance(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement change = c.prepareStatement(sql);
                 PreparedStatement bump = c.prepareStatement("UPDATE content_version SET version = version + 1, "
                         + "changed_at = UTC_TIMESTAMP(3) WHERE id = 1")) {
                for (int i = 0; i < parameters.length; i++) {
                    change.setObject(i + 1, parameters[i]);
                }
                change.executeUpdate();
                bump.executeUpdate();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
        return new Sql(dataSource).count("SELECT version FROM content_version WHERE id = 1");
    }

    /** This instance re-reads the content version at most once a second. */
    private static void aSecondLater() throws InterruptedException {
        Thread.sleep(1100);
    }

    @Test
    void whatAnotherInstanceWritesIsFoundAtTheNextSearchAndWhatItRemovesIsGone() throws Exception {
        String word = uniqueWord();
        String other = uniqueWord();
        long id = new Sql(dataSource).count("SELECT COALESCE(MAX(id), 0) + 1000 FROM publication");
        new Sql(dataSource).execute("INSERT INTO publication (id, region_code, kind, slug, public_state, draft_state, "
                + "first_published_at, published_at, created_by, created_at, updated_at, version) VALUES (?, ?, 'NOTICIA', ?, "
                + "'PUBLICADO', 'NONE', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 'otra-instancia', UTC_TIMESTAMP(3), "
                + "UTC_TIMESTAMP(3), 1)", id, NUBLE, word);
        written = id;
        assertEquals(0, search(word).total());

        long version = anotherInstance("INSERT INTO published_item (publication_id, region_code, kind, slug, published_at, "
                + "first_published_at, year, title, lead, body_text, tags) VALUES (?, ?, 'NOTICIA', ?, UTC_TIMESTAMP(3), "
                + "UTC_TIMESTAMP(3), YEAR(UTC_TIMESTAMP()), ?, 'Bajada escrita por otra instancia', "
                + "'Campaña de difusión en la región.', 'empleo')", id, NUBLE, word, "Publicación " + word);
        aSecondLater();
        SearchResults found = search(word);
        assertEquals(1, found.total());
        assertEquals(id, found.hits().get(0).item().id());
        assertEquals("Publicación <mark>" + word + "</mark>", found.hits().get(0).titleHtml(), "highlighted as before");
        assertTrue(searchIndex.status().version() >= version, "the index answered, reconciled to the new version");
        assertEquals(1, search(word + " campaña region").total(), "body words, accents ignored");
        assertEquals(0, search(word + " campana").total(), "ñ is not n");

        anotherInstance("UPDATE published_item SET title = ? WHERE publication_id = ?", "Publicación corregida " + other, id);
        aSecondLater();
        assertEquals(0, search(word).total(), "the old title is no longer found");
        assertEquals(1, search(other).total(), "a rewritten row is indexed again");

        version = anotherInstance("DELETE FROM published_item WHERE publication_id = ?", id);
        aSecondLater();
        assertEquals(0, search(other).total(), "an unpublished item is gone");
        assertTrue(searchIndex.status().version() >= version);
    }

    @Test
    void whatThisInstancePublishesOrArchivesIsFoundOrGoneAtOnce() {
        String editor = Fixtures.uniqueUsername("editor");
        fixtures.account(editor, Set.of(Role.EDITOR), Set.of(NUBLE), Set.of());
        String central = Fixtures.uniqueUsername("central");
        fixtures.account(central, Set.of(Role.CENTRAL), Set.of(), Set.of());
        String word = uniqueWord();
        login.as(editor);
        long id = publications.create(NUBLE, PublicationKind.NOTICIA, new PublicationContent("Índice " + word,
                "Bajada " + word, "<p>Capacitación en Ñuble.</p>", List.of("empleo"), null, null, false, List.of(), null),
                null, null, null);
        publications.submit(id, publications.getForEditing(id).version());
        login.logout();
        assertEquals(0, search(word).total(), "a draft is not searchable");

        login.as(central);
        publications.approve(id, publications.getForEditing(id).version());
        assertEquals(1, search(word).total(), "no second to wait for a change made here");
        assertEquals(1, search("\"indice " + word + "\"").total(), "a phrase");
        assertEquals(1, published.search(SearchQuery.parse(word), NUBLE, PublicationKind.NOTICIA, null, 1, 10).total());
        assertEquals(0, published.search(SearchQuery.parse(word), "08", null, null, 1, 10).total(), "another region");
        login.logout();

        login.as(editor);
        publications.archive(id, publications.getForEditing(id).version());
        assertEquals(0, search(word).total());
    }
}
