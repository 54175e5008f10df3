package cl.gob.mintrab.canalregional.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A name under which older documents refer to a region, e.g. "1ª Región" in the 2007 GT report, mapped to the
 * region that carries that number today. The note explains territory that has since become another region
 * (Arica y Parinacota and Los Ríos in 2007, Ñuble in 2018), so imports of historic figures can say so.
 */
@Entity
@Cacheable
@Table(name = "region_alias")
public class RegionAlias {

    @Id
    @Column(name = "alias", length = 60)
    private String alias;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @Column(name = "note")
    private String note;

    protected RegionAlias() {
        // JPA
    }

    public String getAlias() {
        return alias;
    }

    public Region getRegion() {
        return region;
    }

    public String getNote() {
        return note;
    }
}
