package cl.gob.mintrab.canalregional.content;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of publications; each has its section on the region page, its URL segment and its feed. */
public enum PublicationKind {
    NOTICIA("noticias"),
    ACTIVIDAD_EMPLEO("actividad-de-empleo"),
    ACUERDO("acuerdos-y-coordinacion"),
    RESOLUCION_CONFLICTO("resolucion-de-conflictos"),
    DIALOGO_SOCIAL("dialogo-social"),
    DOCUMENTO("documentos");

    private final String slug;

    PublicationKind(String slug) {
        this.slug = slug;
    }

    /** The kind's URL segment: /region/nuble/noticias. */
    public String getSlug() {
        return slug;
    }

    /** Looked up on every recorded publication view: a map, not a scan of {@code values()}. */
    private static final Map<String, PublicationKind> BY_SLUG = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(PublicationKind::getSlug, Function.identity()));

    public static Optional<PublicationKind> fromSlug(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(BY_SLUG.get(slug));
    }
}
