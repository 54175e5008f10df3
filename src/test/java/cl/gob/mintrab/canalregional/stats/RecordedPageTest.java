package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What the recording filter remembers per path and per User-Agent, and the rows it reuses. */
class RecordedPageTest {

    private static final long SECOND = 1_795_000_000L;

    private final VisitRecordingFilter.Page page =
            new VisitRecordingFilter.Page(PageType.LISTING, "/region/nuble/noticias", "16", "NOTICIA");

    @Test
    void aPlainViewGetsTheRowItWouldHaveHadAndSharesitWithinItsSecondOnly() {
        VisitQueue.Row row = page.plainRow(SECOND, true, true);
        assertEquals(new VisitQueue.Row(SECOND, PageType.LISTING, "/region/nuble/noticias", "16", "NOTICIA", "", true, true,
                null, null), row);
        assertSame(row, page.plainRow(SECOND, true, true), "the same second: the same row");
        VisitQueue.Row next = page.plainRow(SECOND + 1, true, true);
        assertNotSame(row, next);
        assertEquals(SECOND + 1, next.second());
        assertNotEquals(row, next, "another second is another row");
        assertEquals(new VisitQueue.Row(SECOND - 1, PageType.LISTING, "/region/nuble/noticias", "16", "NOTICIA", "", true,
                true, null, null), page.plainRow(SECOND - 1, true, true), "a view of an earlier second arriving late");
    }

    @Test
    void entryAndTrackingEachKeepTheirOwnRow() {
        Set<VisitQueue.Row> rows = new HashSet<>();
        for (int round = 0; round < 2; round++) {
            for (boolean entry : new boolean[] {true, false}) {
                for (boolean tracked : new boolean[] {true, false}) {
                    VisitQueue.Row row = page.plainRow(SECOND, entry, tracked);
                    assertEquals(entry, row.entry());
                    assertEquals(tracked, row.tracked());
                    assertEquals("", row.referrerHost());
                    rows.add(row);
                }
            }
        }
        assertEquals(4, rows.size());
    }

    @Test
    void anAgentIsABotOrABrowserWithItsDigest() {
        VisitRecordingFilter.Agent crawler = VisitRecordingFilter.Agent.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        assertEquals("googlebot", crawler.bot());
        assertNull(crawler.digest(), "a bot is never hashed");
        String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
        VisitRecordingFilter.Agent browser = VisitRecordingFilter.Agent.of(firefox);
        assertNull(browser.bot());
        assertArrayEquals(VisitorHasher.agentDigest(firefox), browser.digest());
        assertArrayEquals(VisitorHasher.visitor("200.27.14.1", firefox).fingerprint(),
                VisitorHasher.visitor("200.27.14.1", browser.digest()).fingerprint(),
                "the remembered digest makes the same visitor as the agent itself");
        assertEquals(BotDetector.NO_AGENT, VisitRecordingFilter.Agent.of("").bot(), "no User-Agent: a script");
        assertEquals(BotDetector.NO_AGENT, VisitRecordingFilter.Agent.of("   ").bot());
    }
}
