package cl.gob.mintrab.canalregional.region;

/** Read model of a publishing unit for pages and other features. */
public record RegionSummary(String code, String name, String shortName, String slug, String romanNumeral,
                            String isoCode, UnitType unitType) {

    public boolean nivelCentral() {
        return unitType == UnitType.NIVEL_CENTRAL;
    }

    /** Path of the unit's public page, relative to the context root. */
    public String path() {
        return "/region/" + slug;
    }
}
