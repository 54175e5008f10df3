package cl.gob.mintrab.canalregional.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Role × region scope × action. */
class PermissionsTest {

    private static Actor actor(Set<Role> roles, Set<String> regions, Set<Long> mesas) {
        return new Actor(1L, "u", roles, regions, mesas);
    }

    private static final Actor ADMIN = actor(EnumSet.of(Role.ADMIN), Set.of(), Set.of());
    private static final Actor CENTRAL = actor(EnumSet.of(Role.CENTRAL), Set.of(), Set.of());
    private static final Actor EDITOR_BIOBIO = actor(EnumSet.of(Role.EDITOR), Set.of("08"), Set.of());
    private static final Actor EDITOR_NC = actor(EnumSet.of(Role.EDITOR), Set.of("NC"), Set.of());
    private static final Actor MEMBER = actor(EnumSet.of(Role.MESA_MEMBER), Set.of(), Set.of(7L));

    @ParameterizedTest
    @EnumSource(Action.class)
    void adminMayDoEverythingEverywhere(Action action) {
        assertTrue(Permissions.allows(ADMIN, action, "08"));
        assertTrue(Permissions.allows(ADMIN, action, "16"));
        assertTrue(Permissions.allows(ADMIN, action, action.isRegionScoped() ? "NC" : null));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void nobodyWithoutAnAccountMayDoAnything(Action action) {
        assertFalse(Permissions.allows(Actor.SYSTEM, action, "08"));
        assertFalse(Permissions.allows(Actor.ANONYMOUS, action, "08"));
        assertFalse(Permissions.allows(null, action, "08"));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void editorActsOnlyInOwnRegion(Action action) {
        if (action.isRegionScoped()) {
            assertFalse(Permissions.allows(EDITOR_BIOBIO, action, "16"), "other region: " + action);
            assertFalse(Permissions.allows(EDITOR_BIOBIO, action, "NC"), "Nivel Central: " + action);
            assertFalse(Permissions.allows(EDITOR_BIOBIO, action, null), "no region: " + action);
        }
        boolean expectedInOwn = switch (action) {
            case READ_DRAFT, CREATE_CONTENT, EDIT_CONTENT, SUBMIT_CONTENT, APPROVE_CONTENT, DELETE_CONTENT,
                 MANAGE_MESAS, EDIT_REGION_DATA, VIEW_STATS, REPORT_GT -> true;
            default -> false;
        };
        if (action.isRegionScoped()) {
            assertEquals(expectedInOwn, Permissions.allows(EDITOR_BIOBIO, action, "08"), action.name());
        }
    }

    @Test
    void editorMayEnterTheAdminAreaButNotAdministerIt() {
        assertTrue(Permissions.allows(EDITOR_BIOBIO, Action.VIEW_ADMIN, null));
        for (Action action : EnumSet.of(Action.MANAGE_ACCOUNTS, Action.MANAGE_SETTINGS, Action.VIEW_AUDIT,
                Action.MANAGE_REFERENCE_DATA, Action.MANAGE_GT)) {
            assertFalse(Permissions.allows(EDITOR_BIOBIO, action, null), action.name());
        }
        assertFalse(Permissions.allows(EDITOR_BIOBIO, Action.FORCE_PUBLISH, "08"), "only central force-publishes");
    }

    @Test
    void nivelCentralIsAScopeLikeARegion() {
        assertTrue(Permissions.allows(EDITOR_NC, Action.CREATE_CONTENT, "NC"));
        assertFalse(Permissions.allows(EDITOR_NC, Action.CREATE_CONTENT, "13"));
    }

    @Test
    void centralReadsApprovesAndForcePublishesEverywhereButDoesNotWriteContent() {
        for (String region : new String[]{"01", "08", "16", "NC"}) {
            assertTrue(Permissions.allows(CENTRAL, Action.READ_DRAFT, region));
            assertTrue(Permissions.allows(CENTRAL, Action.APPROVE_CONTENT, region));
            assertTrue(Permissions.allows(CENTRAL, Action.FORCE_PUBLISH, region));
            assertTrue(Permissions.allows(CENTRAL, Action.VIEW_STATS, region));
            assertFalse(Permissions.allows(CENTRAL, Action.CREATE_CONTENT, region));
            assertFalse(Permissions.allows(CENTRAL, Action.DELETE_CONTENT, region));
        }
        assertTrue(Permissions.allows(CENTRAL, Action.MANAGE_GT, null));
        assertTrue(Permissions.allows(CENTRAL, Action.VIEW_AUDIT, null));
        assertTrue(Permissions.allows(CENTRAL, Action.VIEW_NATIONAL_STATS, null));
        assertFalse(Permissions.allows(EDITOR_BIOBIO, Action.VIEW_NATIONAL_STATS, null), "editors see their region's statistics only");
        assertTrue(Permissions.allows(EDITOR_BIOBIO, Action.VIEW_STATS, "08"));
        assertFalse(Permissions.allows(EDITOR_BIOBIO, Action.VIEW_STATS, "16"));
        assertFalse(Permissions.allows(CENTRAL, Action.MANAGE_ACCOUNTS, null));
    }

    @Test
    void centralWhoIsAlsoEditorWritesOnlyInTheEditorRegions() {
        Actor both = actor(EnumSet.of(Role.CENTRAL, Role.EDITOR), Set.of("NC"), Set.of());
        assertTrue(Permissions.allows(both, Action.CREATE_CONTENT, "NC"));
        assertFalse(Permissions.allows(both, Action.CREATE_CONTENT, "08"));
        assertTrue(Permissions.allows(both, Action.FORCE_PUBLISH, "08"));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void mesaMemberHasNoAdministrativePermission(Action action) {
        assertFalse(Permissions.allows(MEMBER, action, action.isRegionScoped() ? "08" : null));
    }

    @Test
    void mesaMaterialIsForItsMembersItsRegionsEditorsAndCentral() {
        assertTrue(Permissions.allowsMesa(MEMBER, 7L, "08"));
        assertFalse(Permissions.allowsMesa(MEMBER, 8L, "08"));
        assertTrue(Permissions.allowsMesa(EDITOR_BIOBIO, 8L, "08"));
        assertFalse(Permissions.allowsMesa(EDITOR_BIOBIO, 9L, "16"));
        assertTrue(Permissions.allowsMesa(CENTRAL, 9L, "16"));
        assertTrue(Permissions.allowsMesa(ADMIN, 9L, "16"));
        assertFalse(Permissions.allowsMesa(Actor.SYSTEM, 7L, "08"));
    }
}
