package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes a part of what a flush took from the {@link VisitQueue} in one transaction: its rows of raw events (JDBC
 * batch, identical views of the same second as one row with their count, no visitor information), the counters
 * (bots, overflow, prefetches) and its visitors merged into the unique-visitor sketches. Several instances may
 * flush at once: counters are additive upserts, and each sketch row is locked while it is merged.
 */
@Stateless
public class VisitStore {

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(List<Map.Entry<VisitQueue.Row, Long>> rows, List<VisitQueue.Visitor> visitors, VisitQueue.Counters counters) {
        try (Connection c = dataSource.getConnection()) {
            insertEvents(c, rows);
            writeCounters(c, counters);
            VisitorSketches sketches = new VisitorSketches(period -> SketchStore.secret(c, period));
            for (VisitQueue.Visitor visitor : visitors) {
                sketches.add(visitor.fingerprint(), visitor.day(), visitor.regionCode());
            }
            SketchStore.merge(c, sketches.sketches());
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudieron guardar las visitas", e);
        }
    }

    private static void insertEvents(Connection c, List<Map.Entry<VisitQueue.Row, Long>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO stats_event (occurred_at, page_type, path, region_code, kind, referrer_host, entry, tracked,
                                         search_terms, search_results, views)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<VisitQueue.Row, Long> row : rows) {
                VisitQueue.Row e = row.getKey();
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofEpochSecond(e.second(), 0, ZoneOffset.UTC)));
                s.setString(2, e.type().name());
                s.setString(3, e.path());
                s.setString(4, e.regionCode());
                s.setString(5, e.kind());
                s.setString(6, e.referrerHost());
                s.setBoolean(7, e.entry());
                s.setBoolean(8, e.tracked());
                s.setString(9, e.searchTerms());
                if (e.searchResults() == null) {
                    s.setNull(10, Types.INTEGER);
                } else {
                    s.setInt(10, e.searchResults());
                }
                s.setLong(11, row.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void writeCounters(Connection c, VisitQueue.Counters counters) throws SQLException {
        if (counters.isEmpty()) {
            return;
        }
        LocalDateTime hour = LocalDateTime.ofInstant(Instant.now(), Formats.ZONE).truncatedTo(ChronoUnit.HOURS);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO stats_counter (hour_start, name, amount) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount)""")) {
            add(s, hour, "overflow", counters.overflow());
            add(s, hour, "prefetch", counters.prefetch());
            for (Map.Entry<String, Long> bot : counters.bots().entrySet()) {
                add(s, hour, "bot:" + bot.getKey(), bot.getValue());
            }
            s.executeBatch();
        }
    }

    private static void add(PreparedStatement s, LocalDateTime hour, String name, long amount) throws SQLException {
        if (amount <= 0) {
            return;
        }
        s.setTimestamp(1, Timestamp.valueOf(hour));
        s.setString(2, name);
        s.setLong(3, amount);
        s.addBatch();
    }
}
