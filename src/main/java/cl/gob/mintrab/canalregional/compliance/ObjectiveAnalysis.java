package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Etapa 3, "análisis del avance" of one objective: modifications achieved, recommendations, commitments, responsible. */
@Entity
@Audited
@Table(name = "gt_objective_analysis")
public class ObjectiveAnalysis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "objective_id", nullable = false)
    private long objectiveId;

    @Column(name = "modifications")
    private String modifications;

    @Column(name = "recommendations")
    private String recommendations;

    @Column(name = "commitments")
    private String commitments;

    @Column(name = "responsible")
    private String responsible;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ObjectiveAnalysis() {
        // JPA
    }

    public int getVersion() {
        return version;
    }

    public ObjectiveAnalysis(long programId, long objectiveId) {
        this.programId = programId;
        this.objectiveId = objectiveId;
    }

    public void update(String modifications, String recommendations, String commitments, String responsible) {
        this.modifications = modifications;
        this.recommendations = recommendations;
        this.commitments = commitments;
        this.responsible = responsible;
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public long getObjectiveId() {
        return objectiveId;
    }

    public String getModifications() {
        return modifications;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public String getCommitments() {
        return commitments;
    }

    public String getResponsible() {
        return responsible;
    }
}
