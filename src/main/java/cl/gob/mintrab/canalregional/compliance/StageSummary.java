package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Etapa 4: the plan's main contribution to territorial management, the difficulties and the recommendations (one per programme). */
@Entity
@Audited
@Table(name = "gt_stage_summary")
public class StageSummary {

    @Id
    @Column(name = "program_id")
    private Long programId;

    @Column(name = "contribution")
    private String contribution;

    @Column(name = "difficulties")
    private String difficulties;

    @Column(name = "recommendations")
    private String recommendations;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StageSummary() {
        // JPA
    }

    public int getVersion() {
        return version;
    }

    public StageSummary(long programId) {
        this.programId = programId;
    }

    public void update(String contribution, String difficulties, String recommendations) {
        this.contribution = contribution;
        this.difficulties = difficulties;
        this.recommendations = recommendations;
    }

    public Long getProgramId() {
        return programId;
    }

    public String getContribution() {
        return contribution;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public String getRecommendations() {
        return recommendations;
    }
}
