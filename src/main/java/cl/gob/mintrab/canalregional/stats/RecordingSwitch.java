package cl.gob.mintrab.canalregional.stats;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
 */
@ApplicationScoped
public class RecordingSwitch {

    static final String SETTING = "stats.recording";
    private static final Logger LOG = Logger.getLogger(RecordingSwitch.class.getName());
    private static final long TTL_NANOS = 5_000_000_000L;

    @Inject
    @ConfigProperty(name = "canal.stats.enabled", defaultValue = "true")
    boolean configured;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    private volatile boolean on = true;
    private volatile long readAt = System.nanoTime() - 2 * TTL_NANOS;

    /** This instance, not its CDI client proxy (for the request path, see {@code VisitRecordingFilter}). */
    public RecordingSwitch instance() {
        return this;
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
