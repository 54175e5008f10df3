package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.stats.StatsReport.PageRow;
import cl.gob.mintrab.canalregional.stats.StatsReport.ReportRequest;
import cl.gob.mintrab.canalregional.stats.StatsReport.Row;
import cl.gob.mintrab.canalregional.stats.StatsReport.SearchRow;
import cl.gob.mintrab.canalregional.stats.StatsReport.SeriesPoint;
import cl.gob.mintrab.canalregional.stats.StatsReport.Totals;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statistics reports, read from the aggregates only (never from raw events): totals with the previous period
 * of the same length, a series per day/week/month/year with the unique visitors of each calendar period from its
 * own sketch, and breakdowns. The whole portal needs {@link Action#VIEW_NATIONAL_STATS} (central staff); a
 * region's report needs {@link Action#VIEW_STATS} for that region, so an editor sees their own region only.
 */
@Stateless
public class StatisticsService {

    static final int TOP = 20;
    static final int MAX_DAYS = 366 * 5;
    private static final Locale ES = Locale.forLanguageTag("es-CL");

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    RegionService regions;

    /** The scopes the current user may report on: null (the whole portal) first when allowed, then regions. */
    public List<RegionSummary> findReportableRegions() {
        return regions.findPublishingUnits().stream().filter(r -> access.allows(Action.VIEW_STATS, r.code())).toList();
    }

    public boolean mayViewNational() {
        return access.allows(Action.VIEW_NATIONAL_STATS, null);
    }

    public StatsReport report(ReportRequest request) {
        validate(request);
        requireScope(request.regionCode());
        LocalDate from = request.from();
        LocalDate to = request.to();
        LocalDate[] previousRange = previousRange(from, to, today());
        LocalDate previousFrom = previousRange[0];
        LocalDate previousTo = previousRange[1];
        String region = request.regionCode();
        Map<String, String> regionNames = regions.findPublishingUnits().stream()
                .collect(Collectors.toMap(RegionSummary::code, RegionSummary::name));

        Totals totals = totals(from, to, region);
        Totals previous = totals(previousFrom, previousTo, region);
        PeriodType uniquePeriod = singlePeriod(from, to);
        Long uniques = uniquePeriod == null ? null
                : uniques(uniquePeriod, List.of(from), region).getOrDefault(from, 0L);
        List<SeriesPoint> series = series(request);

        List<Row> byRegion = region != null ? List.of() : rows(
                "SELECT region_code, SUM(views) FROM stats_daily WHERE day BETWEEN ?1 AND ?2 AND region_code <> '' GROUP BY region_code",
                from, to, previousFrom, previousTo, null, code -> regionNames.getOrDefault(code, code));
        List<Row> bySection = rows(
                "SELECT CONCAT(page_type, '|', kind), SUM(views) FROM stats_daily WHERE day BETWEEN ?1 AND ?2" + regionFilter(region)
                        + " GROUP BY page_type, kind", from, to, previousFrom, previousTo, region, StatisticsService::sectionLabel);
        List<Row> referrers = rows(
                "SELECT referrer_host, SUM(views) FROM stats_daily_referrer WHERE day BETWEEN ?1 AND ?2" + regionFilter(region)
                        + " GROUP BY referrer_host", from, to, previousFrom, previousTo, region, Function.identity());
        referrers = referrers.subList(0, Math.min(TOP, referrers.size()));

        List<PageRow> topPages = topPages(from, to, region, regionNames, PageType.PUBLICATION);
        List<PageRow> feeds = topPages(from, to, region, regionNames, PageType.FEED, PageType.DOWNLOAD);

        List<SearchRow> searches = List.of();
        List<SearchRow> noResults = List.of();
        List<Row> bots = List.of();
        long overflow = 0;
        long prefetches = 0;
        if (region == null) {
            searches = searches(from, to, "searches");
            noResults = searches(from, to, "no_results").stream().filter(s -> s.noResults() > 0).toList();
            bots = rows("SELECT SUBSTRING(name, 5), SUM(amount) FROM stats_counter WHERE hour_start >= ?1 AND hour_start < ?2"
                    + " AND name LIKE 'bot:%' GROUP BY name", from, to.plusDays(1), previousFrom, previousTo.plusDays(1), null, Function.identity());
            overflow = counter("overflow", from, to);
            prefetches = counter("prefetch", from, to);
        }
        return new StatsReport(request, totals, previous, previousFrom, previousTo, uniques, uniquePeriod, series,
                byRegion, bySection, topPages, referrers, searches, noResults, feeds, bots, overflow, prefetches);
    }

    /** Page views of each region in a range, for the update monitoring ("did updates bring readers?"). */
    public Map<String, Long> viewsPerRegion(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT region_code, SUM(views) FROM stats_daily WHERE day BETWEEN ?1 AND ?2 AND region_code <> '' GROUP BY region_code")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
        Map<String, Long> views = new HashMap<>();
        for (Object[] row : rows) {
            views.put((String) row[0], ((Number) row[1]).longValue());
        }
        return views;
    }

    private void requireScope(String regionCode) {
        if (regionCode == null) {
            access.require(Action.VIEW_NATIONAL_STATS, null);
        } else {
            access.require(Action.VIEW_STATS, regionCode);
        }
    }

    private static void validate(ReportRequest r) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (r.from() == null) {
            errors.add(new ValidationException.FieldError("from", "stats.error.from_required"));
        }
        if (r.to() == null) {
            errors.add(new ValidationException.FieldError("to", "stats.error.to_required"));
        }
        if (r.from() != null && r.to() != null) {
            if (r.to().isBefore(r.from())) {
                errors.add(new ValidationException.FieldError("to", "stats.error.to_before_from"));
            } else if (ChronoUnit.DAYS.between(r.from(), r.to()) >= MAX_DAYS) {
                errors.add(new ValidationException.FieldError("to", "stats.error.range_too_long", 5));
            }
            if (r.from().isBefore(LocalDate.of(2000, 1, 1))) {
                errors.add(new ValidationException.FieldError("from", "stats.error.too_early"));
            }
        }
        if (r.granularity() == null) {
            errors.add(new ValidationException.FieldError("granularity", "stats.error.granularity_required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String regionFilter(String region) {
        return region == null ? "" : " AND region_code = ?5";
    }

    private Query bind(String sql, LocalDate from, LocalDate to, String region) {
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to));
        if (region != null && sql.contains("?5")) {
            query.setParameter(5, region);
        }
        return query;
    }

    private Totals totals(LocalDate from, LocalDate to, String region) {
        Object[] row = (Object[]) bind("SELECT COALESCE(SUM(views), 0), COALESCE(SUM(entries), 0), COALESCE(SUM(untracked), 0)"
                + " FROM stats_daily WHERE day BETWEEN ?1 AND ?2" + regionFilter(region), from, to, region).getSingleResult();
        return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /**
     * The range a report is compared with: a calendar month or year with the month or year before it, any other
     * range with the same number of days just before it. A range that is not over yet (this month, this year)
     * has no views on its days still to come, so it is compared only up to the previous range's day that matches
     * today (at most the previous range's last day).
     *
     * @return {from, to} of the previous range
     */
    static LocalDate[] previousRange(LocalDate from, LocalDate to, LocalDate today) {
        PeriodType calendar = singlePeriod(from, to);
        LocalDate previousFrom;
        LocalDate previousEnd;
        if (calendar == PeriodType.MONTH || calendar == PeriodType.YEAR) {
            previousFrom = calendar == PeriodType.MONTH ? from.minusMonths(1) : from.minusYears(1);
            previousEnd = calendar.end(previousFrom);
        } else {
            previousFrom = from.minusDays(ChronoUnit.DAYS.between(from, to) + 1);
            previousEnd = from.minusDays(1);
        }
        LocalDate previousTo = previousEnd;
        if (!from.isAfter(today) && to.isAfter(today)) {
            LocalDate matching = previousFrom.plusDays(ChronoUnit.DAYS.between(from, today));
            previousTo = matching.isBefore(previousEnd) ? matching : previousEnd;
        }
        return new LocalDate[] {previousFrom, previousTo};
    }

    /** The period type whose single period is exactly [from, to], if any (the largest one). */
    static PeriodType singlePeriod(LocalDate from, LocalDate to) {
        for (PeriodType type : List.of(PeriodType.YEAR, PeriodType.MONTH, PeriodType.WEEK, PeriodType.DAY)) {
            if (type.start(from).equals(from) && type.end(from).equals(to)) {
                return type;
            }
        }
        return null;
    }

    private Map<LocalDate, Long> uniques(PeriodType type, List<LocalDate> starts, String region) {
        if (starts.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT period_start, estimate FROM stats_unique WHERE period_type = ?1 AND scope = ?2 AND period_start BETWEEN ?3 AND ?4")
                .setParameter(1, type.code()).setParameter(2, region == null ? "" : region)
                .setParameter(3, Date.valueOf(starts.get(0))).setParameter(4, Date.valueOf(starts.get(starts.size() - 1)))
                .getResultList();
        Map<LocalDate, Long> estimates = new HashMap<>();
        for (Object[] row : rows) {
            estimates.put(toLocalDate(row[0]), ((Number) row[1]).longValue());
        }
        return estimates;
    }

    private List<SeriesPoint> series(ReportRequest r) {
        PeriodType type = r.granularity();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind("SELECT day, SUM(views), SUM(entries) FROM stats_daily WHERE day BETWEEN ?1 AND ?2"
                + regionFilter(r.regionCode()) + " GROUP BY day", r.from(), r.to(), r.regionCode()).getResultList();
        Map<LocalDate, long[]> perBucket = new LinkedHashMap<>();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = type.start(r.from()); !start.isAfter(r.to()); start = type.next(start)) {
            perBucket.put(start, new long[2]);
            starts.add(start);
        }
        for (Object[] row : rows) {
            long[] bucket = perBucket.get(type.start(toLocalDate(row[0])));
            bucket[0] += ((Number) row[1]).longValue();
            bucket[1] += ((Number) row[2]).longValue();
        }
        Map<LocalDate, Long> uniques = uniques(type, starts, r.regionCode());
        List<SeriesPoint> series = new ArrayList<>();
        for (LocalDate start : starts) {
            long[] counts = perBucket.get(start);
            boolean partial = start.isBefore(r.from()) || type.end(start).isAfter(r.to());
            series.add(new SeriesPoint(start, label(type, start), counts[0], counts[1], uniques.get(start), partial));
        }
        return series;
    }

    static String label(PeriodType type, LocalDate start) {
        return switch (type) {
            case DAY -> start.format(Formats.DAY);
            case WEEK -> Texts.get("stats.week_label", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_BASED_YEAR), start.format(DateTimeFormatter.ofPattern("dd-MM")));
            case MONTH -> start.format(DateTimeFormatter.ofPattern("MMM yyyy", ES));
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    private List<Row> rows(String sql, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                           String region, Function<String, String> labels) {
        Map<String, Long> now = sums(bind(sql, from, to, region));
        Map<String, Long> before = sums(bind(sql, previousFrom, previousTo, region));
        return now.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Row(e.getKey(), labels.apply(e.getKey()), e.getValue(), before.getOrDefault(e.getKey(), 0L)))
                .toList();
    }

    private static Map<String, Long> sums(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Object[] row : rows) {
            sums.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return sums;
    }

    static String sectionLabel(String key) {
        String[] parts = key.split("\\|", -1);
        String type = Texts.get("PageType." + parts[0]);
        return parts.length > 1 && !parts[1].isEmpty() ? type + " · " + Texts.get("PublicationKind.plural." + parts[1]) : type;
    }

    /** The most viewed pages of some types over the range, with their titles ({@link PageRanking}). */
    private List<PageRow> topPages(LocalDate from, LocalDate to, String region, Map<String, String> regionNames,
                                   PageType... types) {
        List<TopPages.Ranked> top = new PageRanking(em, from, to, region, types).top(TOP);
        Map<String, String> titles = titles(top.stream().map(TopPages.Ranked::path).toList());
        List<PageRow> rows = new ArrayList<>();
        for (TopPages.Ranked r : top) {
            rows.add(new PageRow(r.path(), titles.getOrDefault(r.path(), r.path()), regionNames.getOrDefault(r.regionCode(), ""),
                    Texts.get("PageType." + r.pageType()), r.views()));
        }
        return rows;
    }

    /** Titles of publication pages, from the public index ({@code /region/<slug>/<kind>/<slug>}). */
    private Map<String, String> titles(List<String> paths) {
        Map<String, String> titles = new HashMap<>();
        for (String path : paths) {
            String[] parts = path.split("/");
            if (parts.length == 5 && "region".equals(parts[1])) {
                Optional<RegionSummary> region = regions.findBySlug(parts[2]);
                if (region.isPresent()) {
                    @SuppressWarnings("unchecked")
                    List<String> found = em.createNativeQuery("SELECT title FROM published_item WHERE region_code = ?1 AND slug = ?2")
                            .setParameter(1, region.get().code()).setParameter(2, parts[4]).getResultList();
                    if (!found.isEmpty()) {
                        titles.put(path, found.get(0));
                    }
                }
            }
        }
        return titles;
    }

    private List<SearchRow> searches(LocalDate from, LocalDate to, String orderBy) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT terms, SUM(searches) s, SUM(no_results) n FROM stats_daily_search"
                        + " WHERE day BETWEEN ?1 AND ?2 GROUP BY terms ORDER BY " + ("searches".equals(orderBy) ? "s" : "n")
                        + " DESC, terms LIMIT " + TOP)
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList();
        return rows.stream().map(r -> new SearchRow((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
    }

    private long counter(String name, LocalDate from, LocalDate to) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(amount), 0) FROM stats_counter WHERE name = ?1 AND hour_start >= ?2 AND hour_start < ?3")
                .setParameter(1, name).setParameter(2, java.sql.Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(3, java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay())).getSingleResult();
        return ((Number) sum).longValue();
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new Date(date.getTime()).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }

    /** Today in Chile, the reports' calendar. */
    public static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }
}
