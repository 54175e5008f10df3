package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.stats.TopPages.Ranked;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The most viewed pages of some types over a report's range, read from the per-page aggregates: whole months from
 * {@code stats_monthly_page}, the loose days at the ends from {@code stats_daily_page}. Each month and each loose
 * day, for each page type, is one part of {@link TopPages}, read in the order of the indexes
 * {@code ix_stats_monthly_page_top} and {@code ix_stats_daily_page_top} (equality on the period and the type, so
 * MariaDB walks the index and stops after n rows); candidates' totals are read by primary key. A page is a path in
 * a region: the same open-data file downloaded for two regions is two pages.
 *
 * <p>Runs inside the caller's transaction (a plain object of {@link StatisticsService}).
 */
final class PageRanking implements TopPages.Source {

    /** Pages read from each part in the first round. */
    static final int FIRST_N = 100;
    /** At most this many candidates (parts times n) before adding every page up instead. */
    static final int MAX_CANDIDATES = 20_000;
    /** Paths per query when reading candidates' totals. */
    private static final int CHUNK = 500;

    private record Part(String table, String column, LocalDate period, PageType type) {
    }

    private final EntityManager em;
    private final String region;
    private final List<PageType> types;
    private final List<LocalDate> months;
    private final List<LocalDate> days;
    /** The same days as runs of consecutive days, [from, to] (at most two: before and after the whole months). */
    private final List<LocalDate[]> dayRuns;
    private final List<Part> parts = new ArrayList<>();

    /** @param region a region code, or null for the whole portal */
    PageRanking(EntityManager em, LocalDate from, LocalDate to, String region, PageType... types) {
        this.em = em;
        this.region = region;
        this.types = List.of(types);
        RangeSplit split = RangeSplit.of(from, to);
        this.months = split.months();
        this.dayRuns = split.days();
        this.days = split.days().stream().flatMap(d -> d[0].datesUntil(d[1].plusDays(1))).toList();
        for (LocalDate month : months) {
            this.types.forEach(type -> parts.add(new Part("stats_monthly_page", "month", month, type)));
        }
        for (LocalDate day : days) {
            this.types.forEach(type -> parts.add(new Part("stats_daily_page", "day", day, type)));
        }
    }

    /** The first {@code k} pages of the range, most viewed first, then by path and region. */
    List<Ranked> top(int k) {
        if (parts.size() == 1) {
            return top(0, k); // one period and one type: its rows are already one per page
        }
        return TopPages.top(parts.size(), k, FIRST_N, Math.max(FIRST_N, MAX_CANDIDATES / parts.size()), this);
    }

    @Override
    public List<Ranked> top(int index, int n) {
        Part part = parts.get(index);
        // forced: with a region, MariaDB would rather intersect the region index with the primary key and sort
        // (11 ms a month with 10 million views) than walk the ranking index and skip other regions (2 ms)
        Query query = em.createNativeQuery("SELECT path, region_code, page_type, views FROM " + part.table()
                        + " FORCE INDEX (ix_" + part.table() + "_top) WHERE " + part.column() + " = ?1 AND page_type = ?2"
                        + (region == null ? "" : " AND region_code = ?3") + " ORDER BY views DESC, path, region_code LIMIT " + n)
                .setParameter(1, Date.valueOf(part.period())).setParameter(2, part.type().name());
        if (region != null) {
            query.setParameter(3, region);
        }
        return ranked(query);
    }

    @Override
    public List<Ranked> totals(Collection<String> paths) {
        List<String> all = List.copyOf(paths);
        List<Ranked> totals = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            List<Object> params = new ArrayList<>();
            List<String> selects = new ArrayList<>();
            if (!months.isEmpty()) {
                selects.add(byKey("stats_monthly_page", "month", months, chunk, params));
            }
            if (!days.isEmpty()) {
                selects.add(byKey("stats_daily_page", "day", days, chunk, params));
            }
            totals.addAll(ranked(query("SELECT path, region_code, page_type, SUM(views) FROM (" + String.join(" UNION ALL ", selects)
                    + ") p GROUP BY path, region_code, page_type", params)));
        }
        return totals;
    }

    @Override
    public List<Ranked> all(int k) {
        List<Object> params = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        if (!months.isEmpty()) {
            selects.add(between("stats_monthly_page", "month", months.get(0), months.get(months.size() - 1), params));
        }
        for (LocalDate[] run : dayRuns) {
            selects.add(between("stats_daily_page", "day", run[0], run[1], params));
        }
        return ranked(query("SELECT path, region_code, page_type, SUM(views) AS total FROM (" + String.join(" UNION ALL ", selects)
                + ") p GROUP BY path, region_code, page_type ORDER BY total DESC, path, region_code LIMIT " + k, params));
    }

    /** Rows of these periods and paths, read by primary key ({@code (period, path, region_code)}). */
    private String byKey(String table, String column, List<LocalDate> periods, List<String> paths, List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT path, region_code, page_type, views FROM ").append(table)
                .append(" WHERE ").append(column).append(" IN (").append(placeholders(periods, params)).append(") AND path IN (")
                .append(placeholders(paths, params)).append(')');
        return filtered(sql, params);
    }

    private String between(String table, String column, LocalDate first, LocalDate last, List<Object> params) {
        params.add(Date.valueOf(first));
        params.add(Date.valueOf(last));
        StringBuilder sql = new StringBuilder("SELECT path, region_code, page_type, views FROM ").append(table).append(" WHERE ")
                .append(column).append(" BETWEEN ?").append(params.size() - 1).append(" AND ?").append(params.size());
        return filtered(sql, params);
    }

    private String filtered(StringBuilder sql, List<Object> params) {
        sql.append(" AND page_type IN (").append(placeholders(types.stream().map(PageType::name).toList(), params)).append(')');
        if (region != null) {
            params.add(region);
            sql.append(" AND region_code = ?").append(params.size());
        }
        return sql.toString();
    }

    private static String placeholders(List<?> values, List<Object> params) {
        return values.stream().map(value -> {
            params.add(value instanceof LocalDate date ? Date.valueOf(date) : value);
            return "?" + params.size();
        }).collect(Collectors.joining(", "));
    }

    private Query query(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static List<Ranked> ranked(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Ranked((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }
}
