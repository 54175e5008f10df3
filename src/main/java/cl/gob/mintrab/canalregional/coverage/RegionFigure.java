package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionSummary;

/** A region with its figure of some kind for the national comparison (null: the region has none). */
public record RegionFigure<T>(RegionSummary region, T figure) {
}
