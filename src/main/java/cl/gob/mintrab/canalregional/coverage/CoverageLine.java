package cl.gob.mintrab.canalregional.coverage;

/**
 * A line of a public coverage table: what it is about (a programme, a comuna or a region, by code and name) and
 * its figures.
 */
public record CoverageLine(String code, String name, String detail, CoverageValues values) {
}
