package cl.gob.mintrab.canalregional.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** How audited values are written as text and how a list of changes is stored (a JSON array). */
public final class AuditText {

    private AuditText() {
    }

    /** A field value as the audit log shows it. */
    public static String valueOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC).toString();
        }
        if (value instanceof LocalDate || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(AuditText::valueOf).filter(Objects::nonNull).sorted()
                    .collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    public static String toJson(List<AuditChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AuditChange change : changes) {
            array.add(Json.createObjectBuilder()
                    .add("field", change.field())
                    .add("old", change.oldValue() == null ? JsonValue.NULL : Json.createValue(change.oldValue()))
                    .add("new", change.newValue() == null ? JsonValue.NULL : Json.createValue(change.newValue())));
        }
        return array.build().toString();
    }

    public static List<AuditChange> fromJson(String json) {
        List<AuditChange> changes = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return changes;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonObject o : array.getValuesAs(JsonObject.class)) {
                changes.add(new AuditChange(o.getString("field"), text(o, "old"), text(o, "new")));
            }
        }
        return changes;
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
