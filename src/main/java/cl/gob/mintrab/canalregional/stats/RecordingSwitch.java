package cl.gob.mintrab.canalregional.stats;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether page views are recorded: off when {@code canal.stats.enabled=false} (configuration), or when the setting
 * {@code stats.recording} in {@code app_setting} is "off" (shared by every instance, changed without a restart,
 * used by the overhead benchmark). The setting is read at most every five seconds.
 * <p>
 * One per instance, produced by {@link RecordingBeans} as a {@code @Singleton} (no CDI client proxy: it is asked
 * on every public request).
 */
public class RecordingSwitch {

    static final String SETTING = "stats.recording";
    private static final Logger LOG = Logger.getLogger(RecordingSwitch.class.getName());
    private static final long TTL_NANOS = 5_000_000_000L;

    private final boolean configured;
    private final DataSource dataSource;

    private volatile boolean on = true;
    private volatile long readAt = System.nanoTime() - 2 * TTL_NANOS;

    RecordingSwitch(boolean configured, DataSource dataSource) {
        this.configured = configured;
        this.dataSource = dataSource;
    }

    public boolean isOn() {
        if (!configured) {
            return false;
        }
        long now = System.nanoTime();
        if (now - readAt > TTL_NANOS) {
            readAt = now;
            on = read();
        }
        return on;
    }

    private boolean read() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT value FROM app_setting WHERE name = ?")) {
            s.setString(1, SETTING);
            try (ResultSet rs = s.executeQuery()) {
                return !rs.next() || !"off".equalsIgnoreCase(rs.getString(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "stats.recording not readable, keeping " + on, e);
            return on;
        }
    }
}
