package cl.gob.mintrab.canalregional.compliance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The canonical serialization behind snapshot hashes: same content, same bytes, same SHA-256. */
class CanonicalJsonTest {

    @Test
    void membersAreSortedAndDecimalsAreStringsWithoutWhitespace() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", new BigDecimal("77.50"));
        map.put("m", Arrays.asList("Región", null, true));
        assertEquals("{\"a\":\"77.50\",\"m\":[\"Región\",null,true],\"z\":1}", CanonicalJson.write(map));
    }

    @Test
    void insertionOrderDoesNotChangeTheHash() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("year", 2007);
        one.put("name", "GT");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("name", "GT");
        other.put("year", 2007);
        assertEquals(CanonicalJson.sha256(CanonicalJson.write(one)), CanonicalJson.sha256(CanonicalJson.write(other)));
    }

    @Test
    void stringsAreEscapedMinimally() {
        assertEquals("\"comillas \\\" barra \\\\ línea\\n tab\\t \\u0001 ñ\"",
                CanonicalJson.write("comillas \" barra \\ línea\n tab\t \u0001 ñ"));
    }

    @Test
    void readingAndWritingAgainGivesTheSameText() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("units", List.of(Map.of("total", new BigDecimal("45.00"), "region", "NC", "rows", List.of())));
        map.put("count", 14L);
        map.put("note", null);
        String text = CanonicalJson.write(map);
        assertEquals(text, CanonicalJson.write(CanonicalJson.read(text)));
    }

    @Test
    void theHashIsSha256OfTheUtf8Bytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", CanonicalJson.sha256(""));
        assertNotEquals(CanonicalJson.sha256("{\"a\":\"77.50\"}"), CanonicalJson.sha256("{\"a\":\"77.5\"}"));
    }

    @Test
    void onlyCanonicalValuesAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(3.5d));
    }
}
