package cl.gob.mintrab.canalregional.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {

    @Test
    void wordsAreRequiredPrefixesAndShortWordsAreIgnored() {
        SearchQuery q = SearchQuery.parse("Empleo en la Región de Ñuble");
        assertEquals(List.of("empleo", "región", "ñuble"), q.terms());
        assertEquals(List.of("en", "la", "de"), q.ignored());
        assertEquals("en, la, de", q.ignoredText(), "as the results page lists them");
        assertEquals("+empleo* +región* +ñuble*", q.booleanMode());
    }

    @Test
    void quotedPhrasesStayTogether() {
        SearchQuery q = SearchQuery.parse("\"mesa técnica\" bonificación");
        assertEquals(List.of("mesa técnica"), q.phrases());
        assertEquals(List.of("bonificación"), q.terms());
        assertEquals("+bonificación* +\"mesa técnica\"", q.booleanMode());
    }

    @Test
    void booleanOperatorsAndSqlNeverPassThrough() {
        SearchQuery q = SearchQuery.parse("empleo') OR 1=1; -- +drop* @distance \"");
        assertEquals("+empleo* +drop* +distance*", q.booleanMode());
        assertFalse(q.booleanMode().contains("'"));
        assertTrue(SearchQuery.parse("  ¿? ").isEmpty());
        assertTrue(SearchQuery.parse(null).isEmpty());
    }

    @Test
    void atMostTenWordsAreSearched() {
        assertEquals(10, SearchQuery.parse("uno dos tres cuatro cinco seis siete ocho nueve diez once doce").terms().size());
    }

    @Test
    void highlightingIgnoresAccentsButNotTheEnye() {
        SearchQuery q = SearchQuery.parse("region empleo");
        assertEquals("La <mark>Región</mark> y sus <mark>empleos</mark> &amp; <b>más</b>",
                q.highlight("La Región y sus empleos & <b>más</b>").replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>"));
        assertEquals("Ñuble no es Nuble",
                SearchQuery.parse("nuble").highlight("Ñuble no es Nuble").replace("<mark>Nuble</mark>", "Nuble"));
        assertTrue(SearchQuery.parse("nuble").highlight("Ñuble no es Nuble").startsWith("Ñuble"), "ñ is not n");
    }

    @Test
    void theSnippetIsCutAroundTheFirstMatch() {
        String text = "Inicio " + "relleno ".repeat(40) + "la bonificación aumentó " + "final ".repeat(40);
        String snippet = SearchQuery.parse("bonificacion").snippet(text, 80);
        assertTrue(snippet.contains("bonificación"), snippet);
        assertTrue(snippet.startsWith("… ") && snippet.endsWith(" …"), snippet);
    }
}
