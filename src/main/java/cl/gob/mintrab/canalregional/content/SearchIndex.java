package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.SearchFacets.Filter;
import cl.gob.mintrab.canalregional.content.SearchFacets.Group;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * A Lucene index of the published items, answering a {@link SearchQuery} the way the public search always has:
 * every word required in the title, lead, body or tags, also as a prefix ("empleo" finds "empleos"); quoted phrases
 * required as phrases; accents ignored but "ñ" distinct ({@link SearchAnalyzer}); ranked by relevance, a word in the
 * title weighing most, the newest first among equals; with every match counted by region, kind and year for the
 * total and the facets ({@link SearchFacets}). One pass over the matches does both the counting and the ranking.
 *
 * <p>It holds only what search needs to find and order items, never what a page shows: the caller reads the page's
 * items from {@code published_item} by id. Plain Java with no container, so it is tested in memory; the instance's
 * live copy is {@link LiveSearchIndex}. Searches may run at any time from any thread; changes ({@link #reconcile})
 * come from one thread at a time and become visible all at once when they are done.
 */
final class SearchIndex implements Closeable {

    /** A published item as the index needs it. {@code stamp} changes whenever the row is written. */
    record Item(long id, String regionCode, String kind, int year, Instant publishedAt, String title, String lead,
                String bodyText, String tags, long stamp) {
    }

    /** Where the published items come from: table {@code published_item}, or a list in tests. */
    interface Source {

        /** Every published item's id and change stamp. */
        void stamps(StampSink sink) throws Exception;

        /** The items with these ids that still exist. */
        List<Item> items(List<Long> ids) throws Exception;
    }

    @FunctionalInterface
    interface StampSink {
        void accept(long id, long stamp);
    }

    /** What a reconcile did. */
    record Changes(int written, int deleted, int documents) {
    }

    /**
     * The result of a search: every match counted by region, kind and year (for the total and facets), the page
     * that can be shown, and the ids of its items in rank order.
     */
    record Matches(List<Group> groups, long total, int page, List<Long> ids) {
    }

    static final int CHUNK = 500;

    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String STAMP = "stamp";
    private static final String PUBLISHED = "published";
    private static final String REGION = "region";
    private static final String KIND = "kind";
    private static final String YEAR = "year";
    private static final String TITLE = "title";
    private static final String LEAD = "lead";
    private static final String BODY = "body";
    private static final String TAGS = "tags";

    /** Searched fields and their weights: a word in the title counts most. */
    private static final Map<String, Float> FIELDS = Map.of(TITLE, 4f, LEAD, 2f, TAGS, 2f, BODY, 1f);

    /**
     * What a prefix match (every word of an item that starts with the searched word, the word itself included)
     * adds, relative to the field's weight; an exact word also scores by frequency (BM25).
     */
    private static final float PREFIX_WEIGHT = 0.5f;

    /** Relevance first; the newest first among equals; then the id, so that the order never varies. */
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true),
            new SortField(ID, SortField.Type.LONG, true));

    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean closed;

    /** An index in {@code directory}, which must be empty (each instance builds its own). */
    SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
        merges.setMaxMergesAndThreads(2, 1); // merges must not take both cores from the requests
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(32)
                .setMergeScheduler(merges)
                .setCommitOnClose(false); // never reopened: nothing to keep
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index held in the heap. */
    static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings the index in line with {@code source}: items whose stamp differs from the one indexed (or that are not
     * indexed) are written again, items no longer there are deleted. Searches keep the previous state until it is done.
     */
    synchronized Changes reconcile(Source source) throws Exception {
        Map<Long, Long> held = stamps();
        List<Long> changed = new ArrayList<>();
        source.stamps((id, stamp) -> {
            Long had = held.remove(id);
            if (had == null || had != stamp) {
                changed.add(id);
            }
        });
        int written = 0;
        int deleted = 0;
        try {
            for (Long gone : held.keySet()) {
                writer.deleteDocuments(key(gone));
                deleted++;
            }
            for (int from = 0; from < changed.size(); from += CHUNK) {
                if (closed) {
                    throw new CancellationException("search index closed");
                }
                List<Long> chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
                Set<Long> missing = new HashSet<>(chunk);
                for (Item item : source.items(chunk)) {
                    writer.updateDocument(key(item.id()), document(item));
                    missing.remove(item.id());
                    written++;
                }
                for (Long gone : missing) { // unpublished since the stamps were read
                    writer.deleteDocuments(key(gone));
                    deleted++;
                }
            }
        } finally {
            searchers.maybeRefreshBlocking();
        }
        return new Changes(written, deleted, documents());
    }

    /** Merges the index into one segment: faster searches after the first build. */
    void optimize() throws IOException {
        writer.forceMerge(1);
        searchers.maybeRefreshBlocking();
    }

    /** The id and stamp of every indexed item. */
    Map<Long, Long> stamps() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<Long, Long> stamps = new HashMap<>(Math.max(16, searcher.getIndexReader().numDocs() * 4 / 3 + 1));
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                NumericDocValues ids = DocValues.getNumeric(reader, ID);
                NumericDocValues itemStamps = DocValues.getNumeric(reader, STAMP);
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        itemStamps.advanceExact(doc);
                        stamps.put(ids.longValue(), itemStamps.longValue());
                    }
                }
            }
            return stamps;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of indexed items. */
    int documents() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Bytes the index takes in its directory. */
    long sizeInBytes() throws IOException {
        long size = 0;
        for (String file : directory.listAll()) {
            try {
                size += directory.fileLength(file);
            } catch (IOException e) {
                // deleted by a merge meanwhile
            }
        }
        return size;
    }

    /** A page of matches of {@code query} (which must not be empty) under {@code filter}. */
    Matches search(SearchQuery query, Filter filter, int page, int size) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            // enough ranked hits for the page asked for; a page past the end shows the last one, which is among them
            int wanted = (int) Math.min((long) Math.max(1, page) * size, Math.max(size, searcher.getIndexReader().numDocs()));
            Result result = searcher.search(query(query), new Counting(filter, wanted));
            long total = SearchFacets.total(result.groups(), filter);
            int safePage = SearchFacets.safePage(page, total, size);
            List<Long> ids = new ArrayList<>(size);
            ScoreDoc[] hits = result.top().scoreDocs;
            for (int i = (safePage - 1) * size; i < Math.min(hits.length, safePage * size); i++) {
                ids.add((Long) ((FieldDoc) hits[i]).fields[2]);
            }
            return new Matches(result.groups(), total, safePage, ids);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every word required (as itself or a prefix) and every phrase required, in any of the searched fields. */
    Query query(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : query.terms()) {
            for (String word : analyzer.words(term)) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                FIELDS.forEach((field, weight) -> {
                    Term t = new Term(field, word);
                    anyField.add(new BoostQuery(new TermQuery(t), weight), Occur.SHOULD);
                    anyField.add(new BoostQuery(new PrefixQuery(t), weight * PREFIX_WEIGHT), Occur.SHOULD);
                });
                all.add(anyField.build(), Occur.MUST);
            }
        }
        for (String phrase : query.phrases()) {
            String[] words = analyzer.words(phrase).toArray(String[]::new);
            if (words.length > 0) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                FIELDS.forEach((field, weight) -> anyField.add(new BoostQuery(new PhraseQuery(field, words), weight), Occur.SHOULD));
                all.add(anyField.build(), Occur.MUST);
            }
        }
        return all.build();
    }

    private static Term key(long id) {
        return new Term(KEY, Long.toString(id));
    }

    private static Document document(Item item) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(item.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, item.id()));
        doc.add(new NumericDocValuesField(STAMP, item.stamp()));
        doc.add(new NumericDocValuesField(PUBLISHED, item.publishedAt().toEpochMilli()));
        doc.add(new SortedDocValuesField(REGION, new BytesRef(item.regionCode())));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(item.kind())));
        doc.add(new SortedDocValuesField(YEAR, new BytesRef(Integer.toString(item.year()))));
        doc.add(new TextField(TITLE, item.title(), Field.Store.NO));
        doc.add(new TextField(LEAD, item.lead(), Field.Store.NO));
        doc.add(new TextField(BODY, item.bodyText(), Field.Store.NO));
        doc.add(new TextField(TAGS, item.tags() == null ? "" : item.tags(), Field.Store.NO));
        return doc;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (this) {
            try (directory; writer; searchers) {
                // closed in reverse order
            }
        }
    }

    private record Result(List<Group> groups, TopFieldDocs top) {
    }

    /**
     * Counts every match by region, kind and year, and passes those that pass the filter on to the ranking. Counts
     * are kept per segment by ordinal (a few hundred combinations) and named when the search is done.
     */
    private static final class Counting implements CollectorManager<Counting.PerSlice, Result> {

        private final Filter filter;
        private final TopFieldCollectorManager ranking;

        Counting(Filter filter, int wanted) {
            this.filter = filter;
            this.ranking = new TopFieldCollectorManager(RANKING, wanted, null, Integer.MAX_VALUE, false);
        }

        @Override
        public PerSlice newCollector() {
            return new PerSlice(ranking.newCollector());
        }

        @Override
        public Result reduce(Collection<PerSlice> slices) throws IOException {
            Map<List<String>, Long> counts = new LinkedHashMap<>();
            List<TopFieldCollector> tops = new ArrayList<>();
            for (PerSlice slice : slices) {
                for (PerLeaf leaf : slice.leaves) {
                    leaf.addTo(counts);
                }
                tops.add(slice.top);
            }
            List<Group> groups = new ArrayList<>();
            counts.forEach((key, count) -> groups.add(new Group(key.get(0), key.get(1), key.get(2), count)));
            return new Result(groups, ranking.reduce(tops));
        }

        private final class PerSlice implements Collector {

            final TopFieldCollector top;
            final List<PerLeaf> leaves = new ArrayList<>();

            PerSlice(TopFieldCollector top) {
                this.top = top;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                PerLeaf leaf = new PerLeaf(context.reader(), filter, top.getLeafCollector(context));
                leaves.add(leaf);
                return leaf;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE; // every match is counted, and ranked by score
            }
        }
    }

    private static final class PerLeaf implements LeafCollector {

        private static final int NONE = -2; // a filter value this segment does not have: nothing here passes

        private final SortedDocValues regions;
        private final SortedDocValues kinds;
        private final SortedDocValues years;
        private final int kindCount;
        private final int yearCount;
        private final int[] counts;
        private final int regionFilter;
        private final int kindFilter;
        private final int yearFilter;
        private final LeafCollector ranking;

        PerLeaf(LeafReader reader, Filter filter, LeafCollector ranking) throws IOException {
            this.regions = DocValues.getSorted(reader, REGION);
            this.kinds = DocValues.getSorted(reader, KIND);
            this.years = DocValues.getSorted(reader, YEAR);
            this.kindCount = kinds.getValueCount();
            this.yearCount = years.getValueCount();
            this.counts = new int[regions.getValueCount() * kindCount * yearCount];
            this.regionFilter = ordinal(regions, filter.regionCode());
            this.kindFilter = ordinal(kinds, filter.kind() == null ? null : filter.kind().name());
            this.yearFilter = ordinal(years, filter.year() == null ? null : filter.year().toString());
            this.ranking = ranking;
        }

        private static int ordinal(SortedDocValues values, String value) throws IOException {
            if (value == null) {
                return -1;
            }
            int ord = values.lookupTerm(new BytesRef(value));
            return ord >= 0 ? ord : NONE;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            ranking.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
            regions.advanceExact(doc);
            kinds.advanceExact(doc);
            years.advanceExact(doc);
            int region = regions.ordValue();
            int kind = kinds.ordValue();
            int year = years.ordValue();
            counts[(region * kindCount + kind) * yearCount + year]++;
            if ((regionFilter == -1 || regionFilter == region) && (kindFilter == -1 || kindFilter == kind)
                    && (yearFilter == -1 || yearFilter == year)) {
                ranking.collect(doc);
            }
        }

        void addTo(Map<List<String>, Long> total) throws IOException {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    int year = i % yearCount;
                    int kind = (i / yearCount) % kindCount;
                    int region = i / yearCount / kindCount;
                    List<String> key = List.of(regions.lookupOrd(region).utf8ToString(),
                            kinds.lookupOrd(kind).utf8ToString(), years.lookupOrd(year).utf8ToString());
                    total.merge(key, (long) counts[i], Long::sum);
                }
            }
        }
    }
}
