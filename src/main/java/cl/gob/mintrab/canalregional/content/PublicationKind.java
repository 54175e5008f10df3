package cl.gob.mintrab.canalregional.content;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<PublicationKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
