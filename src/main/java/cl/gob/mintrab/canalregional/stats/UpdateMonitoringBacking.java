package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /admin/estadisticas/actualizacion}: the regions × sections heat map, stale regions, and the cadences. */
@Named
@ViewScoped
public class UpdateMonitoringBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient UpdateMonitor monitor;

    @Inject
    transient StatisticsService statistics;

    private UpdateMonitor.Overview overview;
    private boolean national;
    private String sectionCode;
    private Integer cadence;

    @PostConstruct
    void init() {
        national = statistics.mayViewNational();
        overview = monitor.overview();
    }

    public void saveCadence() {
        try {
            monitor.setCadence(sectionCode, cadence);
            overview = monitor.overview();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.get("admin_estadisticas_actualizacion.cadence_saved"), null));
        } catch (ValidationException e) {
            FacesErrors.show("cadence-form", e);
        }
    }

    public UpdateMonitor.Overview getOverview() {
        return overview;
    }

    public boolean isNational() {
        return national;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public void setSectionCode(String sectionCode) {
        this.sectionCode = sectionCode;
    }

    public Integer getCadence() {
        return cadence;
    }

    public void setCadence(Integer cadence) {
        this.cadence = cadence;
    }
}
