package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.api.ApiPages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The employment datasets in the REST API, {@code /api/v1/...}: the same rows and columns as the downloads,
 * a page at a time ({@code pagina}, {@code por_pagina}), with the same filters. Public and read-only.
 */
@jakarta.enterprise.context.RequestScoped
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Datos de empleo", description = "Programas, cobertura de programas, Bonificación a la contratación de "
        + "mano de obra y serie regional de empleo de las 16 regiones.")
public class EmploymentDataResource {

    private static final String FILTERS = " Filtros: región (nombre en la dirección, por ejemplo «nuble», o código "
            + "oficial «16»), desde y hasta (meses AAAA-MM, inclusive) o periodo (un mes). Paginación: pagina (desde 1) "
            + "y por_pagina (hasta 1000). La respuesta incluye el total de filas y enlaces a las páginas vecinas y a "
            + "las descargas en CSV, XLSX y JSON con los mismos filtros.";

    @Inject
    OpenDataService data;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Índice de conjuntos de datos",
            description = "Los conjuntos de datos de empleo disponibles, con la dirección de cada uno en la API y en "
                    + "las descargas.")
    @APIResponse(responseCode = "200", description = "Lista de conjuntos de datos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IndiceConjuntos")))
    public Response index() {
        StreamingOutput body = out -> {
            try (JsonGenerator json = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                json.writeStartObject();
                json.writeStartArray("conjuntos");
                for (OpenDataTables.Definition definition : OpenDataTables.ALL) {
                    json.writeStartObject();
                    json.write("nombre", definition.name());
                    json.write("titulo", definition.title());
                    json.write("descripcion", definition.description());
                    json.write("api", uri.getBaseUriBuilder().path("v1").path(definition.name()).build().toString());
                    json.write("csv", download(definition, "csv", null));
                    json.writeEnd();
                }
                json.writeEnd();
                json.write("catalogo", root() + "/datos/catalogo.jsonld");
                json.writeEnd();
            }
        };
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("programas")
    @Operation(summary = "Programas de empleo y protección social",
            description = "Programas cuyas coberturas informan las regiones, con su institución ejecutora, tipo y años "
                    + "de vigencia. Filtro: programa (código). Paginación: pagina y por_pagina.")
    @APIResponse(responseCode = "200", description = "Una página de programas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PaginaProgramas")))
    @APIResponse(responseCode = "400", description = "Un filtro o la paginación no son válidos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response programmes(
            @Parameter(description = "Código del programa, por ejemplo PIC") @QueryParam("programa") String programme,
            @Parameter(description = "Número de página, desde 1") @QueryParam("pagina") @DefaultValue("1") String page,
            @Parameter(description = "Filas por página, de 1 a 1000") @QueryParam("por_pagina") @DefaultValue("100")
            String pageSize) {
        return page(OpenDataTables.PROGRAMMES, page, pageSize);
    }

    @GET
    @Path("cobertura")
    @Operation(summary = "Cobertura de programas por región, mes y comuna",
            description = "Cupos, beneficiarios (mujeres y hombres) y presupuesto ejecutado de cada programa, por "
                    + "región y mes; las filas sin comuna son el total regional." + FILTERS
                    + " Además: programa (código) y comuna (código único territorial de 5 dígitos).")
    @APIResponse(responseCode = "200", description = "Una página de filas de cobertura",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PaginaCobertura")))
    @APIResponse(responseCode = "400", description = "Un filtro o la paginación no son válidos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response coverage(
            @Parameter(description = "Región: nombre en la dirección (nuble) o código oficial (16)") @QueryParam("region") String region,
            @Parameter(description = "Primer mes, AAAA-MM") @QueryParam("desde") String from,
            @Parameter(description = "Último mes, AAAA-MM") @QueryParam("hasta") String to,
            @Parameter(description = "Un solo mes, AAAA-MM (reemplaza desde y hasta)") @QueryParam("periodo") String period,
            @Parameter(description = "Código del programa, por ejemplo PIC") @QueryParam("programa") String programme,
            @Parameter(description = "Código único territorial de la comuna, 5 dígitos") @QueryParam("comuna") String comuna,
            @Parameter(description = "Número de página, desde 1") @QueryParam("pagina") @DefaultValue("1") String page,
            @Parameter(description = "Filas por página, de 1 a 1000") @QueryParam("por_pagina") @DefaultValue("100")
            String pageSize) {
        return page(OpenDataTables.COVERAGE, page, pageSize);
    }

    @GET
    @Path("bonificacion")
    @Operation(summary = "Bonificación a la contratación de mano de obra por región y mes",
            description = "Cupos asignados, empleos bonificados, empresas participantes, monto pagado y fechas de las "
                    + "etapas de la gestión (convocatoria, selección, contratación, pago, cierre)." + FILTERS)
    @APIResponse(responseCode = "200", description = "Una página de informes de la Bonificación",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PaginaBonificacion")))
    @APIResponse(responseCode = "400", description = "Un filtro o la paginación no son válidos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response bonificacion(
            @Parameter(description = "Región: nombre en la dirección (nuble) o código oficial (16)") @QueryParam("region") String region,
            @Parameter(description = "Primer mes, AAAA-MM") @QueryParam("desde") String from,
            @Parameter(description = "Último mes, AAAA-MM") @QueryParam("hasta") String to,
            @Parameter(description = "Un solo mes, AAAA-MM (reemplaza desde y hasta)") @QueryParam("periodo") String period,
            @Parameter(description = "Número de página, desde 1") @QueryParam("pagina") @DefaultValue("1") String page,
            @Parameter(description = "Filas por página, de 1 a 1000") @QueryParam("por_pagina") @DefaultValue("100")
            String pageSize) {
        return page(OpenDataTables.BONIFICACION, page, pageSize);
    }

    @GET
    @Path("empleo")
    @Operation(summary = "Serie regional de empleo por trimestre móvil",
            description = "Tasa de desocupación, fuerza de trabajo y ocupados por región y trimestre móvil (el mes es "
                    + "el último del trimestre: 2026-09 es julio-septiembre 2026), con fuente, fecha de publicación e "
                    + "indicación de cifra revisada." + FILTERS)
    @APIResponse(responseCode = "200", description = "Una página de cifras de empleo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PaginaEmpleo")))
    @APIResponse(responseCode = "400", description = "Un filtro o la paginación no son válidos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response employment(
            @Parameter(description = "Región: nombre en la dirección (nuble) o código oficial (16)") @QueryParam("region") String region,
            @Parameter(description = "Primer trimestre (su último mes), AAAA-MM") @QueryParam("desde") String from,
            @Parameter(description = "Último trimestre (su último mes), AAAA-MM") @QueryParam("hasta") String to,
            @Parameter(description = "Un solo trimestre (su último mes), AAAA-MM") @QueryParam("periodo") String period,
            @Parameter(description = "Número de página, desde 1") @QueryParam("pagina") @DefaultValue("1") String page,
            @Parameter(description = "Filas por página, de 1 a 1000") @QueryParam("por_pagina") @DefaultValue("100")
            String pageSize) {
        return page(OpenDataTables.EMPLOYMENT, page, pageSize);
    }

    @GET
    @Path("empleo-revisiones")
    @Operation(summary = "Valores anteriores de las cifras de empleo revisadas",
            description = "Cuando una cifra de la serie de empleo se revisa, el valor reemplazado se conserva aquí con "
                    + "el período en que estuvo publicado y el motivo de la revisión." + FILTERS)
    @APIResponse(responseCode = "200", description = "Una página de revisiones",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PaginaEmpleoRevisiones")))
    @APIResponse(responseCode = "400", description = "Un filtro o la paginación no son válidos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response employmentRevisions(
            @Parameter(description = "Región: nombre en la dirección (nuble) o código oficial (16)") @QueryParam("region") String region,
            @Parameter(description = "Primer trimestre (su último mes), AAAA-MM") @QueryParam("desde") String from,
            @Parameter(description = "Último trimestre (su último mes), AAAA-MM") @QueryParam("hasta") String to,
            @Parameter(description = "Un solo trimestre (su último mes), AAAA-MM") @QueryParam("periodo") String period,
            @Parameter(description = "Número de página, desde 1") @QueryParam("pagina") @DefaultValue("1") String page,
            @Parameter(description = "Filas por página, de 1 a 1000") @QueryParam("por_pagina") @DefaultValue("100")
            String pageSize) {
        return page(OpenDataTables.EMPLOYMENT_REVISIONS, page, pageSize);
    }

    private Response page(OpenDataTables.Definition definition, String pageText, String sizeText) {
        int page = positive(pageText, Integer.MAX_VALUE);
        int size = positive(sizeText, OpenDataService.MAX_PAGE);
        DataFilter filter = data.parseFilter(name -> uri.getQueryParameters().getFirst(name));
        long total = data.count(definition, filter);
        long offset = (long) (page - 1) * size;
        DataTable table = offset >= total ? new DataTable(definition.name(), definition.title(), definition.columns(),
                List.of()) : data.table(definition, filter, (int) offset, size);
        long pages = total == 0 ? 0 : (total + size - 1) / size;
        String self = pageLink(page, size);
        String next = page < pages ? pageLink(page + 1, size) : null;
        String previous = page > 1 && page - 1 <= Math.max(pages, 1) ? pageLink(page - 1, size) : null;
        StreamingOutput body = out -> {
            try (JsonGenerator json = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                json.writeStartObject();
                json.write("conjunto", definition.name());
                json.write("pagina", page);
                json.write("por_pagina", size);
                json.write("total", total);
                json.write("paginas", pages);
                json.writeStartObject("filtros");
                uri.getQueryParameters().forEach((key, values) -> {
                    if (!key.equals("pagina") && !key.equals("por_pagina") && !values.isEmpty()) {
                        json.write(key, values.get(0));
                    }
                });
                json.writeEnd();
                json.writeStartObject("enlaces");
                json.write("esta", self);
                ApiPages.writeNullable(json, "anterior", previous);
                ApiPages.writeNullable(json, "siguiente", next);
                json.write("csv", download(definition, "csv", uri.getRequestUri().getRawQuery()));
                json.write("xlsx", download(definition, "xlsx", uri.getRequestUri().getRawQuery()));
                json.write("json", download(definition, "json", uri.getRequestUri().getRawQuery()));
                json.writeEnd();
                json.writeStartArray("datos");
                for (List<Object> row : table.rows()) {
                    OpenDataWriter.writeRow(json, table.columns(), row);
                }
                json.writeEnd();
                json.writeEnd();
            }
        };
        return ApiPages.withPageLinks(Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "public, max-age=60")
                .header("X-Total-Count", total), previous, next).build();
    }

    private String pageLink(int page, int size) {
        return ApiPages.pageLink(uri, page, size);
    }

    /** The download of the same rows: /datos/<name>.<format> with the request's filters. */
    private String download(OpenDataTables.Definition definition, String format, String rawQuery) {
        UriBuilder builder = UriBuilder.fromUri(URI.create(root() + "/datos/" + definition.name() + "." + format));
        if (rawQuery != null && !rawQuery.isBlank()) {
            builder.replaceQuery(rawQuery).replaceQueryParam("pagina").replaceQueryParam("por_pagina");
        }
        return builder.build().toString();
    }

    private String root() {
        return ApiPages.siteRoot(uri);
    }


    private static int positive(String text, int max) {
        return ApiPages.positive(text, max, "opendata.bad_page", OpenDataService.MAX_PAGE);
    }
}
