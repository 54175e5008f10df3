package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/gestion-territorial/instantanea?id=N}: a frozen snapshot: who froze it and why, its SHA-256, the
 * frozen figures, flags and evidence, a "verify" action that recomputes the hash, and the canonical text itself
 * for anyone who wants to check it with {@code sha256sum}.
 */
@Named
@ViewScoped
public class GtSnapshotBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SnapshotService snapshots;

    private Long id;
    private SnapshotService.SnapshotDetail detail;
    private SnapshotService.Verification verification;

    /** View action. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("ProgramSnapshot", null);
        }
        detail = snapshots.get(id);
    }

    public void verify() {
        verification = snapshots.verify(id);
        if (verification.valid()) {
            FacesErrors.info("admin_gt_snapshot.verified_ok");
        } else {
            FacesErrors.global("admin_gt_snapshot.verified_bad");
        }
    }

    public void download() throws IOException {
        String canonical = CanonicalJson.write(detail.content());
        GtPages.download("gt-" + detail.program().year() + "-instantanea-" + detail.snapshot().versionNo() + ".json",
                "application/json", out -> {
                    try {
                        out.write(canonical.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The frozen units, as maps (keys as in the canonical serialization). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getUnits() {
        return (List<Map<String, Object>>) detail.body().get("units");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getFlags() {
        return (List<Map<String, Object>>) detail.body().get("flags");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getNational() {
        return (Map<String, Object>) detail.body().get("national");
    }

    /** A frozen decimal ("77.50") the Chilean way ("77,5 %"). */
    public String pct(Object value) {
        return value == null ? "—" : ComplianceFormats.percentage(new java.math.BigDecimal(value.toString()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SnapshotService.SnapshotDetail getDetail() {
        return detail;
    }

    public SnapshotService.Verification getVerification() {
        return verification;
    }
}
