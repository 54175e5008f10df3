package cl.gob.mintrab.canalregional.content;

import java.util.List;

/** One page of a paginated listing; pages are numbered from 1. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Index of the first item shown, from 1, for "21–40 de 325". */
    public long firstIndex() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastIndex() {
        return firstIndex() == 0 ? 0 : firstIndex() + items.size() - 1;
    }
}
