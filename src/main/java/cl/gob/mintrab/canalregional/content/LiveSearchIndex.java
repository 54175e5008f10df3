package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.SearchFacets.Filter;
import cl.gob.mintrab.canalregional.support.PublicContentVersion;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * This instance's search index, kept in step with table {@code published_item}. Every instance has its own (in its
 * heap), built in the background at start-up; nothing is shared between instances but the database.
 *
 * <p><b>In step.</b> The index remembers the public content version ({@link PublicContentVersion}) it was last
 * reconciled at. A search that sees a newer version (any instance's change, seen here within a second) or a change
 * committed on this instance ({@link PublishedItemsChanged}, seen at once) first has the index reconciled: the
 * (id, {@code changed_at}) of every row is compared with what the index holds, changed and new rows are read and
 * indexed again, missing ones deleted. That costs one scan of a covering index, plus the rows that changed.
 *
 * <p><b>One reconcile at a time</b>, always on the managed executor, never on a request thread. A search that
 * needs one waits for it up to {@link #WAIT_MILLIS}: a few changes take milliseconds, and waiting is what makes an
 * item published or unpublished anywhere be found, or gone, at the next search here. If it is not done by then (a
 * bulk import, thousands of rows) the search is answered by MariaDB full-text instead, which is always current, and
 * the reconcile goes on in the background. Searches that saw no newer version keep using the current searcher, which
 * switches to the new state only when a reconcile is complete: never a half-applied one.
 *
 * <p><b>Until the first build is done</b> (or if it failed; it is retried a minute later) searches use MariaDB
 * full-text ({@link PublishedContent#search}).
 */
@ApplicationScoped
public class LiveSearchIndex {

    /** What {@link #status()} reports. */
    public record Status(boolean ready, long version, int documents, long bytes) {
    }

    static final long WAIT_MILLIS = 1000;
    private static final long RETRY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final Logger LOG = Logger.getLogger(LiveSearchIndex.class.getName());

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PublicContentVersion contentVersion;

    /** Public changes committed on this instance, counted after commit. */
    private final AtomicLong localChanges = new AtomicLong();
    private final SearchIndex.Source table = new Table();

    private volatile SearchIndex index;
    private volatile boolean ready;
    private volatile boolean closed;
    private volatile long indexedVersion = -1;
    private volatile long indexedLocalChanges = -1;

    // guarded by this
    private Future<?> running;
    private long startedAt;

    /** Starts building the index in the background; returns at once. */
    public void start() {
        reconcile();
    }

    /**
     * A page of matches from the index, current with the database as of this request; empty when the index cannot
     * answer (not built yet, or a long reconcile under way): the caller then asks MariaDB.
     */
    public Optional<SearchIndex.Matches> search(SearchQuery query, Filter filter, int page, int size) {
        if (!ready) {
            retryIfFailed();
            return Optional.empty();
        }
        if (!current()) {
            return Optional.empty();
        }
        try {
            return Optional.of(index.search(query, filter, page, size));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Búsqueda en el índice fallida; se responde con MariaDB", e);
            return Optional.empty();
        }
    }

    /** Whether the index is built, the version it is current with, its size. */
    public Status status() {
        SearchIndex i = index;
        try {
            return new Status(ready, indexedVersion, i == null ? 0 : i.documents(), i == null ? 0 : i.sizeInBytes());
        } catch (IOException | RuntimeException e) {
            return new Status(false, indexedVersion, 0, 0);
        }
    }

    void changedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedItemsChanged change) {
        localChanges.incrementAndGet();
    }

    /** Waits (briefly) until the index has every change this request could know of. */
    private boolean current() {
        long seen = contentVersion.current().version();
        long local = localChanges.get();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        // a reconcile already under way may have read the version before this change: then one more is needed
        while (seen > indexedVersion || local > indexedLocalChanges) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Future<?> reconcile = reconcile();
            try {
                reconcile.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** The reconcile under way, or a new one. */
    private synchronized Future<?> reconcile() {
        if (!closed && (running == null || running.isDone())) {
            if (index == null) {
                index = SearchIndex.inMemory();
            }
            startedAt = System.nanoTime();
            running = executor.submit(this::reconcileNow);
        }
        return running != null ? running : CompletableFuture.failedFuture(new CancellationException("closed"));
    }

    private synchronized void retryIfFailed() {
        if (!closed && running != null && running.isDone() && System.nanoTime() - startedAt > RETRY_NANOS) {
            reconcile();
        }
    }

    private Void reconcileNow() throws Exception {
        if (closed) {
            return null;
        }
        try {
            // read before the rows: whatever is committed after these reads makes the index stale again
            long local = localChanges.get();
            long version = version();
            long start = System.nanoTime();
            SearchIndex.Changes changes = index.reconcile(table);
            if (!ready) {
                index.optimize(); // one segment: the fastest searches, and the first build is the big one
                LOG.info(() -> String.format("Índice de búsqueda listo: %d publicaciones en %d ms (%.1f MB en memoria)",
                        changes.documents(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), megabytes()));
            } else if (changes.written() + changes.deleted() > 0) {
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                // a bulk change (an import, the bench generator) is worth a line in the log; single publications are not
                LOG.log(millis >= WAIT_MILLIS || changes.written() + changes.deleted() >= 1000 ? Level.INFO : Level.FINE,
                        () -> String.format("Índice de búsqueda al día con la versión %d: %d escritas, %d borradas, %d ms",
                                version, changes.written(), changes.deleted(), millis));
            }
            indexedVersion = Math.max(indexedVersion, version);
            indexedLocalChanges = local;
            ready = true;
            return null;
        } catch (Exception e) {
            if (!closed) {
                LOG.log(ready ? Level.WARNING : Level.SEVERE, ready ? "No se pudo actualizar el índice de búsqueda"
                        : "No se pudo construir el índice de búsqueda; la búsqueda usa MariaDB y se reintenta en un minuto", e);
            }
            throw e;
        }
    }

    private double megabytes() {
        try {
            return index.sizeInBytes() / 1024.0 / 1024.0;
        } catch (IOException e) {
            return -1;
        }
    }

    private long version() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version FROM content_version WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @PreDestroy
    void close() {
        closed = true;
        SearchIndex i = index;
        if (i != null) {
            try {
                i.close(); // a reconcile under way stops at its next chunk
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "search index closed with an error", e);
            }
        }
    }

    /** The published items, from the table. */
    private final class Table implements SearchIndex.Source {

        @Override
        public void stamps(SearchIndex.StampSink sink) throws SQLException {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT publication_id, changed_at FROM published_item");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getLong(1), micros(rs.getObject(2, LocalDateTime.class)));
                }
            }
        }

        @Override
        public List<SearchIndex.Item> items(List<Long> ids) throws SQLException {
            String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT publication_id, region_code, kind, year, published_at, "
                         + "title, lead, body_text, tags, changed_at FROM published_item WHERE publication_id IN (" + marks + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setLong(i + 1, ids.get(i));
                }
                List<SearchIndex.Item> items = new ArrayList<>(ids.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new SearchIndex.Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), micros(rs.getObject(10, LocalDateTime.class))));
                    }
                }
                return items;
            }
        }
    }

    /** A DATETIME(6) as a number, for comparing stamps (the time zone does not matter, only equality). */
    private static long micros(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + t.getNano() / 1_000;
    }
}
