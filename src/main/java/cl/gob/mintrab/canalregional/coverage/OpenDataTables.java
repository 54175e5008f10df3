package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.coverage.DataColumn.Type;
import cl.gob.mintrab.canalregional.support.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The open datasets and their columns, in one place: downloads, the API and its documentation, and the DCAT
 * catalogue all use these definitions. Column keys match the import templates where the figure is the same, so a
 * downloaded file can be corrected and imported again.
 */
public final class OpenDataTables {

    /**
     * A downloadable dataset: URL name, Spanish title and description, columns, whether it is regional. The texts
     * come from the bundle ({@code open_data.<name>.*} in coverage.properties).
     */
    public record Definition(String name, String title, String description, List<DataColumn> columns,
                             boolean regional, String frequency) {
    }

    private static final DataColumn REGION = column("common", "region", Type.TEXT);
    private static final DataColumn REGION_NAME = column("common", "region_nombre", Type.TEXT);
    private static final DataColumn DEMO = column("common", "demo", Type.BOOLEAN);
    private static final DataColumn UPDATED = column("common", "actualizado", Type.TIMESTAMP);

    public static final Definition PROGRAMMES = new Definition("programas", Texts.get("open_data.programas.title"),
            Texts.get("open_data.programas.description"),
            List.of(column("programas", "codigo", Type.TEXT),
                    column("programas", "nombre", Type.TEXT),
                    column("programas", "institucion", Type.TEXT),
                    column("programas", "tipo", Type.TEXT),
                    column("programas", "descripcion", Type.TEXT),
                    column("programas", "anio_inicio", Type.INTEGER),
                    column("programas", "anio_termino", Type.INTEGER),
                    DEMO),
            false, "IRREG");

    public static final Definition COVERAGE = new Definition("cobertura", Texts.get("open_data.cobertura.title"),
            Texts.get("open_data.cobertura.description"),
            List.of(REGION, REGION_NAME,
                    column("cobertura", "programa", Type.TEXT),
                    column("cobertura", "programa_nombre", Type.TEXT),
                    column("cobertura", "institucion", Type.TEXT),
                    column("cobertura", "periodo", Type.MONTH),
                    column("cobertura", "comuna", Type.TEXT),
                    column("cobertura", "comuna_nombre", Type.TEXT),
                    column("cobertura", "cupos", Type.INTEGER),
                    column("cobertura", "beneficiarios", Type.INTEGER),
                    column("cobertura", "mujeres", Type.INTEGER),
                    column("cobertura", "hombres", Type.INTEGER),
                    column("cobertura", "presupuesto_ejecutado", Type.INTEGER),
                    DEMO, UPDATED),
            true, "MONTHLY");

    public static final Definition BONIFICACION;

    static {
        List<DataColumn> columns = new ArrayList<>(List.of(REGION, REGION_NAME,
                column("bonificacion", "periodo", Type.MONTH),
                column("bonificacion", "cupos_asignados", Type.INTEGER),
                column("bonificacion", "empleos_bonificados", Type.INTEGER),
                column("bonificacion", "empresas", Type.INTEGER),
                column("bonificacion", "monto_pagado", Type.INTEGER),
                column("bonificacion", "etapa_actual", Type.TEXT)));
        for (BonificacionStage stage : BonificacionStage.values()) {
            String suffix = BonificacionSchema.STAGE_COLUMNS.get(stage);
            String stageName = Texts.get("open_data.bonificacion.stage." + stage.name());
            columns.add(new DataColumn("fecha_" + suffix, Texts.get("open_data.bonificacion.col.fecha", stageName),
                    Type.DATE));
            columns.add(new DataColumn("nota_" + suffix, Texts.get("open_data.bonificacion.col.nota", stageName),
                    Type.TEXT));
        }
        columns.add(DEMO);
        columns.add(UPDATED);
        BONIFICACION = new Definition("bonificacion", Texts.get("open_data.bonificacion.title"),
            Texts.get("open_data.bonificacion.description"),
                columns, true, "MONTHLY");
    }

    public static final Definition EMPLOYMENT = new Definition("empleo", Texts.get("open_data.empleo.title"),
            Texts.get("open_data.empleo.description"),
            List.of(REGION, REGION_NAME,
                    column("empleo", "trimestre", Type.MONTH),
                    column("empleo", "trimestre_nombre", Type.TEXT),
                    column("empleo", "tasa_desocupacion", Type.DECIMAL),
                    column("empleo", "fuerza_de_trabajo", Type.INTEGER),
                    column("empleo", "ocupados", Type.INTEGER),
                    column("empleo", "fuente", Type.TEXT),
                    column("empleo", "fecha_publicacion", Type.DATE),
                    column("empleo", "revisada", Type.BOOLEAN),
                    DEMO, UPDATED),
            true, "MONTHLY");

    public static final Definition EMPLOYMENT_REVISIONS = new Definition("empleo-revisiones",
            Texts.get("open_data.empleo_revisiones.title"),
            Texts.get("open_data.empleo_revisiones.description"),
            List.of(REGION, REGION_NAME,
                    column("empleo_revisiones", "trimestre", Type.MONTH),
                    column("empleo_revisiones", "tasa_desocupacion", Type.DECIMAL),
                    column("empleo_revisiones", "fuerza_de_trabajo", Type.INTEGER),
                    column("empleo_revisiones", "ocupados", Type.INTEGER),
                    column("empleo_revisiones", "fuente", Type.TEXT),
                    column("empleo_revisiones", "fecha_publicacion", Type.DATE),
                    column("empleo_revisiones", "vigente_desde", Type.TIMESTAMP),
                    column("empleo_revisiones", "reemplazada_el", Type.TIMESTAMP),
                    column("empleo_revisiones", "nota", Type.TEXT),
                    DEMO),
            true, "MONTHLY");

    public static final List<Definition> ALL = List.of(PROGRAMMES, COVERAGE, BONIFICACION, EMPLOYMENT, EMPLOYMENT_REVISIONS);

    private OpenDataTables() {
    }

    /** A column whose description is {@code open_data.<dataset>.col.<key>} in the bundle. */
    private static DataColumn column(String dataset, String key, Type type) {
        return new DataColumn(key, Texts.get("open_data." + dataset + ".col." + key), type);
    }

    public static java.util.Optional<Definition> byName(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The value of {@code etapa_actual} and of the programme type in files ("pago", "empleo_directo"). */
    static String code(BonificacionStage stage) {
        return stage == null ? null : BonificacionSchema.STAGE_COLUMNS.get(stage);
    }

    static String code(ProgrammeKind kind) {
        return switch (kind) {
            case DIRECT_EMPLOYMENT -> "empleo_directo";
            case HIRING_SUBSIDY -> "subsidio_contratacion";
            case TRAINING -> "capacitacion";
            case SOCIAL_PROTECTION -> "proteccion_social";
        };
    }
}
