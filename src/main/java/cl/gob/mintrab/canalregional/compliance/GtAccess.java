package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The GT rules on top of {@link AccessPolicy}: central staff ({@link Action#MANAGE_GT}) see and manage every
 * unit; a unit's editors ({@link Action#REPORT_GT}) see and report their own unit only, and another unit's report
 * answers "not found" so its existence does not leak. Every refusal is audited by the policy.
 */
@ApplicationScoped
public class GtAccess {

    @Inject
    AccessPolicy access;

    public Actor requireManage() {
        return access.require(Action.MANAGE_GT, null);
    }

    public boolean canManage() {
        return access.allows(Action.MANAGE_GT, null);
    }

    public boolean canReport(String regionCode) {
        return access.allows(Action.REPORT_GT, regionCode);
    }

    /** Reading a unit's report: central staff, or the unit's own editors (others get a 404). */
    public Actor requireView(long programId, String regionCode) {
        if (canManage()) {
            return access.currentActor();
        }
        return access.requireOrHide(Action.REPORT_GT, regionCode, "UnitReport", programId + "/" + regionCode);
    }

    /** Entering a unit's figures and evidence: its editors (ADMIN too). */
    public Actor requireReport(long programId, String regionCode) {
        return access.requireOrHide(Action.REPORT_GT, regionCode, "UnitReport", programId + "/" + regionCode);
    }

    /** Any staff member (stage reports are national, read by every unit). */
    public Actor requireStaff() {
        return access.require(Action.VIEW_ADMIN, null);
    }

    public Actor actor() {
        return access.currentActor();
    }
}
