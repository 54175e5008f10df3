package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Etapa 4: the indicator of one objective (e.g. "Nº de Mesas técnicas implementadas") and its result. */
@Entity
@Audited
@Table(name = "gt_objective_result")
public class ObjectiveResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "objective_id", nullable = false)
    private long objectiveId;

    @Column(name = "indicator", nullable = false)
    private String indicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "result")
    private Fulfilment result;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ObjectiveResult() {
        // JPA
    }

    public int getVersion() {
        return version;
    }

    public ObjectiveResult(long programId, long objectiveId) {
        this.programId = programId;
        this.objectiveId = objectiveId;
    }

    public void update(String indicator, Fulfilment result) {
        this.indicator = indicator;
        this.result = result;
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

    public String getIndicator() {
        return indicator;
    }

    public Fulfilment getResult() {
        return result;
    }
}
