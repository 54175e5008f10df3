package cl.gob.mintrab.canalregional.content;

import java.util.List;
import java.util.Locale;

/** The formats editors may attach, with the content type they are served with and their file extensions. */
public enum FileFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    CSV("text/csv; charset=UTF-8", "csv"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String contentType;
    private final List<String> extensions;

    FileFormat(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String getContentType() {
        return contentType;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    public boolean matchesName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(ext -> lower.endsWith("." + ext));
    }
}
