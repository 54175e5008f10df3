package cl.gob.mintrab.canalregional.mesa;

import cl.gob.mintrab.canalregional.demo.DemoContributor;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Each region's Mesa Técnica and Mesa Sectorial, as the 2007 work programme asked every Seremía to set up. */
@Stateless
public class MesaDemoContent implements DemoContributor {

    @PersistenceContext
    private EntityManager em;

    @Inject
    RegionService regions;

    @Override
    public String name() {
        return "mesa.mesas";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean hasContent() {
        return em.createQuery("SELECT COUNT(m) FROM Mesa m", Long.class).getSingleResult() > 0;
    }

    @Override
    public void load() {
        for (RegionSummary region : regions.findRegions()) {
            Mesa tecnica = new Mesa(region.code(), MesaKind.TECNICA,
                    "Mesa Técnica de Empleo y Protección Social " + region.shortName());
            tecnica.setDescription("Reúne a SENCE, FOSIS, CONAF, la Oficina Municipal de Información Laboral y los "
                    + "ejecutores de Chile Solidario de la región para coordinar los programas de empleo, la "
                    + "Bonificación a la contratación de mano de obra y la información de coberturas.");
            tecnica.setDemo(true);
            em.persist(tecnica);
            Mesa sectorial = new Mesa(region.code(), MesaKind.SECTORIAL, "Mesa Sectorial del Trabajo " + region.shortName());
            sectorial.setDescription("Coordina a la Dirección del Trabajo, el Instituto de Previsión Social, la "
                    + "Superintendencia de Seguridad Social y SENCE en la región: acuerdos, diálogo social y "
                    + "seguimiento de conflictos laborales.");
            sectorial.setDemo(true);
            em.persist(sectorial);
        }
    }
}
