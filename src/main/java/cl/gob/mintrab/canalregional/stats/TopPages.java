package cl.gob.mintrab.canalregional.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The k most viewed pages of a range made of several periods (months, loose days), found exactly without adding
 * up every page of every period: Fagin's threshold algorithm, in rounds.
 *
 * <p>Each part (a period, or a period and a page type) gives its n most viewed pages, read in index order; every
 * page met is a candidate, and the candidates' exact totals over the whole range are read by key. A page that is
 * in no part's first n has, in each part, at most the views of that part's n-th page, so at most their sum over
 * the parts, the threshold (a part with fewer than n pages adds nothing: all its pages are candidates). When the
 * k-th candidate has more views than the threshold, no other page can reach the top k, and the answer is exact.
 * Otherwise n grows fourfold; past {@code maxN} the source adds every page up.
 */
final class TopPages {

    /** Where the pages come from. */
    interface Source {

        /** The first {@code n} pages of part {@code part}, most viewed first (then by path), with that part's views. */
        List<Ranked> top(int part, int n);

        /**
         * The exact totals over the whole range of the pages at these paths (a path may be a page in more than one
         * region: each is a page of its own, with its own total).
         */
        List<Ranked> totals(Collection<String> paths);

        /** Every page of the range added up, the first {@code k}: the slow way, when the rounds do not settle. */
        List<Ranked> all(int k);
    }

    /** A page and its views. */
    record Ranked(String path, String regionCode, String pageType, long views) {
    }

    /** Most views first, then by path and region, as the report's SQL orders them. */
    static final Comparator<Ranked> ORDER = Comparator.comparingLong(Ranked::views).reversed().thenComparing(Ranked::path)
            .thenComparing(Ranked::regionCode);

    private TopPages() {
    }

    /**
     * @param parts  how many parts the range has
     * @param k      how many pages to return
     * @param firstN how many pages of each part the first round reads
     * @param maxN   the largest n tried before falling back to {@link Source#all}
     */
    static List<Ranked> top(int parts, int k, int firstN, int maxN, Source source) {
        for (int n = Math.max(firstN, k); n <= maxN; n *= 4) {
            Set<String> candidates = new LinkedHashSet<>();
            long threshold = 0;
            for (int part = 0; part < parts; part++) {
                List<Ranked> top = source.top(part, n);
                top.forEach(page -> candidates.add(page.path()));
                if (top.size() >= n) {
                    threshold += top.get(n - 1).views();
                }
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<Ranked> totals = new ArrayList<>(source.totals(candidates));
            totals.sort(ORDER);
            // threshold 0: every part gave all its pages, so every page is a candidate
            if (threshold == 0 || totals.size() >= k && totals.get(k - 1).views() > threshold) {
                return List.copyOf(totals.subList(0, Math.min(k, totals.size())));
            }
        }
        return source.all(k);
    }
}
