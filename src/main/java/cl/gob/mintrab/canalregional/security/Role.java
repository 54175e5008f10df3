package cl.gob.mintrab.canalregional.security;

/**
 * The four roles. The names double as Jakarta Security groups, so {@code @RolesAllowed} and web.xml constraints
 * use {@link Names}.
 */
public enum Role {
    /** Central administrators: everything, including accounts and settings. */
    ADMIN,
    /** Central staff of the Subsecretaría: read all regions, approve or force-publish, GT programme, statistics. */
    CENTRAL,
    /** Seremía staff: create and edit the content of their own region(s). */
    EDITOR,
    /** Members of a Mesa Técnica or Sectorial: read the material restricted to their mesa(s). */
    MESA_MEMBER;

    /** Compile-time constants for annotations. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CENTRAL = "CENTRAL";
        public static final String EDITOR = "EDITOR";
        public static final String MESA_MEMBER = "MESA_MEMBER";

        private Names() {
        }
    }
}
