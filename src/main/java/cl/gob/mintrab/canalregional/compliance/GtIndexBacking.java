package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /admin/gestion-territorial/}: for central staff, the dashboard of a programme (the latest active one
 * unless another is chosen), the list of programmes and a form for a new one; for a unit's editors, the reports
 * they enter.
 */
@Named
@ViewScoped
public class GtIndexBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    GtAccess access;

    @Inject
    WorkProgramService programs;

    @Inject
    DashboardService dashboards;

    private Long programId;
    private boolean manager;
    private List<WorkProgramService.ProgramSummary> list;
    private List<WorkProgramService.ReportableUnit> myReports;
    private DashboardService.Dashboard dashboard;
    private boolean creating;
    private Integer year;
    private String name;
    private boolean carryCommitments = true;

    /** View action. */
    public void load() {
        manager = access.canManage();
        myReports = programs.findMyReports();
        if (manager) {
            list = programs.findAll();
            if (programId == null) {
                programId = dashboards.findDefaultProgram().orElse(null);
            }
            dashboard = programId == null ? null : dashboards.get(programId);
        }
    }

    /** Shows the dashboard of the programme chosen in the selector. */
    public void show() {
        dashboard = programId == null ? null : dashboards.get(programId);
    }

    public void add() {
        creating = true;
        year = LocalDate.now().getYear() + 1;
        name = null;
        carryCommitments = true;
    }

    public void cancel() {
        creating = false;
    }

    /** Creates the draft and opens its page. */
    public String create() {
        try {
            long id = programs.create(new WorkProgramService.ProgramData(year, name, null, null, carryCommitments));
            GtPages.keepMessage("admin_gt.created");
            return GtPages.program(id);
        } catch (ValidationException e) {
            GtPages.showErrors("form", e);
            return null;
        }
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public boolean isManager() {
        return manager;
    }

    public List<WorkProgramService.ProgramSummary> getList() {
        return list;
    }

    public List<WorkProgramService.ReportableUnit> getMyReports() {
        return myReports;
    }

    public DashboardService.Dashboard getDashboard() {
        return dashboard;
    }

    public boolean isCreating() {
        return creating;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCarryCommitments() {
        return carryCommitments;
    }

    public void setCarryCommitments(boolean carryCommitments) {
        this.carryCommitments = carryCommitments;
    }
}
