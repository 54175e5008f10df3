/**
 * The public site's shell: home page, static pages (contact, privacy, accessibility), error pages and the
 * helpers the master template uses. Feature pages live in their feature packages.
 */
package cl.gob.mintrab.canalregional.site;
