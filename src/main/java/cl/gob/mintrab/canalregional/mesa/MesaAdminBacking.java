package cl.gob.mintrab.canalregional.mesa;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /admin/mesas}: the mesas of the regions the user manages, with a form to add or edit one. */
@Named
@ViewScoped
public class MesaAdminBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MesaService mesas;

    @Inject
    RegionService regions;

    @Inject
    AccessPolicy access;

    private List<MesaView> list;
    private List<RegionSummary> units;
    private Long editingId;
    private int version;
    private String regionCode;
    private MesaKind kind = MesaKind.TECNICA;
    private String name;
    private String description;
    private boolean active = true;
    private boolean editing;

    @PostConstruct
    void init() {
        units = regions.findPublishingUnits().stream()
                .filter(r -> access.allows(Action.MANAGE_MESAS, r.code())).toList();
        list = mesas.findManageable();
    }

    public void add() {
        editingId = null;
        version = 0;
        regionCode = units.isEmpty() ? null : units.get(0).code();
        kind = MesaKind.TECNICA;
        name = null;
        description = null;
        active = true;
        editing = true;
    }

    public void edit(long id) {
        MesaView mesa = mesas.get(id);
        editingId = mesa.id();
        version = mesa.version();
        regionCode = mesa.regionCode();
        kind = mesa.kind();
        name = mesa.name();
        description = mesa.description();
        active = mesa.active();
        editing = true;
    }

    public void save() {
        MesaData data = new MesaData(regionCode, kind, name, description, active);
        try {
            if (editingId == null) {
                mesas.create(data);
            } else {
                mesas.update(editingId, data, version);
            }
            editing = false;
            list = mesas.findManageable();
            FacesErrors.info("admin_mesas.saved");
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        }
    }

    public void cancel() {
        editing = false;
    }

    public String regionName(String code) {
        return regions.findByCode(code).map(RegionSummary::name).orElse(code);
    }

    public List<MesaView> getList() {
        return list;
    }

    public List<RegionSummary> getUnits() {
        return units;
    }

    public MesaKind[] getKinds() {
        return MesaKind.values();
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return editingId == null;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public MesaKind getKind() {
        return kind;
    }

    public void setKind(MesaKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
