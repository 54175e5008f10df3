package cl.gob.mintrab.canalregional.content;

import java.util.List;

/** Everything a publication page shows. {@code bodyHtml} is sanitised (it was when stored). */
public record PublicationPage(ItemSummary item, String bodyHtml, List<String> tags, AttachmentView image,
                              String imageAlt, boolean imageDecorative, List<AttachmentView> attachments,
                              String changeNote, List<ItemSummary> related) {
}
