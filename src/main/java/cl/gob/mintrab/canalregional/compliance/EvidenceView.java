package cl.gob.mintrab.canalregional.compliance;

import java.time.Instant;

/** Read model of a "medio de verificación". */
public record EvidenceView(long id, EvidenceKind kind, String title, String url, String section, String fileName,
                           String contentType, Long fileSize, String sha256, String addedBy, Instant addedAt) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(e.getId(), e.getKind(), e.getTitle(), e.getUrl(), e.getSection(), e.getFileName(),
                e.getContentType(), e.getFileSize(), e.getSha256(), e.getAddedBy(), e.getAddedAt());
    }
}
