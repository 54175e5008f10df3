package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Rolls raw page views up into the aggregates, and purges what is past retention. Safe with several instances:
 * a batch claims its events by writing its id into them ({@code UPDATE ... WHERE rollup_id IS NULL}; a second
 * instance waits for the row locks and then no longer matches those rows) and adds them to the aggregates in the
 * same transaction, so each event is counted exactly once. Purging is idempotent.
 */
@Stateless
public class RollupRunner {

    public static final int BATCH = 20_000;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "canal.stats.retention-days", defaultValue = "90")
    int retentionDays;

    /** @return how many rows this batch rolled up (less than {@link #BATCH}: nothing more is waiting) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rollUp() {
        try (Connection c = dataSource.getConnection()) {
            long batchId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO stats_rollup (started_at) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    batchId = keys.getLong(1);
                }
            }
            int claimed;
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE stats_event SET rollup_id = ? WHERE rollup_id IS NULL ORDER BY id LIMIT ?")) {
                s.setLong(1, batchId);
                s.setInt(2, BATCH);
                claimed = s.executeUpdate();
            }
            if (claimed == 0) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM stats_rollup WHERE id = ?")) {
                    s.setLong(1, batchId);
                    s.executeUpdate();
                }
                return 0;
            }
            Rollup rollup = new Rollup(Formats.ZONE);
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT occurred_at, page_type, path, region_code, kind, referrer_host, entry, tracked, search_terms,
                           search_results, views
                    FROM stats_event WHERE rollup_id = ?""")) {
                s.setLong(1, batchId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int results = rs.getInt(10);
                        Integer searchResults = rs.wasNull() ? null : results;
                        rollup.add(new StoredEvent(rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC),
                                PageType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9), searchResults, rs.getInt(11)));
                    }
                }
            }
            AggregateWriter.write(c, rollup);
            try (PreparedStatement s = c.prepareStatement("UPDATE stats_rollup SET events = ? WHERE id = ?")) {
                s.setLong(1, rollup.events());
                s.setLong(2, batchId);
                s.executeUpdate();
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("Fallo al consolidar estadísticas", e);
        }
    }

    /**
     * Deletes raw events older than the retention (only those already rolled up), finished rollup batches of
     * the same age, and the secrets of periods that ended before yesterday.
     *
     * @return raw events deleted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant now) {
        Instant limit = now.minusSeconds(86_400L * retentionDays);
        LocalDate today = LocalDate.ofInstant(now, Formats.ZONE);
        try (Connection c = dataSource.getConnection()) {
            int deleted;
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM stats_event WHERE occurred_at < ? AND rollup_id IS NOT NULL")) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(limit, ZoneOffset.UTC)));
                deleted = s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM stats_rollup WHERE started_at < ?")) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(limit, ZoneOffset.UTC)));
                s.executeUpdate();
            }
            // a period's secret is kept one day past its end (views queued at midnight still use it), then deleted
            List<Object[]> expired = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT period_type, period_start FROM stats_period_key");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    PeriodType type = PeriodType.ofCode(rs.getString(1));
                    LocalDate start = rs.getDate(2).toLocalDate();
                    if (type.next(start).isBefore(today)) {
                        expired.add(new Object[] {type.code(), start});
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM stats_period_key WHERE period_type = ? AND period_start = ?")) {
                for (Object[] key : expired) {
                    s.setString(1, (String) key[0]);
                    s.setDate(2, Date.valueOf((LocalDate) key[1]));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("Fallo al depurar estadísticas", e);
        }
    }

    /** The current retention, for the report page. */
    public int retentionDays() {
        return retentionDays;
    }
}
