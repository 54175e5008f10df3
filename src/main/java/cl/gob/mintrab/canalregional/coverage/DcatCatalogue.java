package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The open-data catalogue in DCAT-AP, as JSON-LD, for a CKAN harvester (ckanext-dcat) or any DCAT-AP consumer:
 * every dataset nationally and per region, with its publisher (the region's Seremía, or the Subsecretaría),
 * temporal and spatial coverage, licence, update frequency and its CSV, XLSX and JSON distributions, plus the
 * REST API as a data service. Pure Java over the entries the servlet collects.
 */
public final class DcatCatalogue {

    /** One dataset of the catalogue: a definition, for a region or nationally (region null). */
    public record Entry(OpenDataTables.Definition definition, RegionSummary region, YearMonth start, YearMonth end,
                        Instant modified) {

        String identifier() {
            return definition.name() + (region == null ? "" : "-" + region.slug());
        }
    }

    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final Map<String, String[]> FORMATS = Map.of(
            "csv", new String[]{"text/csv", "CSV"},
            "xlsx", new String[]{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"},
            "json", new String[]{"application/json", "JSON"});
    private static final List<String> FORMAT_ORDER = List.of("csv", "xlsx", "json");

    private DcatCatalogue() {
    }

    public static void write(String base, List<Entry> entries, Instant generated, OutputStream out) {
        String catalogue = base + "/datos/catalogo.jsonld";
        try (JsonGenerator json = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            json.writeStartObject();
            json.writeStartObject("@context");
            json.write("dcat", "http://www.w3.org/ns/dcat#");
            json.write("dct", "http://purl.org/dc/terms/");
            json.write("foaf", "http://xmlns.com/foaf/0.1/");
            json.write("vcard", "http://www.w3.org/2006/vcard/ns#");
            json.write("skos", "http://www.w3.org/2004/02/skos/core#");
            json.write("xsd", "http://www.w3.org/2001/XMLSchema#");
            json.writeEnd();
            json.write("@id", catalogue);
            json.write("@type", "dcat:Catalog");
            text(json, "dct:title", Texts.get("dcat.catalogue.title"));
            text(json, "dct:description", Texts.get("dcat.catalogue.description"));
            organisation(json, "dct:publisher", base + "/region/nivel-central#organizacion",
                    Texts.get("dcat.publisher.national"),
                    base + "/");
            reference(json, "dct:language", EU + "language/SPA");
            reference(json, "dct:license", OpenDataWriter.LICENCE);
            reference(json, "foaf:homepage", base + "/datos-abiertos");
            typed(json, "dct:modified", generated.toString(), "xsd:dateTime");
            json.writeStartArray("dcat:service");
            json.writeStartObject();
            json.write("@id", base + "/api/v1");
            json.write("@type", "dcat:DataService");
            text(json, "dct:title", Texts.get("dcat.service.title"));
            reference(json, "dcat:endpointURL", base + "/api/v1");
            reference(json, "dcat:endpointDescription", base + "/openapi");
            reference(json, "dct:license", OpenDataWriter.LICENCE);
            json.writeStartArray("dcat:servesDataset");
            for (Entry entry : entries) {
                json.writeStartObject().write("@id", catalogue + "#" + entry.identifier()).writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
            json.writeEnd();
            json.writeStartArray("dcat:dataset");
            for (Entry entry : entries) {
                dataset(json, base, catalogue, entry);
            }
            json.writeEnd();
            json.writeEnd();
        }
    }

    private static void dataset(JsonGenerator json, String base, String catalogue, Entry entry) {
        OpenDataTables.Definition definition = entry.definition();
        RegionSummary region = entry.region();
        String query = region == null ? "" : "?region=" + region.slug();
        json.writeStartObject();
        json.write("@id", catalogue + "#" + entry.identifier());
        json.write("@type", "dcat:Dataset");
        json.write("dct:identifier", entry.identifier());
        text(json, "dct:title", region == null ? Texts.get("dcat.dataset.title_national", definition.title())
                : Texts.get("dcat.dataset.title_region", definition.title(), region.name()));
        text(json, "dct:description", region == null
                ? Texts.get("dcat.dataset.description_national", definition.description())
                : Texts.get("dcat.dataset.description_region", definition.description(), region.name()));
        if (region == null) {
            organisation(json, "dct:publisher", base + "/region/nivel-central#organizacion",
                    Texts.get("dcat.publisher.national"),
                    base + "/");
        } else {
            organisation(json, "dct:publisher", base + region.path() + "#seremia",
                    Texts.get("dcat.publisher.region", region.name()),
                    base + region.path());
        }
        json.writeStartObject("dcat:contactPoint");
        json.write("@type", "vcard:Organization");
        json.write("vcard:fn", region == null ? Texts.get("dcat.publisher.national")
                : Texts.get("dcat.contact.region", region.name()));
        reference(json, "vcard:hasURL", base + (region == null ? "/contacto" : region.path()));
        json.writeEnd();
        json.writeStartArray("dcat:keyword");
        for (String keyword : keywords(definition)) {
            json.writeStartObject().write("@value", keyword).write("@language", "es").writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("dcat:theme");
        json.writeStartObject().write("@id", EU + "data-theme/ECON").writeEnd();
        json.writeStartObject().write("@id", EU + "data-theme/SOCI").writeEnd();
        json.writeEnd();
        json.writeStartObject("dct:spatial");
        json.write("@type", "dct:Location");
        text(json, "skos:prefLabel", region == null ? "Chile" : region.name());
        json.write("dct:identifier", region == null ? "CL" : region.isoCode());
        json.writeEnd();
        if (entry.start() != null) {
            json.writeStartObject("dct:temporal");
            json.write("@type", "dct:PeriodOfTime");
            typed(json, "dcat:startDate", entry.start().atDay(1).toString(), "xsd:date");
            typed(json, "dcat:endDate", entry.end().atEndOfMonth().toString(), "xsd:date");
            json.writeEnd();
        }
        reference(json, "dct:accrualPeriodicity", EU + "frequency/" + definition.frequency());
        if (entry.modified() != null) {
            typed(json, "dct:modified", entry.modified().toString(), "xsd:dateTime");
        }
        reference(json, "dct:license", OpenDataWriter.LICENCE);
        reference(json, "dct:language", EU + "language/SPA");
        reference(json, "dcat:landingPage", base + (region == null ? (definition.regional() ? "/empleo" : "/datos-abiertos")
                : region.path() + "/empleo"));
        json.writeStartArray("dcat:distribution");
        for (String format : FORMAT_ORDER) {
            String url = base + "/datos/" + definition.name() + "." + format + query;
            String[] types = FORMATS.get(format);
            json.writeStartObject();
            json.write("@id", url);
            json.write("@type", "dcat:Distribution");
            text(json, "dct:title", definition.title() + " (" + types[1] + ")");
            reference(json, "dcat:accessURL", url);
            reference(json, "dcat:downloadURL", url);
            reference(json, "dcat:mediaType", "https://www.iana.org/assignments/media-types/" + types[0]);
            reference(json, "dct:format", EU + "file-type/" + types[1]);
            reference(json, "dct:license", OpenDataWriter.LICENCE);
            if (entry.modified() != null) {
                typed(json, "dct:modified", entry.modified().toString(), "xsd:dateTime");
            }
            json.writeEnd();
        }
        json.writeEnd();
        json.writeEnd();
    }

    /** Keywords from the bundle, separated by "|". */
    private static List<String> keywordList(String key) {
        return List.of(Texts.get(key).split("\\|"));
    }

    private static List<String> keywords(OpenDataTables.Definition definition) {
        return switch (definition.name()) {
            case "cobertura" -> keywordList("dcat.keywords.cobertura");
            case "bonificacion" -> keywordList("dcat.keywords.bonificacion");
            case "empleo" -> keywordList("dcat.keywords.empleo");
            case "empleo-revisiones" -> keywordList("dcat.keywords.empleo_revisiones");
            default -> keywordList("dcat.keywords.programas");
        };
    }

    private static void text(JsonGenerator json, String name, String value) {
        json.writeStartObject(name).write("@value", value).write("@language", "es").writeEnd();
    }

    private static void typed(JsonGenerator json, String name, String value, String type) {
        json.writeStartObject(name).write("@value", value).write("@type", type).writeEnd();
    }

    private static void reference(JsonGenerator json, String name, String uri) {
        json.writeStartObject(name).write("@id", uri).writeEnd();
    }

    private static void organisation(JsonGenerator json, String name, String id, String label, String homepage) {
        json.writeStartObject(name);
        json.write("@id", id);
        json.write("@type", "foaf:Organization");
        json.writeStartObject("foaf:name").write("@value", label).write("@language", "es").writeEnd();
        reference(json, "foaf:homepage", homepage);
        json.writeEnd();
    }
}
