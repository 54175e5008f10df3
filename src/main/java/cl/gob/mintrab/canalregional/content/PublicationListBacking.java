package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /admin/publicaciones}: the publications of the regions the user may read, with filters. */
@Named
@ViewScoped
public class PublicationListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PublicationService publications;

    @Inject
    RegionService regions;

    @Inject
    AccessPolicy access;

    private String regionCode;
    private PublicationKind kind;
    private String state;
    private String text;
    private PagedModel<PublicationSummary> model;
    private List<RegionSummary> units;
    private boolean canCreate;

    @PostConstruct
    void init() {
        units = regions.findPublishingUnits().stream().filter(r -> access.allows(Action.READ_DRAFT, r.code())).toList();
        canCreate = regions.findPublishingUnits().stream().anyMatch(r -> access.allows(Action.CREATE_CONTENT, r.code()));
        model = new PagedModel<>(() -> publications.count(query()), (first, max) -> publications.find(query(), first, max));
    }

    private PublicationQuery query() {
        return new PublicationQuery(regionCode, kind, state, text);
    }

    public PagedModel<PublicationSummary> getModel() {
        return model;
    }

    public List<RegionSummary> getUnits() {
        return units;
    }

    public PublicationKind[] getKinds() {
        return PublicationKind.values();
    }

    public List<String> getStates() {
        return PublicationQuery.STATES;
    }

    public boolean isCanCreate() {
        return canCreate;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public void setKind(PublicationKind kind) {
        this.kind = kind;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
