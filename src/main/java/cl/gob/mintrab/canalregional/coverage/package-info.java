/**
 * Regional employment data: employment and social-protection programmes, their coverage per region and month,
 * the Bonificación a la contratación de mano de obra and the regional employment series. Seremía editors enter
 * or import their region's figures (validated, all-or-nothing imports); the public reads them on each region's
 * "Empleo" page and the national comparison, as tables with charts, and downloads them as open data (CSV, XLSX,
 * JSON, REST API, DCAT-AP catalogue). Parsing, validation and quality rules are plain Java, tested without a
 * container.
 */
package cl.gob.mintrab.canalregional.coverage;
