package cl.gob.mintrab.canalregional.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatelessViewHandlerTest {

    @Test
    void publicPagesAndErrorPagesKeepNoState() {
        for (String view : new String[]{"/index.xhtml", "/contacto.xhtml", "/WEB-INF/views/region.xhtml",
                "/WEB-INF/errorpages/404.xhtml", "/administracion.xhtml", "/accesibilidad.xhtml"}) {
            assertFalse(StatelessViewHandler.isStateful(view), view);
        }
    }

    @Test
    void pagesWithFormsKeepState() {
        for (String view : new String[]{"/admin/index.xhtml", "/admin/cuentas/editar.xhtml", "/cuenta/clave.xhtml",
                "/acceso.xhtml", "/restablecer-clave.xhtml"}) {
            assertTrue(StatelessViewHandler.isStateful(view), view);
        }
    }
}
