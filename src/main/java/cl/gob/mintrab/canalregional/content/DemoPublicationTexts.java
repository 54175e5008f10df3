package cl.gob.mintrab.canalregional.content;

import java.util.List;
import java.util.Map;

/**
 * The texts of the demo publications: for each kind, a few templates whose placeholders are filled with the
 * region's own data ({region}, {regionShort}, {comuna}, {comuna2}, {province}, {sector}, {sector2}, {month},
 * {year}, {n1}…{n4}). Content, not interface: it is what a Seremía would write, so it stays in Spanish here.
 */
final class DemoPublicationTexts {

    /** A template: title, lead, body (HTML with placeholders), tags, and the illustration that suits it. */
    record Template(String title, String lead, String body, List<String> tags, DemoImages.Motif motif) {
    }

    /** Main productive sectors per region code, for employment and dialogue texts. */
    static final Map<String, List<String>> SECTORS = Map.ofEntries(
            Map.entry("15", List.of("agrícola del valle de Azapa", "portuario", "comercio")),
            Map.entry("01", List.of("minero", "portuario", "comercio de la Zona Franca")),
            Map.entry("02", List.of("minero", "construcción", "transporte")),
            Map.entry("03", List.of("minero", "agrícola de uva de exportación", "construcción")),
            Map.entry("04", List.of("agrícola", "minero", "turismo")),
            Map.entry("05", List.of("portuario", "turismo", "agrícola")),
            Map.entry("13", List.of("comercio", "construcción", "servicios")),
            Map.entry("06", List.of("agrícola de temporada", "agroindustrial", "minero")),
            Map.entry("07", List.of("agrícola de temporada", "forestal", "agroindustrial")),
            Map.entry("16", List.of("agrícola", "forestal", "agroindustrial")),
            Map.entry("08", List.of("forestal", "pesquero", "industrial")),
            Map.entry("09", List.of("agrícola", "forestal", "turismo")),
            Map.entry("14", List.of("forestal", "lechero", "turismo")),
            Map.entry("10", List.of("acuícola", "pesquero", "agropecuario")),
            Map.entry("11", List.of("acuícola", "turismo", "ganadero")),
            Map.entry("12", List.of("pesquero", "turismo", "ganadero")),
            Map.entry("NC", List.of("construcción", "comercio", "servicios")));

    static final Map<PublicationKind, List<Template>> TEMPLATES = Map.of(
            PublicationKind.NOTICIA, List.of(
                    new Template("Feria laboral en {comuna} reunió más de {n1} ofertas de empleo",
                            "La Seremía del Trabajo de {regionShort}, junto a la OMIL de {comuna} y SENCE, realizó una feria laboral con empresas del sector {sector}.",
                            """
                            <p>Con la participación de {n2} empresas y más de {n1} puestos de trabajo disponibles, se realizó en {comuna} la feria laboral organizada por la Secretaría Regional Ministerial del Trabajo y Previsión Social de {regionShort}, la Oficina Municipal de Información Laboral (OMIL) y el Servicio Nacional de Capacitación y Empleo (SENCE).</p>
                            <p>Las personas asistentes pudieron postular en el mismo lugar, actualizar su currículum en la Bolsa Nacional de Empleo y conocer la oferta de cursos de capacitación disponibles en la provincia de {province}.</p>
                            <h2>Próximas ferias</h2>
                            <p>La Seremía informó que durante los próximos meses se realizarán nuevas ferias en {comuna2} y otras comunas de la región. Las fechas se publicarán en este portal.</p>
                            <ul><li>Ofertas del sector {sector} y {sector2}.</li><li>Orientación laboral y revisión de currículum.</li><li>Información sobre la Bonificación a la contratación de mano de obra.</li></ul>
                            """, List.of("empleo", "feria laboral", "omil"), DemoImages.Motif.GATHERING),
                    new Template("Seremi del Trabajo visitó faenas del sector {sector} en {comuna}",
                            "La autoridad regional conversó con trabajadores y empleadores sobre condiciones laborales y seguridad en el trabajo.",
                            """
                            <p>El Secretario Regional Ministerial del Trabajo y Previsión Social de {regionShort} visitó faenas del sector {sector} en la comuna de {comuna}, donde conversó con trabajadoras, trabajadores y representantes de las empresas.</p>
                            <p>Durante la visita se revisaron las condiciones de higiene y seguridad, el cumplimiento de la jornada laboral y el acceso a la seguridad social. La Dirección del Trabajo acompañó la actividad y orientó sobre los canales de denuncia disponibles.</p>
                            <blockquote>Nuestro compromiso es estar en terreno, escuchar y dar respuesta oportuna a las inquietudes de quienes trabajan en la región.</blockquote>
                            <p>La Seremía continuará las visitas en otras provincias durante {month}.</p>
                            """, List.of("seguridad laboral", "terreno"), DemoImages.Motif.LANDSCAPE),
                    new Template("Más de {n3} personas se capacitaron en oficios en la provincia de {province}",
                            "Los cursos, financiados por SENCE, se orientaron a las necesidades del sector {sector} de {regionShort}.",
                            """
                            <p>Un total de {n3} personas terminaron cursos de capacitación en oficios en la provincia de {province}, en el marco de los programas de SENCE coordinados por la Mesa Técnica regional.</p>
                            <p>Los cursos incluyeron operación de maquinaria, manipulación de alimentos, electricidad domiciliaria y atención de clientes, y fueron diseñados según la demanda de empleadores del sector {sector}.</p>
                            <h2>Certificación</h2>
                            <p>Las y los participantes recibieron su certificado en una ceremonia realizada en {comuna}. El {n4} % de quienes egresaron cuenta ya con una oferta de trabajo o inició un emprendimiento.</p>
                            """, List.of("capacitación", "sence", "oficios"), DemoImages.Motif.CHART),
                    new Template("Seremía del Trabajo de {regionShort} lanzó campaña de formalización del empleo",
                            "La campaña informa sobre los derechos de quienes trabajan sin contrato y los beneficios de cotizar.",
                            """
                            <p>La Secretaría Regional Ministerial del Trabajo y Previsión Social de {regionShort} lanzó en {comuna} una campaña para promover la formalización del empleo y la cotización previsional.</p>
                            <p>La iniciativa, desarrollada junto al Instituto de Previsión Social y la Dirección del Trabajo, recorrerá ferias libres, terminales y centros de comercio de la región durante {month}.</p>
                            <ol><li>Información sobre el contrato de trabajo y la jornada.</li><li>Orientación para cotizar como trabajador independiente.</li><li>Acceso al seguro de cesantía y a la pensión garantizada universal.</li></ol>
                            """, List.of("formalización", "previsión social"), DemoImages.Motif.GATHERING),
                    new Template("Balance {year} de la Bonificación a la contratación de mano de obra en {regionShort}",
                            "Durante el año, {n2} empresas de la región contrataron a {n1} personas con apoyo de la bonificación.",
                            """
                            <p>La Seremía del Trabajo y Previsión Social de {regionShort} presentó el balance de la Bonificación a la contratación de mano de obra, que apoya a las empresas que contratan a personas desocupadas.</p>
                            <p>En el período, {n2} empresas hicieron uso del beneficio, con {n1} contratos bonificados, principalmente en los sectores {sector} y {sector2}. La comuna con más contrataciones fue {comuna}.</p>
                            <p>El detalle por comuna y programa está disponible en la sección de coberturas de este portal.</p>
                            """, List.of("bonificación", "contratación"), DemoImages.Motif.CHART)),
            PublicationKind.ACTIVIDAD_EMPLEO, List.of(
                    new Template("Actividad de empleo en {regionShort}: trimestre móvil terminado en {month} {year}",
                            "Análisis de la Seremía sobre la ocupación y la desocupación en la región, con énfasis en el sector {sector}.",
                            """
                            <p>Según las cifras del trimestre móvil terminado en {month}, la región de {regionShort} registró un aumento de {n4} mil personas ocupadas respecto del mismo período del año anterior.</p>
                            <h2>Sectores</h2>
                            <p>El sector {sector} explicó la mayor parte del alza, seguido por {sector2}. La ocupación informal se mantuvo estable.</p>
                            <h2>Comunas</h2>
                            <p>Las oficinas de intermediación laboral de {comuna} y {comuna2} informaron {n3} colocaciones en el período.</p>
                            <p>El análisis completo, con las cifras por sexo y tramo de edad, se encuentra en el documento adjunto.</p>
                            """, List.of("empleo", "cifras regionales"), DemoImages.Motif.CHART),
                    new Template("Empleo de temporada en el sector {sector}: {n1} contrataciones en {month}",
                            "La demanda de mano de obra de temporada se concentró en la provincia de {province}.",
                            """
                            <p>Durante {month} se registraron {n1} contrataciones de temporada en el sector {sector} de {regionShort}, según la información de la Bolsa Nacional de Empleo y las OMIL de la región.</p>
                            <p>La Seremía recordó a los empleadores la obligación de escriturar los contratos de temporada y de otorgar condiciones de alojamiento, transporte y alimentación dignas.</p>
                            """, List.of("temporada", "empleo"), DemoImages.Motif.LANDSCAPE),
                    new Template("Informe de intermediación laboral de las OMIL de {province}, {month} {year}",
                            "Las oficinas municipales de la provincia atendieron a {n3} personas y lograron {n2} colocaciones.",
                            """
                            <p>Las Oficinas Municipales de Información Laboral de la provincia de {province} atendieron a {n3} personas durante el período, de las cuales {n2} fueron colocadas en un empleo.</p>
                            <p>La OMIL de {comuna} concentró la mayor cantidad de atenciones. La Seremía destacó el trabajo conjunto con SENCE para fortalecer la intermediación en las comunas rurales.</p>
                            """, List.of("omil", "intermediación"), DemoImages.Motif.CHART)),
            PublicationKind.ACUERDO, List.of(
                    new Template("Mesa Técnica de {regionShort} acordó plan de trabajo para programas de empleo",
                            "SENCE, FOSIS, CONAF y las OMIL coordinarán la información de coberturas y la focalización de los programas.",
                            """
                            <p>En su sesión de {month}, la Mesa Técnica de Empleo y Protección Social de {regionShort} acordó un plan de trabajo para coordinar los programas de empleo con apoyo fiscal y los de Chile Solidario.</p>
                            <h2>Acuerdos</h2>
                            <ol><li>Informar mensualmente la cobertura por programa y comuna a la Seremía.</li><li>Priorizar a las comunas con mayor desocupación, entre ellas {comuna} y {comuna2}.</li><li>Revisar en la próxima sesión el avance de la Bonificación a la contratación de mano de obra.</li></ol>
                            <p>El acta de la sesión está disponible para las y los integrantes de la mesa.</p>
                            """, List.of("mesa técnica", "coordinación"), DemoImages.Motif.GATHERING),
                    new Template("Convenio de colaboración entre la Seremía del Trabajo y la Municipalidad de {comuna}",
                            "El convenio fortalece la OMIL comunal y facilita el acceso a los programas de empleo y capacitación.",
                            """
                            <p>La Secretaría Regional Ministerial del Trabajo y Previsión Social de {regionShort} y la Municipalidad de {comuna} firmaron un convenio de colaboración para fortalecer la Oficina Municipal de Información Laboral.</p>
                            <p>El acuerdo considera capacitación para el equipo de la OMIL, operativos de atención en sectores rurales y el intercambio de información sobre la demanda de mano de obra del sector {sector}.</p>
                            """, List.of("convenio", "omil"), null),
                    new Template("Mesa Sectorial coordinó operativo de servicios del trabajo en {comuna}",
                            "La Dirección del Trabajo, el IPS, la SUSESO y SENCE atendieron en un mismo lugar a vecinas y vecinos.",
                            """
                            <p>Por acuerdo de la Mesa Sectorial del Trabajo de {regionShort}, los servicios del sector realizaron un operativo conjunto en {comuna}, donde se atendió a {n3} personas.</p>
                            <p>Las consultas más frecuentes fueron sobre finiquitos, licencias médicas, pensiones y cursos de capacitación. La mesa evaluará repetir la experiencia en {comuna2}.</p>
                            """, List.of("mesa sectorial", "operativo"), DemoImages.Motif.GATHERING)),
            PublicationKind.RESOLUCION_CONFLICTO, List.of(
                    new Template("Acuerdo pone fin a paralización de trabajadores del sector {sector} en {comuna}",
                            "Tras {n4} días de conversaciones con mediación de la Seremía, las partes firmaron un acta de acuerdo.",
                            """
                            <p>Con la mediación de la Secretaría Regional Ministerial del Trabajo y Previsión Social de {regionShort} y de la Dirección del Trabajo, trabajadores y empresa del sector {sector} en {comuna} alcanzaron un acuerdo que puso fin a la paralización iniciada hace {n4} días.</p>
                            <h2>Puntos del acuerdo</h2>
                            <ul><li>Reajuste de remuneraciones y bono de término de conflicto.</li><li>Mesa de seguimiento de condiciones de seguridad con reuniones mensuales.</li><li>Compromiso de no aplicar represalias a quienes participaron en la paralización.</li></ul>
                            <p>La Seremía valoró la disposición al diálogo de ambas partes.</p>
                            """, List.of("conflicto laboral", "mediación"), null),
                    new Template("Seremía medió entre sindicato y empresa {sector} de la provincia de {province}",
                            "La mesa de diálogo permitió destrabar la negociación colectiva y evitar una huelga.",
                            """
                            <p>A solicitud del sindicato, la Seremía del Trabajo de {regionShort} convocó a una mesa de diálogo con la empresa, del sector {sector}, que opera en la provincia de {province}.</p>
                            <p>Después de {n4} reuniones, las partes acordaron un nuevo contrato colectivo por tres años, que beneficia a {n2} trabajadoras y trabajadores.</p>
                            """, List.of("negociación colectiva", "diálogo"), null),
                    new Template("Trabajadores contratistas de {comuna} y empresa mandante firman protocolo",
                            "El protocolo regula condiciones de transporte, alimentación y seguridad de {n2} trabajadores contratistas.",
                            """
                            <p>Con la participación de la Seremía del Trabajo y la Dirección del Trabajo, trabajadores contratistas de {comuna} y la empresa mandante firmaron un protocolo que regula condiciones de transporte, alimentación y seguridad.</p>
                            <p>El cumplimiento del protocolo será revisado por una comisión tripartita cada tres meses.</p>
                            """, List.of("subcontratación", "conflicto laboral"), null)),
            PublicationKind.DIALOGO_SOCIAL, List.of(
                    new Template("Consejo tripartito regional analizó el empleo en el sector {sector}",
                            "Representantes de trabajadores, empleadores y gobierno revisaron la situación del sector y acordaron propuestas.",
                            """
                            <p>En {comuna} sesionó el consejo tripartito regional de usuarios de {regionShort}, que reúne a representantes de trabajadores, empleadores y del gobierno regional.</p>
                            <p>La sesión se centró en la situación del empleo en el sector {sector} y en la oferta de capacitación. Se acordó elaborar un catastro de necesidades de formación en la provincia de {province}.</p>
                            """, List.of("diálogo social", "tripartismo"), DemoImages.Motif.GATHERING),
                    new Template("Escuela sindical {year} reunió a {n3} dirigentes de {regionShort}",
                            "Dirigentas y dirigentes sindicales se formaron en negociación colectiva, seguridad social y liderazgo.",
                            """
                            <p>La Escuela de Formación Sindical de la Subsecretaría del Trabajo finalizó en {regionShort} con la participación de {n3} dirigentas y dirigentes.</p>
                            <p>Los módulos abordaron negociación colectiva, seguridad social, salud y seguridad en el trabajo, y liderazgo. La ceremonia de cierre se realizó en {comuna}.</p>
                            """, List.of("sindicatos", "formación"), DemoImages.Motif.GATHERING),
                    new Template("Diálogo ciudadano sobre trabajo decente en {comuna}",
                            "Vecinas, vecinos y organizaciones entregaron propuestas sobre empleo, jornada y conciliación.",
                            """
                            <p>La Seremía del Trabajo de {regionShort} realizó un diálogo ciudadano en {comuna} sobre trabajo decente, con la participación de organizaciones sociales, sindicatos y gremios.</p>
                            <p>Las propuestas recogidas se enviarán a la Subsecretaría del Trabajo y se publicarán en este portal.</p>
                            """, List.of("participación ciudadana", "trabajo decente"), null)),
            PublicationKind.DOCUMENTO, List.of(
                    new Template("Informe de coberturas de programas de empleo, {month} {year}",
                            "Cobertura por programa y comuna de los programas de empleo y protección social en {regionShort}.",
                            """
                            <p>La Seremía publica el informe de coberturas de los programas de empleo con apoyo fiscal y de protección social de {regionShort}, con datos por programa, comuna y mes.</p>
                            <p>El informe fue revisado por la Mesa Técnica regional. Los datos abiertos están en la sección de coberturas del portal.</p>
                            """, List.of("coberturas", "programas de empleo"), null),
                    new Template("Acta de sesión de la Mesa Sectorial del Trabajo, {month} {year}",
                            "Temas tratados, acuerdos y responsables de la sesión de la Mesa Sectorial de {regionShort}.",
                            """
                            <p>Se publica el acta de la sesión ordinaria de la Mesa Sectorial del Trabajo de {regionShort}, realizada en {comuna}.</p>
                            <p>Participaron la Dirección del Trabajo, el Instituto de Previsión Social, la Superintendencia de Seguridad Social y SENCE.</p>
                            """, List.of("mesa sectorial", "acta"), null),
                    new Template("Plan regional de empleo {year}: {regionShort}",
                            "Objetivos, metas y acciones de la Seremía para el empleo en la región durante el año.",
                            """
                            <p>El plan regional de empleo {year} define las prioridades de la Seremía del Trabajo de {regionShort}: intermediación laboral, capacitación pertinente al sector {sector} y coordinación de los programas de empleo con apoyo fiscal.</p>
                            <p>El documento incluye metas por provincia y el calendario de las mesas técnica y sectorial.</p>
                            """, List.of("plan regional", "empleo"), null)));

    /** For the Nivel Central, what the regional templates say becomes what the Subsecretaría would say. */
    static final List<Map.Entry<String, String>> NIVEL_CENTRAL_WORDING = List.of(
            Map.entry("Secretario Regional Ministerial del Trabajo y Previsión Social de Nivel Central", "Subsecretario del Trabajo"),
            Map.entry("Secretaría Regional Ministerial del Trabajo y Previsión Social de Nivel Central", "Subsecretaría del Trabajo"),
            Map.entry("Seremía del Trabajo y Previsión Social de Nivel Central", "Subsecretaría del Trabajo"),
            Map.entry("Seremía del Trabajo de Nivel Central", "Subsecretaría del Trabajo"),
            Map.entry("Seremi del Trabajo", "Subsecretario del Trabajo"),
            Map.entry("Mesa Técnica de Empleo y Protección Social de Nivel Central", "Mesa Técnica Nacional de Empleo y Protección Social"),
            Map.entry("Mesa Técnica de Nivel Central", "Mesa Técnica Nacional"),
            Map.entry("Mesa Sectorial del Trabajo de Nivel Central", "Mesa Sectorial Nacional del Trabajo"),
            Map.entry("consejo tripartito regional de usuarios de Nivel Central", "consejo tripartito nacional de usuarios"),
            Map.entry("Consejo tripartito regional", "Consejo tripartito nacional"),
            Map.entry("la región de Nivel Central", "el país"),
            Map.entry("en Nivel Central", "a nivel nacional"),
            Map.entry("de Nivel Central", "del país"),
            Map.entry("La Seremía", "La Subsecretaría"),
            Map.entry("la Seremía", "la Subsecretaría"),
            Map.entry("la autoridad regional", "la autoridad"),
            Map.entry("La autoridad regional", "La autoridad"),
            Map.entry("de la región", "del país"),
            Map.entry("la región", "el país"));

    private DemoPublicationTexts() {
    }
}
