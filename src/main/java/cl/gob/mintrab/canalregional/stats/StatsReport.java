package cl.gob.mintrab.canalregional.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * A statistics report as the service builds it for the page and the exports (same numbers in both).
 *
 * @param uniqueVisitors unique visitors of the range when it is exactly one calendar period (a day, week, month or
 *                       year), else null: uniques of different periods cannot be added
 * @param uniquePeriod   which period {@code uniqueVisitors} counts, null when none
 */
public record StatsReport(ReportRequest request, Totals totals, Totals previous, LocalDate previousFrom,
                          LocalDate previousTo, Long uniqueVisitors, PeriodType uniquePeriod, List<SeriesPoint> series,
                          List<Row> regions, List<Row> sections, List<PageRow> topPages, List<Row> referrers,
                          List<SearchRow> searches, List<SearchRow> searchesWithoutResults, List<PageRow> feedsAndDownloads,
                          List<Row> bots, long overflow, long prefetches) {

    /**
     * Whether the range is not over yet and is compared with the previous range only up to the day that matches
     * today ({@link StatisticsService#previousRange}).
     */
    public boolean comparedSoFar() {
        LocalDate today = StatisticsService.today();
        return !request.from().isAfter(today) && request.to().isAfter(today);
    }

    /** What was asked. {@code regionCode} null: the whole portal. */
    public record ReportRequest(LocalDate from, LocalDate to, PeriodType granularity, String regionCode) {
    }

    /** Page views, visits (views that arrived from outside the portal) and views of visitors who opted out. */
    public record Totals(long views, long visits, long untracked) {

        /** Change against another total in percent, null when there is nothing to compare with. */
        public Double change(long current, long before) {
            return before == 0 ? null : (current - before) * 100.0 / before;
        }

        public Double viewsChange(Totals before) {
            return change(views, before.views);
        }

        public Double visitsChange(Totals before) {
            return change(visits, before.visits);
        }
    }

    /**
     * One period of the series. {@code uniques} are the unique visitors of the whole calendar period (null when
     * unknown); {@code partial} says the range covers only part of it.
     */
    public record SeriesPoint(LocalDate start, String label, long views, long visits, Long uniques, boolean partial) {
    }

    /** A labelled count with the same count in the previous period. */
    public record Row(String key, String label, long views, long previous) {
    }

    public record PageRow(String path, String title, String regionName, String type, long views) {
    }

    public record SearchRow(String terms, long searches, long noResults) {
    }
}
