/**
 * Who may do what, where, and the record of everything that changed: accounts with roles and region/mesa scopes,
 * the database identity store with PBKDF2 hashes, lockout and throttling, optional TOTP second factor, the
 * permission rules every service enforces, and the audit log that records every change of every audited entity
 * (through one EclipseLink listener) and every security event.
 */
package cl.gob.mintrab.canalregional.security;
