package cl.gob.mintrab.canalregional.devserver;

import cl.gob.mintrab.canalregional.content.PublicationKind;
import cl.gob.mintrab.canalregional.stats.AggregateWriter;
import cl.gob.mintrab.canalregional.stats.PageType;
import cl.gob.mintrab.canalregional.stats.Rollup;
import cl.gob.mintrab.canalregional.stats.SketchStore;
import cl.gob.mintrab.canalregional.stats.StoredEvent;
import cl.gob.mintrab.canalregional.stats.VisitorHasher;
import cl.gob.mintrab.canalregional.stats.VisitorSketches;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The statistics benchmark's data (issue 7): {@code stats.bench.views} page views (default 10 million) over the
 * two years up to yesterday, for the database of {@code mvn -Prun}. It replaces the statistics of that database
 * (aggregates, sketches, period secrets; raw events are left out, as after their purge), and goes through the
 * portal's own {@link Rollup}, {@link AggregateWriter} and {@link VisitorSketches}, a month at a time. It counts
 * the exact distinct visitors of each year and month on the side and prints them next to the sketches'
 * estimates. Run with {@code mvn -Pstats-bench-seed}; see bench/stats-report.sh.
 */
public final class StatsBenchSeed {

    private static final ZoneId ZONE = ZoneId.of("America/Santiago");
    /** Distinct people who may visit over the two years; returning readers are favoured (see {@link #visitor}). */
    static final int POPULATION = 4_000_000;

    private StatsBenchSeed() {
    }

    public static void main(String[] args) throws Exception {
        long total = Long.parseLong(System.getProperty("stats.bench.views", "10000000"));
        String url = System.getenv().getOrDefault("CANAL_DB_URL", "jdbc:mariadb://127.0.0.1:"
                + System.getenv().getOrDefault("CANAL_EMBEDDED_DB_PORT", "33306") + "/canal");
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("CANAL_DB_USER", "canal"),
                System.getenv().getOrDefault("CANAL_DB_PASSWORD", "canal"))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : List.of("stats_event", "stats_hourly", "stats_daily", "stats_daily_page", "stats_monthly_page",
                        "stats_daily_referrer", "stats_daily_search", "stats_counter", "stats_unique", "stats_period_key")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            c.commit();
            Map<String, List<String>> pages = publicationPaths(c);
            List<String> regionCodes = new ArrayList<>(pages.keySet());
            Map<String, String> slugs = regionSlugs(c);
            LocalDate last = LocalDate.now(ZONE).minusDays(1);
            LocalDate first = last.minusDays(729);
            double weekdays = 0;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                weekdays += weight(d);
            }
            Random random = new Random(20_070);
            Map<Integer, BitSet> exactYear = new TreeMap<>();
            Map<YearMonth, BitSet> exactMonth = new TreeMap<>();
            Map<VisitorSketches.PeriodKey, byte[]> secrets = new HashMap<>();
            SecureRandom secretSource = new SecureRandom();
            long written = 0;
            YearMonth month = YearMonth.from(first);
            while (!month.atDay(1).isAfter(last)) {
                Rollup rollup = new Rollup(ZONE);
                VisitorSketches sketches = new VisitorSketches(p -> secrets.computeIfAbsent(p, k -> {
                    byte[] key = new byte[32];
                    secretSource.nextBytes(key);
                    return key;
                }));
                BitSet monthVisitors = exactMonth.computeIfAbsent(month, m -> new BitSet(POPULATION));
                for (LocalDate day = max(month.atDay(1), first); !day.isAfter(min(month.atEndOfMonth(), last)); day = day.plusDays(1)) {
                    long views = Math.round(total * weight(day) / weekdays);
                    BitSet yearVisitors = exactYear.computeIfAbsent(day.getYear(), y -> new BitSet(POPULATION));
                    for (long v = 0; v < views; v++) {
                        int visitor = visitor(random);
                        String region = regionCodes.get(Math.min(regionCodes.size() - 1, (int) (regionCodes.size() * Math.pow(random.nextDouble(), 1.3))));
                        Instant at = day.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60)).atZone(ZONE).toInstant();
                        StoredEvent event = event(random, region, slugs.get(region), pages.get(region), at);
                        rollup.add(event);
                        sketches.add(fingerprint(visitor), day, event.regionCode());
                        yearVisitors.set(visitor);
                        monthVisitors.set(visitor);
                    }
                    written += views;
                }
                AggregateWriter.write(c, rollup);
                mergeSketches(c, sketches);
                c.commit();
                System.out.printf("%s: %,d page views so far (%d s)%n", month, written, (System.nanoTime() - started) / 1_000_000_000);
                month = month.plusMonths(1);
            }
            System.out.printf("%n==> %,d page views over %s .. %s written in %d s%n", written, first, last,
                    (System.nanoTime() - started) / 1_000_000_000);
            System.out.println("==> unique visitors: exact count vs HyperLogLog estimate (whole portal)");
            System.out.println("| period | exact | estimate | error |");
            for (Map.Entry<Integer, BitSet> e : exactYear.entrySet()) {
                report(c, "Y", LocalDate.of(e.getKey(), 1, 1), String.valueOf(e.getKey()), e.getValue().cardinality());
            }
            for (Map.Entry<YearMonth, BitSet> e : exactMonth.entrySet()) {
                if (e.getKey().getMonthValue() % 6 == 0) {
                    report(c, "M", e.getKey().atDay(1), e.getKey().toString(), e.getValue().cardinality());
                }
            }
        }
    }

    private static void report(Connection c, String type, LocalDate start, String label, long exact) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT estimate FROM stats_unique WHERE period_type = ? AND period_start = ? AND scope = ''")) {
            s.setString(1, type);
            s.setDate(2, java.sql.Date.valueOf(start));
            try (ResultSet rs = s.executeQuery()) {
                long estimate = rs.next() ? rs.getLong(1) : -1;
                System.out.printf("| %s | %,d | %,d | %+.2f %% |%n", label, exact, estimate, (estimate - exact) * 100.0 / exact);
            }
        }
    }

    private static void mergeSketches(Connection c, VisitorSketches sketches) throws SQLException {
        SketchStore.merge(c, sketches.sketches());
    }

    private static double weight(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0.45 : 1.0;
    }

    /** Most visits come from a minority of returning readers. */
    private static int visitor(Random random) {
        return (int) Math.floor(POPULATION * Math.pow(random.nextDouble(), 2.5));
    }

    private static byte[] fingerprint(int visitor) {
        return VisitorHasher.fingerprint((11 + visitor / 16_000_000 % 200) + "." + (visitor / 62_500 % 256) + "."
                + (visitor / 250 % 250) + "." + (visitor % 250), "Navegador-" + visitor);
    }

    private static final String[] REFERRERS = {"", "", "google.com", "google.com", "google.cl", "bing.com", "facebook.com",
            "x.com", "mintrab.gob.cl", "dt.gob.cl", "sence.cl", "gob.cl"};
    private static final String[] SEARCHES = {"bonificación", "empleo", "capacitación", "subsidio", "seremi", "mesa regional",
            "fosis", "bolsa de empleo", "forestal", "pro empleo", "portuario", "diálogo social", "feria laboral", "omil"};

    private static StoredEvent event(Random random, String region, String slug, List<String> pages, Instant at) {
        String referrer = random.nextInt(3) == 0 ? "" : REFERRERS[random.nextInt(REFERRERS.length)];
        boolean entry = !referrer.isEmpty() || random.nextInt(4) == 0;
        int pick = random.nextInt(100);
        if (pick < 60 && !pages.isEmpty()) {
            String path = pages.get((int) Math.floor(pages.size() * Math.pow(random.nextDouble(), 3)));
            String kind = PublicationKind.fromSlug(path.split("/")[3]).map(Enum::name).orElse("");
            return new StoredEvent(at, PageType.PUBLICATION, path, region, kind, referrer, entry, true, null, null);
        }
        if (pick < 75) {
            return new StoredEvent(at, PageType.REGION, "/region/" + slug, region, "", referrer, entry, true, null, null);
        }
        if (pick < 85) {
            PublicationKind kind = PublicationKind.values()[random.nextInt(PublicationKind.values().length)];
            return new StoredEvent(at, PageType.LISTING, "/region/" + slug + "/" + kind.getSlug(), region, kind.name(), referrer, entry, true, null, null);
        }
        if (pick < 90) {
            return new StoredEvent(at, PageType.FEED, "/feeds/" + slug + "/rss.xml", region, "", "", true, true, null, null);
        }
        if (pick < 96) {
            String terms = SEARCHES[random.nextInt(SEARCHES.length)] + (random.nextInt(5) == 0 ? " " + random.nextInt(300) : "");
            return new StoredEvent(at, PageType.SEARCH, "/buscar", "", "", "", false, true, terms, random.nextInt(6) == 0 ? 0 : 5);
        }
        return new StoredEvent(at, PageType.HOME, "/", "", "", referrer, entry, true, null, null);
    }

    private static Map<String, List<String>> publicationPaths(Connection c) throws SQLException {
        Map<String, String> slugs = regionSlugs(c);
        Map<String, List<String>> paths = new TreeMap<>();
        slugs.keySet().forEach(code -> paths.put(code, new ArrayList<>()));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT region_code, kind, slug FROM published_item")) {
            while (rs.next()) {
                paths.get(rs.getString(1)).add("/region/" + slugs.get(rs.getString(1)) + "/"
                        + PublicationKind.valueOf(rs.getString(2)).getSlug() + "/" + rs.getString(3));
            }
        }
        return paths;
    }

    private static Map<String, String> regionSlugs(Connection c) throws SQLException {
        Map<String, String> slugs = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, slug FROM region")) {
            while (rs.next()) {
                slugs.put(rs.getString(1), rs.getString(2));
            }
        }
        return slugs;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
