package cl.gob.mintrab.canalregional.compliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical serialization of a snapshot, so that the same results always give the same bytes and hence the
 * same SHA-256: JSON without whitespace, object members sorted by name (code-unit order, as in RFC 8785), strings
 * escaped minimally (quote, backslash, control characters as {@code \\u00XX}), decimals written as strings in
 * plain notation (never floating point), whole numbers as integers, booleans and null as such. Values are
 * {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code BigDecimal}, {@code Integer}/{@code Long},
 * {@code Boolean} or null. UTF-8 is the encoding of the hashed bytes.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(4096);
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof BigDecimal d) {
            string(d.toPlainString(), out);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(value);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put((String) k, v));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("Not a canonical JSON value: " + value.getClass().getName());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** SHA-256 of the UTF-8 bytes, lower-case hex. */
    public static String sha256(String canonical) {
        return sha256Bytes(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** SHA-256 of some bytes, lower-case hex. */
    public static String sha256Bytes(byte[] bytes) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Reads canonical JSON back into maps, lists, strings, longs, booleans and nulls (decimals stay strings). */
    public static Object read(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return toJava(reader.readValue());
        }
    }

    private static Object toJava(jakarta.json.JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) value).longValueExact();
            case ARRAY -> value.asJsonArray().stream().map(CanonicalJson::toJava).toList();
            case OBJECT -> {
                Map<String, Object> map = new TreeMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, toJava(v)));
                yield map;
            }
        };
    }
}
