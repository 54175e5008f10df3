package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.security.AccessDeniedException;
import cl.gob.mintrab.canalregional.security.Role;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Http;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestLogin;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Visit statistics against the real server and MariaDB: nothing that identifies a reader is stored after a burst
 * of requests from several addresses; views are queued and written in batches, and flushed at shutdown; rollups
 * count each event once and purging keeps the aggregates; reports are restricted to the editor's region.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    VisitQueue queue;

    @Inject
    VisitRecorder recorder;

    @Inject
    StatsJobs jobs;

    @Inject
    RollupRunner runner;

    @Inject
    StatisticsService statistics;

    @Inject
    WeeklyDigest digest;

    @Inject
    UpdateMonitor monitor;

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void logout() {
        if (login != null) {
            login.logout();
        }
    }

    // ---------------------------------------------------------------- privacy (client side: real requests)

    @Test
    @RunAsClient
    void noAddressIsStoredAfterABurstOfRequestsFromSeveralAddresses() throws Exception {
        String marker = "rafaga" + UUID.randomUUID().toString().substring(0, 8);
        int port = base.getPort();
        int sent = 0;
        for (int host = 1; host <= 12; host++) {
            String address = "127.77." + host + "." + (100 + host);
            for (int i = 0; i < 5; i++) {
                boolean dnt = host % 4 == 0;
                int status = get(address, port, "/buscar?q=" + marker, BROWSER + " v" + host, dnt);
                assertEquals(200, status, "search from " + address);
                sent++;
            }
        }
        // a crawler from another address is counted apart, never as a view
        assertEquals(200, get("127.77.99.1", port, "/buscar?q=" + marker, "Mozilla/5.0 (compatible; Googlebot/2.1)", false));
        HttpResponse<String> flushed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Http.resolve(base, "/__pruebas/estadisticas"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, flushed.statusCode());

        try (Connection c = database()) {
            assertEquals(sent, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE search_terms = ?", marker),
                    "every view of a person's browser is recorded, the crawler's is not");
            assertEquals(15, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE search_terms = ? AND tracked = FALSE", marker),
                    "Do-Not-Track views are counted without their visitor");
            assertEquals(sent, count(c, "SELECT COALESCE(SUM(searches), 0) FROM stats_daily_search WHERE terms = ?", marker),
                    "rolled up");
            // no column of any table holds any of the addresses, whole or truncated
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()
                    AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext', 'blob', 'mediumblob', 'binary', 'varbinary')""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            assertTrue(columns.size() > 50, "the scan covers the whole schema: " + columns.size());
            for (String[] column : columns) {
                long hits = count(c, "SELECT COUNT(*) FROM `" + column[0] + "` WHERE CAST(`" + column[1] + "` AS CHAR) LIKE '%127.77.%'");
                assertEquals(0, hits, "an address in " + column[0] + "." + column[1]);
            }
        }
    }

    @Test
    @RunAsClient
    void eachRequestIsRecordedWithWhatItsPathShowsTheSecondTimeAsTheFirst() throws Exception {
        int port = base.getPort();
        // stats_event keeps the second in UTC; views of earlier tests are all older than this
        Timestamp since = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        String marker = "&origen=" + UUID.randomUUID().toString().substring(0, 8);
        // each twice: the first works the path out, the second takes it from the memo; the open data's region is
        // in the query, so the same path must give two regions
        String[] paths = {"/region/nuble/noticias", "/feeds/biobio/rss.xml", "/datos/cobertura.csv?region=nuble",
                "/datos/cobertura.csv?region=08", "/privacidad"};
        String nothing = "sinresultados" + UUID.randomUUID().toString().substring(0, 8);
        for (int round = 0; round < 2; round++) {
            // a search with no results: the first runs it, the second may come from the page cache
            assertEquals(200, get("127.78.1.1", port, "/buscar?q=" + nothing, BROWSER, false));
            assertEquals(200, get("127.78.1.1", port, "/buscar?q=" + nothing + "&pagina=2", BROWSER, false));
            for (String path : paths) {
                assertEquals(200, get("127.78.1.1", port, path + (path.contains("?") ? marker : "?" + marker.substring(1)), BROWSER, false), path);
            }
        }
        assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(Http.resolve(base, "/__pruebas/estadisticas"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        try (Connection c = database()) {
            String recent = " AND occurred_at >= ?";
            assertEquals(2, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = '/region/nuble/noticias' AND page_type = 'LISTING' AND region_code = '16' AND kind = 'NOTICIA'" + recent, since));
            assertEquals(2, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = '/feeds/biobio/rss.xml' AND page_type = 'FEED' AND region_code = '08' AND kind = ''" + recent, since));
            assertEquals(2, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = '/datos/cobertura.csv' AND page_type = 'DOWNLOAD' AND region_code = '16'" + recent, since));
            assertEquals(2, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = '/datos/cobertura.csv' AND page_type = 'DOWNLOAD' AND region_code = '08'" + recent, since));
            assertEquals(2, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE search_terms = ? AND search_results = 0", nothing),
                    "a search without results, counted as such both times");
            assertEquals(4, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = '/buscar' AND page_type = 'SEARCH'" + recent, since),
                    "its second page is a page view of the search page, not a search");
            assertEquals(2, count(c, "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = '/privacidad' AND page_type = 'PAGE' AND region_code = ''" + recent, since));
        }
    }

    @Test
    @RunAsClient
    void eachViewIsRecordedWithWhereItCameFromAndWhetherItsVisitorCounts() throws Exception {
        int port = base.getPort();
        Timestamp since = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        String path = "/region/los-rios"; // a page no other test reads
        String own = "http://127.0.0.1:" + port + "/";
        // many views of one page within a second share its rows, one per origin and tracking: each must still
        // land in its own
        for (int round = 0; round < 3; round++) {
            assertEquals(200, get("127.79.1.1", port, path, BROWSER, false, null));
            assertEquals(200, get("127.79.1.1", port, path, BROWSER, false, own));
            assertEquals(200, get("127.79.1.2", port, path, BROWSER, true, null));
            assertEquals(200, get("127.79.1.2", port, path, BROWSER, true, own));
            assertEquals(200, get("127.79.1.3", port, path, BROWSER, false, "https://www.google.com/search?q=seremi"));
            assertEquals(200, get("127.79.1.3", port, path, "Mozilla/5.0 (compatible; bingbot/2.0)", false, null));
        }
        assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(Http.resolve(base, "/__pruebas/estadisticas"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        try (Connection c = database()) {
            String views = "SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = ? AND occurred_at >= ?"
                    + " AND page_type = 'REGION' AND region_code = '14' AND kind = '' AND search_terms IS NULL";
            assertEquals(15, count(c, views, path, since), "every view of a browser, none of the crawler's");
            assertEquals(3, count(c, views + " AND entry = TRUE AND referrer_host = '' AND tracked = TRUE", path, since),
                    "typed or bookmarked: a visit starts here");
            assertEquals(3, count(c, views + " AND entry = FALSE AND referrer_host = '' AND tracked = TRUE", path, since),
                    "from another page of the portal: neither an entry nor a referrer");
            assertEquals(3, count(c, views + " AND entry = TRUE AND referrer_host = '' AND tracked = FALSE", path, since),
                    "Do-Not-Track, typed");
            assertEquals(3, count(c, views + " AND entry = FALSE AND referrer_host = '' AND tracked = FALSE", path, since),
                    "Do-Not-Track, from the portal");
            assertEquals(3, count(c, views + " AND entry = TRUE AND referrer_host = 'google.com' AND tracked = TRUE", path, since),
                    "from a search engine");
        }
    }

    /** A GET over a socket bound to {@code fromAddress} (any 127/8 address is the loopback on Linux), from Google. */
    private static int get(String fromAddress, int port, String path, String userAgent, boolean dnt) throws Exception {
        return get(fromAddress, port, path, userAgent, dnt, "https://www.google.com/");
    }

    /** @param referer null for none */
    private static int get(String fromAddress, int port, String path, String userAgent, boolean dnt, String referer)
            throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUser-Agent: " + userAgent
                    + "\r\n" + (referer == null ? "" : "Referer: " + referer + "\r\n") + (dnt ? "DNT: 1\r\n" : "")
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String statusLine = response.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("canal.it.db.port") + "/canal",
                "canal", "canal-it");
    }

    private static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------- queue, batches, shutdown (in the server)

    private static VisitEvent view(Instant at, String path, String region, VisitorKey visitor) {
        return new VisitEvent(at, PageType.PUBLICATION, path, region, "NOTICIA", "google.com", true, null, null, visitor);
    }

    @Test
    void viewsAreQueuedInMemoryAndWrittenInBatches() throws SQLException {
        String path = "/region/nuble/noticias/lote-" + UUID.randomUUID();
        String manyPrefix = "/region/nuble/noticias/lotes-" + UUID.randomUUID() + "-";
        int views = 12_000;
        int pages = 11_000; // one row each: more than two batches of 5,000 rows
        long started = System.nanoTime();
        for (int i = 0; i < views; i++) {
            assertTrue(queue.offer(view(Instant.now(), path, "16", VisitorHasher.visitor("10.1.2.3", "b" + i % 50))));
        }
        Instant second = Instant.now();
        for (int i = 0; i < 2 * pages; i++) {
            assertTrue(queue.offer(view(second, manyPrefix + i % pages, "16", null)));
        }
        long offerMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(offerMillis < 2000, "queuing 34,000 views touches no database: " + offerMillis + " ms");
        assertEquals(views + 2L * pages, recorder.flush());
        assertEquals(0, queue.size());
        Sql sql = new Sql(dataSource);
        assertEquals(views, sql.count("SELECT SUM(views) FROM stats_event WHERE path = ?", path));
        assertTrue(sql.count("SELECT COUNT(*) FROM stats_event WHERE path = ?", path) < views / 10,
                "identical views of the same second share a row");
        assertEquals(pages, sql.count("SELECT COUNT(*) FROM stats_event WHERE path LIKE ?", manyPrefix + "%"));
        assertEquals(2L * pages, sql.count("SELECT SUM(views) FROM stats_event WHERE path LIKE ? AND views = 2", manyPrefix + "%"));
    }

    @Test
    void queuedViewsAreWrittenWhenTheApplicationStops() throws SQLException {
        String path = "/region/nuble/noticias/cierre-" + UUID.randomUUID();
        for (int i = 0; i < 30; i++) {
            queue.offer(view(Instant.now(), path, "16", null));
        }
        VisitFlushOnShutdown listener = new VisitFlushOnShutdown();
        listener.recorder = recorder;
        listener.contextDestroyed(null);
        assertEquals(30, new Sql(dataSource).count("SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = ?", path));
    }

    // ---------------------------------------------------------------- rollups, uniques, purge

    @Test
    void rollupsCountEachEventOnceEvenWhenTwoRunAtOnceAndPurgingKeepsTheAggregates() throws Exception {
        String path = "/region/biobio/noticias/rollup-" + UUID.randomUUID();
        Instant old = Instant.now().minusSeconds(100L * 86_400);
        Instant recent = Instant.now().minusSeconds(10L * 86_400);
        for (int i = 0; i < 700; i++) {
            queue.offer(view(i < 400 ? old : recent, path, "08", null));
        }
        recorder.flush();
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit((Callable<Integer>) jobs::rollUp));
        }
        for (Future<Integer> run : runs) {
            run.get();
        }
        jobs.rollUp();
        Sql sql = new Sql(dataSource);
        assertEquals(700, sql.count("SELECT COALESCE(SUM(views), 0) FROM stats_daily_page WHERE path = ?", path));
        assertEquals(700, sql.count("SELECT COALESCE(SUM(views), 0) FROM stats_monthly_page WHERE path = ?", path));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM stats_event WHERE path = ? AND rollup_id IS NULL", path));

        runner.purge(Instant.now());
        assertEquals(300, sql.count("SELECT COALESCE(SUM(views), 0) FROM stats_event WHERE path = ?", path), "raw events older than 90 days are gone");
        assertEquals(700, sql.count("SELECT COALESCE(SUM(views), 0) FROM stats_daily_page WHERE path = ?", path), "aggregates are kept");
        LocalDate oldDay = LocalDate.ofInstant(old, Formats.ZONE);
        assertEquals(400, sql.count("SELECT COALESCE(SUM(views), 0) FROM stats_daily_page WHERE path = ? AND day = ?", path, java.sql.Date.valueOf(oldDay)));
    }

    @Test
    void aVisitorSeenOnManyDaysIsOneVisitorOfTheMonthAndPeriodSecretsAreDeletedAfterTheirPeriod() throws SQLException {
        // March 2019: before the demo data's two years, so only this test's visitors are there
        String path = "/region/maule/noticias/unicos-" + UUID.randomUUID();
        for (int day = 1; day <= 20; day++) {
            Instant at = LocalDate.of(2019, 3, day).atTime(12, 0).atZone(Formats.ZONE).toInstant();
            for (int v = 0; v < 50; v++) {
                queue.offer(view(at, path, "07", VisitorHasher.visitor("10.7." + v + ".1", "Navegador " + v)));
            }
        }
        recorder.flush();
        Sql sql = new Sql(dataSource);
        assertEquals(50, sql.count("SELECT estimate FROM stats_unique WHERE period_type = 'M' AND period_start = '2019-03-01' AND scope = '07'"));
        assertEquals(50, sql.count("SELECT estimate FROM stats_unique WHERE period_type = 'Y' AND period_start = '2019-01-01' AND scope = '07'"));
        assertEquals(1000, sql.count("SELECT SUM(estimate) FROM stats_unique WHERE period_type = 'D' AND period_start BETWEEN '2019-03-01' AND '2019-03-31' AND scope = '07'"));
        assertTrue(sql.count("SELECT COUNT(*) FROM stats_period_key WHERE period_start = '2019-03-01' AND period_type = 'M'") == 1);

        runner.purge(Instant.now());
        assertEquals(0, sql.count("SELECT COUNT(*) FROM stats_period_key WHERE period_start < '2020-01-01'"), "secrets of ended periods are gone");
        assertEquals(50, sql.count("SELECT estimate FROM stats_unique WHERE period_type = 'M' AND period_start = '2019-03-01' AND scope = '07'"),
                "the sketches stay");
        LocalDate today = LocalDate.now(Formats.ZONE);
        assertEquals(1, sql.count("SELECT COUNT(*) FROM stats_period_key WHERE period_type = 'Y' AND period_start = ?",
                java.sql.Date.valueOf(today.withDayOfYear(1))), "the current year's secret stays");
    }

    // ---------------------------------------------------------------- reports: region scope

    @Test
    void topPagesAddWholeMonthsAndLooseDaysAndKeepTheTwentyMostViewed() throws SQLException {
        // 2004: a year no other test writes. 25 publication pages in March 2004 (monthly rows) with 100..124 views;
        // page 0 also has 25 views on each of 1 and 2 April (daily rows), which moves it to the top of a range that
        // covers March and those loose days, but not of March alone.
        Sql sql = new Sql(dataSource);
        sql.execute("DELETE FROM stats_monthly_page WHERE month BETWEEN '2004-01-01' AND '2004-12-01'");
        sql.execute("DELETE FROM stats_daily_page WHERE day BETWEEN '2004-01-01' AND '2004-12-31'");
        for (int i = 0; i < 25; i++) {
            String region = i % 2 == 0 ? "16" : "08";
            String path = "/region/" + (i % 2 == 0 ? "nuble" : "biobio") + "/noticias/top-" + i;
            sql.execute("INSERT INTO stats_monthly_page (month, path, region_code, page_type, kind, views) VALUES "
                    + "('2004-03-01', ?, ?, 'PUBLICATION', 'NOTICIA', ?)", path, region, 100 + i);
        }
        sql.execute("INSERT INTO stats_monthly_page (month, path, region_code, page_type, kind, views) VALUES "
                + "('2004-03-01', '/feeds/rss.xml', '', 'FEED', '', 90)");
        for (String day : List.of("2004-04-01", "2004-04-02")) {
            sql.execute("INSERT INTO stats_daily_page (day, path, region_code, page_type, kind, views) VALUES "
                    + "(?, '/region/nuble/noticias/top-0', '16', 'PUBLICATION', 'NOTICIA', 25)", java.sql.Date.valueOf(day));
        }
        String central = Fixtures.uniqueUsername("central");
        fixtures.account(central, Set.of(Role.CENTRAL), Set.of(), Set.of());
        login.as(central);

        StatsReport march = statistics.report(new StatsReport.ReportRequest(
                LocalDate.of(2004, 3, 1), LocalDate.of(2004, 3, 31), PeriodType.DAY, null));
        assertEquals(StatisticsService.TOP, march.topPages().size(), "the twenty most viewed");
        assertEquals("/region/nuble/noticias/top-24", march.topPages().get(0).path());
        assertEquals(124, march.topPages().get(0).views());
        assertEquals(105, march.topPages().get(19).views(), "the five least viewed are left out");
        assertEquals(List.of("/feeds/rss.xml"), march.feedsAndDownloads().stream().map(StatsReport.PageRow::path).toList());

        StatsReport withLooseDays = statistics.report(new StatsReport.ReportRequest(
                LocalDate.of(2004, 3, 1), LocalDate.of(2004, 4, 2), PeriodType.DAY, null));
        assertEquals("/region/nuble/noticias/top-0", withLooseDays.topPages().get(0).path(), "100 + 25 + 25 views");
        assertEquals(150, withLooseDays.topPages().get(0).views());
        assertEquals(124, withLooseDays.topPages().get(1).views());

        StatsReport nuble = statistics.report(new StatsReport.ReportRequest(
                LocalDate.of(2004, 3, 1), LocalDate.of(2004, 4, 2), PeriodType.DAY, "16"));
        assertEquals(13, nuble.topPages().size(), "Ñuble's 13 pages only");
        assertTrue(nuble.topPages().stream().allMatch(p -> p.path().startsWith("/region/nuble/")));
        assertEquals(List.of(150L, 124L, 122L), nuble.topPages().stream().limit(3).map(StatsReport.PageRow::views).toList());
        assertTrue(nuble.feedsAndDownloads().isEmpty(), "the national feed is not Ñuble's");
    }

    @Test
    void aYearsMostViewedPagesAreExactlyWhatAddingEveryPageUpGives() throws SQLException {
        // 2003 (and 30-31 December 2002): a year no other test writes. Each month and each loose day has 150 pages
        // of its own, viewed 1000 down to 851 times (500 down to 351 on the days), and one page viewed 900 times
        // every month (10 on the days): 101st of each month, in no period's first 100, yet the most viewed of the
        // year by far. The report ranks each period's first pages (PageRanking); the test adds every row up.
        Sql sql = new Sql(dataSource);
        sql.execute("DELETE FROM stats_monthly_page WHERE month BETWEEN '2003-01-01' AND '2003-12-01'");
        sql.execute("DELETE FROM stats_daily_page WHERE day BETWEEN '2002-12-01' AND '2003-12-31'");
        String steady = "/region/biobio/noticias/constante";
        String spikes = " SELECT ?, CONCAT('/region/', IF(seq % 2 = 0, 'nuble', 'biobio'), '/noticias/', ?, '-', seq),"
                + " IF(seq % 2 = 0, '16', '08'), 'PUBLICATION', 'NOTICIA', ? - seq FROM seq_0_to_149";
        for (int month = 1; month <= 12; month++) {
            java.sql.Date first = java.sql.Date.valueOf(LocalDate.of(2003, month, 1));
            sql.execute("INSERT INTO stats_monthly_page (month, path, region_code, page_type, kind, views)" + spikes, first, "mes-" + month, 1000);
            sql.execute("INSERT INTO stats_monthly_page (month, path, region_code, page_type, kind, views) VALUES (?, ?, '08', 'PUBLICATION', 'NOTICIA', 900)",
                    first, steady);
        }
        for (String day : List.of("2002-12-30", "2002-12-31")) {
            sql.execute("INSERT INTO stats_daily_page (day, path, region_code, page_type, kind, views)" + spikes,
                    java.sql.Date.valueOf(day), "dia-" + day, 500);
            sql.execute("INSERT INTO stats_daily_page (day, path, region_code, page_type, kind, views) VALUES (?, ?, '08', 'PUBLICATION', 'NOTICIA', 10)",
                    java.sql.Date.valueOf(day), steady);
        }
        String central = Fixtures.uniqueUsername("central");
        fixtures.account(central, Set.of(Role.CENTRAL), Set.of(), Set.of());
        login.as(central);
        String exact = "SELECT path, SUM(views) t FROM (SELECT path, region_code, views FROM stats_monthly_page"
                + " WHERE month BETWEEN '2003-01-01' AND '2003-12-01' UNION ALL SELECT path, region_code, views FROM stats_daily_page"
                + " WHERE day BETWEEN '2002-12-30' AND '2002-12-31') p WHERE region_code LIKE ? GROUP BY path ORDER BY t DESC, path LIMIT 20";

        for (String region : new String[] {null, "08"}) {
            StatsReport year = statistics.report(new StatsReport.ReportRequest(
                    LocalDate.of(2002, 12, 30), LocalDate.of(2003, 12, 31), PeriodType.MONTH, region));
            List<String> expected = sql.rows(exact, region == null ? "%" : region).stream().map(r -> r.get(0) + " " + r.get(1)).toList();
            assertEquals(20, expected.size());
            assertEquals(steady + " 10820", expected.get(0));
            assertEquals(expected, year.topPages().stream().map(p -> p.path() + " " + p.views()).toList(), "region " + region);
        }
    }

    @Test
    void aFileDownloadedForTwoRegionsIsTwoPagesEachInItsRegionsReport() throws SQLException {
        String path = "/datos/descarga-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        LocalDate day = LocalDate.of(2005, 7, 14);
        Instant at = day.atTime(11, 0).atZone(Formats.ZONE).toInstant();
        for (int i = 0; i < 8; i++) {
            String region = i < 3 ? "16" : "08"; // the region filter of the download is in its query string
            queue.offer(new VisitEvent(at.plusSeconds(i), PageType.DOWNLOAD, path, region, "", "", true, null, null, null));
        }
        recorder.flush();
        jobs.rollUp();
        Sql sql = new Sql(dataSource);
        for (String table : List.of("stats_daily_page", "stats_monthly_page")) {
            assertEquals(List.of("08 5", "16 3"), sql.rows("SELECT region_code, views FROM " + table + " WHERE path = ? ORDER BY region_code", path)
                    .stream().map(r -> r.get(0) + " " + r.get(1)).toList(), table);
        }
        String central = Fixtures.uniqueUsername("central");
        fixtures.account(central, Set.of(Role.CENTRAL), Set.of(), Set.of());
        login.as(central);
        for (String[] expected : new String[][] {{"16", "3"}, {"08", "5"}}) {
            StatsReport report = statistics.report(new StatsReport.ReportRequest(day, day, PeriodType.DAY, expected[0]));
            assertEquals(List.of(Long.parseLong(expected[1])), report.feedsAndDownloads().stream().filter(p -> p.path().equals(path))
                    .map(StatsReport.PageRow::views).toList(), "region " + expected[0]);
        }
        StatsReport july = statistics.report(new StatsReport.ReportRequest(day.withDayOfMonth(1), day.withDayOfMonth(31), PeriodType.DAY, null));
        assertEquals(List.of(5L, 3L), july.feedsAndDownloads().stream().filter(p -> p.path().equals(path))
                .map(StatsReport.PageRow::views).toList(), "the whole portal: the same file, two regions");
    }

    @Test
    void aRangeNotOverYetIsComparedWithThePreviousOneUpToTheDayThatMatchesToday() throws SQLException {
        // ten days, two behind today and seven still to come: compared with the ten days before, but only with the
        // first three of them (up to the one matching today); Aysén's rows (region 11) are this test's alone
        LocalDate today = StatisticsService.today();
        LocalDate from = today.minusDays(2);
        Sql sql = new Sql(dataSource);
        sql.execute("DELETE FROM stats_daily WHERE region_code = '11' AND day BETWEEN ? AND ?",
                java.sql.Date.valueOf(from.minusDays(10)), java.sql.Date.valueOf(from.minusDays(1)));
        String insert = "INSERT INTO stats_daily (day, region_code, page_type, kind, views, entries, untracked)"
                + " VALUES (?, '11', 'REGION', '', ?, ?, 0)";
        sql.execute(insert, java.sql.Date.valueOf(from.minusDays(10)), 5, 2);
        sql.execute(insert, java.sql.Date.valueOf(from.minusDays(8)), 7, 3);
        sql.execute(insert, java.sql.Date.valueOf(from.minusDays(7)), 100, 50); // after the day matching today
        String central = Fixtures.uniqueUsername("central");
        fixtures.account(central, Set.of(Role.CENTRAL), Set.of(), Set.of());
        login.as(central);

        StatsReport soFar = statistics.report(new StatsReport.ReportRequest(from, today.plusDays(7), PeriodType.DAY, "11"));
        assertTrue(soFar.comparedSoFar());
        assertEquals(from.minusDays(10), soFar.previousFrom());
        assertEquals(from.minusDays(8), soFar.previousTo());
        assertEquals(new StatsReport.Totals(12, 5, 0), soFar.previous());

        StatsReport over = statistics.report(new StatsReport.ReportRequest(from.minusDays(10), from.minusDays(1), PeriodType.DAY, "11"));
        assertFalse(over.comparedSoFar());
        assertEquals(112, over.totals().views());

        StatsReport march = statistics.report(new StatsReport.ReportRequest(
                LocalDate.of(2004, 3, 1), LocalDate.of(2004, 3, 31), PeriodType.DAY, null));
        assertEquals(LocalDate.of(2004, 2, 1), march.previousFrom(), "a calendar month: the month before");
        assertEquals(LocalDate.of(2004, 2, 29), march.previousTo());
    }

    @Test
    void anEditorSeesTheReportsOfTheirRegionOnly() throws SQLException {
        LocalDate day = LocalDate.of(2018, 6, 12);
        Instant at = day.atTime(10, 0).atZone(Formats.ZONE).toInstant();
        for (int i = 0; i < 7; i++) {
            queue.offer(view(at, "/region/nuble/noticias/alcance-" + i, "16", null));
        }
        for (int i = 0; i < 11; i++) {
            queue.offer(view(at, "/region/biobio/noticias/alcance-" + i, "08", null));
        }
        recorder.flush();
        jobs.rollUp();

        String editor = Fixtures.uniqueUsername("editor");
        fixtures.account(editor, Set.of(Role.EDITOR), Set.of("16"), Set.of());
        login.as(editor);
        StatsReport own = statistics.report(new StatsReport.ReportRequest(day, day, PeriodType.DAY, "16"));
        assertEquals(7, own.totals().views());
        assertTrue(own.regions().isEmpty());
        assertTrue(own.topPages().stream().allMatch(p -> p.path().startsWith("/region/nuble/")));
        assertThrows(AccessDeniedException.class,
                () -> statistics.report(new StatsReport.ReportRequest(day, day, PeriodType.DAY, "08")));
        assertThrows(AccessDeniedException.class,
                () -> statistics.report(new StatsReport.ReportRequest(day, day, PeriodType.DAY, null)));
        assertEquals(1, new Sql(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_DENIED' AND actor = ? AND region_code = '08'", editor));
        login.logout();

        String central = Fixtures.uniqueUsername("central");
        fixtures.account(central, Set.of(Role.CENTRAL), Set.of(), Set.of());
        login.as(central);
        StatsReport national = statistics.report(new StatsReport.ReportRequest(day, day, PeriodType.DAY, null));
        assertEquals(18, national.totals().views());
        assertEquals(11, national.regions().stream().filter(r -> r.key().equals("08")).findFirst().orElseThrow().views());
        assertEquals(PeriodType.DAY, national.uniquePeriod());
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> statistics.report(new StatsReport.ReportRequest(day, day.minusDays(1), PeriodType.DAY, null)));
        assertEquals("to", invalid.getErrors().get(0).field());
    }

    @Test
    void theWeeklyDigestIsWrittenOnceWhenTwoInstancesTryAtOnce() throws Exception {
        LocalDate week = LocalDate.of(2017, 1, 2);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(executor.submit(() -> digest.write(week, Instant.now())));
        }
        int written = 0;
        for (Future<Boolean> attempt : attempts) {
            written += attempt.get() ? 1 : 0;
        }
        assertEquals(1, written);
        Sql sql = new Sql(dataSource);
        assertEquals(1, sql.count("SELECT COUNT(*) FROM stats_digest WHERE week_start = ? AND region_code = ''", java.sql.Date.valueOf(week)));
        assertFalse(digest.write(week, Instant.now()));
    }

    @Test
    void employmentDataSectionsAreMonitoredFromTheRegionsOwnChanges() throws SQLException {
        UpdateMonitor.Overview overview = monitor.overviewForDigest(Instant.now());
        for (String code : List.of("COBERTURA", "BONIFICACION", "SERIE_EMPLEO")) {
            assertTrue(overview.sections().stream().anyMatch(s -> s.code().equals(code) && s.available()),
                    code + " has a source (coverage.CoverageUpdateSource)");
        }
        Sql sql = new Sql(dataSource);
        // formatted in SQL with all six fraction digits: the driver's text of DATETIME(3) drops leading zeros of the
        // milliseconds (".004" came back as ".4")
        String latest = sql.value("SELECT DATE_FORMAT(MAX(updated_at), '%Y-%m-%d %H:%i:%s.%f') FROM coverage_figure WHERE region_code = '08'");
        assertNotNull(latest, "the demo content has coverage figures for Biobío");
        UpdateMonitor.Cell cell = overview.rows().stream().filter(r -> r.region().code().equals("08")).findFirst()
                .orElseThrow().cells().stream().filter(c -> c.sectionCode().equals("COBERTURA")).findFirst().orElseThrow();
        assertEquals(Timestamp.valueOf(latest).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC), cell.lastUpdate(),
                "the last change of the region's coverage figures");
    }

    @Test
    void demoVisitsMakeEveryRegionLookAlive() throws SQLException {
        Sql sql = new Sql(dataSource);
        assertEquals(0, sql.count("""
                SELECT COUNT(*) FROM region r WHERE NOT EXISTS (SELECT 1 FROM stats_daily d WHERE d.region_code = r.code
                AND d.day >= CURRENT_DATE - INTERVAL 30 DAY)"""), "every region has visits in the last 30 days");
        assertTrue(sql.count("SELECT COUNT(*) FROM stats_unique WHERE period_type = 'Y' AND scope = ''") >= 2);
        assertNotNull(sql.value("SELECT MAX(terms) FROM stats_daily_search WHERE no_results > 0"));
        assertNull(sql.value("SELECT MAX(path) FROM stats_daily_page WHERE path LIKE '%/NOTICIA/%'"), "paths use the kind's URL segment");
    }
}
