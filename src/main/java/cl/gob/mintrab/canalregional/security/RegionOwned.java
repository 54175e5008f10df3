package cl.gob.mintrab.canalregional.security;

/** Data that belongs to one region (or to the Nivel Central): its audit entries carry that region. */
public interface RegionOwned {

    /** Official code of the owning region, or {@code NC}. */
    String ownerRegionCode();
}
