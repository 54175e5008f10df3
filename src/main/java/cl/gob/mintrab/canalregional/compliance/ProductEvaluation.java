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

/** Etapa 4: a product with its committed improvement and the evaluation of whether it was incorporated. */
@Entity
@Audited
@Table(name = "gt_product_evaluation")
public class ProductEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "product", nullable = false)
    private String product;

    @Column(name = "improvement", nullable = false)
    private String improvement;

    @Column(name = "evaluation")
    private String evaluation;

    @Enumerated(EnumType.STRING)
    @Column(name = "incorporated")
    private Fulfilment incorporated;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ProductEvaluation() {
        // JPA
    }

    public int getVersion() {
        return version;
    }

    public ProductEvaluation(long programId, int position) {
        this.programId = programId;
        this.position = position;
    }

    public void update(String product, String improvement, String evaluation, Fulfilment incorporated) {
        this.product = product;
        this.improvement = improvement;
        this.evaluation = evaluation;
        this.incorporated = incorporated;
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

    public String getProduct() {
        return product;
    }

    public String getImprovement() {
        return improvement;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public Fulfilment getIncorporated() {
        return incorporated;
    }
}
