package cl.gob.mintrab.canalregional.stats;

import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

import javax.crypto.Mac;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The unique-visitor sketches touched by a batch of page views: for every view of a visitor who did not opt out,
 * one keyed hash per calendar period (day, week, month, year), added to that period's sketch for the whole portal
 * and for the page's region. A visitor seen on several days of a month has the same hash all month (the month's
 * key), so the monthly sketch counts them once; daily figures are never summed. Plain Java, unit-tested; not
 * thread-safe (one per batch).
 */
public final class VisitorSketches {

    /**
     * HyperLogLog precision: 2^16 registers, relative standard error about 0.4 % for the merged sketches the
     * reports read (so the 2 % target is five standard errors away; at 2^14 it was two, and one month in twenty
     * would miss it). A dense sketch takes 32 KB; sketches of few visitors (a region's day) stay small.
     */
    public static final int LG_K = 16;

    /** Which sketch: period type, the period's first day, and the scope ("" the portal, else a region code). */
    public record SketchKey(PeriodType type, LocalDate start, String scope) {
    }

    /** The key of one period instance. */
    public record PeriodKey(PeriodType type, LocalDate start) {
    }

    private final Function<PeriodKey, byte[]> secrets;
    private final Map<PeriodKey, Mac> macs = new HashMap<>();
    private final Map<SketchKey, HllSketch> sketches = new HashMap<>();

    /** @param secrets the secret of each period (shared by every instance, see {@code stats_period_key}) */
    public VisitorSketches(Function<PeriodKey, byte[]> secrets) {
        this.secrets = secrets;
    }

    public void add(byte[] fingerprint, LocalDate day, String regionCode) {
        if (fingerprint == null) {
            return;
        }
        for (PeriodType type : PeriodType.values()) {
            PeriodKey period = new PeriodKey(type, type.start(day));
            long hash = VisitorHasher.keyed(macs.computeIfAbsent(period, p -> VisitorHasher.mac(secrets.apply(p))), fingerprint);
            sketch(new SketchKey(type, period.start(), "")).update(hash);
            if (regionCode != null && !regionCode.isEmpty()) {
                sketch(new SketchKey(type, period.start(), regionCode)).update(hash);
            }
        }
    }

    private HllSketch sketch(SketchKey key) {
        return sketches.computeIfAbsent(key, k -> new HllSketch(LG_K, TgtHllType.HLL_4));
    }

    public Map<SketchKey, HllSketch> sketches() {
        return sketches;
    }

    /** The union of a stored sketch (may be null) and a new one, as bytes to store. */
    public static byte[] merge(byte[] stored, HllSketch added) {
        if (stored == null || stored.length == 0) {
            return added.toCompactByteArray();
        }
        Union union = new Union(LG_K);
        if (stored != null && stored.length > 0) {
            union.update(HllSketch.heapify(stored));
        }
        union.update(added);
        return union.getResult(TgtHllType.HLL_4).toCompactByteArray();
    }

    /** The estimate of a stored sketch, rounded. */
    public static long estimate(byte[] stored) {
        return stored == null || stored.length == 0 ? 0 : Math.round(HllSketch.heapify(stored).getEstimate());
    }
}
