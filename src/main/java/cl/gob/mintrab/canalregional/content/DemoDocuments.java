package cl.gob.mintrab.canalregional.content;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Short PDF documents for the demo publications (OpenPDF): a title, paragraphs and a table. */
final class DemoDocuments {

    private DemoDocuments() {
    }

    static byte[] pdf(String title, String author, List<String> paragraphs, List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 60, 60, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("es-CL"));
            document.addTitle(title);
            document.addAuthor(author);
            document.addCreator("Canal Regional");
            document.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, new Color(0x0A, 0x13, 0x2D));
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.DARK_GRAY);
            Paragraph header = new Paragraph(author, small);
            document.add(header);
            Paragraph titleParagraph = new Paragraph(title, heading);
            titleParagraph.setSpacingBefore(12);
            titleParagraph.setSpacingAfter(12);
            document.add(titleParagraph);
            for (String text : paragraphs) {
                Paragraph p = new Paragraph(text, body);
                p.setSpacingAfter(8);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                document.add(p);
            }
            if (!rows.isEmpty()) {
                PdfPTable table = new PdfPTable(headers.size());
                table.setWidthPercentage(100);
                table.setSpacingBefore(12);
                table.setHeaderRows(1);
                Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Color.WHITE);
                for (String h : headers) {
                    PdfPCell cell = new PdfPCell(new Phrase(h, bold));
                    cell.setBackgroundColor(new Color(0x00, 0x6F, 0xB3));
                    cell.setPadding(5);
                    table.addCell(cell);
                }
                Font cellFont = FontFactory.getFont(FontFactory.HELVETICA, 10);
                for (List<String> row : rows) {
                    for (String value : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(value, cellFont));
                        cell.setPadding(4);
                        table.addCell(cell);
                    }
                }
                document.add(table);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
