package cl.gob.mintrab.canalregional.security;

/**
 * Operations guarded by {@link Permissions}. Region-scoped ones are checked against the region of the data;
 * the others are checked with no region.
 */
public enum Action {
    /** Enter the administration area. */
    VIEW_ADMIN(false),
    /** Read unpublished content (drafts, items in review) of a region. */
    READ_DRAFT(true),
    CREATE_CONTENT(true),
    EDIT_CONTENT(true),
    SUBMIT_CONTENT(true),
    /** Approve someone else's submission (the workflow also refuses approving one's own). */
    APPROVE_CONTENT(true),
    /** Publish without review; needs a written reason. */
    FORCE_PUBLISH(true),
    DELETE_CONTENT(true),
    /** Create and edit the Mesas of a region and their members, sessions and agreements. */
    MANAGE_MESAS(true),
    /** Regional data: coverage, Bonificación, employment series. */
    EDIT_REGION_DATA(true),
    /** See visit statistics of a region. */
    VIEW_STATS(true),
    /** See the visit statistics of the whole portal and of every region, and the update monitoring of all regions. */
    VIEW_NATIONAL_STATS(false),
    MANAGE_ACCOUNTS(false),
    MANAGE_SETTINGS(false),
    VIEW_AUDIT(false),
    /** Programmes and other national reference data. */
    MANAGE_REFERENCE_DATA(false),
    /** The Gestión Territorial work programme: define, import, approve reports, freeze. */
    MANAGE_GT(false),
    /** Enter compliance reports of a unit's GT activities. */
    REPORT_GT(true);

    private final boolean regionScoped;

    Action(boolean regionScoped) {
        this.regionScoped = regionScoped;
    }

    public boolean isRegionScoped() {
        return regionScoped;
    }
}
