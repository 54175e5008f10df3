package cl.gob.mintrab.canalregional.content;

import java.util.Locale;

/** An attachment as pages list it: name, format and size ("PDF, 1,2 MB"). */
public record AttachmentView(long id, String fileName, FileFormat format, long sizeBytes, Integer width, Integer height) {

    /** Path of the file, relative to the context root. */
    public String path() {
        return "/archivos/" + id + "/" + fileName;
    }

    /** Path of a resized variant of an image ({@link ImageVariants}). */
    public String variantPath(int width) {
        return "/archivos/" + id + "/" + width + "/" + fileName;
    }

    /** "1,2 MB", "340 KB": sizes as readers expect them, Spanish decimals. */
    public String sizeText() {
        if (sizeBytes >= 1024 * 1024) {
            return String.format(Locale.forLanguageTag("es-CL"), "%.1f MB", sizeBytes / 1048576.0);
        }
        return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
    }

    public boolean isImage() {
        return format.isImage();
    }
}
