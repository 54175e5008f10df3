package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /admin/programas}: central staff list, add and edit the programmes whose coverage regions report. */
@Named
@ViewScoped
public class ProgrammeAdminBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeService programmes;

    private List<ProgrammeView> list;
    private boolean editing;
    private Long editingId;
    private int version;
    private String code;
    private String name;
    private String institution;
    private ProgrammeKind kind;
    private String description;
    private Integer yearFrom;
    private Integer yearTo;

    @PostConstruct
    void init() {
        list = programmes.findAll();
    }

    public void add() {
        editingId = null;
        version = 0;
        code = null;
        name = null;
        institution = null;
        kind = ProgrammeKind.DIRECT_EMPLOYMENT;
        description = null;
        yearFrom = java.time.Year.now().getValue();
        yearTo = null;
        editing = true;
    }

    public void edit(long id) {
        ProgrammeView p = programmes.get(id);
        editingId = p.id();
        version = p.version();
        code = p.code();
        name = p.name();
        institution = p.institution();
        kind = p.kind();
        description = p.description();
        yearFrom = p.yearFrom();
        yearTo = p.yearTo();
        editing = true;
    }

    public void save() {
        ProgrammeData data = new ProgrammeData(code, name, institution, kind, description, yearFrom, yearTo);
        try {
            if (editingId == null) {
                programmes.create(data);
            } else {
                programmes.update(editingId, data, version);
            }
            editing = false;
            list = programmes.findAll();
            FacesErrors.info("admin_programas.saved");
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global("error.concurrent_change");
        }
    }

    public void delete(long id) {
        try {
            programmes.delete(id);
            list = programmes.findAll();
            FacesErrors.info("admin_programas.deleted");
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<ProgrammeView> getList() {
        return list;
    }

    public ProgrammeKind[] getKinds() {
        return ProgrammeKind.values();
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return editingId == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public void setKind(ProgrammeKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(Integer yearFrom) {
        this.yearFrom = yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public void setYearTo(Integer yearTo) {
        this.yearTo = yearTo;
    }
}
