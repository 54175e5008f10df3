package cl.gob.mintrab.canalregional.stats;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates of the publication kinds (source "publications", keys = {@code PublicationKind} names), from the public
 * index: an update is a publication going live, first or with a new version (its {@code published_at}).
 * Counts only what the public can see, from the published items of each region.
 */
@Stateless
public class PublicationUpdateSource implements UpdateSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String name() {
        return "publications";
    }

    @Override
    public List<SectionUpdates> updates(YearMonth since) {
        Map<String, Instant> last = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> lastRows = em.createNativeQuery(
                "SELECT region_code, kind, MAX(published_at) FROM published_item GROUP BY region_code, kind").getResultList();
        for (Object[] row : lastRows) {
            last.put(row[0] + "|" + row[1], toInstant(row[2]));
        }
        Map<String, Map<YearMonth, Integer>> perMonth = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> monthRows = em.createNativeQuery("""
                SELECT region_code, kind, YEAR(published_at), MONTH(published_at), COUNT(*) FROM published_item
                WHERE published_at >= ?1 GROUP BY region_code, kind, YEAR(published_at), MONTH(published_at)""")
                .setParameter(1, Timestamp.valueOf(since.atDay(1).atStartOfDay())).getResultList();
        for (Object[] row : monthRows) {
            perMonth.computeIfAbsent(row[0] + "|" + row[1], k -> new HashMap<>())
                    .put(YearMonth.of(((Number) row[2]).intValue(), ((Number) row[3]).intValue()), ((Number) row[4]).intValue());
        }
        List<SectionUpdates> updates = new ArrayList<>();
        last.forEach((key, instant) -> {
            String[] parts = key.split("\\|");
            updates.add(new SectionUpdates(parts[0], parts[1], instant, perMonth.getOrDefault(key, Map.of())));
        });
        return updates;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        return null;
    }
}
