package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /admin/calidad-datos}: the data-quality warnings of every region (central staff) or of the user's own
 * regions (editors), by dataset, with counts per region and kind; central staff set the jump factor here.
 */
@Named
@ViewScoped
public class DataQualityBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Warnings of one region: counts by dataset, for the overview table. */
    public record RegionCounts(RegionSummary region, long coverage, long bonificacion, long employment) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public long total() {
            return coverage + bonificacion + employment;
        }
    }

    @Inject
    DataQualityService quality;

    @Inject
    DataQualitySettings settings;

    @Inject
    AccessPolicy access;

    private String region;
    private String datasetSlug;
    private List<RegionSummary> regions;
    private List<RegionCounts> counts;
    private List<QualityWarning> warnings;
    private BigDecimal jumpFactor;

    public void load() {
        regions = quality.visibleRegions();
        if (region != null && regions.stream().noneMatch(r -> r.code().equals(region))) {
            region = null;
        }
        jumpFactor = settings.jumpFactor();
        refresh();
    }

    public void refresh() {
        Map<Dataset, List<QualityWarning>> all = new java.util.EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            all.put(dataset, quality.warnings(dataset, null));
        }
        counts = new ArrayList<>();
        for (RegionSummary r : regions) {
            counts.add(new RegionCounts(r, count(all, Dataset.COVERAGE, r), count(all, Dataset.BONIFICACION, r),
                    count(all, Dataset.EMPLOYMENT, r)));
        }
        warnings = all.entrySet().stream()
                .filter(e -> datasetSlug == null || datasetSlug.isEmpty() || e.getKey().slug().equals(datasetSlug))
                .flatMap(e -> e.getValue().stream())
                .filter(w -> region == null || region.isEmpty() || w.regionCode().equals(region))
                .collect(Collectors.toList());
    }

    private static long count(Map<Dataset, List<QualityWarning>> all, Dataset dataset, RegionSummary region) {
        return all.get(dataset).stream().filter(w -> w.regionCode().equals(region.code())).count();
    }

    public void saveFactor() {
        try {
            settings.setJumpFactor(jumpFactor);
            FacesErrors.info("admin_calidad.factor_saved");
            refresh();
        } catch (ValidationException e) {
            FacesErrors.show("factor", e);
        }
    }

    public String regionName(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).map(RegionSummary::name).findFirst().orElse(code);
    }

    /** Where the figure a warning is about is entered. */
    public String outcome(QualityWarning warning) {
        return switch (warning.dataset()) {
            case COVERAGE -> "/admin/cobertura/index";
            case BONIFICACION -> "/admin/bonificacion/index";
            case EMPLOYMENT -> "/admin/series-empleo/index";
        };
    }

    public boolean canEdit(String regionCode) {
        return access.allows(Action.EDIT_REGION_DATA, regionCode);
    }

    public boolean isCentral() {
        return access.allows(Action.MANAGE_REFERENCE_DATA, null);
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    public List<RegionCounts> getCounts() {
        return counts;
    }

    public List<QualityWarning> getWarnings() {
        return warnings;
    }

    public Dataset[] getDatasets() {
        return Dataset.values();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDatasetSlug() {
        return datasetSlug;
    }

    public void setDatasetSlug(String datasetSlug) {
        this.datasetSlug = datasetSlug;
    }

    public BigDecimal getJumpFactor() {
        return jumpFactor;
    }

    public void setJumpFactor(BigDecimal jumpFactor) {
        this.jumpFactor = jumpFactor;
    }
}
