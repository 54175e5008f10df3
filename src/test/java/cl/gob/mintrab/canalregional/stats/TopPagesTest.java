package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.stats.TopPages.Ranked;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The most viewed pages over several periods, found by the threshold algorithm, against adding every page up. */
class TopPagesTest {

    /** Parts held in memory; counts how the algorithm used them. */
    private static final class Parts implements TopPages.Source {
        final List<Map<String, Long>> parts = new ArrayList<>();
        int rowsRead;
        int fallbacks;

        Parts part(Object... pathsAndViews) {
            Map<String, Long> part = new HashMap<>();
            for (int i = 0; i < pathsAndViews.length; i += 2) {
                part.put((String) pathsAndViews[i], ((Number) pathsAndViews[i + 1]).longValue());
            }
            parts.add(part);
            return this;
        }

        @Override
        public List<Ranked> top(int part, int n) {
            List<Ranked> top = parts.get(part).entrySet().stream().map(e -> ranked(e.getKey(), e.getValue()))
                    .sorted(TopPages.ORDER).limit(n).toList();
            rowsRead += top.size();
            return top;
        }

        @Override
        public List<Ranked> totals(Collection<String> paths) {
            rowsRead += paths.size() * parts.size();
            return exact().stream().filter(r -> paths.contains(r.path())).toList();
        }

        @Override
        public List<Ranked> all(int k) {
            fallbacks++;
            return exact().subList(0, Math.min(k, exact().size()));
        }

        List<Ranked> exact() {
            Map<String, Long> sums = new HashMap<>();
            parts.forEach(part -> part.forEach((path, views) -> sums.merge(path, views, Long::sum)));
            return sums.entrySet().stream().map(e -> ranked(e.getKey(), e.getValue())).sorted(TopPages.ORDER).toList();
        }

        int pages() {
            return parts.stream().flatMap(p -> p.keySet().stream()).collect(Collectors.toSet()).size();
        }

        private static Ranked ranked(String path, long views) {
            return new Ranked(path, "08", "PUBLICATION", views);
        }
    }

    @Test
    void aPageThatIsNoPartsFirstStillWinsWhenItsPartsAddUpToMore() {
        Parts parts = new Parts().part("/b", 6, "/a", 5).part("/c", 6, "/a", 5);
        List<Ranked> top = TopPages.top(2, 1, 1, 64, parts);
        assertEquals(List.of(new Ranked("/a", "08", "PUBLICATION", 10)), top);
    }

    @Test
    void aCandidateThatOnlyTiesTheThresholdIsNotTakenForTheAnswer() {
        // first round, two pages of each part: /z, /a and /b, /c; the threshold is 1 + 1 = 2 and the second
        // candidate, /z, has 2, a tie: /y, in neither part's first two, also has 2 and comes first by path
        Parts parts = new Parts().part("/z", 2, "/a", 1, "/y", 1).part("/b", 5, "/c", 1, "/y", 1);
        List<Ranked> top = TopPages.top(2, 2, 2, 64, parts);
        assertEquals(List.of(new Ranked("/b", "08", "PUBLICATION", 5), new Ranked("/y", "08", "PUBLICATION", 2)), top);
    }

    @Test
    void skewedMonthsSettleInTheFirstRoundReadingFewRows() {
        Random random = new Random(7);
        Parts parts = new Parts();
        for (int month = 0; month < 12; month++) {
            Object[] rows = new Object[2 * 5000];
            for (int page = 0; page < 5000; page++) {
                rows[2 * page] = "/region/biobio/noticias/n" + page;
                rows[2 * page + 1] = (long) (100_000 / (page + 1) * (0.8 + 0.4 * random.nextDouble())) + 1;
            }
            parts.part(rows);
        }
        List<Ranked> top = TopPages.top(12, 20, 100, 6400, parts);
        assertEquals(parts.exact().subList(0, 20), top);
        assertEquals(0, parts.fallbacks);
        assertTrue(parts.rowsRead < 12 * 5000 / 10, "read " + parts.rowsRead + " rows of " + 12 * 5000);
    }

    @Test
    void flatPeriodsThatNeverSettleAreAddedUpWhole() {
        Parts parts = new Parts();
        for (int day = 0; day < 5; day++) {
            Object[] rows = new Object[2 * 300];
            for (int page = 0; page < 300; page++) {
                rows[2 * page] = "/d" + day + "/p" + page; // every page is seen on one day only, all equally
                rows[2 * page + 1] = 7L;
            }
            parts.part(rows);
        }
        List<Ranked> top = TopPages.top(5, 20, 20, 80, parts);
        assertEquals(parts.exact().subList(0, 20), top);
        assertEquals(1, parts.fallbacks);
    }

    @Test
    void randomRangesGiveExactlyWhatAddingEveryPageUpGives() {
        Random random = new Random(2026);
        for (int round = 0; round < 300; round++) {
            Parts parts = new Parts();
            int partCount = 1 + random.nextInt(8);
            int pages = 1 + random.nextInt(60);
            for (int p = 0; p < partCount; p++) {
                List<Object> rows = new ArrayList<>();
                for (int page = 0; page < pages; page++) {
                    if (random.nextInt(3) > 0) {
                        rows.add("/p" + page);
                        rows.add(1L + random.nextInt(random.nextBoolean() ? 4 : 50)); // many ties
                    }
                }
                parts.part(rows.toArray());
            }
            int k = 1 + random.nextInt(10);
            List<Ranked> exact = parts.exact();
            assertEquals(exact.subList(0, Math.min(k, exact.size())),
                    TopPages.top(partCount, k, 1 + random.nextInt(5), 1 + random.nextInt(100), parts),
                    "round " + round + ", " + parts.pages() + " pages");
        }
    }

    @Test
    void anEmptyRangeHasNoPages() {
        Parts parts = new Parts().part().part();
        assertEquals(List.of(), TopPages.top(2, 20, 100, 1600, parts));
        assertEquals(0, parts.fallbacks);
    }
}
