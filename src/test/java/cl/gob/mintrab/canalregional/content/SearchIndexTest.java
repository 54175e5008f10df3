package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.SearchFacets.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index in memory: what it finds, how it ranks and counts, and how it follows the published items. */
class SearchIndexTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Filter ANY = new Filter(null, null, null);

    private final SearchIndex index = SearchIndex.inMemory();
    private final Items items = new Items();

    /** The published items as the database would give them. */
    private static final class Items implements SearchIndex.Source {

        final Map<Long, SearchIndex.Item> rows = new TreeMap<>();
        int loaded;

        void put(long id, String region, PublicationKind kind, int year, int daysAgo, String title, String lead, String body,
                 String tags) {
            SearchIndex.Item old = rows.get(id);
            rows.put(id, new SearchIndex.Item(id, region, kind.name(), year, NOW.minus(daysAgo, ChronoUnit.DAYS), title, lead,
                    body, tags, old == null ? 1 : old.stamp() + 1));
        }

        void put(long id, String title, String body) {
            put(id, "16", PublicationKind.NOTICIA, 2025, (int) id, title, "Bajada", body, null);
        }

        @Override
        public void stamps(SearchIndex.StampSink sink) {
            rows.values().forEach(i -> sink.accept(i.id(), i.stamp()));
        }

        @Override
        public List<SearchIndex.Item> items(List<Long> ids) {
            loaded += ids.size();
            return ids.stream().filter(rows::containsKey).map(rows::get).toList();
        }
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private SearchIndex.Matches search(String text, Filter filter) throws Exception {
        return index.search(SearchQuery.parse(text), filter, 1, 15);
    }

    private List<Long> ids(String text) throws Exception {
        return search(text, ANY).ids();
    }

    private SearchIndex.Changes reconcile() throws Exception {
        return index.reconcile(items);
    }

    @Test
    void accentsAreIgnoredButTheEnyeIsALetterOfItsOwn() throws Exception {
        items.put(1, "Campaña de invierno en la Región de Ñuble", "Capacitación para temporeros.");
        items.put(2, "Campana de la iglesia de Nuble", "Una campana sin tilde.");
        reconcile();
        assertEquals(List.of(1L), ids("region capacitacion"));
        assertEquals(List.of(1L), ids("REGIÓN Capacitación"));
        assertEquals(List.of(1L), ids("campaña"));
        assertEquals(List.of(2L), ids("campana"), "campana (bell) is not campaña");
        assertEquals(List.of(1L), ids("ñuble"));
        assertEquals(List.of(2L), ids("nuble"));
    }

    @Test
    void everyWordIsRequiredAndAlsoFoundAsAPrefix() throws Exception {
        items.put(1, "Feria de empleos en Chillán", "Ofertas para jóvenes.");
        items.put(2, "Empleo agrícola", "Temporada de cosecha.");
        items.put(3, "Feria costumbrista", "Artesanía local.");
        reconcile();
        assertEquals(List.of(2L, 1L), ids("empleo"), "empleo finds empleos too");
        assertEquals(List.of(1L), ids("empleo feria"), "both words are required");
        assertEquals(List.of(), ids("empleo artesania"));
        assertEquals(List.of(1L), ids("Feria de empleos en"), "words of fewer than three letters are ignored");
    }

    @Test
    void quotedPhrasesAreRequiredAsPhrases() throws Exception {
        items.put(1, "Sesión de la Mesa Técnica regional", "Acuerdos.");
        items.put(2, "Técnica nueva para la mesa", "Otra cosa.");
        items.put(3, "Mesa de trabajo portuario", "Acuerdos de la mesa de trabajo.");
        items.put(4, "16", PublicationKind.NOTICIA, 2025, 4, "Nueva mesa", "Técnica y práctica", "Texto.", null);
        reconcile();
        assertEquals(List.of(1L), ids("\"mesa tecnica\""));
        assertTrue(ids("mesa tecnica").containsAll(List.of(1L, 2L)), "without quotes, both words anywhere");
        assertEquals(List.of(3L), ids("\"mesa de trabajo\""), "short words count inside a phrase");
        assertEquals(List.of(), ids("\"mesa tecnica\" portuario"));
        assertEquals(3, ids("mesa tecnica").size());
        assertFalse(ids("\"mesa tecnica\"").contains(4L), "a phrase does not run from the title into the lead");
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheBodyAndTheNewestComesFirstAmongEquals() throws Exception {
        items.put(1, "Informe de actividades", "El convenio con la municipalidad se firmó en marzo.");
        items.put(2, "Convenio con la municipalidad", "Se firmó en marzo.");
        items.put(3, "Otro informe anual", "Un convenio con la gobernación se firmó en abril.");
        reconcile();
        List<Long> ranked = ids("convenio");
        assertEquals(2L, ranked.get(0), "the title match first, although it is not the newest");
        assertEquals(List.of(1L, 3L), ranked.subList(1, 3), "body-only matches of equal weight: newest (id 1) first");

        items.put(4, "Informe", "Convenios y más convenios.");
        reconcile();
        assertEquals(4L, ids("convenio").get(3), "a prefix-only match ranks below exact words");
    }

    @Test
    void everyFacetIsCountedWithTheOtherFiltersApplied() throws Exception {
        // region 16: 3 noticias (2024, 2025, 2025), 1 documento (2025); region 08: 2 noticias (2025), 1 documento (2024)
        items.put(1, "16", PublicationKind.NOTICIA, 2024, 400, "Empleo uno", "b", "t", null);
        items.put(2, "16", PublicationKind.NOTICIA, 2025, 10, "Empleo dos", "b", "t", null);
        items.put(3, "16", PublicationKind.NOTICIA, 2025, 11, "Empleo tres", "b", "t", null);
        items.put(4, "16", PublicationKind.DOCUMENTO, 2025, 12, "Empleo cuatro", "b", "t", null);
        items.put(5, "08", PublicationKind.NOTICIA, 2025, 13, "Empleo cinco", "b", "t", null);
        items.put(6, "08", PublicationKind.NOTICIA, 2025, 14, "Empleo seis", "b", "t", null);
        items.put(7, "08", PublicationKind.DOCUMENTO, 2024, 500, "Empleo siete", "b", "t", null);
        items.put(8, "08", PublicationKind.DOCUMENTO, 2024, 501, "Otra cosa", "b", "t", null);
        reconcile();

        Filter filter = new Filter("16", PublicationKind.NOTICIA, null);
        SearchIndex.Matches m = search("empleo", filter);
        assertEquals(3, m.total());
        assertEquals(List.of(2L, 3L, 1L), m.ids(), "only region 16's noticias, newest first");
        assertEquals(Map.of("16", 3L, "08", 2L), SearchFacets.facet(m.groups(), filter, SearchFacets.REGION),
                "regions: noticias of every region");
        assertEquals(Map.of("NOTICIA", 3L, "DOCUMENTO", 1L), SearchFacets.facet(m.groups(), filter, SearchFacets.KIND),
                "kinds: everything of region 16");
        assertEquals(Map.of("2025", 2L, "2024", 1L), SearchFacets.facet(m.groups(), filter, SearchFacets.YEAR),
                "years: region 16's noticias");
        assertEquals(List.of("16", "08"), List.copyOf(SearchFacets.facet(m.groups(), filter, SearchFacets.REGION).keySet()),
                "largest first");

        Filter year = new Filter(null, null, 2024);
        SearchIndex.Matches y = search("empleo", year);
        assertEquals(2, y.total());
        assertEquals(List.of(1L, 7L), y.ids());
        assertEquals(Map.of("2025", 5L, "2024", 2L), SearchFacets.facet(y.groups(), year, SearchFacets.YEAR));

        assertEquals(0, search("empleo", new Filter("01", null, null)).total(), "a region with no items");
        assertTrue(search("empleo", new Filter("01", null, null)).ids().isEmpty());
    }

    @Test
    void pagesAreCutFromTheRankingAndAPagePastTheEndShowsTheLastOne() throws Exception {
        for (long id = 1; id <= 40; id++) {
            items.put(id, "Capacitación número " + id, "Texto.");
        }
        reconcile();
        SearchIndex.Matches third = index.search(SearchQuery.parse("capacitacion"), ANY, 3, 15);
        assertEquals(40, third.total());
        assertEquals(3, third.page());
        assertEquals(List.of(31L, 32L, 33L, 34L, 35L, 36L, 37L, 38L, 39L, 40L), third.ids(), "newest (lowest id) first");
        SearchIndex.Matches past = index.search(SearchQuery.parse("capacitacion"), ANY, 999, 15);
        assertEquals(3, past.page());
        assertEquals(third.ids(), past.ids());
    }

    @Test
    void reconcilingRewritesChangedItemsAndDeletesThoseNoLongerPublished() throws Exception {
        items.put(1, "Bonificación a la contratación", "Texto.");
        items.put(2, "Feria laboral", "Texto.");
        items.put(3, "Mesa sectorial forestal", "Texto.");
        assertEquals(new SearchIndex.Changes(3, 0, 3), reconcile());
        items.loaded = 0;
        assertEquals(new SearchIndex.Changes(0, 0, 3), reconcile(), "nothing changed, nothing written");
        assertEquals(0, items.loaded, "and nothing read but the stamps");

        items.put(2, "Feria laboral de invierno", "Texto."); // rewritten: a new stamp
        items.rows.remove(3L);                               // unpublished
        assertEquals(new SearchIndex.Changes(1, 1, 2), reconcile());
        assertEquals(List.of(2L), ids("invierno"));
        assertEquals(List.of(), ids("forestal"), "an unpublished item is gone");
        assertEquals(Map.of(1L, 1L, 2L, 2L), index.stamps());
    }

    @Test
    void anItemUnpublishedWhileTheIndexReadsIsDeleted() throws Exception {
        items.put(1, "Convenio de capacitación", "Texto.");
        reconcile();
        SearchIndex.Source vanishing = new SearchIndex.Source() {
            @Override
            public void stamps(SearchIndex.StampSink sink) {
                sink.accept(1, 2); // listed as changed...
            }

            @Override
            public List<SearchIndex.Item> items(List<Long> ids) {
                return List.of(); // ...and gone before it could be read
            }
        };
        assertEquals(new SearchIndex.Changes(0, 1, 0), index.reconcile(vanishing));
        assertFalse(index.stamps().containsKey(1L));
    }
}
