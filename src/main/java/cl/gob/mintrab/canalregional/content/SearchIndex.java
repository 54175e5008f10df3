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
import org.apache.lucene.index.IndexReader;
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
import org.apache.lucene.search.ConstantScoreQuery;
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
import org.apache.lucene.search.TopFieldCollectorManager;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Lucene index of the published items, answering a {@link SearchQuery} the way the public search always has:
 * every word required in the title, lead, body or tags, also as a prefix ("empleo" finds "empleos"); quoted phrases
 * required as phrases; accents ignored but "ñ" distinct ({@link SearchAnalyzer}); ranked by relevance, a word in the
 * title weighing most, the newest first among equals; with every match counted by region, kind and year for the
 * total and the facets ({@link SearchFacets}).
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
    /** The title alone, to weigh a word found there. */
    private static final String TITLE = "title";
    /** Title, lead, tags and body, each a value of one field: every searched word must be somewhere in it. */
    private static final String TEXT = "text";

    /** How much more a word in the title counts than the same word elsewhere. */
    private static final float TITLE_WEIGHT = 3f;

    /**
     * What a word of the title that starts with the searched one adds ("empleos" for "empleo"), relative to the
     * title's weight: a constant, so that no expansion has to be scored. The exact word scores by its frequency.
     */
    private static final float PREFIX_WEIGHT = 0.5f;

    /** Relevance first; the newest first among equals; then the id, so that the order never varies. */
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true),
            new SortField(ID, SortField.Type.LONG, true));

    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<IndexReader.CacheKey, SegmentGroups> segmentGroups = new ConcurrentHashMap<>();
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

    /**
     * A page of matches of {@code query} (which must not be empty) under {@code filter}. Two passes over the same
     * searcher: every match is counted by region, kind and year without scoring (postings only), then the page is
     * ranked with the filter applied, where Lucene skips blocks of documents that cannot reach the page.
     */
    Matches search(SearchQuery query, Filter filter, int page, int size) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<Group> groups = searcher.search(new ConstantScoreQuery(matching(query)), new Counting());
            long total = SearchFacets.total(groups, filter);
            int safePage = SearchFacets.safePage(page, total, size);
            List<Long> ids = new ArrayList<>(size);
            if (total > 0) {
                int wanted = safePage * size;
                ScoreDoc[] hits = searcher.search(ranked(query, filter),
                        new TopFieldCollectorManager(RANKING, wanted, null, wanted, false)).scoreDocs;
                for (int i = (safePage - 1) * size; i < Math.min(hits.length, wanted); i++) {
                    ids.add((Long) ((FieldDoc) hits[i]).fields[2]);
                }
            }
            return new Matches(groups, total, safePage, ids);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * What matches: every word (as itself or a prefix) and every phrase, in the one field holding all the text, so
     * a common word costs one pass over its postings and those of its expansions, not one per field.
     */
    private Query matching(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : query.terms()) {
            for (String word : analyzer.words(term)) {
                all.add(new PrefixQuery(new Term(TEXT, word)), Occur.MUST);
            }
        }
        for (String phrase : query.phrases()) {
            String[] words = analyzer.words(phrase).toArray(String[]::new);
            if (words.length > 0) {
                all.add(new PhraseQuery(TEXT, words), Occur.MUST);
            }
        }
        return all.build();
    }

    /**
     * The same matches under the filter, scored: the exact word by its frequency in all the text (BM25), and again
     * in the title, weighted by {@link #TITLE_WEIGHT}, where a word that merely starts with it also counts a little.
     * A word found only as a prefix outside the title adds nothing: such items come after those with the word itself.
     */
    private Query ranked(SearchQuery query, Filter filter) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : query.terms()) {
            for (String word : analyzer.words(term)) {
                BooleanQuery.Builder clause = new BooleanQuery.Builder();
                clause.add(new PrefixQuery(new Term(TEXT, word)), Occur.FILTER); // the same for every match: no score
                clause.add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD);
                clause.add(new BoostQuery(new PrefixQuery(new Term(TITLE, word)), PREFIX_WEIGHT * TITLE_WEIGHT), Occur.SHOULD);
                clause.add(new BoostQuery(new TermQuery(new Term(TITLE, word)), TITLE_WEIGHT), Occur.SHOULD);
                all.add(clause.build(), Occur.MUST);
            }
        }
        for (String phrase : query.phrases()) {
            String[] words = analyzer.words(phrase).toArray(String[]::new);
            if (words.length > 0) {
                BooleanQuery.Builder clause = new BooleanQuery.Builder();
                clause.add(new PhraseQuery(TEXT, words), Occur.MUST);
                clause.add(new BoostQuery(new PhraseQuery(TITLE, words), TITLE_WEIGHT), Occur.SHOULD);
                all.add(clause.build(), Occur.MUST);
            }
        }
        if (filter.regionCode() != null) {
            all.add(new TermQuery(new Term(REGION, filter.regionCode())), Occur.FILTER);
        }
        if (filter.kind() != null) {
            all.add(new TermQuery(new Term(KIND, filter.kind().name())), Occur.FILTER);
        }
        if (filter.year() != null) {
            all.add(new TermQuery(new Term(YEAR, filter.year().toString())), Occur.FILTER);
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
        for (String[] value : new String[][] {{REGION, item.regionCode()}, {KIND, item.kind()}, {YEAR, Integer.toString(item.year())}}) {
            doc.add(new StringField(value[0], value[1], Field.Store.NO)); // to filter the ranking
            doc.add(new SortedDocValuesField(value[0], new BytesRef(value[1]))); // to count the matches
        }
        doc.add(new TextField(TITLE, item.title(), Field.Store.NO));
        for (String text : new String[] {item.title(), item.lead(), item.tags(), item.bodyText()}) {
            if (text != null) {
                doc.add(new TextField(TEXT, text, Field.Store.NO));
            }
        }
        return doc;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (this) {
            try (directory; analyzer; writer; searchers) {
                // closed in reverse order
            }
        }
    }

    /**
     * The region, kind and year of every document of a segment, as the number of its combination (a few hundred
     * exist), so that counting a match is one array read. Segments never change: computed once per segment and
     * dropped when it is closed.
     */
    private record SegmentGroups(int[] ofDoc, List<List<String>> names) {

        static SegmentGroups of(LeafReader reader) throws IOException {
            SortedDocValues regions = DocValues.getSorted(reader, REGION);
            SortedDocValues kinds = DocValues.getSorted(reader, KIND);
            SortedDocValues years = DocValues.getSorted(reader, YEAR);
            int[] ofDoc = new int[reader.maxDoc()];
            Map<Long, Integer> numbers = new HashMap<>();
            List<List<String>> names = new ArrayList<>();
            for (int doc = 0; doc < ofDoc.length; doc++) {
                if (!regions.advanceExact(doc) || !kinds.advanceExact(doc) || !years.advanceExact(doc)) {
                    throw new IllegalStateException("document without region, kind or year");
                }
                long key = ((long) regions.ordValue() << 40) | ((long) kinds.ordValue() << 20) | years.ordValue();
                Integer number = numbers.get(key);
                if (number == null) {
                    number = names.size();
                    numbers.put(key, number);
                    names.add(List.of(regions.lookupOrd(regions.ordValue()).utf8ToString(),
                            kinds.lookupOrd(kinds.ordValue()).utf8ToString(), years.lookupOrd(years.ordValue()).utf8ToString()));
                }
                ofDoc[doc] = number;
            }
            return new SegmentGroups(ofDoc, names);
        }
    }

    private SegmentGroups groups(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return SegmentGroups.of(reader);
        }
        SegmentGroups groups = segmentGroups.get(helper.getKey());
        if (groups == null) {
            groups = SegmentGroups.of(reader);
            if (segmentGroups.putIfAbsent(helper.getKey(), groups) == null) {
                helper.addClosedListener(segmentGroups::remove);
            }
        }
        return groups;
    }

    /** Counts every match by region, kind and year. */
    private final class Counting implements CollectorManager<Counting.PerSlice, List<Group>> {

        @Override
        public PerSlice newCollector() {
            return new PerSlice();
        }

        @Override
        public List<Group> reduce(Collection<PerSlice> slices) {
            Map<List<String>, Long> counts = new LinkedHashMap<>();
            for (PerSlice slice : slices) {
                for (PerLeaf leaf : slice.leaves) {
                    for (int g = 0; g < leaf.counts.length; g++) {
                        if (leaf.counts[g] > 0) {
                            counts.merge(leaf.groups.names().get(g), (long) leaf.counts[g], Long::sum);
                        }
                    }
                }
            }
            List<Group> groups = new ArrayList<>();
            counts.forEach((key, count) -> groups.add(new Group(key.get(0), key.get(1), key.get(2), count)));
            return groups;
        }

        private final class PerSlice implements Collector {

            final List<PerLeaf> leaves = new ArrayList<>();

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                PerLeaf leaf = new PerLeaf(groups(context.reader()));
                leaves.add(leaf);
                return leaf;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }

    private static final class PerLeaf implements LeafCollector {

        final SegmentGroups groups;
        final int[] counts;
        private final int[] ofDoc;

        PerLeaf(SegmentGroups groups) {
            this.groups = groups;
            this.counts = new int[groups.names().size()];
            this.ofDoc = groups.ofDoc();
        }

        @Override
        public void setScorer(Scorable scorer) {
            // counted, not scored
        }

        @Override
        public void collect(int doc) {
            counts[ofDoc[doc]]++;
        }
    }
}
