package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A section watched by update monitoring: which {@link UpdateSource} reports it, under which key, and how often
 * regions are expected to update it. Rows, not code: adding a section is an insert.
 */
@Entity
@Audited
@Table(name = "stats_section")
@NamedQuery(name = "StatsSection.findActive", query = "SELECT s FROM StatsSection s WHERE s.active = TRUE ORDER BY s.position")
public class StatsSection {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "source", nullable = false, length = 30)
    private String source;

    @Column(name = "source_key", nullable = false, length = 40)
    private String sourceKey;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "cadence_days", nullable = false)
    private int cadenceDays;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StatsSection() {
        // JPA
    }

    public String getCode() {
        return code;
    }

    public String getSource() {
        return source;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getName() {
        return name;
    }

    public int getCadenceDays() {
        return cadenceDays;
    }

    public void setCadenceDays(int cadenceDays) {
        this.cadenceDays = cadenceDays;
        this.updatedAt = Times.now();
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
