package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Chart.js configurations (PrimeFaces' {@code p:chart} takes them as JSON) for the report. Each chart has a table
 * with the same numbers on the page; series differ by line style as well as colour.
 */
public final class StatsCharts {

    private StatsCharts() {
    }

    public static String series(StatsReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.series().forEach(p -> labels.add(p.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Texts.get("stats.views"), report.series(), StatsReport.SeriesPoint::views, "#0A132D", false))
                .add(dataset(Texts.get("stats.visits"), report.series(), StatsReport.SeriesPoint::visits, "#006FB3", true));
        JsonArrayBuilder uniques = Json.createArrayBuilder();
        report.series().forEach(p -> {
            if (p.uniques() == null) {
                uniques.addNull();
            } else {
                uniques.add(p.uniques());
            }
        });
        datasets.add(Json.createObjectBuilder().add("label", Texts.get("stats.uniques")).add("data", uniques)
                .add("borderColor", "#E22C2C").add("backgroundColor", "#E22C2C").add("borderDash", Json.createArrayBuilder().add(2).add(3))
                .add("pointStyle", "triangle").add("fill", false).add("tension", 0));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options()).build().toString();
    }

    public static String regions(StatsReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder current = Json.createArrayBuilder();
        JsonArrayBuilder previous = Json.createArrayBuilder();
        for (StatsReport.Row row : report.regions()) {
            labels.add(row.label());
            current.add(row.views());
            previous.add(row.previous());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Texts.get("stats.period_current")).add("data", current)
                        .add("backgroundColor", "#006FB3"))
                .add(Json.createObjectBuilder().add("label", Texts.get("stats.period_previous")).add("data", previous)
                        .add("backgroundColor", "#A8B7C7").add("borderColor", "#0A132D").add("borderWidth", 1));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options().add("indexAxis", "y")).build().toString();
    }

    private static JsonObjectBuilder dataset(String label, List<StatsReport.SeriesPoint> points,
                                             ToLongFunction<StatsReport.SeriesPoint> value, String colour, boolean dashed) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(p -> data.add(value.applyAsLong(p)));
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("fill", false).add("tension", 0);
        if (dashed) {
            set.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointStyle", "rect");
        }
        return set;
    }

    private static JsonObjectBuilder options() {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
    }
}
