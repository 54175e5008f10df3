package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.testsupport.Fixtures;

import java.math.BigDecimal;
import java.util.List;

/**
 * Builds small programmes through the services, as central staff would (the caller must be logged in as such):
 * two objectives, two regional activities (60 % and 40 %) and one central activity (100 %), activated.
 */
final class GtTestPrograms {

    private GtTestPrograms() {
    }

    /** A programme ready for reporting, with a name no other test uses. Returns its id. */
    static long active(WorkProgramService programs, int year) {
        long id = draft(programs, year);
        programs.activate(id, programs.get(id).version());
        return id;
    }

    static long draft(WorkProgramService programs, int year) {
        long id = programs.create(new WorkProgramService.ProgramData(year, "GT prueba " + Fixtures.uniqueUsername("p"),
                null, null, false));
        long first = programs.saveObjective(id, null, 1, "Coordinar los servicios del sector en mesas regionales.", null);
        long second = programs.saveObjective(id, null, 2, "Informar en el portal la actividad regional de empleo.", null);
        programs.saveActivity(id, new WorkProgramService.ActivityData(null, ActivityScope.REGIONAL, 1,
                "Mantener en funcionamiento la Mesa Técnica de Empleo", new BigDecimal("60"), List.of(first), null));
        programs.saveActivity(id, new WorkProgramService.ActivityData(null, ActivityScope.REGIONAL, 2,
                "Incorporar información regional de la actividad de empleo", new BigDecimal("40"), List.of(first, second), null));
        programs.saveActivity(id, new WorkProgramService.ActivityData(null, ActivityScope.CENTRAL, 1,
                "Consolidar los reportes de las unidades", new BigDecimal("100"), List.of(), null));
        return id;
    }

    static long activityId(WorkProgramService programs, long programId, ActivityScope scope, int number) {
        return programs.results(programId).activities(scope).stream().filter(a -> a.number() == number)
                .findFirst().orElseThrow().id();
    }
}
