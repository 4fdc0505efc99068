import type { BuiltinIndicatorTexts } from "./builtin-texts";

/** MGI indicators of domains 3 (partnerships) and 4 (well-being of migrants), see mgi-fr-es.ts. */
export const MGI_INDICATOR_TEXTS_D3_D4: Record<string, BuiltinIndicatorTexts> = {
  "MGI-3.1.1": {
    name: {
      fr: "Le pays participe à un accord régional qui favorise la mobilité",
      es: "El país participa en un acuerdo regional que promueve la movilidad",
    },
    definition: {
      fr: "Pleinement présent lorsque le pays applique un accord régional sur la libre circulation, l'assouplissement des visas ou la mobilité de la main-d'œuvre. Partiellement présent lorsqu'un accord est signé mais pas encore appliqué, ou ne couvre que des groupes restreints.",
      es: "Plenamente presente cuando el país aplica un acuerdo regional sobre libre circulación, facilitación de visados o movilidad laboral. Parcialmente presente cuando un acuerdo está firmado pero aún no se aplica, o solo abarca grupos reducidos.",
    },
  },
  "MGI-3.1.2": {
    name: {
      fr: "Le gouvernement participe activement à un processus consultatif régional sur la migration",
      es: "El gobierno participa activamente en un proceso consultivo regional sobre migración",
    },
    definition: {
      fr: "Pleinement présent lorsque le pays est membre d'un processus consultatif régional, y assiste régulièrement et donne suite à ses recommandations. Partiellement présent lorsque la participation est occasionnelle ou passive.",
      es: "Plenamente presente cuando el país es miembro de un proceso consultivo regional, asiste con regularidad y da seguimiento a sus recomendaciones. Parcialmente presente cuando la participación es ocasional o pasiva.",
    },
  },
  "MGI-3.1.3": {
    name: {
      fr: "Les États voisins coopèrent en matière de gestion des frontières et d'échange d'informations",
      es: "Los Estados vecinos cooperan en la gestión de fronteras y el intercambio de información",
    },
    definition: {
      fr: "Pleinement présent lorsque des accords avec les États voisins prévoient des dispositifs frontaliers communs et un échange régulier d'informations. Partiellement présent lorsque la coopération n'existe qu'avec certains voisins ou est informelle.",
      es: "Plenamente presente cuando los acuerdos con los Estados vecinos prevén dispositivos fronterizos conjuntos y un intercambio periódico de información. Parcialmente presente cuando la cooperación solo existe con algunos vecinos o es informal.",
    },
  },
  "MGI-3.2.1": {
    name: {
      fr: "Le gouvernement participe au dialogue mondial sur la migration",
      es: "El gobierno participa en el diálogo mundial sobre migración",
    },
    definition: {
      fr: "Pleinement présent lorsque le pays participe régulièrement aux forums mondiaux sur la migration et à l'examen du Pacte mondial sur les migrations. Partiellement présent lorsque la participation est occasionnelle.",
      es: "Plenamente presente cuando el país participa periódicamente en los foros mundiales sobre migración y en el examen del Pacto Mundial sobre Migración. Parcialmente presente cuando la participación es ocasional.",
    },
  },
  "MGI-3.2.2": {
    name: {
      fr: "Le gouvernement rend compte de la mise en œuvre de ses engagements internationaux en matière de migration",
      es: "El gobierno informa sobre el cumplimiento de sus compromisos internacionales en materia de migración",
    },
    definition: {
      fr: "Pleinement présent lorsque le pays présente des examens nationaux du Pacte mondial sur les migrations et rend compte des cibles des ODD liées à la migration. Partiellement présent lorsqu'il ne rend compte que de certains engagements.",
      es: "Plenamente presente cuando el país presenta exámenes nacionales del Pacto Mundial sobre Migración e informa sobre las metas de los ODS relacionadas con la migración. Parcialmente presente cuando solo informa sobre algunos compromisos.",
    },
  },
  "MGI-3.2.3": {
    name: {
      fr: "Des accords bilatéraux sur la migration sont en vigueur avec les principaux pays partenaires",
      es: "Hay acuerdos bilaterales sobre migración en vigor con los principales países asociados",
    },
    definition: {
      fr: "Pleinement présent lorsque des accords sur la migration de main-d'œuvre, la réadmission ou la mobilité sont en vigueur avec les principaux pays d'origine ou de destination. Partiellement présent lorsqu'ils ne couvrent que certains de ces pays ou ne sont pas appliqués.",
      es: "Plenamente presente cuando hay acuerdos sobre migración laboral, readmisión o movilidad en vigor con los principales países de origen o de destino. Parcialmente presente cuando solo abarcan algunos de esos países o no se aplican.",
    },
  },
  "MGI-3.3.1": {
    name: {
      fr: "La société civile est formellement consultée sur la politique migratoire",
      es: "Se consulta formalmente a la sociedad civil sobre la política migratoria",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un mécanisme permanent consulte les organisations de migrants et de la société civile sur les lois, les stratégies et leur mise en œuvre. Partiellement présent lorsque la consultation est occasionnelle ou limitée à des projets isolés.",
      es: "Plenamente presente cuando un mecanismo permanente consulta a las organizaciones de migrantes y de la sociedad civil sobre las leyes, las estrategias y su aplicación. Parcialmente presente cuando la consulta es ocasional o se limita a proyectos aislados.",
    },
  },
  "MGI-3.3.2": {
    name: {
      fr: "Les employeurs et les syndicats sont associés à la politique de migration de main-d'œuvre",
      es: "Los empleadores y los sindicatos participan en la política de migración laboral",
    },
    definition: {
      fr: "Pleinement présent lorsque les partenaires sociaux participent formellement à la définition des priorités et des quotas de migration de main-d'œuvre. Partiellement présent lorsqu'ils sont consultés de manière informelle ou occasionnelle.",
      es: "Plenamente presente cuando los interlocutores sociales participan formalmente en la fijación de las prioridades y los cupos de migración laboral. Parcialmente presente cuando se les consulta de manera informal u ocasional.",
    },
  },
  "MGI-3.3.3": {
    name: {
      fr: "La diaspora est associée à l'élaboration et à la mise en œuvre de la politique de développement",
      es: "La diáspora participa en la formulación y aplicación de la política de desarrollo",
    },
    definition: {
      fr: "Pleinement présent lorsque les organisations de la diaspora sont consultées sur les politiques et participent à des programmes conjoints avec le gouvernement. Partiellement présent lorsque la collaboration se limite à des événements ou à de l'information.",
      es: "Plenamente presente cuando se consulta a las organizaciones de la diáspora sobre las políticas y estas participan en programas conjuntos con el gobierno. Parcialmente presente cuando la vinculación se limita a actos o a información.",
    },
  },
  "MGI-3.3.4": {
    name: {
      fr: "Les établissements universitaires et de recherche contribuent à la politique migratoire",
      es: "Las instituciones académicas y de investigación contribuyen a la política migratoria",
    },
    definition: {
      fr: "Pleinement présent lorsque le gouvernement commande ou utilise des recherches sur la migration dans le cadre de partenariats permanents avec des universités ou des instituts de recherche. Partiellement présent lorsque la recherche est utilisée occasionnellement.",
      es: "Plenamente presente cuando el gobierno encarga o utiliza investigaciones sobre migración mediante alianzas permanentes con universidades o institutos de investigación. Parcialmente presente cuando la investigación se utiliza ocasionalmente.",
    },
  },
  "MGI-3.3.5": {
    name: {
      fr: "Les autorités locales participent à l'élaboration et à la mise en œuvre de la politique migratoire",
      es: "Las autoridades locales participan en la formulación y aplicación de la política migratoria",
    },
    definition: {
      fr: "Pleinement présent lorsque les municipalités ont un rôle défini dans l'intégration ou la réintégration des migrants et sont représentées dans la coordination nationale. Partiellement présent lorsqu'elles agissent sans cadre ni coordination au niveau national.",
      es: "Plenamente presente cuando los municipios tienen una función definida en la integración o reintegración de los migrantes y están representados en la coordinación nacional. Parcialmente presente cuando actúan sin un marco ni una coordinación nacionales.",
    },
  },
  "MGI-4.1.1": {
    name: {
      fr: "Les qualifications obtenues à l'étranger peuvent être reconnues selon une procédure claire",
      es: "Las cualificaciones obtenidas en el extranjero pueden reconocerse mediante un procedimiento claro",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un organisme désigné reconnaît les diplômes et qualifications professionnelles étrangers selon des critères et des délais publiés. Partiellement présent lorsque la reconnaissance n'existe que pour certaines professions ou est lente et discrétionnaire.",
      es: "Plenamente presente cuando un organismo designado reconoce los títulos y cualificaciones profesionales extranjeros con criterios y plazos publicados. Parcialmente presente cuando el reconocimiento solo existe para algunas profesiones o es lento y discrecional.",
    },
  },
  "MGI-4.1.2": {
    name: {
      fr: "Les compétences acquises de manière informelle ou à l'étranger par les ressortissants de retour peuvent être validées",
      es: "Las competencias adquiridas de manera informal o en el extranjero por los nacionales que regresan pueden validarse",
    },
    definition: {
      fr: "Pleinement présent lorsque les migrants de retour peuvent faire évaluer et certifier les compétences acquises en travaillant à l'étranger. Partiellement présent lorsque la validation n'est possible que dans des projets pilotes ou pour quelques métiers.",
      es: "Plenamente presente cuando los migrantes retornados pueden hacer evaluar y certificar las competencias adquiridas trabajando en el extranjero. Parcialmente presente cuando la validación solo es posible en proyectos piloto o para unas pocas ocupaciones.",
    },
  },
  "MGI-4.1.3": {
    name: {
      fr: "Des accords de reconnaissance mutuelle des qualifications sont en vigueur",
      es: "Hay acuerdos de reconocimiento mutuo de cualificaciones en vigor",
    },
    definition: {
      fr: "Pleinement présent lorsque des accords bilatéraux ou régionaux de reconnaissance mutuelle couvrent les principaux pays partenaires. Partiellement présent lorsqu'ils ne couvrent que certains pays ou certaines professions.",
      es: "Plenamente presente cuando acuerdos bilaterales o regionales de reconocimiento mutuo abarcan a los principales países asociados. Parcialmente presente cuando solo abarcan algunos países o profesiones.",
    },
  },
  "MGI-4.2.1": {
    name: {
      fr: "Les besoins du marché du travail sont évalués pour orienter l'admission des travailleurs migrants",
      es: "Se evalúan las necesidades del mercado laboral para orientar la admisión de trabajadores migrantes",
    },
    definition: {
      fr: "Pleinement présent lorsque les listes de métiers en tension ou les tests du marché du travail reposent sur des évaluations régulières et servent à fixer la politique d'admission. Partiellement présent lorsque les évaluations sont occasionnelles ou sans lien avec les décisions d'admission.",
      es: "Plenamente presente cuando las listas de ocupaciones deficitarias o las pruebas del mercado laboral se basan en evaluaciones periódicas y sirven para fijar la política de admisión. Parcialmente presente cuando las evaluaciones son ocasionales o no están vinculadas a las decisiones de admisión.",
    },
  },
  "MGI-4.2.2": {
    name: {
      fr: "Les services publics de l'emploi sont ouverts aux migrants",
      es: "Los servicios públicos de empleo están abiertos a los migrantes",
    },
    definition: {
      fr: "Pleinement présent lorsque les migrants autorisés à travailler peuvent s'inscrire auprès des services publics de l'emploi et bénéficier de leurs programmes de placement et de formation. Partiellement présent lorsque seules certaines catégories de migrants peuvent y recourir.",
      es: "Plenamente presente cuando los migrantes con derecho a trabajar pueden inscribirse en los servicios públicos de empleo y utilizar sus programas de intermediación y formación. Parcialmente presente cuando solo algunas categorías de migrantes pueden utilizarlos.",
    },
  },
  "MGI-4.2.3": {
    name: {
      fr: "Les agences de recrutement sont réglementées et les travailleurs ne paient pas de frais de recrutement",
      es: "Las agencias de contratación están reguladas y los trabajadores no pagan comisiones de contratación",
    },
    definition: {
      fr: "Pleinement présent lorsque les agences de recrutement doivent être agréées et contrôlées et que la loi interdit de facturer des frais aux travailleurs. Partiellement présent lorsque les agences sont agréées mais que les frais facturés aux travailleurs ne sont pas interdits ou que l'interdiction n'est pas appliquée.",
      es: "Plenamente presente cuando las agencias de contratación deben tener licencia y estar supervisadas y la ley prohíbe cobrar comisiones a los trabajadores. Parcialmente presente cuando las agencias tienen licencia pero el cobro de comisiones a los trabajadores no está prohibido o la prohibición no se hace cumplir.",
    },
  },
  "MGI-4.2.4": {
    name: {
      fr: "Les ressortissants partant travailler à l'étranger reçoivent des informations et un soutien avant le départ",
      es: "Los nacionales que salen a trabajar al extranjero reciben información y apoyo antes de la partida",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un service public propose à tous les futurs travailleurs migrants une orientation avant le départ sur leurs droits, les contrats et la migration sûre. Partiellement présent lorsque ce soutien est limité à des programmes organisés ou à certaines destinations.",
      es: "Plenamente presente cuando un servicio público ofrece a todos los futuros trabajadores migrantes una orientación previa a la partida sobre derechos, contratos y migración segura. Parcialmente presente cuando dicho apoyo se limita a programas organizados o a algunos destinos.",
    },
  },
  "MGI-4.3.1": {
    name: {
      fr: "Des mesures sont en place pour réduire le coût des rapatriements de fonds",
      es: "Existen medidas para reducir el costo del envío de remesas",
    },
    definition: {
      fr: "Pleinement présent lorsque le gouvernement favorise la concurrence et la transparence entre prestataires de transferts, par exemple au moyen de comparateurs de prix ou d'une réglementation. Partiellement présent lorsque des mesures sont prévues ou limitées à des prestataires isolés.",
      es: "Plenamente presente cuando el gobierno promueve la competencia y la transparencia entre los proveedores de transferencias, por ejemplo mediante comparadores de precios o regulación. Parcialmente presente cuando las medidas están previstas o se limitan a proveedores aislados.",
    },
  },
  "MGI-4.3.2": {
    name: {
      fr: "Des programmes encouragent l'utilisation productive des rapatriements de fonds et l'investissement de la diaspora",
      es: "Hay programas que fomentan el uso productivo de las remesas y la inversión de la diáspora",
    },
    definition: {
      fr: "Pleinement présent lorsque des dispositifs tels que des subventions de contrepartie, des obligations de la diaspora ou des programmes d'éducation financière sont opérationnels. Partiellement présent lorsqu'ils sont au stade pilote ou touchent peu de bénéficiaires.",
      es: "Plenamente presente cuando están en funcionamiento mecanismos como subvenciones de contrapartida, bonos de la diáspora o programas de educación financiera. Parcialmente presente cuando están en fase piloto o llegan a pocos beneficiarios.",
    },
  },
  "MGI-4.3.3": {
    name: {
      fr: "Des statistiques sur les flux de rapatriements de fonds sont établies et publiées",
      es: "Se elaboran y publican estadísticas sobre los flujos de remesas",
    },
    definition: {
      fr: "Pleinement présent lorsque la banque centrale ou l'office statistique publie régulièrement des données sur les entrées et sorties de fonds par corridor. Partiellement présent lorsque seules des données agrégées ou irrégulières sont publiées.",
      es: "Plenamente presente cuando el banco central o la oficina de estadística publica periódicamente datos sobre las entradas y salidas de remesas por corredor. Parcialmente presente cuando solo se publican datos agregados o irregulares.",
    },
  },
  "MGI-4.4.1": {
    name: {
      fr: "Les étudiants internationaux peuvent travailler pendant leurs études et rester après celles-ci",
      es: "Los estudiantes internacionales pueden trabajar durante sus estudios y quedarse después",
    },
    definition: {
      fr: "Pleinement présent lorsque les étudiants étrangers peuvent travailler à temps partiel et disposent d'une voie pour rester et chercher un emploi après l'obtention de leur diplôme. Partiellement présent lorsqu'une seule de ces possibilités est offerte ou que les conditions sont très restrictives.",
      es: "Plenamente presente cuando los estudiantes extranjeros pueden trabajar a tiempo parcial y disponen de una vía para quedarse y buscar empleo tras graduarse. Parcialmente presente cuando solo se permite una de estas posibilidades o las condiciones son muy restrictivas.",
    },
  },
  "MGI-4.4.2": {
    name: {
      fr: "Des programmes soutiennent les ressortissants qui étudient à l'étranger et leur retour",
      es: "Hay programas que apoyan a los nacionales que estudian en el extranjero y su regreso",
    },
    definition: {
      fr: "Pleinement présent lorsque des programmes de bourses, d'échanges ou de retour soutiennent les ressortissants qui étudient à l'étranger et reconnaissent leurs périodes d'études. Partiellement présent lorsque le soutien est de faible ampleur ou sans lien avec la reconnaissance.",
      es: "Plenamente presente cuando programas de becas, intercambio o retorno apoyan a los nacionales que estudian en el extranjero y reconocen sus períodos de estudio. Parcialmente presente cuando el apoyo es de poca envergadura o no está vinculado al reconocimiento.",
    },
  },
};
