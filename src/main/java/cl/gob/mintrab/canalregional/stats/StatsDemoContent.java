package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.content.PublicationKind;
import cl.gob.mintrab.canalregional.demo.DemoContributor;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two years of synthetic visits for every region, so the statistics pages are alive on the first run: page views
 * of the region's real demo publications, listings, feeds and attachments, the home page and searches (a few
 * with no results), arriving from search engines, social networks and government sites, with more traffic on
 * weekdays and a slow growth. They go through the same {@link Rollup}, {@link AggregateWriter} and sketches as
 * real visits; no raw events are written (they would only be purged).
 */
@Stateless
public class StatsDemoContent implements DemoContributor {

    static final int DAYS = 730;
    /** Average page views per region and day at the end of the two years. */
    static final int VIEWS_PER_REGION_DAY = 24;

    private static final String[] REFERRERS = {"", "", "", "google.com", "google.com", "google.com", "google.cl",
            "bing.com", "facebook.com", "x.com", "mintrab.gob.cl", "dt.gob.cl", "sence.cl", "gob.cl", "duckduckgo.com"};
    private static final String[] SEARCHES = {"bonificación contratación", "empleo", "capacitación", "subsidio empleo joven",
            "seremi del trabajo", "mesa regional", "fosis", "bolsa nacional de empleo", "acuerdo forestal", "pro empleo",
            "conflicto portuario", "diálogo social", "cotizaciones", "feria laboral", "oficina municipal de información laboral"};
    private static final String[] NO_RESULTS = {"licencia médica electrónica", "bono invierno 2025", "horario registro civil"};

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Inject
    RegionService regions;

    @Override
    public String name() {
        return "stats.visits";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public boolean hasContent() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM stats_daily");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        Random random = new Random(2007);
        try (Connection c = dataSource.getConnection()) {
            Rollup rollup = new Rollup(Formats.ZONE);
            VisitorSketches sketches = new VisitorSketches(period -> SketchStore.secret(c, period));
            for (RegionSummary region : regions.findPublishingUnits()) {
                List<String> publications = paths(c, "SELECT kind, slug FROM published_item WHERE region_code = ?", region.code()).stream()
                        .map(row -> "/region/" + region.slug() + "/" + PublicationKind.valueOf(row.split("\\|")[0]).getSlug() + "/" + row.split("\\|")[1])
                        .toList();
                List<String> files = paths(c, "SELECT CONCAT('/archivos/', id, '/', file_name) FROM attachment WHERE region_code = ? AND format = 'PDF'",
                        region.code());
                int visitors = 400 + random.nextInt(1200);
                for (int d = DAYS - 1; d >= 0; d--) {
                    LocalDate day = today.minusDays(d);
                    double growth = 0.5 + 0.5 * (DAYS - d) / DAYS;
                    double weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.45 : 1.0;
                    int views = (int) Math.round(VIEWS_PER_REGION_DAY * growth * weekday * (0.6 + random.nextDouble() * 0.8));
                    for (int v = 0; v < views; v++) {
                        Instant at = ZonedDateTime.of(day.atTime(7 + random.nextInt(16), random.nextInt(60)), Formats.ZONE).toInstant();
                        // returning readers: a few visitors read a lot, most come once or twice
                        int visitor = (int) Math.floor(visitors * Math.pow(random.nextDouble(), 2.2));
                        byte[] fingerprint = random.nextInt(12) == 0 ? null
                                : VisitorHasher.fingerprint("10." + region.code().hashCode() % 200 + "." + visitor / 250 + "." + visitor % 250,
                                "demo-" + region.code() + "-" + visitor);
                        StoredEvent event = event(random, region, publications, files, at, fingerprint != null);
                        rollup.add(event);
                        sketches.add(fingerprint, day, event.regionCode());
                    }
                }
            }
            AggregateWriter.write(c, rollup);
            SketchStore.merge(c, sketches.sketches());
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudieron crear las estadísticas de demostración", e);
        }
    }

    private static StoredEvent event(Random random, RegionSummary region, List<String> publications, List<String> files,
                                     Instant at, boolean tracked) {
        String referrer = REFERRERS[random.nextInt(REFERRERS.length)];
        boolean internal = random.nextInt(3) == 0;
        boolean entry = !internal;
        String host = internal ? "" : referrer;
        int pick = random.nextInt(100);
        if (pick < 55 && !publications.isEmpty()) {
            String path = publications.get((int) Math.floor(publications.size() * Math.pow(random.nextDouble(), 1.8)));
            String kindSlug = path.split("/")[3];
            String kind = PublicationKind.fromSlug(kindSlug).map(Enum::name).orElse("");
            return new StoredEvent(at, PageType.PUBLICATION, path, region.code(), kind, host, entry, tracked, null, null);
        }
        if (pick < 70) {
            return new StoredEvent(at, PageType.REGION, "/region/" + region.slug(), region.code(), "", host, entry, tracked, null, null);
        }
        if (pick < 80) {
            PublicationKind kind = PublicationKind.values()[random.nextInt(PublicationKind.values().length)];
            return new StoredEvent(at, PageType.LISTING, "/region/" + region.slug() + "/" + kind.getSlug(), region.code(),
                    kind.name(), host, entry, tracked, null, null);
        }
        if (pick < 86) {
            return new StoredEvent(at, PageType.FEED, "/feeds/" + region.slug() + "/rss.xml", region.code(), "", "", true, tracked, null, null);
        }
        if (pick < 90 && !files.isEmpty()) {
            return new StoredEvent(at, PageType.DOWNLOAD, files.get(random.nextInt(files.size())), "", "", host, entry, tracked, null, null);
        }
        if (pick < 96) {
            boolean none = random.nextInt(8) == 0;
            String terms = none ? NO_RESULTS[random.nextInt(NO_RESULTS.length)] : SEARCHES[random.nextInt(SEARCHES.length)];
            return new StoredEvent(at, PageType.SEARCH, "/buscar", "", "", "", false, tracked, terms, none ? 0 : 1 + random.nextInt(40));
        }
        return new StoredEvent(at, PageType.HOME, "/", "", "", host, entry, tracked, null, null);
    }

    /** The rows of a one-parameter query, columns joined with "|". */
    private static List<String> paths(Connection c, String sql, String regionCode) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, regionCode);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(rs.getString(1));
                    for (int i = 2; i <= columns; i++) {
                        row.append('|').append(rs.getString(i));
                    }
                    paths.add(row.toString());
                }
            }
        }
        return paths;
    }
}
