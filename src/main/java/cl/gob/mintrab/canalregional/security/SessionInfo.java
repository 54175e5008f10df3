package cl.gob.mintrab.canalregional.security;

import java.util.Set;

/** What the staff pages need to know about the logged-in account on every request. */
public record SessionInfo(String username, String displayName, Set<Role> roles, Set<String> regionCodes,
                          boolean mustChangePassword, boolean totpEnabled, boolean totpSetupRequired) {
}
