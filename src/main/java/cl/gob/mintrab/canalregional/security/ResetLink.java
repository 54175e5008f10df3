package cl.gob.mintrab.canalregional.security;

import java.time.Instant;

/** A one-time password link, shown once to the administrator who created it. */
public record ResetLink(String url, Instant expiresAt, boolean mailed) {
}
