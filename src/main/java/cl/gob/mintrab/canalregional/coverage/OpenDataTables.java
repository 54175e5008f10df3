package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.coverage.DataColumn.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The open datasets and their columns, in one place: downloads, the API and its documentation, and the DCAT
 * catalogue all use these definitions. Column keys match the import templates where the figure is the same, so a
 * downloaded file can be corrected and imported again.
 */
public final class OpenDataTables {

    /** A downloadable dataset: URL name, Spanish title and description, columns, whether it is regional. */
    public record Definition(String name, String title, String description, List<DataColumn> columns,
                             boolean regional, String frequency) {
    }

    private static final DataColumn REGION = new DataColumn("region", "Código oficial de la región (01 a 16)", Type.TEXT);
    private static final DataColumn REGION_NAME = new DataColumn("region_nombre", "Nombre de la región", Type.TEXT);
    private static final DataColumn DEMO = new DataColumn("demo",
            "true si es contenido de demostración (datos ficticios), false si es un dato real", Type.BOOLEAN);
    private static final DataColumn UPDATED = new DataColumn("actualizado",
            "Fecha y hora de la última modificación (UTC, ISO 8601)", Type.TIMESTAMP);

    public static final Definition PROGRAMMES = new Definition("programas", "Programas de empleo y protección social",
            "Programas de empleo directo, subsidio a la contratación, capacitación y protección social cuyas coberturas "
                    + "informan las Seremías del Trabajo y Previsión Social.",
            List.of(new DataColumn("codigo", "Código del programa, usado en los demás conjuntos de datos", Type.TEXT),
                    new DataColumn("nombre", "Nombre del programa", Type.TEXT),
                    new DataColumn("institucion", "Institución ejecutora", Type.TEXT),
                    new DataColumn("tipo", "Tipo: empleo_directo, subsidio_contratacion, capacitacion o proteccion_social",
                            Type.TEXT),
                    new DataColumn("descripcion", "Descripción", Type.TEXT),
                    new DataColumn("anio_inicio", "Primer año de vigencia", Type.INTEGER),
                    new DataColumn("anio_termino", "Último año de vigencia (vacío si sigue vigente)", Type.INTEGER),
                    DEMO),
            false, "IRREG");

    public static final Definition COVERAGE = new Definition("cobertura", "Cobertura de programas de empleo",
            "Cupos, beneficiarios (mujeres y hombres) y presupuesto ejecutado de cada programa, por región y mes; "
                    + "cuando la región lo informa, también por comuna.",
            List.of(REGION, REGION_NAME,
                    new DataColumn("programa", "Código del programa (ver conjunto «programas»)", Type.TEXT),
                    new DataColumn("programa_nombre", "Nombre del programa", Type.TEXT),
                    new DataColumn("institucion", "Institución ejecutora", Type.TEXT),
                    new DataColumn("periodo", "Mes informado (AAAA-MM)", Type.MONTH),
                    new DataColumn("comuna", "Código único territorial de la comuna; vacío en el total regional", Type.TEXT),
                    new DataColumn("comuna_nombre", "Nombre de la comuna", Type.TEXT),
                    new DataColumn("cupos", "Cupos asignados", Type.INTEGER),
                    new DataColumn("beneficiarios", "Personas beneficiarias", Type.INTEGER),
                    new DataColumn("mujeres", "Beneficiarias mujeres", Type.INTEGER),
                    new DataColumn("hombres", "Beneficiarios hombres", Type.INTEGER),
                    new DataColumn("presupuesto_ejecutado", "Presupuesto ejecutado en el mes, en pesos chilenos (CLP)",
                            Type.INTEGER),
                    DEMO, UPDATED),
            true, "MONTHLY");

    public static final Definition BONIFICACION;

    static {
        List<DataColumn> columns = new ArrayList<>(List.of(REGION, REGION_NAME,
                new DataColumn("periodo", "Mes informado (AAAA-MM)", Type.MONTH),
                new DataColumn("cupos_asignados", "Cupos asignados a la región", Type.INTEGER),
                new DataColumn("empleos_bonificados", "Contratos vigentes con bonificación", Type.INTEGER),
                new DataColumn("empresas", "Empresas participantes", Type.INTEGER),
                new DataColumn("monto_pagado", "Monto pagado acumulado del proceso, en pesos chilenos (CLP)", Type.INTEGER),
                new DataColumn("etapa_actual", "Última etapa alcanzada: convocatoria, seleccion, contratacion, pago o cierre",
                        Type.TEXT)));
        Map<BonificacionStage, String> names = Map.of(BonificacionStage.CALL, "la convocatoria",
                BonificacionStage.SELECTION, "la selección", BonificacionStage.HIRING, "la contratación",
                BonificacionStage.PAYMENT, "el primer pago", BonificacionStage.CLOSING, "el cierre");
        for (BonificacionStage stage : BonificacionStage.values()) {
            String suffix = BonificacionSchema.STAGE_COLUMNS.get(stage);
            columns.add(new DataColumn("fecha_" + suffix, "Fecha de " + names.get(stage) + " (AAAA-MM-DD)", Type.DATE));
            columns.add(new DataColumn("nota_" + suffix, "Observación sobre " + names.get(stage), Type.TEXT));
        }
        columns.add(DEMO);
        columns.add(UPDATED);
        BONIFICACION = new Definition("bonificacion", "Bonificación a la contratación de mano de obra",
                "Estado de la Bonificación a la contratación de mano de obra por región y mes: cupos asignados, empleos "
                        + "bonificados, empresas participantes, monto pagado y fechas de cada etapa de la gestión.",
                columns, true, "MONTHLY");
    }

    public static final Definition EMPLOYMENT = new Definition("empleo", "Serie regional de empleo",
            "Tasa de desocupación, fuerza de trabajo y personas ocupadas por región y trimestre móvil, con su fuente, "
                    + "fecha de publicación e indicación de cifras revisadas.",
            List.of(REGION, REGION_NAME,
                    new DataColumn("trimestre", "Último mes del trimestre móvil (AAAA-MM): 2026-09 es julio-septiembre 2026",
                            Type.MONTH),
                    new DataColumn("trimestre_nombre", "Trimestre móvil, por ejemplo «jul-sep 2026»", Type.TEXT),
                    new DataColumn("tasa_desocupacion", "Tasa de desocupación, en porcentaje", Type.DECIMAL),
                    new DataColumn("fuerza_de_trabajo", "Personas en la fuerza de trabajo", Type.INTEGER),
                    new DataColumn("ocupados", "Personas ocupadas", Type.INTEGER),
                    new DataColumn("fuente", "Fuente de la cifra", Type.TEXT),
                    new DataColumn("fecha_publicacion", "Fecha de publicación por la fuente (AAAA-MM-DD)", Type.DATE),
                    new DataColumn("revisada", "true si la cifra fue revisada; los valores anteriores están en "
                            + "«empleo-revisiones»", Type.BOOLEAN),
                    DEMO, UPDATED),
            true, "MONTHLY");

    public static final Definition EMPLOYMENT_REVISIONS = new Definition("empleo-revisiones",
            "Revisiones de la serie regional de empleo",
            "Valores anteriores de las cifras de empleo que fueron revisadas, con el período en que estuvieron vigentes.",
            List.of(REGION, REGION_NAME,
                    new DataColumn("trimestre", "Último mes del trimestre móvil (AAAA-MM)", Type.MONTH),
                    new DataColumn("tasa_desocupacion", "Tasa de desocupación anterior, en porcentaje", Type.DECIMAL),
                    new DataColumn("fuerza_de_trabajo", "Fuerza de trabajo anterior", Type.INTEGER),
                    new DataColumn("ocupados", "Personas ocupadas (valor anterior)", Type.INTEGER),
                    new DataColumn("fuente", "Fuente del valor anterior", Type.TEXT),
                    new DataColumn("fecha_publicacion", "Fecha de publicación del valor anterior", Type.DATE),
                    new DataColumn("vigente_desde", "Desde cuándo estuvo publicado el valor anterior (UTC)", Type.TIMESTAMP),
                    new DataColumn("reemplazada_el", "Cuándo fue reemplazado por la revisión (UTC)", Type.TIMESTAMP),
                    new DataColumn("nota", "Motivo de la revisión", Type.TEXT),
                    DEMO),
            true, "MONTHLY");

    public static final List<Definition> ALL = List.of(PROGRAMMES, COVERAGE, BONIFICACION, EMPLOYMENT, EMPLOYMENT_REVISIONS);

    private OpenDataTables() {
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
