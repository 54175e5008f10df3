/**
 * Visit statistics and update monitoring for central staff, private by design: public page views are recorded on
 * the server (no script, no cookie, no address stored), queued in memory and written in batches, rolled up into
 * hourly, daily and monthly aggregates, and reported per period, region and section; unique visitors exist only
 * as HyperLogLog sketches per calendar period. Update monitoring compares each region's last updates per section,
 * reported by {@link cl.gob.mintrab.canalregional.stats.UpdateSource} beans, with the cadence set per section.
 */
package cl.gob.mintrab.canalregional.stats;
