package cl.gob.mintrab.canalregional.site;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Home page: every region north to south, and the Nivel Central. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    RegionService regionService;

    private List<RegionSummary> regions;
    private RegionSummary nivelCentral;

    @PostConstruct
    void load() {
        List<RegionSummary> units = regionService.findPublishingUnits();
        regions = units.stream().filter(r -> !r.nivelCentral()).toList();
        nivelCentral = units.stream().filter(RegionSummary::nivelCentral).findFirst().orElse(null);
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    public RegionSummary getNivelCentral() {
        return nivelCentral;
    }
}
