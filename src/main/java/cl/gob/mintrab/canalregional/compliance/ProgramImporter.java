package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.ActivityWeight;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.Finding;
import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.ReportedRow;
import cl.gob.mintrab.canalregional.region.RegionAlias;
import cl.gob.mintrab.canalregional.region.RegionNames;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an imported programme: objectives, activities (with suggested evidence sections), the units named in the
 * report, their figures as {@link UnitReportStatus#IMPORTADO} reports, and the flags of the re-check. Shared by the
 * import page (through {@link ProgramImportService}, which checks the permission) and the demo content, so the
 * historic 2007 year is loaded exactly as a user would load it. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ProgramImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegionService regions;

    /** The files of one import. Report may be null (programme only). */
    public record Files(byte[] objectives, byte[] activities, byte[] report) {
    }

    /** What an import wrote, for the message shown afterwards. */
    public record Outcome(long programId, int objectives, int activities, int units, int figures, int flags,
                          int missingUnits) {
    }

    /**
     * Parses, validates and writes. With a report file the programme is created active (its weights must add up to
     * 100 per scope); without one it is a draft whose units are every current unit.
     *
     * @throws ValidationException for a bad file (nothing is written) or a name already in use
     */
    public Outcome importProgram(int year, String name, String sourceNote, Files files, String username, boolean demo) {
        ProgramCsv.Parsed parsed = ProgramCsv.parse(files.objectives(), files.activities(), files.report(), resolver());
        WorkProgram program = new WorkProgram(year, name);
        program.setSourceNote(sourceNote);
        program.setDemo(demo);
        program.setStatus(parsed.hasReport() ? ProgramStatus.ACTIVO : ProgramStatus.BORRADOR);
        em.persist(program);
        em.flush();
        long programId = program.getId();

        Map<Integer, Long> objectiveIds = new HashMap<>();
        for (ProgramCsv.ObjectiveLine line : parsed.objectives()) {
            Objective objective = new Objective(programId, line.number(), line.description());
            em.persist(objective);
            em.flush();
            objectiveIds.put(line.number(), objective.getId());
        }
        Map<ActivityScope, List<ActivityWeight>> weights = new HashMap<>();
        Map<String, Long> activityIds = new HashMap<>();
        for (ProgramCsv.ActivityLine line : parsed.activities()) {
            Activity activity = new Activity(programId, line.scope(), line.number(), line.description(), line.weight());
            line.objectives().forEach(n -> activity.getObjectiveIds().add(objectiveIds.get(n)));
            SectionSuggestions.suggest(line.description()).forEach(s -> activity.getSections().add(s.name()));
            em.persist(activity);
            em.flush();
            activityIds.put(line.scope() + "/" + line.number(), activity.getId());
            weights.computeIfAbsent(line.scope(), k -> new ArrayList<>())
                    .add(new ActivityWeight(line.scope(), line.number(), line.weight()));
        }

        int figures = 0;
        int flags = 0;
        int missing = 0;
        List<ProgramCsv.ReportedUnit> units;
        if (parsed.hasReport()) {
            units = parsed.units();
        } else {
            units = regions.findPublishingUnits().stream()
                    .map(u -> new ProgramCsv.ReportedUnit(u.code(), null, null)).toList();
        }
        Map<String, List<ProgramCsv.ReportLine>> byUnit = new LinkedHashMap<>();
        if (parsed.hasReport()) {
            for (ProgramCsv.ReportLine line : parsed.report()) {
                List<ProgramCsv.ReportLine> list = byUnit.computeIfAbsent(line.regionCode(), k -> new ArrayList<>());
                if (line.activity() != null) {
                    list.add(line);
                }
            }
        }
        for (ProgramCsv.ReportedUnit unit : units) {
            em.persist(new ProgramUnit(programId, unit.regionCode(), unit.nameAsReported(), unit.note()));
            if (!parsed.hasReport()) {
                continue;
            }
            ActivityScope scope = ActivityScope.of(unit.regionCode());
            List<ProgramCsv.ReportLine> lines = byUnit.getOrDefault(unit.regionCode(), List.of());
            if (!lines.isEmpty()) {
                UnitReport report = new UnitReport(programId, unit.regionCode(), UnitReportStatus.IMPORTADO);
                report.setDemo(demo);
                em.persist(report);
                em.flush();
                for (ProgramCsv.ReportLine line : lines) {
                    ActivityReport figure = new ActivityReport(report.getId(),
                            activityIds.get(scope + "/" + line.activity()), unit.regionCode(), username);
                    figure.record(line.compliance(), null, username);
                    figure.setReported(line.weight(), line.reportedCumulative());
                    em.persist(figure);
                    figures++;
                }
            } else {
                missing++;
            }
            List<ReportedRow> rows = lines.stream().map(l -> new ReportedRow(l.activity(), l.weight(), l.compliance(),
                    l.reportedCumulative())).toList();
            for (Finding finding : ComplianceCalculator.recheck(weights.getOrDefault(scope, List.of()), rows)) {
                em.persist(new RecheckFlag(programId, unit.regionCode(), finding.kind(), finding.activity(),
                        finding.reported(), finding.computed(), detail(finding)));
                flags++;
            }
        }
        em.flush();
        return new Outcome(programId, parsed.objectives().size(), parsed.activities().size(), units.size(), figures,
                flags, missing);
    }

    /** The Spanish sentence stored with a flag (and frozen with it). */
    static String detail(Finding f) {
        String key = "gt_flag_detail." + f.kind().name();
        return switch (f.kind()) {
            case INCONSISTENTE_CON_CUMPLIMIENTO -> Texts.get(key, pct(f.reported()), pct(f.weight()), pct(f.compliance()),
                    pct(f.computed()), pct(ComplianceCalculator.impliedCompliance(f.reported(), f.weight())));
            case VALOR_DISTINTO, TOTAL_DISTINTO, VALOR_NO_INFORMADO, PONDERACION_DISTINTA ->
                    Texts.get(key, pct(f.reported()), pct(f.computed()));
            default -> Texts.get(key);
        };
    }

    private static String pct(BigDecimal value) {
        return ComplianceFormats.percentage(value);
    }

    /** Historic names through the alias table, then today's names, then codes. */
    ProgramCsv.UnitResolver resolver() {
        List<RegionSummary> all = regions.findPublishingUnits();
        return new ProgramCsv.UnitResolver() {
            @Override
            public Optional<ProgramCsv.ResolvedUnit> byName(String name) {
                Optional<RegionAlias> alias = regions.findByHistoricName(name);
                if (alias.isPresent()) {
                    return Optional.of(new ProgramCsv.ResolvedUnit(alias.get().getRegion().getCode(), alias.get().getNote()));
                }
                String wanted = RegionNames.normalize(name);
                return all.stream().filter(r -> RegionNames.normalize(r.name()).equals(wanted)
                                || RegionNames.normalize(r.shortName()).equals(wanted))
                        .findFirst().map(r -> new ProgramCsv.ResolvedUnit(r.code(), null));
            }

            @Override
            public boolean exists(String code) {
                return all.stream().anyMatch(r -> r.code().equals(code));
            }
        };
    }
}
