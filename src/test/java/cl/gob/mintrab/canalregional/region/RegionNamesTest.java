package cl.gob.mintrab.canalregional.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RegionNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1ª Región", "1a Región", "1º región", "1° REGION", "  1ª   Región ", "1 ª Región"})
    void ordinalSpellingsOfTheSameRegionMatch(String written) {
        assertEquals("1ª region", RegionNames.normalize(written));
    }

    @Test
    void differentNumbersStayDifferent() {
        assertNotEquals(RegionNames.normalize("1ª Región"), RegionNames.normalize("11ª Región"));
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertEquals(RegionNames.normalize("Región Metropolitana"), RegionNames.normalize("REGION metropolitana"));
    }

    @Test
    void aLetterAInsideAWordIsNotTakenForAnOrdinal() {
        assertEquals("region de la araucania", RegionNames.normalize("Región de La Araucanía"));
    }
}
