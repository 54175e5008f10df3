package cl.gob.mintrab.canalregional.security;

import java.util.Set;

/** What an administrator edits of an account. */
public record AccountData(String username, String displayName, String email, Set<Role> roles,
                          Set<String> regionCodes, Set<Long> mesaIds, boolean active) {

    public AccountData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        regionCodes = regionCodes == null ? Set.of() : Set.copyOf(regionCodes);
        mesaIds = mesaIds == null ? Set.of() : Set.copyOf(mesaIds);
    }
}
