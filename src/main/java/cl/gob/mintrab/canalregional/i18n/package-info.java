/**
 * The Spanish texts of the interface: one properties file per feature, merged into one bundle by
 * {@link cl.gob.mintrab.canalregional.i18n.Messages}.
 */
package cl.gob.mintrab.canalregional.i18n;
