package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A specific objective ("objetivo específico") of a programme, numbered. */
@Entity
@Audited
@Table(name = "gt_objective")
public class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "description", nullable = false)
    private String description;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Objective() {
        // JPA
    }

    public Objective(long programId, int number, String description) {
        this.programId = programId;
        this.number = number;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getVersion() {
        return version;
    }
}
