package cl.gob.mintrab.canalregional.compliance;

/** Which units an activity applies to: every region, or the Nivel Central (whose activities differ). */
public enum ActivityScope {
    REGIONAL,
    CENTRAL;

    /** The scope of a unit's activities: {@code NC} reports on the central ones. */
    public static ActivityScope of(String regionCode) {
        return "NC".equals(regionCode) ? CENTRAL : REGIONAL;
    }
}
