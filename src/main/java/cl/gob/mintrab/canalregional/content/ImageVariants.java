package cl.gob.mintrab.canalregional.content;

import net.coobird.thumbnailator.Thumbnails;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The resized copies of an uploaded image: 480 px wide for listings, 960 px for publication pages (never larger
 * than the original). Re-encoding also drops the original's metadata (camera, GPS position).
 */
public final class ImageVariants {

    /** Widths of the variants, small to large. */
    public static final List<Integer> WIDTHS = List.of(480, 960);

    private ImageVariants() {
    }

    /** Width and height of the image, or null when it cannot be read as an image. */
    public static int[] dimensions(Path image) throws IOException {
        BufferedImage read = ImageIO.read(image.toFile());
        return read == null ? null : new int[]{read.getWidth(), read.getHeight()};
    }

    /** The path of a variant next to the original: photo.jpg → photo-480.jpg. */
    public static Path variantPath(Path original, int width) {
        String name = original.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return original.resolveSibling(name.substring(0, dot) + "-" + width + name.substring(dot));
    }

    /** Writes every variant of the image; a variant wider than the original is a re-encoded copy at its size. */
    public static void write(Path original, FileFormat format, int originalWidth) throws IOException {
        for (int width : WIDTHS) {
            Thumbnails.of(original.toFile())
                    .width(Math.min(width, originalWidth))
                    .outputFormat(format == FileFormat.PNG ? "png" : "jpg")
                    .outputQuality(0.85)
                    .toFile(variantPath(original, width).toFile());
        }
    }
}
