package cl.gob.mintrab.canalregional.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;

/**
 * Adds a {@link Rollup}'s counts to the aggregate tables with additive upserts
 * ({@code ON DUPLICATE KEY UPDATE views = views + ...}), in JDBC batches. Used by the rollup job, the demo
 * content and the benchmark generator, so all three produce the same rows.
 */
public final class AggregateWriter {

    private static final int CHUNK = 2000;

    private AggregateWriter() {
    }

    public static void write(Connection c, Rollup rollup) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO stats_hourly (hour_start, region_code, page_type, views, entries) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE views = views + VALUES(views), entries = entries + VALUES(entries)""")) {
            int n = 0;
            for (Map.Entry<Rollup.HourKey, Rollup.Counts> e : rollup.hourly().entrySet()) {
                s.setTimestamp(1, Timestamp.valueOf(e.getKey().hourStart()));
                s.setString(2, e.getKey().regionCode());
                s.setString(3, e.getKey().type().name());
                s.setLong(4, e.getValue().views);
                s.setLong(5, e.getValue().entries);
                n = add(s, n);
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO stats_daily (day, region_code, page_type, kind, views, entries, untracked) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE views = views + VALUES(views), entries = entries + VALUES(entries),
                                        untracked = untracked + VALUES(untracked)""")) {
            int n = 0;
            for (Map.Entry<Rollup.DayKey, Rollup.Counts> e : rollup.daily().entrySet()) {
                s.setDate(1, Date.valueOf(e.getKey().day()));
                s.setString(2, e.getKey().regionCode());
                s.setString(3, e.getKey().type().name());
                s.setString(4, e.getKey().kind());
                s.setLong(5, e.getValue().views);
                s.setLong(6, e.getValue().entries);
                s.setLong(7, e.getValue().untracked);
                n = add(s, n);
            }
            s.executeBatch();
        }
        pages(c, "stats_daily_page", "day", rollup.dailyPages());
        pages(c, "stats_monthly_page", "month", rollup.monthlyPages());
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO stats_daily_referrer (day, region_code, referrer_host, views) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE views = views + VALUES(views)""")) {
            int n = 0;
            for (Map.Entry<Rollup.ReferrerKey, Rollup.Counts> e : rollup.referrers().entrySet()) {
                s.setDate(1, Date.valueOf(e.getKey().day()));
                s.setString(2, e.getKey().regionCode());
                s.setString(3, e.getKey().host());
                s.setLong(4, e.getValue().views);
                n = add(s, n);
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO stats_daily_search (day, terms, searches, no_results) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE searches = searches + VALUES(searches), no_results = no_results + VALUES(no_results)""")) {
            int n = 0;
            for (Map.Entry<Rollup.SearchKey, Rollup.SearchCounts> e : rollup.searches().entrySet()) {
                s.setDate(1, Date.valueOf(e.getKey().day()));
                s.setString(2, e.getKey().terms());
                s.setLong(3, e.getValue().searches);
                s.setLong(4, e.getValue().noResults);
                n = add(s, n);
            }
            s.executeBatch();
        }
    }

    private static void pages(Connection c, String table, String dateColumn, Map<Rollup.PageKey, Rollup.Counts> rows)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (" + dateColumn
                + ", path, region_code, page_type, kind, views) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE views = views + VALUES(views)")) {
            int n = 0;
            for (Map.Entry<Rollup.PageKey, Rollup.Counts> e : rows.entrySet()) {
                s.setDate(1, Date.valueOf(e.getKey().date()));
                s.setString(2, e.getKey().path());
                s.setString(3, e.getKey().regionCode());
                s.setString(4, e.getKey().type().name());
                s.setString(5, e.getKey().kind());
                s.setLong(6, e.getValue().views);
                n = add(s, n);
            }
            s.executeBatch();
        }
    }

    private static int add(PreparedStatement s, int n) throws SQLException {
        s.addBatch();
        if (++n % CHUNK == 0) {
            s.executeBatch();
        }
        return n;
    }
}
