package cl.gob.mintrab.canalregional.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The permission rules: role × region scope × action, in plain Java so they are unit-tested exhaustively.
 * Services enforce them through {@link AccessPolicy}; pages only use them to hide what would be refused anyway.
 */
public final class Permissions {

    /** What central staff may do in any region. */
    private static final Set<Action> CENTRAL_ANY_REGION = EnumSet.of(Action.VIEW_ADMIN, Action.READ_DRAFT,
            Action.APPROVE_CONTENT, Action.FORCE_PUBLISH, Action.VIEW_STATS, Action.VIEW_NATIONAL_STATS, Action.VIEW_AUDIT, Action.MANAGE_GT,
            Action.MANAGE_REFERENCE_DATA);

    /** What an editor may do in the regions of their scope. */
    private static final Set<Action> EDITOR_OWN_REGION = EnumSet.of(Action.READ_DRAFT, Action.CREATE_CONTENT,
            Action.EDIT_CONTENT, Action.SUBMIT_CONTENT, Action.APPROVE_CONTENT, Action.DELETE_CONTENT,
            Action.MANAGE_MESAS, Action.EDIT_REGION_DATA, Action.VIEW_STATS, Action.REPORT_GT);

    private Permissions() {
    }

    /**
     * @param regionCode the region of the data for region-scoped actions ({@code NC} for the Nivel Central);
     *                   ignored for the others
     */
    public static boolean allows(Actor actor, Action action, String regionCode) {
        if (actor == null || !actor.isAuthenticated()) {
            return false;
        }
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        if (action.isRegionScoped() && regionCode == null) {
            return false;
        }
        if (actor.has(Role.CENTRAL) && CENTRAL_ANY_REGION.contains(action)) {
            return true;
        }
        if (actor.has(Role.EDITOR)) {
            if (action == Action.VIEW_ADMIN) {
                return true;
            }
            return action.isRegionScoped() && EDITOR_OWN_REGION.contains(action)
                    && actor.regionCodes().contains(regionCode);
        }
        return false;
    }

    /** Whether the actor may read material restricted to a mesa (its members, editors of its region, central). */
    public static boolean allowsMesa(Actor actor, long mesaId, String mesaRegionCode) {
        if (actor == null || !actor.isAuthenticated()) {
            return false;
        }
        return actor.has(Role.ADMIN) || actor.has(Role.CENTRAL)
                || (actor.has(Role.MESA_MEMBER) && actor.mesaIds().contains(mesaId))
                || allows(actor, Action.MANAGE_MESAS, mesaRegionCode);
    }
}
