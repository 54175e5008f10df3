package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.content.SearchResults;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How a view of the search page is recorded: its words, whether it is a search, and its result count. */
class SearchViewTest {

    /** A request that carries only the result count the search page leaves on it (null: served from the page cache). */
    private static HttpServletRequest request(Integer total) {
        return (HttpServletRequest) Proxy.newProxyInstance(SearchViewTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getAttribute".equals(method.getName()) && SearchResults.TOTAL_ATTRIBUTE.equals(args[0]) ? total : null);
    }

    @Test
    void theFirstPageOfResultsIsASearchWithItsWordsNormalised() {
        assertEquals("empleo región", VisitRecordingFilter.Search.of("q=++Empleo%20%20REGI%C3%93N+").terms);
        assertEquals("empleo", VisitRecordingFilter.Search.of("q=empleo&pagina=1").terms);
        assertEquals("empleo", VisitRecordingFilter.Search.of("pagina=&q=empleo").terms);
    }

    @Test
    void furtherPagesEmptyFormsAndMalformedQueriesAreNotSearches() {
        assertNull(VisitRecordingFilter.Search.of("q=empleo&pagina=2").terms);
        assertNull(VisitRecordingFilter.Search.of("q=empleo&pagina=abc").terms);
        assertNull(VisitRecordingFilter.Search.of("").terms);
        assertNull(VisitRecordingFilter.Search.of("q=+++").terms);
        assertNull(VisitRecordingFilter.Search.of("q=%E0%A4%A").terms);
    }

    @Test
    void theResultCountComesFromTheSearchWhenItRanAndIsRememberedForTheCachedPage() {
        VisitRecordingFilter.Search search = VisitRecordingFilter.Search.of("q=empleo");
        assertEquals(-1, search.results(request(null)), "unknown until a request ran the search");
        assertEquals(0, search.results(request(0)), "a search without results");
        assertEquals(0, search.results(request(null)), "the page cache answered: the count last seen");
        assertEquals(12, search.results(request(12)), "new publications: the search ran again");
        assertEquals(12, search.results(request(null)));
    }
}
