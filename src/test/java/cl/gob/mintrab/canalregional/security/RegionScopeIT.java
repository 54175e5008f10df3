package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.mesa.MesaData;
import cl.gob.mintrab.canalregional.mesa.MesaKind;
import cl.gob.mintrab.canalregional.mesa.MesaService;
import cl.gob.mintrab.canalregional.region.SeremiaProfileData;
import cl.gob.mintrab.canalregional.region.SeremiaProfileService;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestLogin;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara: the region scope is enforced by the services themselves. An editor of Biobío (08) works on
 * Biobío and is refused, with an audit entry each time, on Ñuble (16).
 */
@ExtendWith(ArquillianExtension.class)
class RegionScopeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Inject
    SeremiaProfileService profiles;

    @Inject
    MesaService mesas;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String account(Role role, String... regions) {
        String username = Fixtures.uniqueUsername(role.name().toLowerCase());
        fixtures.account(username, Set.of(role), Set.of(regions), Set.of());
        return username;
    }

    private long denials(String username, String region) throws SQLException {
        return new Sql(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_DENIED' AND actor = ? "
                + "AND region_code = ?", username, region);
    }

    private static SeremiaProfileData profile(String presentation) {
        return new SeremiaProfileData("Autoridad", presentation, "Calle 1, Ciudad", "+56 41 222 3333",
                "seremia@example.cl", "Lunes a viernes");
    }

    @Test
    void anEditorWorksOnTheirOwnRegion() {
        login.as(account(Role.EDITOR, "08"));
        int version = profiles.findForEditing("08").orElseThrow().version();
        profiles.save("08", profile("Presentación de Biobío actualizada por su editor."), version);
        assertEquals("Presentación de Biobío actualizada por su editor.",
                profiles.findForEditing("08").orElseThrow().data().presentation());
        long mesa = mesas.create(new MesaData("08", MesaKind.SECTORIAL, "Mesa de prueba " + System.nanoTime(), null, true));
        assertEquals("08", mesas.get(mesa).regionCode());
    }

    @Test
    void anEditorCannotCreateReadUpdateOrDeleteAnotherRegionsContent() throws SQLException {
        String editor = account(Role.EDITOR, "08");
        login.as(editor);
        assertThrows(AccessDeniedException.class, () -> profiles.findForEditing("16"), "read for editing");
        assertThrows(AccessDeniedException.class, () -> profiles.save("16", profile("Intrusión"), 0), "update");
        assertThrows(AccessDeniedException.class, () -> profiles.save("16", profile("Intrusión"), null), "create");
        assertThrows(AccessDeniedException.class, () -> profiles.delete("16"), "delete");
        assertThrows(AccessDeniedException.class,
                () -> mesas.create(new MesaData("16", MesaKind.TECNICA, "Mesa intrusa", null, true)), "create a mesa");
        long nubleMesa = mesas.findByRegion("16").get(0).id();
        assertThrows(NotFoundException.class, () -> mesas.get(nubleMesa), "another region's mesa is hidden");
        assertThrows(NotFoundException.class, () -> mesas.update(nubleMesa,
                new MesaData("16", MesaKind.TECNICA, "Cambiada", null, true), 0));
        assertEquals(7, denials(editor, "16"), "every refusal is in the audit log");
        assertTrue(new Sql(dataSource).value("SELECT presentation FROM seremia_profile WHERE region_code = '16'")
                .contains("Ñuble"), "Ñuble's profile is untouched");
    }

    @Test
    void theNivelCentralIsAScopeOfItsOwn() throws SQLException {
        String editor = account(Role.EDITOR, "NC");
        login.as(editor);
        profiles.findForEditing("NC").orElseThrow();
        assertThrows(AccessDeniedException.class, () -> profiles.findForEditing("13"));
        assertEquals(1, denials(editor, "13"));
    }

    @Test
    void centralStaffReadEverywhereButDoNotEditRegionalProfiles() {
        login.as(account(Role.CENTRAL));
        assertThrows(AccessDeniedException.class, () -> profiles.findForEditing("05"));
        assertTrue(mesas.findByRegion("05").size() >= 2);
    }

    @Test
    void nobodyLoggedInMayChangeAnything() {
        assertThrows(AccessDeniedException.class, () -> profiles.save("08", profile("Anónimo"), 0));
        assertThrows(AccessDeniedException.class,
                () -> mesas.create(new MesaData("08", MesaKind.TECNICA, "Mesa anónima", null, true)));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() throws SQLException {
        String first = account(Role.EDITOR, "09");
        String second = account(Role.EDITOR, "09");
        login.as(first);
        int version = profiles.findForEditing("09").orElseThrow().version();
        profiles.save("09", profile("Texto de la primera persona."), version);
        login.as(second);
        assertThrows(ConcurrentChangeException.class,
                () -> profiles.save("09", profile("Texto de la segunda persona, que leyó antes."), version));
        assertEquals("Texto de la primera persona.",
                new Sql(dataSource).value("SELECT presentation FROM seremia_profile WHERE region_code = '09'"));
    }
}
