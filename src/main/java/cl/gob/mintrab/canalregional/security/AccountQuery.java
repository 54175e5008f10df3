package cl.gob.mintrab.canalregional.security;

/** Filters of the account list: free text (user name, name, e-mail), role, region; null means any. */
public record AccountQuery(String text, Role role, String regionCode, Boolean active) {
}
