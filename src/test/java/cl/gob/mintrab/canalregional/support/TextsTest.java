package cl.gob.mintrab.canalregional.support;

import cl.gob.mintrab.canalregional.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @Test
    void everyFeatureFileIsMergedIntoOneBundle() {
        Messages messages = new Messages();
        assertEquals("Canal Regional", messages.getString("layout.portal_name"));
        assertEquals("Ingreso del personal", messages.getString("acceso.title"));
        assertTrue(Collections.list(messages.getKeys()).size() > 300);
    }

    @Test
    void argumentsAreFormattedTheChileanWay() {
        assertEquals("La contraseña debe tener al menos 12 caracteres.", Texts.get("password.too_short", 12));
        assertEquals("Región XVI", Texts.get("index.region_numeral", "XVI"));
        assertEquals("sin.clave", Texts.get("sin.clave"));
    }
}
