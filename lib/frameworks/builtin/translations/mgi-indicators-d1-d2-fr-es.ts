import type { BuiltinIndicatorTexts } from "./builtin-texts";

/** MGI indicators of domains 1 (migrants' rights) and 2 (whole-of-government approach), see mgi-fr-es.ts. */
export const MGI_INDICATOR_TEXTS_D1_D2: Record<string, BuiltinIndicatorTexts> = {
  "MGI-1.1.1": {
    name: {
      fr: "Les migrants ont un accès égal aux services publics de santé",
      es: "Los migrantes tienen igual acceso a los servicios públicos de salud",
    },
    definition: {
      fr: "Pleinement présent lorsque tous les migrants, quel que soit leur statut, peuvent recourir aux soins de santé financés par l'État dans les mêmes conditions que les nationaux. Partiellement présent lorsque l'accès est limité aux soins d'urgence ou aux migrants titulaires d'un titre de séjour.",
      es: "Plenamente presente cuando todos los migrantes, sea cual sea su situación, pueden utilizar la atención de salud financiada con fondos públicos en las mismas condiciones que los nacionales. Parcialmente presente cuando el acceso se limita a la atención de urgencia o a los migrantes con permiso de residencia.",
    },
  },
  "MGI-1.1.2": {
    name: {
      fr: "Les enfants migrants ont accès à l'enseignement public dans les mêmes conditions que les nationaux",
      es: "Los niños migrantes tienen acceso a la educación pública en las mismas condiciones que los nacionales",
    },
    definition: {
      fr: "Pleinement présent lorsque tout enfant d'âge scolaire peut s'inscrire dans une école publique, quel que soit le statut migratoire de sa famille. Partiellement présent lorsque l'inscription dépend de documents ou d'un statut de séjour que certaines familles migrantes ne peuvent pas obtenir.",
      es: "Plenamente presente cuando todo niño en edad escolar puede matricularse en la escuela pública, sea cual sea la situación migratoria de su familia. Parcialmente presente cuando la matrícula depende de documentos o de una situación de residencia que algunas familias migrantes no pueden obtener.",
    },
  },
  "MGI-1.1.3": {
    name: {
      fr: "Les migrants ont un accès égal à la sécurité sociale et à la protection sociale",
      es: "Los migrantes tienen igual acceso a la seguridad social y a la protección social",
    },
    definition: {
      fr: "Pleinement présent lorsque les migrants qui cotisent, ou qui résident légalement, bénéficient des prestations de sécurité sociale et d'aide sociale dans les mêmes conditions que les nationaux. Partiellement présent lorsque seules certaines prestations ou certaines catégories de migrants sont couvertes.",
      es: "Plenamente presente cuando los migrantes que cotizan, o que residen legalmente, reciben las prestaciones de seguridad social y de asistencia social en las mismas condiciones que los nacionales. Parcialmente presente cuando solo están cubiertas algunas prestaciones o algunas categorías de migrantes.",
    },
  },
  "MGI-1.2.1": {
    name: {
      fr: "Les migrants titulaires d'un droit de séjour peuvent être rejoints par les membres de leur famille",
      es: "Los migrantes con derecho de residencia pueden reunirse con sus familiares",
    },
    definition: {
      fr: "Pleinement présent lorsque la loi fixe des conditions claires dans lesquelles le conjoint, les enfants et les autres personnes à charge peuvent rejoindre un migrant résident et obtenir un titre de séjour. Partiellement présent lorsque le regroupement n'est possible que pour certains titulaires de titre de séjour ou à la discrétion des autorités.",
      es: "Plenamente presente cuando la ley establece condiciones claras en las que los cónyuges, los hijos y otras personas a cargo pueden reunirse con un migrante residente y obtener un permiso. Parcialmente presente cuando la reunificación solo es posible para algunos titulares de permisos o a discreción de las autoridades.",
    },
  },
  "MGI-1.3.1": {
    name: {
      fr: "Les migrants en séjour régulier ont le droit de travailler",
      es: "Los migrantes que residen legalmente tienen derecho a trabajar",
    },
    definition: {
      fr: "Pleinement présent lorsque les titulaires d'un titre de séjour, y compris les membres de la famille, peuvent exercer un emploi salarié ou indépendant sans autorisation restrictive distincte. Partiellement présent lorsque ce droit est limité à certains types de titres, de secteurs ou d'employeurs.",
      es: "Plenamente presente cuando los titulares de un permiso de residencia, incluidos los familiares, pueden ejercer un empleo por cuenta ajena o propia sin una autorización restrictiva aparte. Parcialmente presente cuando el derecho se limita a algunos tipos de permiso, sectores o empleadores.",
    },
  },
  "MGI-1.3.2": {
    name: {
      fr: "Les travailleurs migrants ont droit à l'égalité de salaire et de conditions de travail",
      es: "Los trabajadores migrantes tienen derecho a igual remuneración y condiciones de trabajo",
    },
    definition: {
      fr: "Pleinement présent lorsque le droit du travail garantit aux travailleurs migrants le même salaire, la même durée du travail, la même sécurité et la même protection contre le licenciement que les nationaux, et que l'inspection du travail le fait respecter. Partiellement présent lorsque l'égalité de traitement est inscrite dans la loi mais exclut certains secteurs, comme le travail domestique ou saisonnier.",
      es: "Plenamente presente cuando la legislación laboral garantiza a los trabajadores migrantes la misma remuneración, jornada, seguridad y protección frente al despido que a los nacionales, y la inspección del trabajo la hace cumplir. Parcialmente presente cuando la igualdad de trato figura en la ley pero excluye algunos sectores, como el trabajo doméstico o el de temporada.",
    },
  },
  "MGI-1.4.1": {
    name: {
      fr: "Les migrants peuvent obtenir la résidence permanente après une période de séjour régulier",
      es: "Los migrantes pueden obtener la residencia permanente tras un período de estancia legal",
    },
    definition: {
      fr: "Pleinement présent lorsque la loi définit la durée de séjour et les conditions au terme desquelles un migrant peut demander la résidence permanente ou de longue durée. Partiellement présent lorsqu'un tel statut existe mais seulement pour certaines catégories ou sans critères définis.",
      es: "Plenamente presente cuando la ley define la duración de la estancia y las condiciones tras las cuales un migrante puede solicitar la residencia permanente o de larga duración. Parcialmente presente cuando dicho estatuto existe pero solo para algunas categorías o sin criterios definidos.",
    },
  },
  "MGI-1.4.2": {
    name: {
      fr: "Les résidents de longue durée disposent d'une voie claire d'accès à la citoyenneté",
      es: "Los residentes de larga duración disponen de una vía clara de acceso a la ciudadanía",
    },
    definition: {
      fr: "Pleinement présent lorsque la naturalisation obéit à des critères publiés, à une procédure définie et au droit à une décision motivée. Partiellement présent lorsque la naturalisation est possible mais largement discrétionnaire ou que ses critères ne sont pas publiés.",
      es: "Plenamente presente cuando la naturalización sigue criterios publicados, un procedimiento definido y el derecho a una decisión motivada. Parcialmente presente cuando la naturalización es posible pero en gran medida discrecional o sus criterios no se publican.",
    },
  },
  "MGI-1.5.1": {
    name: {
      fr: "Les migrants résidents peuvent participer aux élections locales",
      es: "Los migrantes residentes pueden participar en las elecciones locales",
    },
    definition: {
      fr: "Pleinement présent lorsque les migrants résidents de longue durée peuvent voter aux élections locales. Partiellement présent lorsque le vote est réservé aux ressortissants de certains pays ou soumis à la réciprocité.",
      es: "Plenamente presente cuando los migrantes residentes de larga duración pueden votar en las elecciones locales. Parcialmente presente cuando el voto se limita a los nacionales de determinados países o se rige por acuerdos de reciprocidad.",
    },
  },
  "MGI-1.5.2": {
    name: {
      fr: "Les migrants peuvent adhérer à des syndicats et fonder des associations",
      es: "Los migrantes pueden afiliarse a sindicatos y crear asociaciones",
    },
    definition: {
      fr: "Pleinement présent lorsque les migrants peuvent adhérer à des syndicats et les diriger, et créer des associations, dans les mêmes conditions que les nationaux. Partiellement présent lorsque l'adhésion est permise mais que l'exercice de fonctions dirigeantes ou l'enregistrement est restreint.",
      es: "Plenamente presente cuando los migrantes pueden afiliarse a sindicatos y dirigirlos, y crear asociaciones, en las mismas condiciones que los nacionales. Parcialmente presente cuando se permite la afiliación pero se restringe el ejercicio de cargos directivos o la inscripción.",
    },
  },
  "MGI-1.6.1": {
    name: {
      fr: "Les principales conventions internationales relatives aux droits des travailleurs migrants sont ratifiées",
      es: "Están ratificadas las principales convenciones internacionales sobre los derechos de los trabajadores migrantes",
    },
    definition: {
      fr: "Pleinement présent lorsque le pays a ratifié la Convention des Nations Unies sur la protection des droits de tous les travailleurs migrants et des membres de leur famille et les conventions de l'OIT sur les travailleurs migrants (nos 97 et 143). Partiellement présent lorsque seuls certains de ces instruments sont ratifiés.",
      es: "Plenamente presente cuando el país ha ratificado la Convención de las Naciones Unidas sobre la protección de los derechos de todos los trabajadores migratorios y de sus familiares y los convenios de la OIT sobre los trabajadores migrantes (núms. 97 y 143). Parcialmente presente cuando solo se han ratificado algunos de estos instrumentos.",
    },
  },
  "MGI-1.6.2": {
    name: {
      fr: "Les conventions sur les réfugiés, l'apatridie, la traite des personnes et le trafic illicite de migrants sont ratifiées",
      es: "Están ratificadas las convenciones sobre los refugiados, la apatridia, la trata de personas y el tráfico ilícito de migrantes",
    },
    definition: {
      fr: "Pleinement présent lorsque le pays est partie à la Convention relative au statut des réfugiés et à son Protocole, aux conventions sur l'apatridie et aux protocoles relatifs à la traite des personnes et au trafic illicite de migrants. Partiellement présent lorsque seuls certains d'entre eux sont ratifiés.",
      es: "Plenamente presente cuando el país es parte en la Convención sobre el Estatuto de los Refugiados y su Protocolo, en las convenciones sobre la apatridia y en los protocolos sobre la trata de personas y el tráfico ilícito de migrantes. Parcialmente presente cuando solo se han ratificado algunos de ellos.",
    },
  },
  "MGI-1.7.1": {
    name: {
      fr: "Les accords bilatéraux de main-d'œuvre protègent les droits des travailleurs migrants",
      es: "Los acuerdos bilaterales de trabajo incluyen la protección de los derechos de los trabajadores migrantes",
    },
    definition: {
      fr: "Pleinement présent lorsque les accords bilatéraux en vigueur sur la migration de main-d'œuvre contiennent des clauses sur l'égalité de traitement, le recrutement équitable et les voies de recours. Partiellement présent lorsque des accords existent mais traitent peu des droits des travailleurs.",
      es: "Plenamente presente cuando los acuerdos bilaterales de migración laboral en vigor contienen cláusulas sobre igualdad de trato, contratación equitativa y vías de reclamación. Parcialmente presente cuando existen acuerdos pero apenas se refieren a los derechos de los trabajadores.",
    },
  },
  "MGI-1.7.2": {
    name: {
      fr: "Les accords de sécurité sociale permettent aux migrants de conserver leurs droits lorsqu'ils se déplacent",
      es: "Los acuerdos de seguridad social permiten a los migrantes conservar sus derechos cuando se trasladan",
    },
    definition: {
      fr: "Pleinement présent lorsque des accords avec les principaux pays d'origine ou de destination prévoient la totalisation des périodes et l'exportation des pensions et autres prestations. Partiellement présent lorsque les accords ne couvrent que certains pays partenaires ou certaines prestations.",
      es: "Plenamente presente cuando los acuerdos con los principales países de origen o de destino prevén la totalización de períodos y la exportación de pensiones y otras prestaciones. Parcialmente presente cuando los acuerdos solo cubren algunos países asociados o algunas prestaciones.",
    },
  },
  "MGI-2.1.1": {
    name: {
      fr: "Une entité gouvernementale a un mandat clair pour conduire la politique migratoire",
      es: "Una entidad gubernamental tiene un mandato claro para dirigir la política migratoria",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un ministère ou une agence est formellement chargé de concevoir et de mettre en œuvre la politique migratoire et dispose du personnel et du budget nécessaires. Partiellement présent lorsque les responsabilités sont attribuées mais fragmentées ou dépourvues de moyens.",
      es: "Plenamente presente cuando un ministerio u organismo es formalmente responsable de diseñar y aplicar la política migratoria y cuenta con personal y presupuesto para ello. Parcialmente presente cuando las responsabilidades están asignadas pero fragmentadas o sin recursos.",
    },
  },
  "MGI-2.1.2": {
    name: {
      fr: "Une entité gouvernementale est chargée de la collaboration avec la diaspora",
      es: "Una entidad gubernamental se encarga de la vinculación con la diáspora",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un service doté d'un mandat formel coordonne les relations avec les ressortissants à l'étranger et les organisations de la diaspora. Partiellement présent lorsque la collaboration avec la diaspora est gérée au cas par cas ou sans mandat clair.",
      es: "Plenamente presente cuando una oficina con mandato formal coordina las relaciones con los nacionales en el extranjero y las organizaciones de la diáspora. Parcialmente presente cuando la vinculación con la diáspora se gestiona de forma puntual o sin un mandato claro.",
    },
  },
  "MGI-2.1.3": {
    name: {
      fr: "Un mécanisme interministériel coordonne la politique migratoire",
      es: "Un mecanismo interministerial coordina la política migratoria",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un organe permanent réunit les ministères concernés, se réunit régulièrement et consigne ses décisions. Partiellement présent lorsque la coordination existe mais est informelle ou ne se réunit qu'occasionnellement.",
      es: "Plenamente presente cuando un órgano permanente reúne a los ministerios competentes, se reúne periódicamente y deja constancia de sus decisiones. Parcialmente presente cuando la coordinación existe pero es informal o solo se reúne ocasionalmente.",
    },
  },
  "MGI-2.2.1": {
    name: {
      fr: "Une stratégie nationale de migration est adoptée et dispose d'un plan d'action",
      es: "Se ha aprobado una estrategia nacional de migración con su plan de acción",
    },
    definition: {
      fr: "Pleinement présent lorsqu'une stratégie approuvée fixe les objectifs de la politique migratoire et s'accompagne d'un plan d'action chiffré désignant les institutions responsables. Partiellement présent lorsqu'une stratégie existe sans plan d'action, ou est arrivée à échéance.",
      es: "Plenamente presente cuando una estrategia aprobada fija los objetivos de la política migratoria y va acompañada de un plan de acción presupuestado con instituciones responsables. Parcialmente presente cuando existe una estrategia sin plan de acción, o ha vencido.",
    },
  },
  "MGI-2.2.2": {
    name: {
      fr: "La planification nationale du développement tient compte de la migration et de la diaspora",
      es: "La planificación nacional del desarrollo tiene en cuenta la migración y la diáspora",
    },
    definition: {
      fr: "Pleinement présent lorsque le plan national de développement ou les stratégies sectorielles contiennent des objectifs explicites sur l'émigration, le retour, les rapatriements de fonds ou les contributions de la diaspora. Partiellement présent lorsque la migration est mentionnée sans objectifs ni mesures.",
      es: "Plenamente presente cuando el plan nacional de desarrollo o las estrategias sectoriales contienen objetivos explícitos sobre la emigración, el retorno, las remesas o las contribuciones de la diáspora. Parcialmente presente cuando se menciona la migración sin objetivos ni medidas.",
    },
  },
  "MGI-2.2.3": {
    name: {
      fr: "La stratégie de migration fait l'objet d'un suivi et d'une évaluation au regard d'indicateurs convenus",
      es: "La estrategia migratoria se somete a seguimiento y evaluación con indicadores acordados",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un cadre de suivi et d'évaluation comportant des indicateurs, des valeurs de référence et un calendrier de rapports est appliqué et que ses rapports sont publiés. Partiellement présent lorsque les rapports sont irréguliers ou ne reposent pas sur des indicateurs convenus.",
      es: "Plenamente presente cuando se aplica un marco de seguimiento y evaluación con indicadores, líneas de base y un calendario de informes, y sus informes se publican. Parcialmente presente cuando los informes son irregulares o carecen de indicadores acordados.",
    },
  },
  "MGI-2.3.1": {
    name: {
      fr: "La migration est régie par une législation complète et à jour",
      es: "La migración se rige por una legislación completa y actualizada",
    },
    definition: {
      fr: "Pleinement présent lorsque les lois en vigueur couvrent l'entrée, le séjour, le travail, l'asile et l'émigration et sont assorties de règlements d'application. Partiellement présent lorsque certains de ces domaines ne sont pas couverts par une loi ou des règlements.",
      es: "Plenamente presente cuando las leyes vigentes abarcan la entrada, la estancia, el trabajo, el asilo y la emigración y están respaldadas por reglamentos de aplicación. Parcialmente presente cuando algunos de estos ámbitos carecen de legislación o de reglamentos.",
    },
  },
  "MGI-2.3.2": {
    name: {
      fr: "La loi interdit la discrimination à l'égard des migrants",
      es: "La ley prohíbe la discriminación contra los migrantes",
    },
    definition: {
      fr: "Pleinement présent lorsque la législation contre la discrimination couvre explicitement la nationalité ou le statut migratoire et qu'un organe indépendant peut recevoir les plaintes. Partiellement présent lorsque la protection n'existe que dans certains domaines, comme l'emploi.",
      es: "Plenamente presente cuando la legislación contra la discriminación abarca explícitamente la nacionalidad o la situación migratoria y un órgano independiente puede recibir denuncias. Parcialmente presente cuando la protección solo existe en algunos ámbitos, como el empleo.",
    },
  },
  "MGI-2.4.1": {
    name: {
      fr: "Les règles relatives aux visas, aux titres de séjour et aux permis de travail sont publiées et accessibles",
      es: "Las normas sobre visados, permisos de residencia y permisos de trabajo están publicadas y son accesibles",
    },
    definition: {
      fr: "Pleinement présent lorsque les critères, les frais, les délais de traitement et les formulaires sont publiés par les autorités compétentes dans un langage clair et dans les principales langues des migrants. Partiellement présent lorsque les informations sont publiées mais incomplètes ou uniquement dans la langue nationale.",
      es: "Plenamente presente cuando las autoridades competentes publican los criterios, las tasas, los plazos de tramitación y los formularios en lenguaje claro y en los principales idiomas de los migrantes. Parcialmente presente cuando la información se publica pero es incompleta o solo está en el idioma nacional.",
    },
  },
  "MGI-2.4.2": {
    name: {
      fr: "Les migrants peuvent demander le réexamen indépendant des décisions en matière de migration",
      es: "Los migrantes pueden solicitar la revisión independiente de las decisiones en materia migratoria",
    },
    definition: {
      fr: "Pleinement présent lorsque les refus de visa, de titre de séjour ou de protection peuvent faire l'objet d'un recours devant un organe indépendant ou un tribunal dans un délai raisonnable. Partiellement présent lorsque les recours n'existent que pour certaines décisions ou sont traités par l'autorité même qui a décidé.",
      es: "Plenamente presente cuando la denegación de visados, permisos o protección puede recurrirse ante un órgano independiente o un tribunal en un plazo razonable. Parcialmente presente cuando los recursos solo existen para algunas decisiones o los resuelve la propia autoridad que decidió.",
    },
  },
  "MGI-2.5.1": {
    name: {
      fr: "Des statistiques migratoires sont collectées et publiées régulièrement",
      es: "Las estadísticas migratorias se recopilan y publican periódicamente",
    },
    definition: {
      fr: "Pleinement présent lorsque des statistiques officielles sur les effectifs et les flux de migrants sont publiées au moins une fois par an par l'office statistique ou une autorité désignée. Partiellement présent lorsque les données sont collectées mais publiées irrégulièrement ou pas du tout.",
      es: "Plenamente presente cuando la oficina de estadística o una autoridad designada publica al menos una vez al año estadísticas oficiales sobre el número y los flujos de migrantes. Parcialmente presente cuando los datos se recopilan pero se publican de forma irregular o no se publican.",
    },
  },
  "MGI-2.5.2": {
    name: {
      fr: "Les données migratoires sont ventilées par sexe, âge et statut migratoire",
      es: "Los datos migratorios están desglosados por sexo, edad y situación migratoria",
    },
    definition: {
      fr: "Pleinement présent lorsque les principales statistiques migratoires et les enquêtes auprès des ménages permettent une ventilation par sexe, âge et statut migratoire. Partiellement présent lorsque seules certaines sources ou certaines de ces caractéristiques sont couvertes.",
      es: "Plenamente presente cuando las principales estadísticas migratorias y las encuestas de hogares permiten el desglose por sexo, edad y situación migratoria. Parcialmente presente cuando solo se cubren algunas fuentes o algunas de estas características.",
    },
  },
  "MGI-2.5.3": {
    name: {
      fr: "Les données administratives sur la migration sont partagées entre institutions",
      es: "Los datos administrativos sobre migración se comparten entre instituciones",
    },
    definition: {
      fr: "Pleinement présent lorsque des accords ou une base juridique permettent l'échange des registres liés à la migration entre autorités et avec l'office statistique, avec des garanties pour les données personnelles. Partiellement présent lorsque le partage est occasionnel ou repose sur des demandes individuelles.",
      es: "Plenamente presente cuando acuerdos o una base jurídica permiten el intercambio de registros relacionados con la migración entre autoridades y con la oficina de estadística, con garantías para los datos personales. Parcialmente presente cuando el intercambio es ocasional o depende de solicitudes individuales.",
    },
  },
};
