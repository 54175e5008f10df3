package cl.gob.mintrab.canalregional.compliance;

import java.math.BigDecimal;
import java.time.Instant;

/** Read model of a re-check flag, with the unit's name. */
public record FlagView(long id, String regionCode, String unitName, FlagKind kind, Integer activityNumber,
                       BigDecimal reported, BigDecimal computed, String detail, FlagStatus status, String resolution,
                       String resolvedBy, Instant resolvedAt, int version) {

    static FlagView of(RecheckFlag f, String unitName) {
        return new FlagView(f.getId(), f.getRegionCode(), unitName, f.getKind(), f.getActivityNumber(), f.getReported(),
                f.getComputed(), f.getDetail(), f.getStatus(), f.getResolution(), f.getResolvedBy(), f.getResolvedAt(),
                f.getVersion());
    }

    public boolean open() {
        return status == FlagStatus.ABIERTO;
    }
}
