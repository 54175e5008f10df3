package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.demo.DemoContributor;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GT demo content: the historic 2007 programme loaded from its CSV files through the same import as the import
 * page (flags included), with its Etapa 3 and 4 reports and frozen; a 2025 programme closed and frozen; and the
 * 2026 programme under way in Etapa 3, with units in every state (approved, sent, sent back, being entered,
 * missing), evidence, stage reports and commitments (some overdue), so the dashboard is alive on the first run.
 */
@Stateless
public class ComplianceDemoContent implements DemoContributor {

    static final String GT2007 = "/cl/gob/mintrab/canalregional/compliance/gt2007/";
    static final String REVIEWER = "central.demo";

    @PersistenceContext
    private EntityManager em;

    @Inject
    ProgramImporter importer;

    @Inject
    SnapshotWriter snapshots;

    @Inject
    RegionService regions;

    @Override
    public String name() {
        return "compliance.gt2007";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean hasContent() {
        return em.createQuery("SELECT COUNT(p) FROM WorkProgram p WHERE p.demo = FALSE", Long.class).getSingleResult() > 0;
    }

    @Override
    public void load() {
        load2007();
        Map<String, String> slugs = new HashMap<>();
        regions.findPublishingUnits().forEach(u -> slugs.put(u.code(), u.slug()));
        load2025(slugs);
        load2026(slugs);
    }

    // 2007: the historic year, exactly as reported

    private void load2007() {
        ProgramImporter.Outcome outcome = importer.importProgram(2007, "Programa de Trabajo GT 2007",
                "Informe GT 2007 de la Subsecretaría del Trabajo (Etapas 3 y 4): cifras tal como las informaron las unidades.",
                new ProgramImporter.Files(resource("objectives.csv"), resource("activities.csv"), resource("report_2007.csv")),
                "sistema", true);
        long id = outcome.programId();
        WorkProgram program = em.find(WorkProgram.class, id);
        Map<Integer, Long> objectives = objectiveIds(id);

        analysis(id, objectives.get(1),
                "El resultado de la implementación de las mesas técnicas relacionadas a los programas de empleo presenta "
                        + "avances efectivos en todas las regiones. Sin embargo, la extensión de su trabajo y el nivel de "
                        + "involucramiento de los participantes está directamente relacionado con la magnitud que presenta "
                        + "dicho programa en cada región.",
                "Es necesario institucionalizar el funcionamiento de estas mesas, con el fin de asegurar su funcionamiento "
                        + "periódico, potenciando su rol interlocutor con el nivel central de la Subsecretaría y de asesoría "
                        + "técnica de los Gobiernos Regionales.",
                "Someter a análisis participativo con los SEREMIS el estado de las mesas (técnicas y sectoriales) y las "
                        + "acciones a implementar para su desarrollo, en el encuentro de la semana del 12 al 16 de noviembre.",
                "Equipo PMG/GT");
        analysis(id, objectives.get(2),
                "En todas las regiones existe un trabajo crecientemente coordinado entre los servicios del sector trabajo; "
                        + "este nivel de coordinación varía en intensidad de una región a otra, según la demanda de los actores "
                        + "sociales y el nivel de conflictividad.",
                "Determinar un marco de referencia que integre la acción sectorial, identificando las opciones de ventaja "
                        + "tanto para los beneficiarios como para los mismos Servicios.",
                "Analizar con los SEREMIS las más de 50 instancias regionales en que participan y determinar la estrategia "
                        + "institucional para su desarrollo.",
                "Equipo PMG/GT");
        analysis(id, objectives.get(3),
                "La página web www.canalregional.mintrab.gob.cl se ha transformado progresivamente en una herramienta al "
                        + "servicio de las SEREMIAS, con un alto nivel de actualización de la información entregada.",
                "Terminar la evaluación por parte de los usuarios del sistema, para hacer los cambios necesarios en sus "
                        + "contenidos, su usabilidad y accesibilidad.",
                "La evaluación en base a encuesta estará terminada durante la tercera semana de noviembre; se analiza "
                        + "incorporar la herramienta al Plan de Trabajo de Gobierno Electrónico.",
                "Equipo PMG GT / Unidad de Informática");
        improvement(id, 1, "Aplicación y análisis de la Encuesta de Satisfacción de usuarios",
                "La encuesta se encuentra aplicada y en proceso de análisis.",
                "Modificar el mecanismo de aplicación de encuestas, usando sistemas de encuestas en web.", "Equipo PMG GT",
                LocalDate.of(2007, 11, 30));
        improvement(id, 2, "Análisis de los resultados de la encuesta y diseño de plan de mejoras a la herramienta informática",
                "La encuesta se encuentra aplicada y en proceso de análisis.",
                "El desajuste se produce por el retraso en el levantamiento de la información; la encuesta web permitirá superarlo.",
                "Equipo PMG GT", LocalDate.of(2007, 11, 30));
        improvement(id, 3, "Rediseño del sistema de información y puesta en funcionamiento",
                "Esta etapa se debe realizar una vez terminado el análisis de la evaluación solicitada a los usuarios.",
                null, "Equipo PMG GT", LocalDate.of(2007, 12, 31));
        improvement(id, 4, "Capacitación a los usuarios del sistema en las nuevas funcionalidades", null, null,
                "Equipo PMG GT", LocalDate.of(2007, 12, 31));

        result(id, objectives.get(1), "Nº de Mesas técnicas implementadas", Fulfilment.CUMPLE_PARCIALMENTE);
        result(id, objectives.get(2), "Nº de Mesas Sectoriales implementadas", Fulfilment.CUMPLE_PARCIALMENTE);
        result(id, objectives.get(3), "Canal electrónico en uso", Fulfilment.CUMPLE);
        product(id, 1, "Estudios y Difusión de la realidad laboral y del mercado del Trabajo",
                "Potenciar el uso de la herramienta web como mecanismo de difusión, comunicación y coordinación en materias de empleo de las regiones",
                "Se ha logrado incorporar a la herramienta web los análisis de evolución del empleo más actualizados, "
                        + "tanto del Ministerio como de otros organismos.", Fulfilment.CUMPLE);
        product(id, 2, "Estudios y Difusión de la realidad laboral y del mercado del Trabajo",
                "Facilitar el acceso a la herramienta web a los componentes de la Mesa Sectorial de cada región",
                "Se ha logrado difundir la existencia de este canal a los otros servicios, pero falta profundizar en su uso.",
                Fulfilment.CUMPLE_PARCIALMENTE);
        product(id, 3, "Programas para la generación de empleo",
                "Mejorar la funcionalidad de la herramienta web como resultado de la consulta a los usuarios regionales",
                "El trabajo de modificación del sitio web no ha comenzado aún: se requiere terminar el análisis de las encuestas.",
                Fulfilment.NO_CUMPLE);
        product(id, 4, "Programas para la generación de empleo",
                "Fortalecer el funcionamiento de las Mesas Técnicas de Empleo a nivel regional",
                "El funcionamiento de las mesas no ha sido todo lo regular que se esperaba, muy determinado por la coyuntura del desempleo.",
                Fulfilment.CUMPLE_PARCIALMENTE);
        gap(id, 1, "Funcionamiento regular de la Mesa Técnica en cada región, como instancia de coordinación y apoyo a la "
                        + "ejecución del producto «Programas para la generación de empleos».",
                "El funcionamiento de las mesas no ha sido todo lo regular que se ha esperado, muy determinado por la coyuntura del desempleo.",
                "La brecha principal está dada por la asimetría existente entre los servicios del trabajo y el peso específico del Seremi.");
        gap(id, 2, "Funcionamiento regular de la Mesa Sectorial en cada región, como instancia permanente de complementariedad "
                        + "de los Servicios del Sector Trabajo.",
                "La coordinación es permanente, pero determinada por acciones específicas (programas de fiscalización, seminarios).",
                "Antes que el proceso de coordinación hay que trabajar el reposicionamiento del rol de las SEREMIAS del Trabajo.");
        gap(id, 3, "Instalar un canal electrónico que agilice el acceso a la información por parte de las regiones.",
                "El canal se ha instalado de manera efectiva, con alrededor de 500 visitas mensuales.",
                "La evaluación de los usuarios permitirá establecer si el canal es percibido como una herramienta efectiva.");
        StageSummary summary = new StageSummary(id);
        summary.update("El plan de trabajo ha permitido dimensionar la importancia de dos herramientas: las mesas de trabajo "
                        + "y las herramientas web, posicionándolas como elementos de gestión tanto a nivel local como centralizado.",
                "Bajo nivel de desarrollo organizacional de la función de Secretario Regional Ministerial; alto nivel de "
                        + "centralización del Servicio; alto nivel de especialización de los servicios del sector.",
                "Intensificar el fortalecimiento de las Seremías con medidas administrativas que mejoren su capacidad de "
                        + "gestión, incluida la definición de presupuestos regionales.");
        em.persist(summary);

        commitment(id, 3, objectives.get(1), "Someter a análisis participativo con los SEREMIS el estado "
                + "de las mesas técnicas y sectoriales (encuentro del 12 al 16 de noviembre)", "Equipo PMG/GT",
                LocalDate.of(2007, 11, 16), CommitmentStatus.CUMPLIDO);
        Commitment survey = commitment(id, 3, objectives.get(3), "Terminar la evaluación del sitio con la encuesta a "
                + "usuarios y definir los cambios a la herramienta", "Equipo PMG GT / Unidad de Informática",
                LocalDate.of(2007, 11, 23), CommitmentStatus.EN_CURSO);
        Commitment egov = commitment(id, 3, objectives.get(3), "Analizar la incorporación del Canal Regional al Plan de "
                + "Trabajo de Gobierno Electrónico", "Equipo PMG GT / Unidad de Informática",
                LocalDate.of(2007, 12, 31), CommitmentStatus.PENDIENTE);
        em.flush();
        em.persist(survey.carryInto(id, 4, survey.getObjectiveId()));
        em.persist(egov.carryInto(id, 4, egov.getObjectiveId()));
        commitment(id, 4, null, "Proponer medidas administrativas para fortalecer las Seremías (presupuestos regionales "
                + "y atribuciones de gasto)", "Subsecretaría del Trabajo", LocalDate.of(2008, 3, 31), CommitmentStatus.PENDIENTE);
        program.setStage(4);
        em.flush();
        snapshots.write(id, 1, "sistema", null);
        program.setStatus(ProgramStatus.CONGELADO);
        em.flush();
    }

    // 2025 and 2026: programmes entered in the portal

    private static final String[][] REGIONAL = {
            {"1", "Mantener en funcionamiento la Mesa Sectorial del Trabajo de la región (al menos una sesión por trimestre)", "2", "20"},
            {"2", "Mantener en funcionamiento la Mesa Técnica de Empleo y Protección Social", "1", "20"},
            {"3", "Publicar información regional de la actividad de empleo (análisis trimestral)", "1;3", "15"},
            {"4", "Publicar acuerdos, resoluciones de conflicto y resultados de las instancias de diálogo social", "2;3", "15"},
            {"5", "Informar el estado de gestión de la Bonificación a la contratación de mano de obra", "1;3", "10"},
            {"6", "Informar las coberturas de los programas de empleo y protección social", "1;3", "10"},
            {"7", "Mantener actualizada la presentación y el contacto de la Seremía en el Canal Regional", "3", "10"}};
    private static final String[][] CENTRAL = {
            {"1", "Coordinar y acompañar a las Seremías en la implementación del programa de trabajo", "1;2", "25"},
            {"2", "Consolidar y revisar los reportes de cumplimiento de las unidades", "1;2;3", "20"},
            {"3", "Evaluar el Canal Regional con sus usuarios y proponer mejoras", "3", "20"},
            {"4", "Elaborar y distribuir el instructivo de funcionamiento de las mesas de trabajo", "1;2", "15"},
            {"5", "Ejecutar el programa de asistencia técnica a las mesas técnicas y sectoriales de las regiones", "1;2", "20"}};
    private static final String[] OBJECTIVES = {
            "Generar una instancia de coordinación de los servicios relacionados con el ministerio, a través de las "
                    + "Secretarías Regionales Ministeriales (Mesas Técnicas), en los programas de empleo.",
            "Generar una instancia de coordinación de los servicios dependientes de la Subsecretaría del Trabajo, a "
                    + "través de las Secretarías Regionales Ministeriales (Mesas Sectoriales).",
            "Potenciar el soporte electrónico que simplifique y agilice la entrega de información desde y hacia las regiones."};

    /** Compliance per unit and activity, from a fixed sequence (the same on every installation). */
    private static BigDecimal demoCompliance(String regionCode, int activity, int year) {
        int seed = Math.abs((regionCode.hashCode() * 31 + activity * 17 + year) % 8);
        int[] values = {100, 100, 75, 100, 50, 100, 75, 25};
        return new BigDecimal(values[seed]);
    }

    private long program(int year, int stage, Map<String, String> slugs) {
        WorkProgram program = new WorkProgram(year, "Programa de Trabajo GT " + year);
        program.setDemo(true);
        program.setStage(stage);
        program.setStatus(ProgramStatus.ACTIVO);
        em.persist(program);
        em.flush();
        long id = program.getId();
        Map<Integer, Long> objectives = new HashMap<>();
        for (int i = 0; i < OBJECTIVES.length; i++) {
            Objective o = new Objective(id, i + 1, OBJECTIVES[i]);
            em.persist(o);
            em.flush();
            objectives.put(i + 1, o.getId());
        }
        activities(id, ActivityScope.REGIONAL, REGIONAL, objectives);
        activities(id, ActivityScope.CENTRAL, CENTRAL, objectives);
        for (String code : slugs.keySet().stream().sorted().toList()) {
            em.persist(new ProgramUnit(id, code, null, null));
        }
        em.flush();
        return id;
    }

    private void activities(long programId, ActivityScope scope, String[][] rows, Map<Integer, Long> objectives) {
        for (String[] row : rows) {
            Activity a = new Activity(programId, scope, Integer.parseInt(row[0]), row[1], new BigDecimal(row[3]));
            for (String n : row[2].split(";")) {
                a.getObjectiveIds().add(objectives.get(Integer.parseInt(n)));
            }
            SectionSuggestions.suggest(row[1]).forEach(s -> a.getSections().add(s.name()));
            em.persist(a);
        }
    }

    private void load2025(Map<String, String> slugs) {
        long id = program(2025, 4, slugs);
        for (String code : slugs.keySet()) {
            UnitReport report = report(id, code, slugs, 7, 2025);
            report.submit("editor." + slugs.get(code));
            report.review(UnitReportStatus.APROBADO, REVIEWER, null);
        }
        em.flush();
        snapshots.write(id, 1, REVIEWER, null);
        em.find(WorkProgram.class, id).setStatus(ProgramStatus.CONGELADO);
        em.flush();
    }

    private void load2026(Map<String, String> slugs) {
        long id = program(2026, 3, slugs);
        Set<String> approved = Set.of("01", "02", "05", "08", "10", "16");
        Set<String> submitted = Set.of("03", "04", "09", "13");
        for (String code : slugs.keySet()) {
            if (approved.contains(code) || submitted.contains(code)) {
                UnitReport report = report(id, code, slugs, 7, 2026);
                report.submit("editor." + slugs.get(code));
                if (approved.contains(code)) {
                    report.review(UnitReportStatus.APROBADO, REVIEWER, "Reporte completo y con medios de verificación.");
                }
            }
        }
        UnitReport sentBack = report(id, "06", slugs, 7, 2026);
        sentBack.submit("editor." + slugs.get("06"));
        sentBack.review(UnitReportStatus.DEVUELTO, REVIEWER,
                "Falta el acta de la Mesa Técnica del primer trimestre y el enlace al informe de coberturas.");
        report(id, "07", slugs, 4, 2026);
        report(id, "11", slugs, 3, 2026);
        report(id, "NC", slugs, 3, 2026);
        em.flush();

        Map<Integer, Long> objectives = objectiveIds(id);
        analysis(id, objectives.get(1), "Las Mesas Técnicas sesionan en 14 de las 16 regiones; en cinco de ellas ya "
                        + "participan los municipios con Oficina Municipal de Información Laboral.",
                "Fijar un calendario común de sesiones y un formato único de acta.",
                "Acta tipo y calendario de sesiones del segundo semestre.", "Coordinación GT Nivel Central");
        analysis(id, objectives.get(3), "Todas las Seremías publican en el Canal Regional; la mitad informa las coberturas "
                        + "dentro del mes siguiente.",
                "Automatizar la carga de coberturas desde los ejecutores.", "Plan de mejoras del Canal Regional.",
                "Unidad de Informática");
        improvement(id, 1, "Carga de coberturas por archivo para todas las regiones",
                "Disponible; 9 regiones la usan.", "Capacitar a las regiones que aún ingresan a mano.",
                "Unidad de Informática", LocalDate.of(2026, 6, 30));
        improvement(id, 2, "Tablero de cumplimiento GT para las Seremías", null,
                "Definir indicadores con las regiones.", "Coordinación GT Nivel Central", LocalDate.of(2026, 9, 30));
        LocalDate today = LocalDate.now(Formats.ZONE);
        commitment(id, 3, objectives.get(1), "Enviar a las Seremías el acta tipo de las Mesas Técnicas",
                "Coordinación GT Nivel Central", today.minusDays(21), CommitmentStatus.PENDIENTE);
        commitment(id, 3, objectives.get(2), "Calendario de sesiones de las Mesas Sectoriales del segundo semestre",
                "Seremías (coordinación: Nivel Central)", today.minusDays(5), CommitmentStatus.EN_CURSO);
        commitment(id, 3, objectives.get(3), "Capacitación en la carga de coberturas por archivo",
                "Unidad de Informática", today.plusDays(30), CommitmentStatus.PENDIENTE);
        commitment(id, 2, objectives.get(3), "Publicar el formato de reporte de cumplimiento 2026",
                "Coordinación GT Nivel Central", LocalDate.of(2026, 3, 31), CommitmentStatus.CUMPLIDO);
        em.flush();
    }

    /** A unit's report with figures on its first {@code activities} activities, comments and some evidence. */
    private UnitReport report(long programId, String code, Map<String, String> slugs, int activities, int year) {
        String editor = "editor." + slugs.get(code);
        UnitReport report = new UnitReport(programId, code, UnitReportStatus.BORRADOR);
        report.setDemo(true);
        em.persist(report);
        em.flush();
        ActivityScope scope = ActivityScope.of(code);
        List<Activity> list = em.createQuery("SELECT a FROM Activity a WHERE a.programId = :p AND a.scope = :s "
                + "ORDER BY a.number", Activity.class).setParameter("p", programId).setParameter("s", scope).getResultList();
        for (Activity activity : list) {
            if (activity.getNumber() > activities) {
                break;
            }
            ActivityReport figure = new ActivityReport(report.getId(), activity.getId(), code, editor);
            BigDecimal compliance = demoCompliance(code, activity.getNumber(), year);
            figure.record(compliance, compliance.compareTo(BigDecimal.valueOf(100)) < 0
                    ? "Cumplimiento parcial: quedan acciones comprometidas para el próximo trimestre." : null, editor);
            em.persist(figure);
            em.flush();
            if (scope == ActivityScope.REGIONAL && activity.getNumber() == 3) {
                Evidence link = new Evidence(figure.getId(), code, EvidenceKind.ENLACE,
                        "Encuesta Nacional de Empleo, INE (boletín del trimestre)", editor);
                link.link("https://www.ine.gob.cl/estadisticas/sociales/mercado-laboral/ocupacion-y-desocupacion", null);
                em.persist(link);
            }
            if (scope == ActivityScope.REGIONAL && activity.getNumber() == 2) {
                Evidence mesa = new Evidence(figure.getId(), code, EvidenceKind.PORTAL,
                        "Mesa Técnica de Empleo y Protección Social (registrada en el portal)", editor);
                mesa.link("/region/" + slugs.get(code), PortalSection.MESA_TECNICA.name());
                em.persist(mesa);
            }
        }
        return report;
    }

    private Map<Integer, Long> objectiveIds(long programId) {
        Map<Integer, Long> ids = new HashMap<>();
        em.createQuery("SELECT o FROM Objective o WHERE o.programId = :p", Objective.class).setParameter("p", programId)
                .getResultStream().forEach(o -> ids.put(o.getNumber(), o.getId()));
        return ids;
    }

    private void analysis(long programId, long objectiveId, String modifications, String recommendations,
                          String commitments, String responsible) {
        ObjectiveAnalysis a = new ObjectiveAnalysis(programId, objectiveId);
        a.update(modifications, recommendations, commitments, responsible);
        em.persist(a);
    }

    private void improvement(long programId, int position, String activity, String progress, String recommendations,
                             String responsible, LocalDate deadline) {
        ImprovementItem item = new ImprovementItem(programId, position);
        item.update(activity, progress, recommendations, responsible, deadline);
        em.persist(item);
    }

    private void result(long programId, long objectiveId, String indicator, Fulfilment result) {
        ObjectiveResult r = new ObjectiveResult(programId, objectiveId);
        r.update(indicator, result);
        em.persist(r);
    }

    private void product(long programId, int position, String product, String improvement, String evaluation,
                         Fulfilment incorporated) {
        ProductEvaluation p = new ProductEvaluation(programId, position);
        p.update(product, improvement, evaluation, incorporated);
        em.persist(p);
    }

    private void gap(long programId, int position, String committed, String effective, String gap) {
        AchievementGap g = new AchievementGap(programId, position);
        g.update(committed, effective, gap);
        em.persist(g);
    }

    private Commitment commitment(long programId, int stage, Long objectiveId, String description, String responsible,
                                  LocalDate deadline, CommitmentStatus status) {
        Commitment c = new Commitment(programId, stage, objectiveId, description, responsible, deadline);
        c.update(description, responsible, deadline, status, objectiveId);
        em.persist(c);
        return c;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ComplianceDemoContent.class.getResourceAsStream(GT2007 + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
