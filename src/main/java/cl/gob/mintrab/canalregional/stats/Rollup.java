package cl.gob.mintrab.canalregional.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds raw page views to the aggregates: per local hour, per day (region × page type × kind), per page (daily and
 * monthly), per referrer and per search. Plain Java and additive, so a batch of events can be rolled up in any
 * order and in several pieces, and the result is the same; the rollup job, the demo content and the benchmark
 * generator all use it.
 */
public final class Rollup {

    /** Counters of one aggregate row. */
    public static final class Counts {
        public long views;
        public long entries;
        public long untracked;

        void add(StoredEvent e) {
            views += e.views();
            if (e.entry()) {
                entries += e.views();
            }
            if (!e.tracked()) {
                untracked += e.views();
            }
        }
    }

    public record HourKey(LocalDateTime hourStart, String regionCode, PageType type) {
    }

    public record DayKey(LocalDate day, String regionCode, PageType type, String kind) {
    }

    /** A page on a day or in a month ({@code date} is the first day of the month for monthly rows). */
    public record PageKey(LocalDate date, String path, String regionCode, PageType type, String kind) {
    }

    public record ReferrerKey(LocalDate day, String regionCode, String host) {
    }

    public record SearchKey(LocalDate day, String terms) {
    }

    /** Searches and how many of them found nothing. */
    public static final class SearchCounts {
        public long searches;
        public long noResults;
    }

    private final ZoneId zone;
    private final Map<HourKey, Counts> hourly = new HashMap<>();
    private final Map<DayKey, Counts> daily = new HashMap<>();
    private final Map<PageKey, Counts> dailyPages = new HashMap<>();
    private final Map<PageKey, Counts> monthlyPages = new HashMap<>();
    private final Map<ReferrerKey, Counts> referrers = new HashMap<>();
    private final Map<SearchKey, SearchCounts> searches = new HashMap<>();
    private long events;

    public Rollup(ZoneId zone) {
        this.zone = zone;
    }

    public void add(StoredEvent e) {
        events += e.views();
        LocalDateTime local = LocalDateTime.ofInstant(e.occurredAt(), zone);
        LocalDate day = local.toLocalDate();
        hourly.computeIfAbsent(new HourKey(local.truncatedTo(ChronoUnit.HOURS), e.regionCode(), e.type()), k -> new Counts()).add(e);
        daily.computeIfAbsent(new DayKey(day, e.regionCode(), e.type(), e.kind()), k -> new Counts()).add(e);
        dailyPages.computeIfAbsent(new PageKey(day, e.path(), e.regionCode(), e.type(), e.kind()), k -> new Counts()).add(e);
        monthlyPages.computeIfAbsent(new PageKey(day.withDayOfMonth(1), e.path(), e.regionCode(), e.type(), e.kind()), k -> new Counts()).add(e);
        if (!e.referrerHost().isEmpty()) {
            referrers.computeIfAbsent(new ReferrerKey(day, e.regionCode(), e.referrerHost()), k -> new Counts()).add(e);
        }
        if (e.searchTerms() != null && !e.searchTerms().isEmpty()) {
            SearchCounts counts = searches.computeIfAbsent(new SearchKey(day, e.searchTerms()), k -> new SearchCounts());
            counts.searches += e.views();
            if (e.searchResults() != null && e.searchResults() == 0) {
                counts.noResults += e.views();
            }
        }
    }

    /** Convenience for generators: the instant's local day. */
    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public long events() {
        return events;
    }

    public Map<HourKey, Counts> hourly() {
        return hourly;
    }

    public Map<DayKey, Counts> daily() {
        return daily;
    }

    public Map<PageKey, Counts> dailyPages() {
        return dailyPages;
    }

    public Map<PageKey, Counts> monthlyPages() {
        return monthlyPages;
    }

    public Map<ReferrerKey, Counts> referrers() {
        return referrers;
    }

    public Map<SearchKey, SearchCounts> searches() {
        return searches;
    }
}
