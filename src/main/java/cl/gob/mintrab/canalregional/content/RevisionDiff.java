package cl.gob.mintrab.canalregional.content;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two revisions side by side (java-diff-utils): field by field, line by line, with the words that changed marked
 * {@code <del>} on the old side and {@code <ins>} on the new one. The cells are HTML-escaped here (the marks are
 * added after escaping, so they never split an entity), so they can be output as they are.
 */
public final class RevisionDiff {

    // markers the generator puts around changed words; the line is escaped first, then they become tags
    private static final String DEL_OPEN = "\u0001";
    private static final String DEL_CLOSE = "\u0002";
    private static final String INS_OPEN = "\u0003";
    private static final String INS_CLOSE = "\u0004";

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(line -> line.replace("\t", "    "))
            .oldTag(open -> open ? DEL_OPEN : DEL_CLOSE)
            .newTag(open -> open ? INS_OPEN : INS_CLOSE)
            .build();

    private RevisionDiff() {
    }

    /** One revision's comparable text. */
    public record Side(int number, String author, Instant createdAt, String title, String lead, String body, String tags,
                       String image, List<String> attachments, String changeNote) {
    }

    /** A line of the comparison; {@code changed} is false for lines equal on both sides. */
    public record Row(String oldHtml, String newHtml, boolean changed) {
    }

    /** A field (title, lead, body ...) with its rows, and whether anything in it changed. */
    public record Field(String key, List<Row> rows, boolean changed) {
    }

    public record Comparison(Side older, Side newer, List<Field> fields) {
        public boolean identical() {
            return fields.stream().noneMatch(Field::changed);
        }
    }

    public static Comparison compare(Side older, Side newer) {
        List<Field> fields = new ArrayList<>();
        fields.add(field("title", lines(older.title()), lines(newer.title())));
        fields.add(field("lead", lines(older.lead()), lines(newer.lead())));
        fields.add(field("body", lines(older.body()), lines(newer.body())));
        fields.add(field("tags", lines(older.tags()), lines(newer.tags())));
        fields.add(field("image", lines(older.image()), lines(newer.image())));
        fields.add(field("attachments", older.attachments(), newer.attachments()));
        fields.add(field("changeNote", lines(older.changeNote()), lines(newer.changeNote())));
        return new Comparison(older, newer, fields);
    }

    private static Field field(String key, List<String> before, List<String> after) {
        List<Row> rows = new ArrayList<>();
        boolean changed = false;
        for (DiffRow row : GENERATOR.generateDiffRows(before, after)) {
            boolean rowChanged = row.getTag() != DiffRow.Tag.EQUAL;
            changed |= rowChanged;
            rows.add(new Row(html(row.getOldLine()), html(row.getNewLine()), rowChanged));
        }
        return new Field(key, rows, changed);
    }

    /** Escapes the line's text, then turns the markers into {@code <del>} and {@code <ins>}. */
    static String html(String marked) {
        return marked.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace(DEL_OPEN, "<del>").replace(DEL_CLOSE, "</del>")
                .replace(INS_OPEN, "<ins>").replace(INS_CLOSE, "</ins>");
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
