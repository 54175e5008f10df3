/**
 * The territory the portal is organised by: the 16 regions (plus the Nivel Central as a publishing unit), their
 * provinces and comunas with official codes, the names older documents use for them, and each Seremia's public
 * profile. Reference data is loaded by Flyway migrations and never edited through the application.
 */
package cl.gob.mintrab.canalregional.region;
