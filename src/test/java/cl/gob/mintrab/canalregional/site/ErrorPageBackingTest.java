package cl.gob.mintrab.canalregional.site;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorPageBackingTest {

    @Test
    void incidentIdsAreShortUnambiguousAndUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ErrorPageBacking.newIncidentId();
            assertTrue(id.matches("[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}"), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }
}
