package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** {@code /admin/auditoria}: the audit log with filters, page by page, and its CSV export. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    @Inject
    RegionService regions;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String regionCode;
    private String entityType;
    private AuditAction action;
    private PagedModel<AuditEntryView> model;
    private List<String> entityTypes;
    private List<RegionSummary> units;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> auditLog.count(filter()), (first, max) -> auditLog.find(filter(), first, max));
        entityTypes = auditLog.findEntityTypes();
        units = regions.findPublishingUnits();
    }

    private AuditFilter filter() {
        return new AuditFilter(from, to, actor, regionCode, entityType, action);
    }

    public void exportCsv() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"auditoria-" + LocalDate.now() + ".csv\"");
        auditLog.exportCsv(filter(), external.getResponseOutputStream());
        context.responseComplete();
    }

    public PagedModel<AuditEntryView> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public List<RegionSummary> getUnits() {
        return units;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
