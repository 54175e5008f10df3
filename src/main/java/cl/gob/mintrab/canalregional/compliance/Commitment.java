package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commitment of a stage report as a tracked item: responsible, deadline, status. When the programme moves to
 * the next stage, open commitments are carried into it (a copy pointing to the original, which becomes
 * {@link CommitmentStatus#TRASPASADO}); overdue ones are highlighted wherever they are listed.
 */
@Entity
@Audited
@Table(name = "gt_commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "stage", nullable = false)
    private int stage;

    @Column(name = "objective_id")
    private Long objectiveId;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "responsible", nullable = false)
    private String responsible;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CommitmentStatus status = CommitmentStatus.PENDIENTE;

    @Column(name = "carried_from_id")
    private Long carriedFromId;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Commitment() {
        // JPA
    }

    public Commitment(long programId, int stage, Long objectiveId, String description, String responsible,
                      LocalDate deadline) {
        this.programId = programId;
        this.stage = stage;
        this.objectiveId = objectiveId;
        this.description = description;
        this.responsible = responsible;
        this.deadline = deadline;
        this.updatedAt = Times.now();
    }

    /** A copy of this open commitment for the next stage (or programme); this one becomes TRASPASADO. */
    public Commitment carryInto(long targetProgramId, int targetStage, Long targetObjectiveId) {
        Commitment copy = new Commitment(targetProgramId, targetStage, targetObjectiveId, description, responsible, deadline);
        copy.status = status;
        copy.carriedFromId = id;
        status = CommitmentStatus.TRASPASADO;
        updatedAt = Times.now();
        return copy;
    }

    public boolean overdue(LocalDate today) {
        return status.open() && deadline.isBefore(today);
    }

    public void update(String description, String responsible, LocalDate deadline, CommitmentStatus status,
                       Long objectiveId) {
        this.description = description;
        this.responsible = responsible;
        this.deadline = deadline;
        this.status = status;
        this.objectiveId = objectiveId;
        this.updatedAt = Times.now();
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public int getStage() {
        return stage;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public String getDescription() {
        return description;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public Long getCarriedFromId() {
        return carriedFromId;
    }

    public int getVersion() {
        return version;
    }
}
