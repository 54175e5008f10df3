package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.api.ApiPages;
import cl.gob.mintrab.canalregional.api.BadFilterException;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Published publications in the REST API, {@code /api/v1/publicaciones}: what the public pages show (only the
 * published copy of each item), a page at a time, filtered by unit, kind and date of first publication; and one
 * item with its body, tags, image and attachments. Public and read-only.
 */
@RequestScoped
@Path("v1/publicaciones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publicaciones", description = "Noticias, actividad de empleo, acuerdos y coordinación, resoluciones de "
        + "conflictos, diálogo social y documentos publicados por las Seremías del Trabajo y el Nivel Central.")
public class PublicationResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    PublishedContent content;

    @Inject
    RegionService regions;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Publicaciones publicadas",
            description = "Las publicaciones vigentes, de la más reciente a la más antigua según su primera "
                    + "publicación. Filtros: region (nombre en la dirección, por ejemplo «nuble» o «nivel-central», o "
                    + "código oficial «16» o «NC»), tipo (noticias, actividad-de-empleo, acuerdos-y-coordinacion, "
                    + "resolucion-de-conflictos, dialogo-social, documentos), desde y hasta (días AAAA-MM-DD, "
                    + "inclusive, hora de Chile). Paginación: pagina (desde 1) y por_pagina (hasta 100).")
    @APIResponse(responseCode = "200", description = "Una página de publicaciones")
    @APIResponse(responseCode = "400", description = "Un filtro o la paginación no son válidos")
    public Response list(
            @Parameter(description = "Región: nombre en la dirección (nuble) o código oficial (16, NC)") @QueryParam("region") String region,
            @Parameter(description = "Tipo de publicación, como en la dirección (noticias, documentos...)") @QueryParam("tipo") String kind,
            @Parameter(description = "Primer día, AAAA-MM-DD") @QueryParam("desde") String from,
            @Parameter(description = "Último día, AAAA-MM-DD") @QueryParam("hasta") String to,
            @Parameter(description = "Número de página, desde 1") @QueryParam("pagina") @DefaultValue("1") String page,
            @Parameter(description = "Publicaciones por página, de 1 a 100") @QueryParam("por_pagina") @DefaultValue("20") String size) {
        RegionSummary unit = region == null || region.isBlank() ? null : unit(region);
        PublicationKind publicationKind = kind == null || kind.isBlank() ? null : PublicationKind.fromSlug(kind.trim())
                .orElseThrow(() -> new BadFilterException("api.publications.bad_kind", kind));
        LocalDate fromDay = day("desde", from);
        LocalDate toDay = day("hasta", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new BadFilterException("api.publications.bad_range", fromDay, toDay);
        }
        int pageNumber = ApiPages.positive(page, Integer.MAX_VALUE, "api.publications.bad_page", MAX_PAGE_SIZE);
        int pageSize = ApiPages.positive(size, MAX_PAGE_SIZE, "api.publications.bad_page", MAX_PAGE_SIZE);
        ResultPage<ItemSummary> result = content.find(unit == null ? null : unit.code(), publicationKind, fromDay, toDay,
                pageNumber, pageSize);
        String next = result.total() > (long) pageNumber * pageSize ? ApiPages.pageLink(uri, pageNumber + 1, pageSize) : null;
        String previous = pageNumber > 1 ? ApiPages.pageLink(uri, pageNumber - 1, pageSize) : null;
        StreamingOutput body = out -> {
            try (JsonGenerator json = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                json.writeStartObject();
                json.write("pagina", pageNumber);
                json.write("por_pagina", pageSize);
                json.write("total", result.total());
                json.write("paginas", result.total() == 0 ? 0 : (result.total() + pageSize - 1) / pageSize);
                json.writeStartObject("enlaces");
                json.write("esta", ApiPages.pageLink(uri, pageNumber, pageSize));
                ApiPages.writeNullable(json, "anterior", previous);
                ApiPages.writeNullable(json, "siguiente", next);
                json.writeEnd();
                json.writeStartArray("publicaciones");
                for (ItemSummary item : result.items()) {
                    json.writeStartObject();
                    summary(json, item);
                    json.writeEnd();
                }
                json.writeEnd();
                json.writeEnd();
            }
        };
        return ApiPages.withPageLinks(Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "public, max-age=60")
                .header("X-Total-Count", result.total()), previous, next).build();
    }

    @GET
    @Path("{region}/{tipo}/{slug}")
    @Operation(summary = "Una publicación",
            description = "Una publicación vigente con su texto (HTML saneado), temas, imagen y documentos adjuntos. "
                    + "La dirección es la misma de su página: /region/{region}/{tipo}/{slug}.")
    @APIResponse(responseCode = "200", description = "La publicación")
    @APIResponse(responseCode = "404", description = "No hay una publicación vigente con esa dirección")
    public Response one(@PathParam("region") String region, @PathParam("tipo") String kind, @PathParam("slug") String slug) {
        Optional<PublicationPage> found = regions.findBySlug(region).flatMap(unit -> PublicationKind.fromSlug(kind)
                .flatMap(k -> content.page(unit.code(), k, slug)));
        PublicationPage page = found.orElseThrow(() -> new NotFoundException("Publication", region + "/" + kind + "/" + slug));
        StreamingOutput body = out -> {
            try (JsonGenerator json = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                json.writeStartObject();
                summary(json, page.item());
                json.write("texto_html", page.bodyHtml());
                ApiPages.writeNullable(json, "nota_de_cambio", page.changeNote());
                json.writeStartArray("temas");
                page.tags().forEach(json::write);
                json.writeEnd();
                if (page.image() == null) {
                    json.writeNull("imagen");
                } else {
                    json.writeStartObject("imagen");
                    json.write("url", absolute(page.image().path()));
                    json.write("texto_alternativo", page.imageDecorative() || page.imageAlt() == null ? "" : page.imageAlt());
                    json.write("decorativa", page.imageDecorative());
                    json.writeEnd();
                }
                json.writeStartArray("adjuntos");
                for (AttachmentView file : page.attachments()) {
                    json.writeStartObject();
                    json.write("nombre", file.fileName());
                    json.write("url", absolute(file.path()));
                    json.write("tipo", file.format().getContentType());
                    json.write("bytes", file.sizeBytes());
                    json.writeEnd();
                }
                json.writeEnd();
                json.writeEnd();
            }
        };
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "public, max-age=60").build();
    }

    private void summary(JsonGenerator json, ItemSummary item) {
        json.write("region", item.regionSlug());
        json.write("codigo_region", item.regionCode());
        json.write("nombre_region", item.regionName());
        json.write("tipo", item.kind().getSlug());
        json.write("slug", item.slug());
        json.write("titulo", item.title());
        json.write("bajada", item.lead());
        json.write("url", absolute(item.path()));
        json.write("api", uri.getBaseUriBuilder().path("v1/publicaciones").path(item.regionSlug())
                .path(item.kind().getSlug()).path(item.slug()).build().toString());
        json.write("primera_publicacion", iso(item.firstPublishedAt()));
        json.write("ultima_actualizacion", iso(item.publishedAt()));
        json.write("demostracion", item.demo());
    }

    private RegionSummary unit(String text) {
        String value = text.trim();
        return regions.findBySlug(value).or(() -> regions.findByCode(value.toUpperCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> new BadFilterException("api.publications.bad_region", value));
    }

    private static LocalDate day(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadFilterException("api.publications.bad_day", name, text);
        }
    }

    /** An absolute URL of a path of the portal (the API lives under /api). */
    private String absolute(String path) {
        return ApiPages.siteRoot(uri) + path;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

}
