/**
 * The portal's read-only REST API under {@code /api}: the Jakarta REST application, its OpenAPI description (in
 * Spanish, served by MicroProfile OpenAPI at {@code /openapi}) and the mapping of business failures to JSON
 * errors. Features add their resources in their own packages.
 */
package cl.gob.mintrab.canalregional.api;
