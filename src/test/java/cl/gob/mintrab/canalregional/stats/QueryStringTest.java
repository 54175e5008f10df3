package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the recorder reads from a request without the container's help: parameters and the day in Chile. */
class QueryStringTest {

    @Test
    void theFirstValueOfAParameterIsDecodedAsTheContainerWould() {
        assertEquals("empleo región", QueryString.first("q=empleo+regi%C3%B3n&pagina=2", "q"));
        assertEquals("2", QueryString.first("q=empleo+regi%C3%B3n&pagina=2", "pagina"));
        assertEquals("a", QueryString.first("q=a&q=b", "q"), "the first value");
        assertEquals("", QueryString.first("pagina=&q", "q"), "a name without a value");
        assertEquals("", QueryString.first("pagina=&q", "pagina"));
        assertEquals("x=y", QueryString.first("region=x%3Dy", "region"));
        assertNull(QueryString.first("qq=a&xq=b&q2=c", "q"), "only the whole name");
        assertNull(QueryString.first("q=%E0%A4%A", "q"), "broken percent-encoding is no value");
        assertNull(QueryString.first(null, "q"));
        assertNull(QueryString.first("", "q"));
        assertEquals("nuble", QueryString.first("&&region=nuble&", "region"));
    }

    @Test
    void theDayOfAViewIsTheDayInChileAcrossMidnightAndClockChanges() {
        // 2026-04-05 00:00 in Santiago: clocks go back from -03:00 to -04:00, the day has 25 hours
        Instant start = LocalDate.of(2026, 4, 4).atStartOfDay(ZoneOffset.ofHours(-3)).toInstant();
        for (long s = -7200; s < 3 * 86_400; s += 1800) {
            Instant at = start.plusSeconds(s);
            assertEquals(LocalDate.ofInstant(at, cl.gob.mintrab.canalregional.support.Formats.ZONE), VisitQueue.Visitor.day(at.getEpochSecond()), at.toString());
        }
        // and backwards in time (a view of an earlier second arriving late)
        for (long s = 3 * 86_400; s > -7200; s -= 3599) {
            Instant at = start.plusSeconds(s);
            assertEquals(LocalDate.ofInstant(at, cl.gob.mintrab.canalregional.support.Formats.ZONE), VisitQueue.Visitor.day(at.getEpochSecond()), at.toString());
        }
    }
}
