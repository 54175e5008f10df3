package cl.gob.mintrab.canalregional.content;

import java.util.List;

/**
 * What an editor writes: the content of one revision. {@code bodyHtml} is sanitised by the service before it is
 * stored; {@code tags} are normalised (trimmed, lower-case, unique).
 */
public record PublicationContent(String title, String lead, String bodyHtml, List<String> tags, Long imageId,
                                 String imageAlt, boolean imageDecorative, List<Long> attachmentIds, String changeNote) {

    public PublicationContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
