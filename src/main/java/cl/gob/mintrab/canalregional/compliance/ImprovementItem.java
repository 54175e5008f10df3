package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** Etapa 3: an activity of the information-system improvement plan, its progress per stage, recommendations, responsible and deadline. */
@Entity
@Audited
@Table(name = "gt_improvement_item")
public class ImprovementItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "activity", nullable = false)
    private String activity;

    @Column(name = "progress")
    private String progress;

    @Column(name = "recommendations")
    private String recommendations;

    @Column(name = "responsible")
    private String responsible;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ImprovementItem() {
        // JPA
    }

    public int getVersion() {
        return version;
    }

    public ImprovementItem(long programId, int position) {
        this.programId = programId;
        this.position = position;
    }

    public void update(String activity, String progress, String recommendations, String responsible, LocalDate deadline) {
        this.activity = activity;
        this.progress = progress;
        this.recommendations = recommendations;
        this.responsible = responsible;
        this.deadline = deadline;
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

    public String getActivity() {
        return activity;
    }

    public String getProgress() {
        return progress;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDeadline() {
        return deadline;
    }
}
