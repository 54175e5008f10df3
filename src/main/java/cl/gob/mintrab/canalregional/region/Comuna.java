package cl.gob.mintrab.canalregional.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A comuna (municipality) with its official five-digit code (CUT). Immutable reference data. */
@Entity
@Cacheable
@Table(name = "comuna")
public class Comuna {

    @Id
    @Column(name = "code", length = 5)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_code")
    private Province province;

    protected Comuna() {
        // JPA
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Province getProvince() {
        return province;
    }
}
