package cl.gob.mintrab.canalregional.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST API of the portal, read-only and public, under {@code /api}; its description in OpenAPI is at
 * {@code /openapi}. Resources are discovered in every feature package.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "API del Canal Regional",
        version = "1",
        description = "API pública y de solo lectura del Canal Regional de las Secretarías Regionales Ministeriales "
                + "del Trabajo y Previsión Social. Entrega en JSON los datos abiertos del portal, con paginación y "
                + "filtros. Los mismos datos se descargan en CSV, XLSX y JSON en /datos y se describen en el "
                + "catálogo DCAT-AP /datos/catalogo.jsonld.",
        contact = @Contact(name = "Subsecretaría del Trabajo", url = "/contacto"),
        license = @License(name = "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)",
                url = "https://creativecommons.org/licenses/by/4.0/")))
public class RestApplication extends Application {
}
