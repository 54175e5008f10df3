package cl.gob.mintrab.canalregional.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The version of everything the public can see, read from the database (table {@code content_version}, bumped by
 * {@link PublicContentListener}). Each instance re-reads it at most once a second, so a publication appears on
 * every instance within a second, with no message between instances.
 */
@ApplicationScoped
public class PublicContentVersion {

    /** A version with the time it changed (for Last-Modified). */
    public record Stamp(long version, Instant changedAt) {
    }

    private static final Logger LOG = Logger.getLogger(PublicContentVersion.class.getName());
    private static final long MAX_AGE_NANOS = 1_000_000_000L;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    private volatile Stamp current;
    private volatile long readAt;

    public Stamp current() {
        long now = System.nanoTime();
        Stamp stamp = current;
        if (stamp == null || now - readAt > MAX_AGE_NANOS) {
            try {
                stamp = read();
            } catch (IllegalStateException e) {
                if (stamp == null) {
                    throw e;
                }
                // The database is unreachable: nothing can be published meanwhile, so the pages already rendered
                // for the last version read stay right. Readers keep them; anything else fails as it would anyway.
                LOG.log(Level.WARNING, "Public content version unreadable; keeping version " + stamp.version(), e);
            }
            current = stamp;
            readAt = now;
        }
        return stamp;
    }

    private Stamp read() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, changed_at FROM content_version WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp changed = rs.getTimestamp(2);
            return new Stamp(rs.getLong(1), changed.toLocalDateTime().toInstant(ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the public content version", e);
        }
    }
}
