package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Texts;
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
                    .description(Texts.get("openapi.page", definition.name()))
                    .addProperty("conjunto", text(Texts.get("openapi.page.dataset")))
                    .addProperty("pagina", integer(Texts.get("openapi.page.page")))
                    .addProperty("por_pagina", integer(Texts.get("openapi.page.per_page")))
                    .addProperty("total", integer(Texts.get("openapi.page.total")))
                    .addProperty("paginas", integer(Texts.get("openapi.page.pages")))
                    .addProperty("filtros", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                            .description(Texts.get("openapi.page.filters")))
                    .addProperty("enlaces", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                            .description(Texts.get("openapi.page.links")))
                    .addProperty("datos", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref(name))));
        }
        model.getComponents().addSchema("Error", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description(Texts.get("openapi.error")).addProperty("error", text(Texts.get("openapi.error.error"))));
        model.getComponents().addSchema("IndiceConjuntos", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description(Texts.get("openapi.index"))
                .addProperty("conjuntos", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                .addProperty("nombre", text(Texts.get("openapi.index.name")))
                                .addProperty("titulo", text(Texts.get("openapi.index.title")))
                                .addProperty("descripcion", text(Texts.get("openapi.index.description")))
                                .addProperty("api", text(Texts.get("openapi.index.api")))
                                .addProperty("csv", text(Texts.get("openapi.index.csv")))))
                .addProperty("catalogo", text(Texts.get("openapi.index.catalogue"))));
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
