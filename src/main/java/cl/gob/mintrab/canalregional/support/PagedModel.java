package cl.gob.mintrab.canalregional.support;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A PrimeFaces lazy data model over a service's {@code count} and {@code find(first, max)}: the table loads only
 * the page it shows. Filters live in the backing bean (a form above the table), not in the table's headers.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A page of rows. */
    @FunctionalInterface
    public interface PageLoader<T> extends java.io.Serializable {
        List<T> load(int first, int max);
    }

    /** The number of rows. */
    @FunctionalInterface
    public interface Counter extends LongSupplier, java.io.Serializable {
    }

    private final Counter counter;
    private final PageLoader<T> loader;

    public PagedModel(Counter counter, PageLoader<T> loader) {
        this.counter = counter;
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize);
    }
}
