/**
 * Cross-cutting infrastructure only: schema migration at start-up, the business exception hierarchy, type
 * converters, health checks and Faces helpers. Nothing here knows about a particular feature; features depend on
 * this package, never the other way round.
 */
package cl.gob.mintrab.canalregional.support;
