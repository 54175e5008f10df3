package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.ActivityWeight;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.ReportedRow;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.UnitResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 2007 programme's results built in memory (as ProgramResults builds them from the database), for unit tests. */
final class Results2007 {

    private Results2007() {
    }

    static ProgramResults.Results build() {
        ProgramCsv.Parsed parsed = Gt2007.parse();
        ProgramView program = new ProgramView(1, 2007, "Programa de Trabajo GT 2007", 4, ProgramStatus.ACTIVO,
                LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31), null, true, 0);
        List<ObjectiveView> objectives = new ArrayList<>();
        parsed.objectives().forEach(o -> objectives.add(new ObjectiveView(o.number(), o.number(), o.description(), 0)));
        List<ActivityView> activities = new ArrayList<>();
        long id = 100;
        for (ProgramCsv.ActivityLine a : parsed.activities()) {
            activities.add(new ActivityView(id++, a.scope(), a.number(), a.description(), a.weight(), a.objectives(),
                    a.objectives().stream().map(Integer::longValue).toList(), ActivityView.objectivesText(a.objectives()),
                    List.of(), 0));
        }
        List<ProgramResults.UnitView> units = new ArrayList<>();
        List<FlagView> flags = new ArrayList<>();
        long flagId = 1;
        for (ProgramCsv.ReportedUnit unit : parsed.units()) {
            ActivityScope scope = ActivityScope.of(unit.regionCode());
            List<ActivityView> scoped = activities.stream().filter(a -> a.scope() == scope).toList();
            Map<Integer, ProgramCsv.ReportLine> lines = new HashMap<>();
            parsed.report().stream().filter(l -> l.regionCode().equals(unit.regionCode()) && l.activity() != null)
                    .forEach(l -> lines.put(l.activity(), l));
            Map<Integer, BigDecimal> compliance = new HashMap<>();
            lines.forEach((n, l) -> compliance.put(n, l.compliance()));
            List<ActivityWeight> weights = scoped.stream().map(a -> new ActivityWeight(scope, a.number(), a.weight())).toList();
            UnitResult result = ComplianceCalculator.unit(unit.regionCode(), weights, compliance);
            List<ProgramResults.RowView> rows = new ArrayList<>();
            for (int i = 0; i < scoped.size(); i++) {
                ActivityView a = scoped.get(i);
                ComplianceCalculator.Row row = result.rows().get(i);
                ProgramCsv.ReportLine line = lines.get(a.number());
                rows.add(new ProgramResults.RowView(a, row.compliance(), row.earned(), row.cumulative(),
                        line == null ? null : line.weight(), line == null ? null : line.reportedCumulative(), null, null,
                        null, null, 0, List.of()));
            }
            String name = unit.regionCode().equals("NC") ? "Nivel Central" : "Región " + unit.regionCode();
            units.add(new ProgramResults.UnitView(unit.regionCode(), name, name, "u" + unit.regionCode(),
                    unit.nameAsReported(), unit.note(), lines.isEmpty() ? null : UnitReportStatus.IMPORTADO, null, 0,
                    null, null, null, null, null, result, rows));
            List<ReportedRow> reported = lines.values().stream()
                    .map(l -> new ReportedRow(l.activity(), l.weight(), l.compliance(), l.reportedCumulative())).toList();
            for (ComplianceCalculator.Finding f : ComplianceCalculator.recheck(weights, reported)) {
                flags.add(new FlagView(flagId++, unit.regionCode(), name, f.kind(), f.activity(), f.reported(),
                        f.computed(), ProgramImporter.detail(f), FlagStatus.ABIERTO, null, null, null, 0));
            }
        }
        return new ProgramResults.Results(program, objectives, activities, units,
                ComplianceCalculator.national(units.stream().map(ProgramResults.UnitView::result).toList()), flags);
    }
}
