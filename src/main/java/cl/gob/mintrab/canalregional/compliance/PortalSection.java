package cl.gob.mintrab.canalregional.compliance;

/**
 * The sections of the portal that can stand as evidence for an activity: publication kinds, datasets, the
 * region's mesas and its Seremía profile. Each programme maps its activities to these keys (table
 * {@code gt_activity_source}); an {@link EvidenceSource} bean with the same key answers what the portal holds.
 * A key without a source yet (publications and datasets before their features are merged) counts nothing.
 */
public enum PortalSection {
    NOTICIA,
    ACTIVIDAD_EMPLEO,
    ACUERDO,
    RESOLUCION_CONFLICTO,
    DIALOGO_SOCIAL,
    DOCUMENTO,
    COBERTURA,
    BONIFICACION,
    SERIE_EMPLEO,
    MESA_TECNICA,
    MESA_SECTORIAL,
    PERFIL_SEREMIA
}
