package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.api.OpenApiContributor;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Map;

/**
 * The schemas of the employment datasets in the API description, generated from {@link OpenDataTables} so the
 * documentation always lists the columns the API really returns, with their Spanish descriptions.
 */
public class EmploymentOpenApi implements OpenApiContributor {

    /** Schema names by dataset, as the resource's annotations refer to them. */
    static final Map<String, String> NAMES = Map.of("programas", "Programa", "cobertura", "Cobertura",
            "bonificacion", "Bonificacion", "empleo", "Empleo", "empleo-revisiones", "EmpleoRevision");

    @Override
    public void contribute(OpenAPI model) {
        for (OpenDataTables.Definition definition : OpenDataTables.ALL) {
            String name = NAMES.get(definition.name());
            Schema row = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .description(definition.title() + ". " + definition.description());
            for (DataColumn column : definition.columns()) {
                row.addProperty(column.key(), property(column));
            }
            model.getComponents().addSchema(name, row);
            String page = "Pagina" + name.replace("Revision", "Revisiones").replace("Programa", "Programas");
            model.getComponents().addSchema(page, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .description("Una página de «" + definition.name() + "»")
                    .addProperty("conjunto", text("Nombre del conjunto de datos"))
                    .addProperty("pagina", integer("Número de esta página, desde 1"))
                    .addProperty("por_pagina", integer("Filas por página"))
                    .addProperty("total", integer("Filas que cumplen los filtros, en todas las páginas"))
                    .addProperty("paginas", integer("Número de páginas"))
                    .addProperty("filtros", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                            .description("Los filtros aplicados, como vinieron en la consulta"))
                    .addProperty("enlaces", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                            .description("Direcciones de esta página, la anterior y la siguiente (null si no hay), y "
                                    + "de las descargas csv, xlsx y json con los mismos filtros"))
                    .addProperty("datos", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref(name))));
        }
        model.getComponents().addSchema("Error", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Una solicitud rechazada").addProperty("error", text("Qué no es válido, en español")));
        model.getComponents().addSchema("IndiceConjuntos", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Los conjuntos de datos disponibles y el catálogo DCAT-AP")
                .addProperty("conjuntos", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                .addProperty("nombre", text("Nombre del conjunto"))
                                .addProperty("titulo", text("Título"))
                                .addProperty("descripcion", text("Descripción"))
                                .addProperty("api", text("Dirección en la API"))
                                .addProperty("csv", text("Descarga en CSV"))))
                .addProperty("catalogo", text("Catálogo DCAT-AP en JSON-LD")));
    }

    private static Schema property(DataColumn column) {
        Schema schema = OASFactory.createSchema().description(column.description()).nullable(true);
        return switch (column.type()) {
            case TEXT -> schema.type(Schema.SchemaType.STRING);
            case INTEGER -> schema.type(Schema.SchemaType.INTEGER).format("int64");
            case DECIMAL -> schema.type(Schema.SchemaType.NUMBER);
            case MONTH -> schema.type(Schema.SchemaType.STRING).pattern("^\\d{4}-\\d{2}$").example("2026-09");
            case DATE -> schema.type(Schema.SchemaType.STRING).format("date");
            case BOOLEAN -> schema.type(Schema.SchemaType.BOOLEAN);
            case TIMESTAMP -> schema.type(Schema.SchemaType.STRING).format("date-time");
        };
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description(description);
    }
}
