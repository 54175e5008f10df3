package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.apache.datasketches.hll.HllSketch;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of queued page views in one transaction: the raw events (JDBC batch, no visitor information),
 * the counters (bots, overflow, prefetches) and the merged unique-visitor sketches. Several instances may flush
 * at once: counters are additive upserts, and each sketch row is locked while it is merged.
 */
@Stateless
public class VisitStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(List<VisitEvent> events, VisitQueue.Counters counters) {
        try (Connection c = dataSource.getConnection()) {
            insertEvents(c, events);
            writeCounters(c, counters);
            VisitorSketches sketches = new VisitorSketches(period -> secret(c, period));
            for (VisitEvent e : events) {
                sketches.add(e.fingerprint(), LocalDate.ofInstant(e.occurredAt(), Formats.ZONE), e.regionCode());
            }
            mergeSketches(c, sketches.sketches());
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudieron guardar las visitas", e);
        }
    }

    private static void insertEvents(Connection c, List<VisitEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO stats_event (occurred_at, page_type, path, region_code, kind, referrer_host, entry, tracked,
                                         search_terms, search_results)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (VisitEvent e : events) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC)));
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

    /** The period's secret, created by whichever instance needs it first (INSERT IGNORE, then read). */
    static byte[] secret(Connection c, VisitorSketches.PeriodKey period) {
        try {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT IGNORE INTO stats_period_key (period_type, period_start, secret, created_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, period.type().code());
                s.setDate(2, Date.valueOf(period.start()));
                s.setBytes(3, fresh);
                s.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT secret FROM stats_period_key WHERE period_type = ? AND period_start = ?")) {
                s.setString(1, period.type().code());
                s.setDate(2, Date.valueOf(period.start()));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void mergeSketches(Connection c, Map<VisitorSketches.SketchKey, HllSketch> sketches) throws SQLException {
        if (sketches.isEmpty()) {
            return;
        }
        // rows first (so every instance locks existing rows), in a fixed order against deadlocks
        List<VisitorSketches.SketchKey> keys = sketches.keySet().stream()
                .sorted((a, b) -> (a.type().code() + a.start() + a.scope()).compareTo(b.type().code() + b.start() + b.scope()))
                .toList();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT IGNORE INTO stats_unique (period_type, period_start, scope, sketch, estimate, updated_at)
                VALUES (?, ?, ?, ?, 0, ?)""");
             PreparedStatement select = c.prepareStatement(
                     "SELECT sketch FROM stats_unique WHERE period_type = ? AND period_start = ? AND scope = ? FOR UPDATE");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE stats_unique SET sketch = ?, estimate = ?, updated_at = ? WHERE period_type = ? AND period_start = ? AND scope = ?")) {
            for (VisitorSketches.SketchKey key : keys) {
                insert.setString(1, key.type().code());
                insert.setDate(2, Date.valueOf(key.start()));
                insert.setString(3, key.scope());
                insert.setBytes(4, new byte[0]);
                insert.setTimestamp(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
            for (VisitorSketches.SketchKey key : keys) {
                select.setString(1, key.type().code());
                select.setDate(2, Date.valueOf(key.start()));
                select.setString(3, key.scope());
                byte[] stored;
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    stored = rs.getBytes(1);
                }
                byte[] merged = VisitorSketches.merge(stored, sketches.get(key));
                update.setBytes(1, merged);
                update.setLong(2, VisitorSketches.estimate(merged));
                update.setTimestamp(3, now);
                update.setString(4, key.type().code());
                update.setDate(5, Date.valueOf(key.start()));
                update.setString(6, key.scope());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
