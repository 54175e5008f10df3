package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.api.BadFilterException;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The open datasets as tables, with the filters of the pages: whole for downloads, a page at a time for the API.
 * Public data only; no permission needed. Rows come in a stable order (region north to south, period, then the
 * row's own key) so pages of the API do not overlap.
 */
@Stateless
public class OpenDataService {

    /** Most rows an API page may ask for. */
    public static final int MAX_PAGE = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    RegionService regions;

    /** Filter values as they come in a URL: region (slug or code), desde, hasta, periodo, programa, comuna. */
    public DataFilter parseFilter(Function<String, String> parameter) {
        String regionText = trim(parameter.apply("region"));
        String regionCode = null;
        if (regionText != null) {
            regionCode = regions.findBySlug(regionText).or(() -> regions.findByCode(regionText.toUpperCase(Locale.ROOT)))
                    .filter(r -> !r.nivelCentral()).map(RegionSummary::code)
                    .orElseThrow(() -> new BadFilterException("opendata.bad_region", regionText));
        }
        YearMonth from = month(parameter, "desde");
        YearMonth to = month(parameter, "hasta");
        YearMonth exact = month(parameter, "periodo");
        if (exact != null) {
            from = exact;
            to = exact;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadFilterException("opendata.bad_range", Periods.iso(from), Periods.iso(to));
        }
        String programme = trim(parameter.apply("programa"));
        if (programme != null && !ProgrammeService.CODE.matcher(programme.toUpperCase(Locale.ROOT)).matches()) {
            throw new BadFilterException("opendata.bad_programme", programme);
        }
        String comuna = trim(parameter.apply("comuna"));
        if (comuna != null && !comuna.matches("\\d{5}")) {
            throw new BadFilterException("opendata.bad_comuna", comuna);
        }
        return new DataFilter(regionCode, from, to, programme == null ? null : programme.toUpperCase(Locale.ROOT), comuna);
    }

    public DataTable table(OpenDataTables.Definition definition, DataFilter filter) {
        return table(definition, filter, 0, Integer.MAX_VALUE);
    }

    public DataTable table(OpenDataTables.Definition definition, DataFilter filter, int offset, int limit) {
        Sql sql = sql(definition, filter);
        Query query = em.createNativeQuery(sql.select + sql.where + sql.orderBy);
        sql.bind(query);
        if (offset > 0) {
            query.setFirstResult(offset);
        }
        if (limit < Integer.MAX_VALUE) {
            query.setMaxResults(limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        List<List<Object>> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(sql.mapper.apply(r));
        }
        return new DataTable(definition.name(), definition.title(), definition.columns(), rows);
    }

    public long count(OpenDataTables.Definition definition, DataFilter filter) {
        Sql sql = sql(definition, filter);
        Query query = em.createNativeQuery("SELECT COUNT(*) " + sql.from + sql.where);
        sql.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** When the rows a filter selects last changed (for Last-Modified and ETag), empty when there are none. */
    public Optional<Instant> lastModified(OpenDataTables.Definition definition, DataFilter filter) {
        Sql sql = sql(definition, filter);
        Query query = em.createNativeQuery("SELECT MAX(" + sql.updatedColumn + ") " + sql.from + sql.where);
        sql.bind(query);
        return Optional.ofNullable(SqlValues.toInstant(query.getSingleResult()));
    }

    /** The months a regional dataset covers for a region (null: all), as [first, last], empty without data. */
    public Optional<YearMonth[]> temporalCoverage(OpenDataTables.Definition definition, String regionCode) {
        if (!definition.regional()) {
            return Optional.empty();
        }
        Sql sql = sql(definition, DataFilter.NONE.withRegion(regionCode));
        Query query = em.createNativeQuery("SELECT MIN(" + sql.periodColumn + "), MAX(" + sql.periodColumn + ") "
                + sql.from + sql.where);
        sql.bind(query);
        Object[] row = (Object[]) query.getSingleResult();
        if (row[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new YearMonth[]{SqlValues.toMonth(row[0]), SqlValues.toMonth(row[1])});
    }

    /**
     * Every dataset of the catalogue: programmes nationally, each regional dataset nationally and for each region
     * that has data, with its months and last change (one grouped query per dataset).
     */
    public List<DcatCatalogue.Entry> catalogueEntries() {
        List<DcatCatalogue.Entry> entries = new ArrayList<>();
        entries.add(new DcatCatalogue.Entry(OpenDataTables.PROGRAMMES, null, null, null,
                lastModified(OpenDataTables.PROGRAMMES, DataFilter.NONE).orElse(null)));
        for (OpenDataTables.Definition definition : OpenDataTables.ALL) {
            if (!definition.regional()) {
                continue;
            }
            Sql sql = sql(definition, DataFilter.NONE);
            String regionColumn = sql.periodColumn.substring(0, sql.periodColumn.indexOf('.')) + ".region_code";
            if (definition == OpenDataTables.EMPLOYMENT_REVISIONS) {
                regionColumn = "e.region_code";
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + regionColumn + ", MIN(" + sql.periodColumn + "), MAX("
                    + sql.periodColumn + "), MAX(" + sql.updatedColumn + ") " + sql.from + " GROUP BY " + regionColumn)
                    .getResultList();
            Map<String, Object[]> byRegion = new java.util.HashMap<>();
            for (Object[] row : rows) {
                byRegion.put((String) row[0], row);
            }
            YearMonth first = byRegion.values().stream().map(r -> SqlValues.toMonth(r[1])).min(YearMonth::compareTo).orElse(null);
            YearMonth last = byRegion.values().stream().map(r -> SqlValues.toMonth(r[2])).max(YearMonth::compareTo).orElse(null);
            Instant modified = byRegion.values().stream().map(r -> SqlValues.toInstant(r[3])).max(Instant::compareTo).orElse(null);
            entries.add(new DcatCatalogue.Entry(definition, null, first, last, modified));
            for (RegionSummary region : regions.findRegions()) {
                Object[] row = byRegion.get(region.code());
                if (row != null) {
                    entries.add(new DcatCatalogue.Entry(definition, region, SqlValues.toMonth(row[1]),
                            SqlValues.toMonth(row[2]), SqlValues.toInstant(row[3])));
                }
            }
        }
        return entries;
    }

    // --------------------------------------------------------------------------------------------------

    /** A dataset's query: FROM with joins, WHERE from the filter, ORDER BY, and how a result row becomes values. */
    private static final class Sql {
        String select;
        String from;
        String where = "";
        String orderBy;
        String updatedColumn;
        String periodColumn;
        final List<Object> parameters = new ArrayList<>();
        Function<Object[], List<Object>> mapper;

        void bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
        }

        void and(String condition, Object... values) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + condition;
            parameters.addAll(Arrays.asList(values));
        }
    }

    private Sql sql(OpenDataTables.Definition definition, DataFilter filter) {
        Sql sql = new Sql();
        switch (definition.name()) {
            case "programas" -> {
                sql.from = "FROM programme p";
                sql.select = "SELECT p.code, p.name, p.institution, p.kind, p.description, p.year_from, p.year_to, "
                        + "p.demo " + sql.from;
                sql.orderBy = " ORDER BY p.code";
                sql.updatedColumn = "p.updated_at";
                if (filter.programmeCode() != null) {
                    sql.and("p.code = ?", filter.programmeCode());
                }
                sql.mapper = r -> Arrays.asList(r[0], r[1], r[2], OpenDataTables.code(ProgrammeKind.valueOf((String) r[3])),
                        r[4], SqlValues.toInt(r[5]), SqlValues.toInt(r[6]), SqlValues.toBoolean(r[7]));
            }
            case "cobertura" -> {
                sql.from = "FROM coverage_figure f JOIN programme p ON p.id = f.programme_id "
                        + "JOIN region r ON r.code = f.region_code LEFT JOIN comuna c ON c.code = f.comuna_code";
                sql.select = "SELECT f.region_code, r.name, p.code, p.name, p.institution, f.period, f.comuna_code, "
                        + "c.name, f.quotas, f.beneficiaries, f.women, f.men, f.budget_executed, f.demo, f.updated_at "
                        + sql.from;
                sql.orderBy = " ORDER BY r.sort_order, f.period, p.code, f.comuna_key";
                sql.updatedColumn = "f.updated_at";
                sql.periodColumn = "f.period";
                regionAndPeriod(sql, filter, "f.region_code", "f.period");
                if (filter.programmeCode() != null) {
                    sql.and("p.code = ?", filter.programmeCode());
                }
                if (filter.comunaCode() != null) {
                    sql.and("f.comuna_code = ?", filter.comunaCode());
                }
                sql.mapper = r -> Arrays.asList(r[0], r[1], r[2], r[3], r[4], SqlValues.toMonth(r[5]), r[6], r[7],
                        SqlValues.toInt(r[8]), SqlValues.toInt(r[9]), SqlValues.toInt(r[10]), SqlValues.toInt(r[11]),
                        SqlValues.toLong(r[12]), SqlValues.toBoolean(r[13]), SqlValues.toInstant(r[14]));
            }
            case "bonificacion" -> {
                sql.from = "FROM bonificacion_status b JOIN region r ON r.code = b.region_code";
                sql.select = "SELECT b.region_code, r.name, b.period, b.quotas_assigned, b.jobs_bonified, b.companies, "
                        + "b.amount_paid, b.call_on, b.call_note, b.selection_on, b.selection_note, b.hiring_on, "
                        + "b.hiring_note, b.payment_on, b.payment_note, b.closing_on, b.closing_note, b.demo, "
                        + "b.updated_at " + sql.from;
                sql.orderBy = " ORDER BY r.sort_order, b.period";
                sql.updatedColumn = "b.updated_at";
                sql.periodColumn = "b.period";
                regionAndPeriod(sql, filter, "b.region_code", "b.period");
                sql.mapper = r -> {
                    BonificacionStage current = null;
                    for (BonificacionStage stage : BonificacionStage.values()) {
                        if (r[7 + 2 * stage.ordinal()] != null) {
                            current = stage;
                        }
                    }
                    List<Object> values = new ArrayList<>(Arrays.asList(r[0], r[1], SqlValues.toMonth(r[2]),
                            SqlValues.toInt(r[3]), SqlValues.toInt(r[4]), SqlValues.toInt(r[5]), SqlValues.toLong(r[6]),
                            OpenDataTables.code(current)));
                    for (int i = 7; i <= 16; i += 2) {
                        values.add(SqlValues.toDate(r[i]));
                        values.add(r[i + 1]);
                    }
                    values.add(SqlValues.toBoolean(r[17]));
                    values.add(SqlValues.toInstant(r[18]));
                    return values;
                };
            }
            case "empleo" -> {
                sql.from = "FROM employment_figure e JOIN region r ON r.code = e.region_code";
                sql.select = "SELECT e.region_code, r.name, e.quarter_end, e.unemployment_rate, e.labour_force, "
                        + "e.employed, e.source, e.published_on, e.revised, e.demo, e.updated_at " + sql.from;
                sql.orderBy = " ORDER BY r.sort_order, e.quarter_end";
                sql.updatedColumn = "e.updated_at";
                sql.periodColumn = "e.quarter_end";
                regionAndPeriod(sql, filter, "e.region_code", "e.quarter_end");
                sql.mapper = r -> {
                    YearMonth quarter = SqlValues.toMonth(r[2]);
                    return Arrays.asList(r[0], r[1], quarter, Periods.quarterLabel(quarter), SqlValues.toDecimal(r[3]),
                            SqlValues.toInt(r[4]), SqlValues.toInt(r[5]), r[6], SqlValues.toDate(r[7]),
                            SqlValues.toBoolean(r[8]), SqlValues.toBoolean(r[9]), SqlValues.toInstant(r[10]));
                };
            }
            case "empleo-revisiones" -> {
                sql.from = "FROM employment_figure_revision v JOIN employment_figure e ON e.id = v.figure_id "
                        + "JOIN region r ON r.code = e.region_code";
                sql.select = "SELECT e.region_code, r.name, e.quarter_end, v.unemployment_rate, v.labour_force, "
                        + "v.employed, v.source, v.published_on, v.recorded_at, v.replaced_at, v.note, v.demo " + sql.from;
                sql.orderBy = " ORDER BY r.sort_order, e.quarter_end, v.replaced_at, v.id";
                sql.updatedColumn = "v.replaced_at";
                sql.periodColumn = "e.quarter_end";
                regionAndPeriod(sql, filter, "e.region_code", "e.quarter_end");
                sql.mapper = r -> Arrays.asList(r[0], r[1], SqlValues.toMonth(r[2]), SqlValues.toDecimal(r[3]),
                        SqlValues.toInt(r[4]), SqlValues.toInt(r[5]), r[6], SqlValues.toDate(r[7]),
                        SqlValues.toInstant(r[8]), SqlValues.toInstant(r[9]), r[10], SqlValues.toBoolean(r[11]));
            }
            default -> throw new IllegalArgumentException("Unknown dataset " + definition.name());
        }
        return sql;
    }

    private static void regionAndPeriod(Sql sql, DataFilter filter, String regionColumn, String periodColumn) {
        if (filter.regionCode() != null) {
            sql.and(regionColumn + " = ?", filter.regionCode());
        }
        if (filter.from() != null) {
            sql.and(periodColumn + " >= ?", filter.from().atDay(1));
        }
        if (filter.to() != null) {
            sql.and(periodColumn + " <= ?", filter.to().atDay(1));
        }
    }

    private static YearMonth month(Function<String, String> parameter, String name) {
        String text = trim(parameter.apply(name));
        if (text == null) {
            return null;
        }
        return Periods.parse(text).orElseThrow(() -> new BadFilterException("opendata.bad_month", name, text));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Values by column key of a row, for callers that look at single fields. */
    public static Map<String, Object> asMap(DataTable table, List<Object> row) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            map.put(table.columns().get(i).key(), row.get(i));
        }
        return map;
    }
}
