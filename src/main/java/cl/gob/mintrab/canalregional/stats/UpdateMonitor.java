package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Update monitoring: for each region and watched section, the last update, updates per month over the last year
 * and the freshness against the section's cadence, collected from every {@link UpdateSource} bean; next to each
 * region, its page views of the last 30 days and the 30 before. Central staff see every region, an editor their own.
 */
@Stateless
public class UpdateMonitor {

    static final int MONTHS = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    Instance<UpdateSource> sources;

    @Inject
    RegionService regions;

    @Inject
    AccessPolicy access;

    @Inject
    StatisticsService statistics;

    /** One region × section cell. */
    public record Cell(String sectionCode, Freshness freshness, Instant lastUpdate, Map<YearMonth, Integer> perMonth,
                       int updatesLastYear) {
    }

    /** One region's row of the heat map, with its traffic. */
    public record RegionRow(RegionSummary region, List<Cell> cells, long staleCount, long views30, long viewsPrevious30,
                            int sectionsUpdated30) {
    }

    public record Section(String code, String name, int cadenceDays, String source, boolean available) {
    }

    public record Overview(List<Section> sections, List<RegionRow> rows, List<YearMonth> months, Instant at) {

        public List<RegionRow> staleRegions() {
            return rows.stream().filter(r -> r.staleCount() > 0)
                    .sorted((a, b) -> Long.compare(b.staleCount(), a.staleCount())).toList();
        }
    }

    /** The overview for the regions the current user may see (all of them for central staff). */
    public Overview overview() {
        List<RegionSummary> visible = regions.findRegions().stream()
                .filter(r -> access.allows(Action.VIEW_STATS, r.code())).toList();
        if (visible.isEmpty()) {
            access.require(Action.VIEW_STATS, "--");
        }
        return build(visible, Times.now());
    }

    /** The same for the given regions without a permission check: for the weekly digest (system timer). */
    public Overview overviewForDigest(Instant now) {
        return build(regions.findRegions(), now);
    }

    private Overview build(List<RegionSummary> visible, Instant now) {
        YearMonth thisMonth = YearMonth.from(LocalDate.ofInstant(now, cl.gob.mintrab.canalregional.support.Formats.ZONE));
        YearMonth since = thisMonth.minusMonths(MONTHS - 1L);
        List<StatsSection> entities = em.createNamedQuery("StatsSection.findActive", StatsSection.class).getResultList();
        Map<String, UpdateSource> bySource = new HashMap<>();
        for (UpdateSource source : sources) {
            bySource.put(source.name(), source);
        }
        Map<String, Map<String, UpdateSource.SectionUpdates>> updates = new HashMap<>(); // source -> region|key -> updates
        for (String name : entities.stream().map(StatsSection::getSource).distinct().toList()) {
            UpdateSource source = bySource.get(name);
            if (source != null) {
                Map<String, UpdateSource.SectionUpdates> byKey = new HashMap<>();
                source.updates(since).forEach(u -> byKey.put(u.regionCode() + "|" + u.sourceKey(), u));
                updates.put(name, byKey);
            }
        }
        List<Section> sections = entities.stream().map(s -> new Section(s.getCode(), s.getName(), s.getCadenceDays(),
                s.getSource(), bySource.containsKey(s.getSource()))).toList();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = since; !m.isAfter(thisMonth); m = m.plusMonths(1)) {
            months.add(m);
        }
        LocalDate today = LocalDate.ofInstant(now, cl.gob.mintrab.canalregional.support.Formats.ZONE);
        Map<String, Long> views30 = statistics.viewsPerRegion(today.minusDays(29), today);
        Map<String, Long> viewsBefore = statistics.viewsPerRegion(today.minusDays(59), today.minusDays(30));
        List<RegionRow> rows = new ArrayList<>();
        for (RegionSummary region : visible) {
            List<Cell> cells = new ArrayList<>();
            int recent = 0;
            for (StatsSection section : entities) {
                Map<String, UpdateSource.SectionUpdates> fromSource = updates.get(section.getSource());
                if (fromSource == null) {
                    cells.add(new Cell(section.getCode(), Freshness.UNAVAILABLE, null, Map.of(), 0));
                    continue;
                }
                UpdateSource.SectionUpdates u = fromSource.get(region.code() + "|" + section.getSourceKey());
                Instant last = u == null ? null : u.lastUpdate();
                Map<YearMonth, Integer> perMonth = u == null ? Map.of() : new LinkedHashMap<>(u.perMonth());
                int year = perMonth.values().stream().mapToInt(Integer::intValue).sum();
                if (last != null && last.isAfter(now.minusSeconds(30L * 86_400))) {
                    recent++;
                }
                cells.add(new Cell(section.getCode(), Freshness.of(last, section.getCadenceDays(), now), last, perMonth, year));
            }
            long stale = cells.stream().filter(c -> c.freshness().stale()).count();
            rows.add(new RegionRow(region, cells, stale, views30.getOrDefault(region.code(), 0L),
                    viewsBefore.getOrDefault(region.code(), 0L), recent));
        }
        return new Overview(sections, rows, months, now);
    }

    /** Changes a section's expected cadence (central staff). */
    public void setCadence(String sectionCode, Integer days) {
        access.require(Action.VIEW_NATIONAL_STATS, null);
        if (days == null || days < 1 || days > 730) {
            throw ValidationException.of("cadence", "stats.error.cadence_range", 1, 730);
        }
        StatsSection section = Optional.ofNullable(em.find(StatsSection.class, sectionCode))
                .orElseThrow(() -> ValidationException.of(null, "stats.error.unknown_section"));
        section.setCadenceDays(days);
    }
}
