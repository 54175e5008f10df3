package cl.gob.mintrab.canalregional.compliance;

import java.math.BigDecimal;
import java.time.Instant;

/** Read model of a frozen snapshot (without its serialization). */
public record SnapshotView(long id, long programId, int versionNo, Instant createdAt, String createdBy,
                           String annotation, BigDecimal nationalMean, String sha256, long size) {

    static SnapshotView of(ProgramSnapshot s) {
        return new SnapshotView(s.getId(), s.getProgramId(), s.getVersionNo(), s.getCreatedAt(), s.getCreatedBy(),
                s.getAnnotation(), s.getNationalMean(), s.getSha256(),
                s.getCanonical().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
}
