package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Etapa 4: an achievement committed in the plan, what was effectively achieved, and the gap between them. */
@Entity
@Audited
@Table(name = "gt_achievement_gap")
public class AchievementGap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "committed", nullable = false)
    private String committed;

    @Column(name = "effective")
    private String effective;

    @Column(name = "gap")
    private String gap;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected AchievementGap() {
        // JPA
    }

    public int getVersion() {
        return version;
    }

    public AchievementGap(long programId, int position) {
        this.programId = programId;
        this.position = position;
    }

    public void update(String committed, String effective, String gap) {
        this.committed = committed;
        this.effective = effective;
        this.gap = gap;
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public int getPosition() {
        return position;
    }

    public String getCommitted() {
        return committed;
    }

    public String getEffective() {
        return effective;
    }

    public String getGap() {
        return gap;
    }
}
