package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.stats.UpdateSource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates of a region's employment data for update monitoring (source "coverage"; keys COVERAGE, BONIFICACION,
 * EMPLOYMENT_SERIES as in {@code stats_section}). An update is a day on which the region entered, imported or
 * corrected figures of the dataset: many rows changed in one import count once. Last update: the latest change.
 */
@Stateless
public class CoverageUpdateSource implements UpdateSource {

    /** Source key and table of each dataset. */
    private static final Map<String, String> TABLES = Map.of(
            "COVERAGE", "coverage_figure",
            "BONIFICACION", "bonificacion_status",
            "EMPLOYMENT_SERIES", "employment_figure");

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public List<SectionUpdates> updates(YearMonth since) {
        List<SectionUpdates> updates = new ArrayList<>();
        Timestamp from = Timestamp.valueOf(since.atDay(1).atStartOfDay());
        TABLES.forEach((key, table) -> {
            Map<String, Instant> last = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> lastRows = em.createNativeQuery("SELECT region_code, MAX(updated_at) FROM " + table
                    + " GROUP BY region_code").getResultList();
            for (Object[] row : lastRows) {
                last.put((String) row[0], SqlValues.toInstant(row[1]));
            }
            Map<String, Map<YearMonth, Integer>> perMonth = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> monthRows = em.createNativeQuery("SELECT region_code, YEAR(updated_at), MONTH(updated_at), "
                    + "COUNT(DISTINCT DATE(updated_at)) FROM " + table + " WHERE updated_at >= ?1 "
                    + "GROUP BY region_code, YEAR(updated_at), MONTH(updated_at)").setParameter(1, from).getResultList();
            for (Object[] row : monthRows) {
                perMonth.computeIfAbsent((String) row[0], k -> new HashMap<>()).put(
                        YearMonth.of(SqlValues.toInt(row[1]), SqlValues.toInt(row[2])), SqlValues.toInt(row[3]));
            }
            last.forEach((region, instant) -> updates.add(new SectionUpdates(region, key, instant,
                    perMonth.getOrDefault(region, Map.of()))));
        });
        return updates;
    }
}
