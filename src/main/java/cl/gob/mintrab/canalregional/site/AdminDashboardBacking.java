package cl.gob.mintrab.canalregional.site;

import cl.gob.mintrab.canalregional.content.EditorDashboard;
import cl.gob.mintrab.canalregional.content.PublicationService;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.security.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code /admin/}: where staff land after login; what waits for them, what they may do and for which regions. */
@Named
@RequestScoped
public class AdminDashboardBacking {

    @Inject
    AccessPolicy access;

    @Inject
    RegionService regions;

    @Inject
    PublicationService publications;

    private Actor actor;
    private List<RegionSummary> editableUnits;
    private EditorDashboard work;

    @PostConstruct
    void init() {
        actor = access.currentActor();
        editableUnits = regions.findPublishingUnits().stream()
                .filter(r -> access.allows(Action.EDIT_CONTENT, r.code())).toList();
        work = publications.dashboard();
    }

    /** The publications waiting for this user: drafts, reviews, items sent back, schedules. */
    public EditorDashboard getWork() {
        return work;
    }

    public Actor getActor() {
        return actor;
    }

    public List<RegionSummary> getEditableUnits() {
        return editableUnits;
    }

    public boolean can(String action) {
        return access.allows(Action.valueOf(action), null);
    }
}
