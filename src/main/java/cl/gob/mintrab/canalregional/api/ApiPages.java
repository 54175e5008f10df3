package cl.gob.mintrab.canalregional.api;

import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;

/** What every paginated resource of the API does the same way: page parameters, links, nullable JSON values. */
public final class ApiPages {

    private ApiPages() {
    }

    /**
     * A page number or page size between 1 and {@code max}; anything else is a 400 with the Spanish message
     * {@code messageKey}, which gets {@code maxPageSize} as its argument.
     */
    public static int positive(String text, int max, String messageKey, int maxPageSize) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // refused below
        }
        throw new BadFilterException(messageKey, maxPageSize);
    }

    /** The request's address with another page. */
    public static String pageLink(UriInfo uri, int page, int size) {
        return uri.getRequestUriBuilder().replaceQueryParam("pagina", page).replaceQueryParam("por_pagina", size)
                .build().toString();
    }

    /** Adds the RFC 8288 Link header to the neighbouring pages, when there are any. */
    public static Response.ResponseBuilder withPageLinks(Response.ResponseBuilder response, String previous, String next) {
        List<String> links = new ArrayList<>();
        if (next != null) {
            links.add("<" + next + ">; rel=\"next\"");
        }
        if (previous != null) {
            links.add("<" + previous + ">; rel=\"prev\"");
        }
        return links.isEmpty() ? response : response.header("Link", String.join(", ", links));
    }

    /** The portal's root URL (the API lives under /api). */
    public static String siteRoot(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/api/?$", "");
    }

    public static void writeNullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
