package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.NationalResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot freezes, as a tree for {@link CanonicalJson}: the programme, its objectives and activities, every
 * unit's table (weights, compliance, earned and cumulative weights, reported figures, comment, evidence attached
 * and evidence the portal held), the national figure and every flag. {@code meta} says who froze it and why;
 * {@code body} is the results alone, so the live data can be compared with a frozen version.
 */
public final class SnapshotContent {

    public static final String FORMAT = "canal-regional/gt-snapshot/1";

    private SnapshotContent() {
    }

    public static Map<String, Object> document(int version, Instant frozenAt, String frozenBy, String annotation,
                                               Map<String, Object> body) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", version);
        meta.put("frozenAt", frozenAt.toString());
        meta.put("frozenBy", frozenBy);
        meta.put("annotation", annotation);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("meta", meta);
        document.put("body", body);
        return document;
    }

    /**
     * @param portal per unit code, per activity id: what the portal held as evidence
     */
    public static Map<String, Object> body(ProgramResults.Results r, Map<String, Map<Long, PortalEvidence>> portal) {
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("id", r.program().id());
        program.put("year", r.program().year());
        program.put("name", r.program().name());
        program.put("stage", r.program().stage());
        program.put("periodStart", date(r.program().periodStart()));
        program.put("periodEnd", date(r.program().periodEnd()));
        program.put("sourceNote", r.program().sourceNote());

        List<Object> objectives = new ArrayList<>();
        for (ObjectiveView o : r.objectives()) {
            objectives.add(map("number", o.number(), "description", o.description()));
        }
        List<Object> activities = new ArrayList<>();
        for (ActivityView a : r.activities()) {
            Map<String, Object> m = map("scope", a.scope().name(), "number", a.number(), "description", a.description(),
                    "weight", a.weight());
            m.put("objectives", List.copyOf(a.objectives()));
            m.put("sections", List.copyOf(a.sections()));
            activities.add(m);
        }
        List<Object> units = new ArrayList<>();
        for (ProgramResults.UnitView u : r.units()) {
            Map<String, Object> unit = map("region", u.regionCode(), "name", u.name(), "nameAsReported", u.nameAsReported(),
                    "note", u.note());
            unit.put("status", u.status() == null ? null : u.status().name());
            unit.put("reviewedBy", u.reviewedBy());
            unit.put("reviewedAt", u.reviewedAt() == null ? null : u.reviewedAt().toString());
            unit.put("total", u.hasReport() ? u.total() : null);
            unit.put("complete", u.complete());
            List<Object> rows = new ArrayList<>();
            Map<Long, PortalEvidence> unitPortal = portal.getOrDefault(u.regionCode(), Map.of());
            for (ProgramResults.RowView row : u.rows()) {
                Map<String, Object> line = map("activity", row.activity().number(), "weight", row.activity().weight(),
                        "compliance", row.compliance(), "earned", row.earned());
                line.put("cumulative", row.cumulative());
                line.put("reportedWeight", row.reportedWeight());
                line.put("reportedCumulative", row.reportedCumulative());
                line.put("comment", row.comment());
                List<Object> evidence = new ArrayList<>();
                for (EvidenceView e : row.evidence()) {
                    Map<String, Object> item = map("kind", e.kind().name(), "title", e.title(), "url", e.url(),
                            "section", e.section());
                    item.put("fileName", e.fileName());
                    item.put("sha256", e.sha256());
                    evidence.add(item);
                }
                line.put("evidence", evidence);
                List<Object> found = new ArrayList<>();
                for (EvidenceItem item : unitPortal.getOrDefault(row.activity().id(), PortalEvidence.none()).items()) {
                    found.add(map("section", item.section(), "title", item.title(), "date", date(item.date()),
                            "path", item.path()));
                }
                line.put("portal", found);
                rows.add(line);
            }
            unit.put("rows", rows);
            units.add(unit);
        }
        NationalResult n = r.national();
        Map<String, Object> national = map("mean", n.mean(), "regionsMean", n.regionsMean(), "reporting", n.reporting(),
                "expected", n.expected());
        national.put("missing", List.copyOf(n.missing()));
        national.put("min", n.min());
        national.put("median", n.median());
        national.put("max", n.max());
        List<Object> ranking = new ArrayList<>();
        n.ranking().forEach(k -> ranking.add(map("place", k.place(), "region", k.regionCode(), "total", k.total())));
        national.put("ranking", ranking);

        List<Object> flags = new ArrayList<>();
        for (FlagView f : r.flags()) {
            Map<String, Object> flag = map("region", f.regionCode(), "kind", f.kind().name(), "activity", f.activityNumber(),
                    "reported", f.reported());
            flag.put("computed", f.computed());
            flag.put("detail", f.detail());
            flag.put("status", f.status().name());
            flag.put("resolution", f.resolution());
            flags.add(flag);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program", program);
        body.put("objectives", objectives);
        body.put("activities", activities);
        body.put("units", units);
        body.put("national", national);
        body.put("flags", flags);
        return normalized(body);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Every figure with exactly two decimals, whether it came from the database ("25.00") or from a file ("25"). */
    private static Map<String, Object> normalized(Map<String, Object> map) {
        map.replaceAll((k, v) -> normalize(v));
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Object normalize(Object value) {
        if (value instanceof BigDecimal d) {
            return d.setScale(ComplianceCalculator.SCALE, ComplianceCalculator.ROUNDING);
        }
        if (value instanceof Map<?, ?> m) {
            return normalized((Map<String, Object>) m);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(normalize(item)));
            return copy;
        }
        return value;
    }
}
