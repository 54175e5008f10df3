package cl.gob.mintrab.canalregional.stats;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The first value of a parameter read straight from a GET request's query string. The recorder reads one or two
 * parameters of pages that are mostly answered from the page cache, where the container has not parsed the
 * parameters; asking the container for one would parse them all (a few microseconds on every recorded search).
 * Same result as {@code getParameter} for UTF-8 query strings and plain names (compared as written); a value
 * that is not valid percent-encoding is treated as missing.
 */
final class QueryString {

    private QueryString() {
    }

    /** @return the decoded first value of {@code name}, "" for a name without value, null when absent or malformed */
    static String first(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        int start = 0;
        int length = query.length();
        while (start <= length) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            int equals = query.indexOf('=', start);
            int nameEnd = equals >= 0 && equals < end ? equals : end;
            if (nameEnd - start == name.length() && query.startsWith(name, start)) {
                if (nameEnd == end) {
                    return "";
                }
                try {
                    return URLDecoder.decode(query.substring(nameEnd + 1, end), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            start = end + 1;
        }
        return null;
    }
}
