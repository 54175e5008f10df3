package cl.gob.mintrab.canalregional.region;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeremiaProfileDemoContentTest {

    @Test
    void everyOfficialRegionAndTheNivelCentralHasDemoFacts() throws IOException {
        Set<String> official;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/reference/territorio/regions.csv"), StandardCharsets.UTF_8))) {
            official = reader.lines().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toSet());
        }
        assertEquals(16, official.size());
        Set<String> covered = SeremiaProfileDemoContent.coveredUnitCodes();
        assertTrue(covered.containsAll(official), () -> "missing demo facts for " + official.stream()
                .filter(code -> !covered.contains(code)).toList());
        assertTrue(covered.contains(Region.NIVEL_CENTRAL_CODE));
        assertEquals(17, covered.size());
    }

    @Test
    void phoneNumbersLookChilean() {
        assertTrue(SeremiaProfileDemoContent.phoneNumber("42", 10).matches("\\d{3} \\d{4}"));
        assertTrue(SeremiaProfileDemoContent.phoneNumber("2", 7).matches("2\\d{3} \\d{4}"));
    }
}
