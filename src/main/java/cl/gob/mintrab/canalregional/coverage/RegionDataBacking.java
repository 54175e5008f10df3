package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import jakarta.inject.Inject;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What the staff pages of regional data share: the regions the user may enter data for
 * ({@link Action#EDIT_REGION_DATA}) and the one chosen ({@code ?region=NN} or the selector).
 */
public abstract class RegionDataBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RegionService regionService;

    @Inject
    AccessPolicy access;

    private List<RegionSummary> units;
    private String region;

    /** Call first in the view action: the editable regions, and the chosen one if it is among them. */
    protected void loadRegions() {
        units = regionService.findRegions().stream().filter(r -> access.allows(Action.EDIT_REGION_DATA, r.code())).toList();
        if (units.stream().noneMatch(r -> r.code().equals(region))) {
            region = units.isEmpty() ? null : units.get(0).code();
        }
    }

    public List<RegionSummary> getUnits() {
        return units;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getRegionName() {
        return units == null ? "" : units.stream().filter(r -> r.code().equals(region)).map(RegionSummary::name)
                .findFirst().orElse("");
    }

    public RegionSummary getRegionSummary() {
        return units == null ? null : units.stream().filter(r -> r.code().equals(region)).findFirst().orElse(null);
    }
}
