package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.SearchFacets.Filter;
import cl.gob.mintrab.canalregional.content.SearchFacets.Group;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the public reads, from the published projection only (table {@code published_item}): nothing in a draft
 * can appear here. Every listing uses an index that starts with the columns it filters on.
 */
@Stateless
public class PublishedContent {

    /** The columns of {@link ItemSummary}, in the order {@link #summary} reads them. */
    private static final String COLUMNS = "i.publication_id, i.region_code, i.kind, i.slug, i.title, i.lead, "
            + "i.published_at, i.first_published_at, i.image_id, i.image_alt, i.demo";

    @PersistenceContext
    private EntityManager em;

    @Inject
    RegionService regions;

    @Inject
    LiveSearchIndex searchIndex;

    /** The latest national items (the Nivel Central's). */
    public List<ItemSummary> latestNational(int count) {
        return list(em.createNativeQuery("SELECT " + COLUMNS + " FROM published_item i WHERE i.region_code = 'NC' "
                + "ORDER BY i.published_at DESC LIMIT ?1").setParameter(1, count));
    }

    /** The latest item of each region, north to south (regions with nothing published are left out). */
    public List<ItemSummary> latestPerRegion() {
        List<RegionSummary> all = regions.findRegions();
        String union = all.stream().map(r -> "(SELECT " + COLUMNS + " FROM published_item i WHERE i.region_code = '"
                + r.code() + "' ORDER BY i.published_at DESC LIMIT 1)").collect(Collectors.joining(" UNION ALL "));
        Map<String, ItemSummary> byRegion = list(em.createNativeQuery(union)).stream()
                .collect(Collectors.toMap(ItemSummary::regionCode, Function.identity()));
        return all.stream().map(r -> byRegion.get(r.code())).filter(java.util.Objects::nonNull).toList();
    }

    /** The latest items of every kind of a region, and how many of each there are. */
    public Map<PublicationKind, ResultPage<ItemSummary>> regionSections(String regionCode, int perKind) {
        String union = java.util.Arrays.stream(PublicationKind.values()).map(k -> "(SELECT " + COLUMNS
                + " FROM published_item i WHERE i.region_code = ?1 AND i.kind = '" + k.name()
                + "' ORDER BY i.published_at DESC LIMIT " + perKind + ")").collect(Collectors.joining(" UNION ALL "));
        Map<PublicationKind, List<ItemSummary>> items = new EnumMap<>(PublicationKind.class);
        for (ItemSummary item : list(em.createNativeQuery(union).setParameter(1, regionCode))) {
            items.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        }
        Map<PublicationKind, Long> counts = new EnumMap<>(PublicationKind.class);
        for (Object row : em.createNativeQuery("SELECT i.kind, COUNT(*) FROM published_item i WHERE i.region_code = ?1 "
                + "GROUP BY i.kind").setParameter(1, regionCode).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(PublicationKind.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        Map<PublicationKind, ResultPage<ItemSummary>> sections = new LinkedHashMap<>();
        for (PublicationKind kind : PublicationKind.values()) {
            sections.put(kind, new ResultPage<>(items.getOrDefault(kind, List.of()), counts.getOrDefault(kind, 0L), 1, perKind));
        }
        return sections;
    }

    /** A page of a region's items of one kind, newest first. */
    public ResultPage<ItemSummary> listing(String regionCode, PublicationKind kind, int page, int size) {
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM published_item i WHERE i.region_code = ?1 "
                + "AND i.kind = ?2").setParameter(1, regionCode).setParameter(2, kind.name()).getSingleResult()).longValue();
        int safePage = Math.max(1, Math.min(page, (int) Math.max(1, (total + size - 1) / size)));
        List<ItemSummary> items = list(em.createNativeQuery("SELECT " + COLUMNS + " FROM published_item i "
                        + "WHERE i.region_code = ?1 AND i.kind = ?2 ORDER BY i.published_at DESC LIMIT ?3 OFFSET ?4")
                .setParameter(1, regionCode).setParameter(2, kind.name()).setParameter(3, size)
                .setParameter(4, (safePage - 1) * size));
        return new ResultPage<>(items, total, safePage, size);
    }

    /**
     * A page of published items, newest first, for the REST API: of all units or one, of all kinds or one, first
     * published in a range of days (both inclusive, Chile's time zone; either end may be open).
     */
    public ResultPage<ItemSummary> find(String regionCode, PublicationKind kind, LocalDate from, LocalDate to, int page,
                                        int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (regionCode != null) {
            params.add(regionCode);
            where.append(" AND i.region_code = ?").append(params.size());
        }
        if (kind != null) {
            params.add(kind.name());
            where.append(" AND i.kind = ?").append(params.size());
        }
        if (from != null) {
            params.add(utc(from.atStartOfDay(Formats.ZONE).toInstant()));
            where.append(" AND i.first_published_at >= ?").append(params.size());
        }
        if (to != null) {
            params.add(utc(to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
            where.append(" AND i.first_published_at < ?").append(params.size());
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM published_item i" + where);
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM published_item i" + where
                + " ORDER BY i.first_published_at DESC, i.publication_id DESC LIMIT ?" + (params.size() + 1)
                + " OFFSET ?" + (params.size() + 2));
        for (int i = 0; i < params.size(); i++) {
            rows.setParameter(i + 1, params.get(i));
        }
        rows.setParameter(params.size() + 1, size).setParameter(params.size() + 2, (long) (page - 1) * size);
        return new ResultPage<>((long) (page - 1) * size >= total ? List.of() : list(rows), total, page, size);
    }

    /** A published item with its body, attachments and related items; empty when no such item is published. */
    public Optional<PublicationPage> page(String regionCode, PublicationKind kind, String slug) {
        List<ItemSummary> found = list(em.createNativeQuery("SELECT " + COLUMNS + " FROM published_item i "
                + "WHERE i.region_code = ?1 AND i.slug = ?2").setParameter(1, regionCode).setParameter(2, slug));
        if (found.isEmpty() || found.get(0).kind() != kind) {
            return Optional.empty();
        }
        ItemSummary item = found.get(0);
        Publication p = em.find(Publication.class, item.id());
        PublicationRevision r = p.getPublishedRevision();
        List<AttachmentView> attachments = r.getAttachmentIds().stream().map(id -> em.find(Attachment.class, id))
                .filter(java.util.Objects::nonNull).map(Attachment::toView).toList();
        return Optional.of(new PublicationPage(item, r.getBodyHtml(), r.tagList(),
                r.getImage() == null ? null : r.getImage().toView(), r.getImageAlt(), r.isImageDecorative(), attachments,
                r.getChangeNote(), related(item, r.tagList())));
    }

    /** Up to three other items of the region: sharing the most tags, else of the same kind; newest first. */
    List<ItemSummary> related(ItemSummary item, List<String> tags) {
        List<ItemSummary> related = new ArrayList<>();
        if (!tags.isEmpty()) {
            Query q = em.createNativeQuery("SELECT " + COLUMNS + " FROM published_item i JOIN published_tag t "
                    + "ON t.publication_id = i.publication_id WHERE i.region_code = ?1 AND i.publication_id <> ?2 "
                    + "AND t.tag IN (" + placeholders(3, tags.size()) + ") GROUP BY i.publication_id "
                    + "ORDER BY COUNT(*) DESC, i.published_at DESC LIMIT 3")
                    .setParameter(1, item.regionCode()).setParameter(2, item.id());
            for (int i = 0; i < tags.size(); i++) {
                q.setParameter(3 + i, tags.get(i));
            }
            related.addAll(list(q));
        }
        if (related.size() < 3) {
            for (ItemSummary same : list(em.createNativeQuery("SELECT " + COLUMNS + " FROM published_item i "
                            + "WHERE i.region_code = ?1 AND i.kind = ?2 AND i.publication_id <> ?3 "
                            + "ORDER BY i.published_at DESC LIMIT 4")
                    .setParameter(1, item.regionCode()).setParameter(2, item.kind().name()).setParameter(3, item.id()))) {
                if (related.size() < 3 && related.stream().noneMatch(r -> r.id() == same.id())) {
                    related.add(same);
                }
            }
        }
        return related;
    }

    /** The address of an item of the old site ({@code /pgm/CanalRegional/<region>/<slug>}), when known. */
    public Optional<ItemSummary> findLegacy(String regionCode, String legacySlug) {
        return list(em.createNativeQuery("SELECT " + COLUMNS + " FROM published_item i JOIN publication p "
                + "ON p.id = i.publication_id WHERE i.region_code = ?1 AND (p.legacy_slug = ?2 OR i.slug = ?2) LIMIT 1")
                .setParameter(1, regionCode).setParameter(2, legacySlug)).stream().findFirst();
    }

    /** The newest items for a feed: all, of a region, of a kind, or of a region and kind. */
    public List<ItemSummary> forFeed(String regionCode, PublicationKind kind, int count) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM published_item i WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (regionCode != null) {
            params.add(regionCode);
            sql.append(" AND i.region_code = ?").append(params.size());
        }
        if (kind != null) {
            params.add(kind.name());
            sql.append(" AND i.kind = ?").append(params.size());
        }
        params.add(count);
        sql.append(" ORDER BY i.published_at DESC LIMIT ?").append(params.size());
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return list(q);
    }

    /** Number of published items, for the sitemap. */
    public long countPublished() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM published_item").getSingleResult()).longValue();
    }

    /** A slice of all published items, oldest first, for the sitemap. */
    public List<ItemSummary> allPublished(int first, int count) {
        return list(em.createNativeQuery("SELECT " + COLUMNS + " FROM published_item i ORDER BY i.publication_id "
                + "LIMIT ?1 OFFSET ?2").setParameter(1, count).setParameter(2, first));
    }

    /**
     * Full-text search over published items, accents ignored ("region" finds "Región") but "ñ" distinct, ranked
     * by relevance, with facets by region, kind and year. Answered by this instance's search index
     * ({@link LiveSearchIndex}), which gives the ids of the page's items and the matches counted by region, kind
     * and year; the items themselves are read here. While the index is not ready (start-up), two MariaDB full-text
     * passes do the same: one for the counts, one for the page of results.
     */
    public SearchResults search(SearchQuery query, String regionCode, PublicationKind kind, Integer year, int page, int size) {
        if (query.isEmpty()) {
            return new SearchResults(query, List.of(), 0, 1, size, List.of(), List.of(), List.of());
        }
        Filter filter = new Filter(regionCode, kind, year);
        List<Group> groups;
        long total;
        int safePage;
        List<Object[]> rows;
        Optional<SearchIndex.Matches> indexed = searchIndex.search(query, filter, page, size);
        if (indexed.isPresent()) {
            groups = indexed.get().groups();
            total = indexed.get().total();
            safePage = indexed.get().page();
            rows = rowsById(indexed.get().ids());
        } else {
            String against = query.booleanMode();
            groups = groups(against);
            total = SearchFacets.total(groups, filter);
            safePage = SearchFacets.safePage(page, total, size);
            rows = total > 0 ? ranked(against, filter, safePage, size) : List.of();
        }
        Map<String, RegionSummary> units = units();
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (Object[] r : rows) {
            ItemSummary item = summary(r, units);
            String text = item.lead() + " " + r[11];
            hits.add(new SearchResults.Hit(item, query.highlight(item.title()), query.highlight(query.snippet(text, 240))));
        }
        List<SearchResults.Facet> regionFacets = SearchFacets.facet(groups, filter, SearchFacets.REGION).entrySet().stream()
                .map(e -> new SearchResults.Facet(e.getKey(), units.get(e.getKey()).name(), e.getValue(),
                        e.getKey().equals(regionCode))).toList();
        List<SearchResults.Facet> kindFacets = SearchFacets.facet(groups, filter, SearchFacets.KIND).entrySet().stream()
                .map(e -> new SearchResults.Facet(e.getKey(), Texts.get("PublicationKind." + e.getKey()),
                        e.getValue(), kind != null && e.getKey().equals(kind.name()))).toList();
        List<SearchResults.Facet> yearFacets = SearchFacets.facet(groups, filter, SearchFacets.YEAR).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByKey().reversed())
                .map(e -> new SearchResults.Facet(e.getKey(), e.getKey(), e.getValue(),
                        year != null && e.getKey().equals(String.valueOf(year)))).toList();
        return new SearchResults(query, hits, total, safePage, size, regionFacets, kindFacets, yearFacets);
    }

    /** The rows of a page of results (with the body text, for snippets), in the order of {@code ids}. */
    private List<Object[]> rowsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery("SELECT " + COLUMNS + ", i.body_text FROM published_item i "
                + "WHERE i.publication_id IN (" + placeholders(1, ids.size()) + ")");
        for (int i = 0; i < ids.size(); i++) {
            q.setParameter(i + 1, ids.get(i));
        }
        Map<Long, Object[]> byId = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            byId.put(((Number) r[0]).longValue(), r);
        }
        // an item unpublished since the index answered is left out
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** MariaDB full-text ranking (relevance of title, lead, body and tags; the newest first among equals). */
    private List<Object[]> ranked(String against, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        params.add(against);
        if (filter.regionCode() != null) {
            params.add(filter.regionCode());
            where.append(" AND i.region_code = ?").append(params.size());
        }
        if (filter.kind() != null) {
            params.add(filter.kind().name());
            where.append(" AND i.kind = ?").append(params.size());
        }
        if (filter.year() != null) {
            params.add(filter.year());
            where.append(" AND i.year = ?").append(params.size());
        }
        Query q = em.createNativeQuery("SELECT " + COLUMNS + ", i.body_text, "
                + "MATCH(i.title, i.lead, i.body_text, i.tags) AGAINST (?1 IN BOOLEAN MODE) AS score FROM published_item i "
                + "WHERE MATCH(i.title, i.lead, i.body_text, i.tags) AGAINST (?1 IN BOOLEAN MODE)" + where
                + " ORDER BY score DESC, i.published_at DESC LIMIT " + size + " OFFSET " + (page - 1) * size);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /** MariaDB full-text counts of the matches by region, kind and year. */
    private List<Group> groups(String against) {
        List<Group> groups = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT i.region_code, i.kind, i.year, COUNT(*) FROM published_item i "
                + "WHERE MATCH(i.title, i.lead, i.body_text, i.tags) AGAINST (?1 IN BOOLEAN MODE) "
                + "GROUP BY i.region_code, i.kind, i.year").setParameter(1, against).getResultList()) {
            Object[] r = (Object[]) row;
            groups.add(new Group((String) r[0], (String) r[1], String.valueOf(r[2]), ((Number) r[3]).longValue()));
        }
        return groups;
    }

    private List<ItemSummary> list(Query query) {
        Map<String, RegionSummary> units = units();
        List<ItemSummary> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            items.add(summary((Object[]) row, units));
        }
        return items;
    }

    private static ItemSummary summary(Object[] r, Map<String, RegionSummary> units) {
        RegionSummary region = units.get((String) r[1]);
        return new ItemSummary(((Number) r[0]).longValue(), region.code(), region.slug(), region.name(),
                PublicationKind.valueOf((String) r[2]), (String) r[3], (String) r[4], (String) r[5], instant(r[6]),
                instant(r[7]), r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], toBoolean(r[10]));
    }

    private Map<String, RegionSummary> units() {
        return regions.findPublishingUnits().stream().collect(Collectors.toMap(RegionSummary::code, Function.identity()));
    }

    /** An instant as a DATETIME parameter: the columns hold UTC. */
    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static String placeholders(int from, int count) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            marks.add("?" + (from + i));
        }
        return String.join(", ", marks);
    }
}
