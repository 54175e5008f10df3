package cl.gob.mintrab.canalregional.coverage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The regional datasets: what editors import and the public downloads. The slug names the dataset in URLs and
 * file names ({@code /datos/cobertura.csv}).
 */
public enum Dataset {
    COVERAGE("cobertura"),
    BONIFICACION("bonificacion"),
    EMPLOYMENT("empleo");

    private final String slug;

    Dataset(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Dataset> fromSlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
