package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.support.DataDirectory;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores and serves attachments. An upload is copied to a temporary file while its size is counted (beyond the
 * limit it is refused and deleted), its type is detected from its content (and must agree with its name),
 * images get their resized variants; only then is anything recorded. Files are served to the public only when a
 * published version of a publication uses them; otherwise only to staff who may read that region's drafts.
 */
@Stateless
public class AttachmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "canal.upload.max-mb", defaultValue = "20")
    int maxMegabytes;

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /**
     * @throws ValidationException {@code attachment.too_large} or {@code attachment.type_not_allowed}; nothing is
     *                             stored then
     */
    public AttachmentView store(String regionCode, String fileName, InputStream content) {
        Actor actor = access.require(Action.EDIT_CONTENT, regionCode);
        return storeAs(regionCode, fileName, content, actor.username());
    }

    /**
     * Stores a file written by the portal itself (demo content, imports), with the same checks of size and type.
     * No permission check: callers are internal and have checked what they had to (public so that the call goes
     * through the EJB container).
     */
    public AttachmentView storeAs(String regionCode, String fileName, InputStream content, String createdBy) {
        String cleanName = cleanFileName(fileName);
        Path temp = null;
        try {
            temp = Files.createTempFile(dataDirectory.uploads(), "subida-", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyAtMost(content, out, maxBytes());
            }
            if (size < 0) {
                throw ValidationException.of("file", "attachment.too_large", maxMegabytes);
            }
            if (size == 0) {
                throw ValidationException.of("file", "attachment.empty");
            }
            FileFormat format = FileTypes.detect(temp, cleanName)
                    .orElseThrow(() -> ValidationException.of("file", "attachment.type_not_allowed"));
            Integer width = null;
            Integer height = null;
            if (format.isImage()) {
                int[] dimensions = ImageVariants.dimensions(temp);
                if (dimensions == null) {
                    throw ValidationException.of("file", "attachment.type_not_allowed");
                }
                width = dimensions[0];
                height = dimensions[1];
            }
            Instant now = Times.now();
            var date = now.atOffset(ZoneOffset.UTC);
            String relative = String.format("%d/%02d/%s.%s", date.getYear(), date.getMonthValue(), UUID.randomUUID(),
                    format == FileFormat.JPEG ? "jpg" : format.name().toLowerCase());
            Path target = dataDirectory.files().resolve(relative);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            if (format.isImage()) {
                ImageVariants.write(target, format, width);
            }
            Attachment attachment = new Attachment(regionCode, cleanName, format, size,
                    HexFormat.of().formatHex(sha.digest()), relative, width, height, createdBy, now);
            em.persist(attachment);
            em.flush();
            return attachment.toView();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    /** A file to send: path on disk, type, size, name, and whether caches may keep it (it is public). */
    public record Download(Path path, String contentType, long size, String fileName, String sha256, boolean isPublic) {
    }

    /**
     * The file (or an image variant) for a request: public when a published version uses it, else only for staff
     * who may read drafts of its region. Anything else is "not found", so nothing leaks.
     */
    public Optional<Download> open(long id, Integer width) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            return Optional.empty();
        }
        boolean isPublic = isPublished(id);
        if (!isPublic) {
            if (!access.allows(Action.READ_DRAFT, attachment.getRegionCode())) {
                return Optional.empty();
            }
        }
        Path path = dataDirectory.files().resolve(attachment.getStoragePath());
        if (width != null) {
            if (!attachment.getFormat().isImage() || !ImageVariants.WIDTHS.contains(width)) {
                return Optional.empty();
            }
            path = ImageVariants.variantPath(path, width);
        }
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Download(path, attachment.getContentType(), Files.size(path), attachment.getFileName(),
                    width == null ? attachment.getSha256() : attachment.getSha256() + "-" + width, isPublic));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attachments' views, for an editor of their region. */
    public AttachmentView get(long id) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            throw new NotFoundException("Attachment", id);
        }
        access.requireOrHide(Action.READ_DRAFT, attachment.getRegionCode(), "Attachment", id);
        return attachment.toView();
    }

    private boolean isPublished(long attachmentId) {
        Number count = (Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM publication p JOIN publication_revision r ON r.id = p.published_revision_id
                LEFT JOIN revision_attachment ra ON ra.revision_id = r.id
                WHERE p.public_state = 'PUBLICADO' AND (r.image_id = ?1 OR ra.attachment_id = ?1)""")
                .setParameter(1, attachmentId).getSingleResult();
        return count.longValue() > 0;
    }

    /** Copies at most {@code limit} bytes; returns -1 when there was more. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    /** The name as the reader will see it when downloading: no path, no control characters, at most 150 characters. */
    static String cleanFileName(String name) {
        String base = name == null ? "archivo" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "archivo" + base;
        }
        return base.length() > 150 ? base.substring(base.length() - 150) : base;
    }
}
