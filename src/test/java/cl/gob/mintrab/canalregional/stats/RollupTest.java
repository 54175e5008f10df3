package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RollupTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final String NEWS = "/region/nuble/noticias/feria-laboral";

    private static StoredEvent view(String localTime, String path, String region, boolean entry, boolean tracked) {
        Instant at = LocalDateTime.parse(localTime).atZone(SANTIAGO).toInstant();
        return new StoredEvent(at, PageType.PUBLICATION, path, region, "NOTICIA", entry ? "google.com" : "", entry, tracked, null, null);
    }

    private static StoredEvent search(String localTime, String terms, int results) {
        Instant at = LocalDateTime.parse(localTime).atZone(SANTIAGO).toInstant();
        return new StoredEvent(at, PageType.SEARCH, "/buscar", "", "", "", false, true, terms, results);
    }

    @Test
    void viewsAreCountedPerLocalHourDayPageMonthReferrerAndSearch() {
        Rollup rollup = new Rollup(SANTIAGO);
        rollup.add(view("2026-03-31T23:59:00", NEWS, "16", true, true));
        rollup.add(view("2026-04-01T00:10:00", NEWS, "16", false, true));
        rollup.add(view("2026-04-01T00:50:00", NEWS, "16", true, false));
        rollup.add(search("2026-04-01T09:00:00", "bonificación", 0));
        rollup.add(search("2026-04-01T09:30:00", "bonificación", 3));

        // local midnight separates the days, whatever the UTC offset
        Rollup.Counts march = rollup.daily().get(new Rollup.DayKey(LocalDate.of(2026, 3, 31), "16", PageType.PUBLICATION, "NOTICIA"));
        Rollup.Counts april = rollup.daily().get(new Rollup.DayKey(LocalDate.of(2026, 4, 1), "16", PageType.PUBLICATION, "NOTICIA"));
        assertEquals(1, march.views);
        assertEquals(2, april.views);
        assertEquals(1, april.entries);
        assertEquals(1, april.untracked);

        assertEquals(2, rollup.hourly().get(new Rollup.HourKey(LocalDateTime.parse("2026-04-01T00:00"), "16", PageType.PUBLICATION)).views);
        assertEquals(1, rollup.monthlyPages().get(new Rollup.PageKey(LocalDate.of(2026, 3, 1), NEWS, "16", PageType.PUBLICATION, "NOTICIA")).views);
        assertEquals(2, rollup.monthlyPages().get(new Rollup.PageKey(LocalDate.of(2026, 4, 1), NEWS, "16", PageType.PUBLICATION, "NOTICIA")).views);
        assertEquals(1, rollup.referrers().get(new Rollup.ReferrerKey(LocalDate.of(2026, 4, 1), "16", "google.com")).views);

        Rollup.SearchCounts searches = rollup.searches().get(new Rollup.SearchKey(LocalDate.of(2026, 4, 1), "bonificación"));
        assertEquals(2, searches.searches);
        assertEquals(1, searches.noResults);
        assertEquals(5, rollup.events());
    }

    @Test
    void rollingUpInPiecesGivesTheSameTotalsAsAtOnce() {
        Random random = new Random(7);
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            events.add(view(LocalDateTime.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), 0).toString(),
                    "/region/nuble/noticias/p" + random.nextInt(40), random.nextBoolean() ? "16" : "08", random.nextBoolean(), random.nextInt(10) > 0));
        }
        Rollup whole = new Rollup(SANTIAGO);
        events.forEach(whole::add);

        Collections.shuffle(events, random);
        Rollup first = new Rollup(SANTIAGO);
        Rollup second = new Rollup(SANTIAGO);
        for (int i = 0; i < events.size(); i++) {
            (i < 1700 ? first : second).add(events.get(i));
        }
        whole.daily().forEach((key, counts) -> {
            long views = 0;
            long entries = 0;
            for (Rollup piece : List.of(first, second)) {
                Rollup.Counts c = piece.daily().get(key);
                if (c != null) {
                    views += c.views;
                    entries += c.entries;
                }
            }
            assertEquals(counts.views, views, key.toString());
            assertEquals(counts.entries, entries, key.toString());
        });
        assertEquals(5000, whole.daily().values().stream().mapToLong(c -> c.views).sum());
        assertEquals(5000, whole.monthlyPages().values().stream().mapToLong(c -> c.views).sum());
    }

    @Test
    void viewsWithoutReferrerOrSearchAddNoSuchRows() {
        Rollup rollup = new Rollup(SANTIAGO);
        rollup.add(view("2026-04-01T10:00:00", NEWS, "16", false, true));
        assertEquals(0, rollup.referrers().size());
        assertEquals(0, rollup.searches().size());
        assertNull(rollup.daily().get(new Rollup.DayKey(LocalDate.of(2026, 4, 1), "08", PageType.PUBLICATION, "NOTICIA")));
    }
}
