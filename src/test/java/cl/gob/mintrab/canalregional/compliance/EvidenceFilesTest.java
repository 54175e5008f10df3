package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Evidence files: the type comes from the content, not only the name. */
class EvidenceFilesTest {

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsAcceptedAndItsNameCleaned() {
        EvidenceFiles.Checked checked = EvidenceFiles.check("C:\\Documentos\\acta \"mesa\".pdf", PDF);
        assertEquals("acta _mesa_.pdf", checked.fileName());
        assertEquals("application/pdf", checked.contentType());
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsNameIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> EvidenceFiles.check("acta.pdf", "<html>no soy un PDF</html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("gt.file_type", e.getErrors().get(0).messageKey());
        assertThrows(ValidationException.class, () -> EvidenceFiles.check("script.exe", PDF));
        assertThrows(ValidationException.class, () -> EvidenceFiles.check("datos.csv", new byte[]{(byte) 0xC3, 0x28}));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertEquals("gt.file_required", assertThrows(ValidationException.class,
                () -> EvidenceFiles.check("acta.pdf", new byte[0])).getErrors().get(0).messageKey());
        byte[] big = new byte[(int) EvidenceFiles.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("gt.file_too_large", assertThrows(ValidationException.class,
                () -> EvidenceFiles.check("acta.pdf", big)).getErrors().get(0).messageKey());
    }
}
