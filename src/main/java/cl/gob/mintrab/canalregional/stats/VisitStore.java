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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Writes a batch of queued page views in one transaction: the raw events (JDBC batch, identical views of the same
 * second as one row with their count, no visitor information),
 * the counters (bots, overflow, prefetches) and the merged unique-visitor sketches. Several instances may flush
 * at once: counters are additive upserts, and each sketch row is locked while it is merged.
 */
@Stateless
public class VisitStore {

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(List<VisitEvent> events, VisitQueue.Counters counters) {
        try (Connection c = dataSource.getConnection()) {
            insertEvents(c, events);
            writeCounters(c, counters);
            VisitorSketches sketches = new VisitorSketches(period -> SketchStore.secret(c, period));
            // a visitor's repeated views of a region on a day add nothing to a sketch: hash each once per batch
            Set<String> seen = new HashSet<>();
            for (VisitEvent e : events) {
                if (e.fingerprint() == null) {
                    continue;
                }
                LocalDate day = LocalDate.ofInstant(e.occurredAt(), Formats.ZONE);
                if (seen.add(Base64.getEncoder().encodeToString(e.fingerprint()) + day + e.regionCode())) {
                    sketches.add(e.fingerprint(), day, e.regionCode());
                }
            }
            SketchStore.merge(c, sketches.sketches());
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudieron guardar las visitas", e);
        }
    }

    /**
     * Identical views of the same second (same page, referrer, search, tracking) become one row with their count:
     * a busy page costs a few rows per flush instead of one per request. Nothing about the visitor is in the key.
     */
    record RowKey(Instant second, PageType type, String path, String regionCode, String kind, String referrerHost,
                  boolean entry, boolean tracked, String searchTerms, Integer searchResults) {
    }

    static Map<RowKey, Integer> rows(List<VisitEvent> events) {
        Map<RowKey, Integer> rows = new LinkedHashMap<>();
        for (VisitEvent e : events) {
            rows.merge(new RowKey(e.occurredAt().truncatedTo(ChronoUnit.SECONDS), e.type(), e.path(), e.regionCode(), e.kind(),
                    e.referrerHost(), e.entry(), e.tracked(), e.searchTerms(), e.searchResults()), 1, Integer::sum);
        }
        return rows;
    }

    private static void insertEvents(Connection c, List<VisitEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO stats_event (occurred_at, page_type, path, region_code, kind, referrer_host, entry, tracked,
                                         search_terms, search_results, views)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<RowKey, Integer> row : rows(events).entrySet()) {
                RowKey e = row.getKey();
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(e.second(), ZoneOffset.UTC)));
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
                s.setInt(11, row.getValue());
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
