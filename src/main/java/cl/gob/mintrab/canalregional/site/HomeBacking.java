package cl.gob.mintrab.canalregional.site;

import cl.gob.mintrab.canalregional.content.ItemSummary;
import cl.gob.mintrab.canalregional.content.PublishedContent;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Home page: the latest national items, the latest of every region, and every region north to south. */
@Named
@RequestScoped
public class HomeBacking {

    static final int NATIONAL_ITEMS = 4;

    @Inject
    RegionService regionService;

    @Inject
    PublishedContent published;

    private List<RegionSummary> regions;
    private RegionSummary nivelCentral;
    private List<ItemSummary> national;
    private List<ItemSummary> latestPerRegion;

    @PostConstruct
    void load() {
        List<RegionSummary> units = regionService.findPublishingUnits();
        regions = units.stream().filter(r -> !r.nivelCentral()).toList();
        nivelCentral = units.stream().filter(RegionSummary::nivelCentral).findFirst().orElse(null);
    }

    public List<ItemSummary> getNational() {
        if (national == null) {
            national = published.latestNational(NATIONAL_ITEMS);
        }
        return national;
    }

    public List<ItemSummary> getLatestPerRegion() {
        if (latestPerRegion == null) {
            latestPerRegion = published.latestPerRegion();
        }
        return latestPerRegion;
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    public RegionSummary getNivelCentral() {
        return nivelCentral;
    }
}
