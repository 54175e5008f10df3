package cl.gob.mintrab.canalregional.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who is acting, with what the permission rules need: roles, the regions an editor may publish for, the mesas a
 * member belongs to. {@link #SYSTEM} acts for timers and start-up tasks; {@link #ANONYMOUS} may do nothing that
 * needs a permission.
 */
public record Actor(Long accountId, String username, Set<Role> roles, Set<String> regionCodes, Set<Long> mesaIds) {

    public static final Actor SYSTEM = new Actor(null, "sistema", EnumSet.noneOf(Role.class), Set.of(), Set.of());
    public static final Actor ANONYMOUS = new Actor(null, "anónimo", EnumSet.noneOf(Role.class), Set.of(), Set.of());

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        regionCodes = Set.copyOf(regionCodes);
        mesaIds = Set.copyOf(mesaIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return this == SYSTEM;
    }

    public boolean isAuthenticated() {
        return accountId != null;
    }

    /** "EDITOR [08, 16]": how the audit log records the actor's scope at the time. */
    public String describeScope() {
        if (accountId == null) {
            return null;
        }
        String roleText = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        StringBuilder scope = new StringBuilder(roleText);
        if (!regionCodes.isEmpty()) {
            scope.append(" regiones=").append(new TreeSet<>(regionCodes));
        }
        if (!mesaIds.isEmpty()) {
            scope.append(" mesas=").append(new TreeSet<>(mesaIds));
        }
        return scope.toString();
    }
}
