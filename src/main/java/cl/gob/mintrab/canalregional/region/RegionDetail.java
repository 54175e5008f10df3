package cl.gob.mintrab.canalregional.region;

import java.util.List;
import java.util.Optional;

/** Everything the public region page shows about the territory and its Seremia. */
public record RegionDetail(RegionSummary region, List<ProvinceView> provinces, Optional<SeremiaContact> seremia) {

    public int comunaCount() {
        return provinces.stream().mapToInt(p -> p.comunas().size()).sum();
    }

    /** A province with its comunas, in the order of their official codes. */
    public record ProvinceView(String code, String name, List<ComunaView> comunas) {
    }

    public record ComunaView(String code, String name) {
    }
}
