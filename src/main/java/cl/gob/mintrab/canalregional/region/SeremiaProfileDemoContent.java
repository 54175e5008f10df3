package cl.gob.mintrab.canalregional.region;

import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.demo.DemoContributor;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Demo profiles for every Seremia and the Nivel Central: a presentation that names the region's main economic
 * sectors, and contact details in its capital. Authorities' names are invented; e-mail addresses use a demo
 * sub-domain so nobody writes to a real mailbox.
 */
@Stateless
public class SeremiaProfileDemoContent implements DemoContributor {

    /** capital, street address, area code, main sectors, invented Seremi. */
    private record Facts(String capital, String address, String areaCode, String sectors, String authority) {
    }

    private static final Map<String, Facts> FACTS = Map.ofEntries(
            Map.entry("NC", new Facts("Santiago", "Huérfanos 1273, piso 6", "2",
                    "la coordinación de las dieciséis Seremías y el seguimiento del programa de Gestión Territorial",
                    "Carolina Fuentes Araya")),
            Map.entry("15", new Facts("Arica", "Avenida Santa María 2080", "58",
                    "el comercio, el puerto, los servicios logísticos y la agricultura de los valles de Azapa y Lluta",
                    "Jorge Mamani Condori")),
            Map.entry("01", new Facts("Iquique", "Bolívar 202, oficina 301", "57",
                    "la minería, el comercio de la Zona Franca, la pesca y el turismo", "Paula Rojas Tapia")),
            Map.entry("02", new Facts("Antofagasta", "Avenida Grecia 1360", "55",
                    "la minería del cobre y del litio, la construcción y los servicios a la minería",
                    "Rodrigo Villalobos Díaz")),
            Map.entry("03", new Facts("Copiapó", "Colipí 484, oficina 205", "52",
                    "la minería, la agricultura de exportación del valle de Copiapó y la energía solar",
                    "Marcela Cortés Godoy")),
            Map.entry("04", new Facts("La Serena", "Arturo Prat 350", "51",
                    "la minería, la agricultura, la pesca artesanal y el turismo", "Héctor Alfaro Pizarro")),
            Map.entry("05", new Facts("Valparaíso", "Melgarejo 669, piso 8", "32",
                    "los puertos, la agricultura del valle del Aconcagua, el turismo y la educación superior",
                    "Francisca Olivares Muñoz")),
            Map.entry("13", new Facts("Santiago", "Moneda 723", "2",
                    "los servicios, el comercio, la industria manufacturera y la construcción",
                    "Andrés Contreras Soto")),
            Map.entry("06", new Facts("Rancagua", "Campos 423", "72",
                    "la agroindustria, la fruticultura de exportación y la gran minería del cobre",
                    "Claudia Núñez Reyes")),
            Map.entry("07", new Facts("Talca", "1 Poniente 1260", "71",
                    "la agricultura, la vitivinicultura, la industria forestal y la generación eléctrica",
                    "Luis Bravo Valenzuela")),
            Map.entry("16", new Facts("Chillán", "Libertad 505", "42",
                    "la agricultura, la agroindustria y los servicios", "Daniela Sepúlveda Lagos")),
            Map.entry("08", new Facts("Concepción", "Aníbal Pinto 442", "41",
                    "la industria forestal y manufacturera, la pesca, los puertos y la educación superior",
                    "Patricio Henríquez Vera")),
            Map.entry("09", new Facts("Temuco", "Manuel Bulnes 590", "45",
                    "la agricultura, la actividad forestal, el turismo y el emprendimiento mapuche",
                    "Viviana Huenchumilla Painemal")),
            Map.entry("14", new Facts("Valdivia", "O'Higgins 575", "63",
                    "la industria forestal, la lechería, el turismo y la industria naval", "Cristián Schmidt Ojeda")),
            Map.entry("10", new Facts("Puerto Montt", "Benavente 405", "65",
                    "la salmonicultura y la mitilicultura, la lechería y el turismo", "Verónica Barrientos Oyarzún")),
            Map.entry("11", new Facts("Coyhaique", "Baquedano 360", "67",
                    "la acuicultura, el turismo de naturaleza, la ganadería y los servicios públicos",
                    "Mauricio Navarro Vidal")),
            Map.entry("12", new Facts("Punta Arenas", "Errázuriz 977", "61",
                    "la ganadería ovina, los hidrocarburos, el turismo y la actividad antártica",
                    "Ximena Kusanovic Barría")));

    @PersistenceContext
    private EntityManager em;

    @Override
    public String name() {
        return "region.seremia-profiles";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean hasContent() {
        return em.createQuery("SELECT COUNT(p) FROM SeremiaProfile p", Long.class).getSingleResult() > 0;
    }

    @Override
    public void load() {
        for (Region region : em.createNamedQuery(Region.FIND_ALL_ORDERED, Region.class).getResultList()) {
            Facts facts = FACTS.get(region.getCode());
            SeremiaProfile profile = new SeremiaProfile(region.getCode());
            boolean central = region.isNivelCentral();
            profile.setAuthority(facts.authority());
            profile.setPresentation(central
                    ? "El Nivel Central de la Subsecretaría del Trabajo apoya a las Secretarías Regionales Ministeriales "
                    + "del Trabajo y Previsión Social en " + facts.sectors() + ". Desde aquí se publican las noticias y "
                    + "documentos de alcance nacional."
                    : "La Secretaría Regional Ministerial del Trabajo y Previsión Social de la " + region.getName()
                    + " representa al Ministerio en la región. Coordina los programas de empleo y protección social, "
                    + "promueve el diálogo social y la resolución de conflictos laborales, y acompaña a trabajadores "
                    + "y empleadores en una economía marcada por " + facts.sectors() + ".");
            profile.setAddress(facts.address() + ", " + facts.capital());
            profile.setPhone("+56 " + facts.areaCode() + " " + phoneNumber(facts.areaCode(), region.getSortOrder()));
            profile.setEmail((central ? "nivel-central" : region.getSlug()) + "@demo.canalregional.cl");
            profile.setOfficeHours("Lunes a viernes, de 9:00 a 14:00 horas");
            profile.setDemo(true);
            profile.setUpdatedAt(Times.now());
            em.persist(profile);
        }
    }

    /** Codes of the units this generator has facts for (all 16 regions and the Nivel Central). */
    static Set<String> coveredUnitCodes() {
        return FACTS.keySet();
    }

    /** A plausible local number: Santiago numbers have 8 digits, regional ones 7 after the area code. */
    static String phoneNumber(String areaCode, int seed) {
        int base = 2_100_000 + seed * 37_411;
        return "2".equals(areaCode)
                ? String.format("2%03d %04d", 7 + seed, base % 10_000)
                : String.format("%03d %04d", 200 + seed, base % 10_000);
    }
}
