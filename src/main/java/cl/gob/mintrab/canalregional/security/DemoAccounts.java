package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.demo.DemoContributor;
import cl.gob.mintrab.canalregional.mesa.Mesa;
import cl.gob.mintrab.canalregional.mesa.MesaKind;
import cl.gob.mintrab.canalregional.region.Region;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Demo staff to try the portal with: an editor for each region and for the Nivel Central
 * ({@code editor.<slug>}), a central user ({@code central.demo}) and a member of Ñuble's Mesa Técnica
 * ({@code integrante.demo}). They share one random password, printed once in the log when they are created.
 */
@Stateless
public class DemoAccounts implements DemoContributor {

    @PersistenceContext
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Override
    public String name() {
        return "security.demo-accounts";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean hasContent() {
        return false; // accounts are not content: the administrator always exists
    }

    @Override
    public void load() {
        String password = RandomPasswords.generate(16);
        String hash = hasher.hash(password);
        Instant now = Times.now();
        for (Region region : em.createNamedQuery(Region.FIND_ALL_ORDERED, Region.class).getResultList()) {
            Account editor = new Account("editor." + region.getSlug(), "Editor de demostración " + region.getShortName(), hash, now);
            editor.getRoles().add(Role.EDITOR);
            editor.getRegionCodes().add(region.getCode());
            em.persist(editor);
        }
        Account central = new Account("central.demo", "Analista de demostración del Nivel Central", hash, now);
        central.getRoles().add(Role.CENTRAL);
        em.persist(central);
        Account member = new Account("integrante.demo", "Integrante de demostración de mesa", hash, now);
        member.getRoles().add(Role.MESA_MEMBER);
        em.createQuery("SELECT m FROM Mesa m WHERE m.regionCode = '16' AND m.kind = :kind", Mesa.class)
                .setParameter("kind", MesaKind.TECNICA).getResultStream().findFirst()
                .ifPresent(mesa -> member.getMesaIds().add(mesa.getId()));
        em.persist(member);
        System.out.printf("%n==> Cuentas de demostración: editor.<región> (por ejemplo editor.nuble, editor.nivel-central), "
                + "central.demo e integrante.demo, todas con la contraseña '%s' (se muestra solo esta vez).%n%n", password);
    }
}
