package cl.gob.mintrab.canalregional.stats;

import org.apache.datasketches.hll.HllSketch;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unique-visitor tables over JDBC: the secret of each period ({@code stats_period_key}, created by whichever
 * instance needs it first) and the merge of new sketches into {@code stats_unique}, each row locked while it is
 * merged. Used by the flush, the demo content and the benchmark generator.
 */
public final class SketchStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CHUNK = 300;

    private SketchStore() {
    }

    /** The period's secret, created by whichever instance needs it first (INSERT IGNORE, then read). */
    public static byte[] secret(Connection c, VisitorSketches.PeriodKey period) {
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

    public static void merge(Connection c, Map<VisitorSketches.SketchKey, HllSketch> sketches) throws SQLException {
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
            // the stored sketches, locked, a chunk at a time (one round trip per chunk, not per sketch)
            Map<VisitorSketches.SketchKey, byte[]> stored = new HashMap<>();
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<VisitorSketches.SketchKey> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
                // an OR of primary keys: the range optimiser reads (and locks) exactly these rows
                String sql = "SELECT period_type, period_start, scope, sketch FROM stats_unique WHERE "
                        + String.join(" OR ", java.util.Collections.nCopies(chunk.size(), "(period_type = ? AND period_start = ? AND scope = ?)"))
                        + " FOR UPDATE";
                try (PreparedStatement select = c.prepareStatement(sql)) {
                    int i = 1;
                    for (VisitorSketches.SketchKey key : chunk) {
                        select.setString(i++, key.type().code());
                        select.setDate(i++, Date.valueOf(key.start()));
                        select.setString(i++, key.scope());
                    }
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            stored.put(new VisitorSketches.SketchKey(PeriodType.ofCode(rs.getString(1)), rs.getDate(2).toLocalDate(),
                                    rs.getString(3)), rs.getBytes(4));
                        }
                    }
                }
            }
            for (VisitorSketches.SketchKey key : keys) {
                byte[] merged = VisitorSketches.merge(stored.get(key), sketches.get(key));
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
