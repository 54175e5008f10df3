package cl.gob.mintrab.canalregional.support;

import jakarta.servlet.ServletResponse;

/**
 * Content types of binary downloads (PDF, XLSX, images). Payara gives every response the request's character
 * encoding (UTF-8, from glassfish-web.xml's parameter-encoding) and would send "application/pdf;charset=UTF-8",
 * which is wrong for bytes that are not text; this sets the type without one.
 */
public final class BinaryResponses {

    private BinaryResponses() {
    }

    /** Sets the content type; a type without a charset parameter gets none from the container either. */
    public static void contentType(ServletResponse response, String contentType) {
        response.setContentType(contentType);
        if (!contentType.contains("charset")) {
            response.setCharacterEncoding((String) null);
        }
    }
}
