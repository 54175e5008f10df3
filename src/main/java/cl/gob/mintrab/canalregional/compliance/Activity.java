package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * An activity of a programme for one scope, with its weight ("ponderación por actividad"), the objectives it
 * serves and the portal sections that count as its evidence.
 */
@Entity
@Audited
@Table(name = "gt_activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private ActivityScope scope;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "description")
    private String description;

    @Column(name = "weight", nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gt_activity_objective", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "objective_id")
    private Set<Long> objectiveIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gt_activity_source", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "section")
    private Set<String> sections = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Activity() {
        // JPA
    }

    public Activity(long programId, ActivityScope scope, int number, String description, BigDecimal weight) {
        this.programId = programId;
        this.scope = scope;
        this.number = number;
        this.description = description;
        this.weight = ActivityReport.scaled(weight);
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public ActivityScope getScope() {
        return scope;
    }

    public void setScope(ActivityScope scope) {
        this.scope = scope;
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

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = ActivityReport.scaled(weight);
    }

    public Set<Long> getObjectiveIds() {
        return objectiveIds;
    }

    public Set<String> getSections() {
        return sections;
    }

    public int getVersion() {
        return version;
    }
}
