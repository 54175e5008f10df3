package cl.gob.mintrab.canalregional.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Read model of an account for the administration pages. */
public record AccountView(long id, String username, String displayName, String email, Set<Role> roles,
                          List<String> regionCodes, List<Long> mesaIds, boolean active, boolean locked,
                          boolean totpEnabled, boolean mustChangePassword, Instant lastLoginAt, int version) {

    public AccountData toData() {
        return new AccountData(username, displayName, email, roles, Set.copyOf(regionCodes), Set.copyOf(mesaIds), active);
    }
}
