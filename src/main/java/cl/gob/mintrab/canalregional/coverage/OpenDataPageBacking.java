package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code /datos-abiertos}: the open datasets, their columns, download URLs, the API and the catalogue. */
@Named
@RequestScoped
public class OpenDataPageBacking {

    @Inject
    RegionService regions;

    public List<OpenDataTables.Definition> getDatasets() {
        return OpenDataTables.ALL;
    }

    public List<RegionSummary> getRegions() {
        return regions.findRegions();
    }
}
