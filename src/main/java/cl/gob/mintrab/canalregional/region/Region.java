package cl.gob.mintrab.canalregional.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * A publishing unit: one of Chile's 16 regions, or the Nivel Central. Immutable reference data (Flyway loads it),
 * hence cacheable. The code is the official two-digit regional code, or {@code NC}.
 */
@Entity
@Cacheable
@Table(name = "region")
@NamedQuery(name = Region.FIND_ALL_ORDERED,
        query = "SELECT r FROM Region r ORDER BY r.sortOrder",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Region {

    public static final String FIND_ALL_ORDERED = "Region.findAllOrdered";
    public static final String NIVEL_CENTRAL_CODE = "NC";

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(name = "abbreviation", nullable = false)
    private String abbreviation;

    @Column(name = "iso_code")
    private String isoCode;

    @Column(name = "roman_numeral")
    private String romanNumeral;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    private UnitType unitType;

    protected Region() {
        // JPA
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public String getRomanNumeral() {
        return romanNumeral;
    }

    public String getSlug() {
        return slug;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public boolean isNivelCentral() {
        return unitType == UnitType.NIVEL_CENTRAL;
    }

    public RegionSummary toSummary() {
        return new RegionSummary(code, name, shortName, slug, romanNumeral, isoCode, unitType);
    }
}
