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

    private static final long MAX_AGE_NANOS = 1_000_000_000L;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    private volatile Stamp current;
    private volatile long readAt;

    public Stamp current() {
        long now = System.nanoTime();
        Stamp stamp = current;
        if (stamp == null || now - readAt > MAX_AGE_NANOS) {
            stamp = read();
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
