import type { BuiltinIndicatorTexts } from "./builtin-texts";

/** MGI indicators of domains 5 (mobility dimensions of crises) and 6 (safe, orderly and regular migration), see mgi-fr-es.ts. */
export const MGI_INDICATOR_TEXTS_D5_D6: Record<string, BuiltinIndicatorTexts> = {
  "MGI-5.1.1": {
    name: {
      fr: "La stratégie de réduction des risques de catastrophe traite des déplacements et de la mobilité humaine",
      es: "La estrategia de reducción del riesgo de desastres aborda el desplazamiento y la movilidad humana",
    },
    definition: {
      fr: "Pleinement présent lorsque la stratégie nationale de réduction des risques de catastrophe contient des mesures spécifiques sur l'évacuation, les déplacements et la réinstallation planifiée. Partiellement présent lorsque la mobilité est mentionnée sans mesures concrètes.",
      es: "Plenamente presente cuando la estrategia nacional de reducción del riesgo de desastres contiene medidas específicas sobre evacuación, desplazamiento y reubicación planificada. Parcialmente presente cuando se menciona la movilidad sin medidas concretas.",
    },
  },
  "MGI-5.1.2": {
    name: {
      fr: "Les plans d'urgence couvrent les mouvements de population de grande ampleur",
      es: "Los planes de contingencia abarcan los movimientos de población a gran escala",
    },
    definition: {
      fr: "Pleinement présent lorsque les plans d'urgence définissent les rôles, les capacités d'accueil et les procédures en cas d'arrivées ou de départs soudains et massifs de personnes. Partiellement présent lorsque des plans existent mais ne traitent pas des mouvements de population.",
      es: "Plenamente presente cuando los planes de contingencia establecen funciones, capacidad de acogida y procedimientos ante llegadas o salidas repentinas y masivas de personas. Parcialmente presente cuando existen planes pero no abordan los movimientos de población.",
    },
  },
  "MGI-5.1.3": {
    name: {
      fr: "Les alertes et informations d'urgence parviennent aux migrants",
      es: "Las alertas y la información de emergencia llegan a los migrantes",
    },
    definition: {
      fr: "Pleinement présent lorsque les systèmes d'alerte précoce et de communication d'urgence tiennent compte des migrants, y compris dans les langues qu'ils utilisent. Partiellement présent lorsque l'information n'est fournie que dans la langue nationale ou par des canaux limités.",
      es: "Plenamente presente cuando los sistemas de alerta temprana y de comunicación de emergencia tienen en cuenta a los migrantes, incluso en los idiomas que utilizan. Parcialmente presente cuando la información solo se ofrece en el idioma nacional o por canales limitados.",
    },
  },
  "MGI-5.1.4": {
    name: {
      fr: "Les politiques traitent de la migration liée aux changements environnementaux",
      es: "Las políticas abordan la migración vinculada a los cambios ambientales",
    },
    definition: {
      fr: "Pleinement présent lorsque les politiques d'adaptation au climat ou d'environnement comprennent des mesures sur la migration, les déplacements et la réinstallation causés par les changements environnementaux. Partiellement présent lorsque le lien est reconnu sans mesures.",
      es: "Plenamente presente cuando las políticas de adaptación al clima o de medio ambiente incluyen medidas sobre la migración, el desplazamiento y la reubicación causados por los cambios ambientales. Parcialmente presente cuando se reconoce el vínculo sin medidas.",
    },
  },
  "MGI-5.2.1": {
    name: {
      fr: "Les ressortissants à l'étranger reçoivent une assistance et une aide à l'évacuation en cas de crise",
      es: "Los nacionales en el extranjero reciben asistencia y apoyo para la evacuación en caso de crisis",
    },
    definition: {
      fr: "Pleinement présent lorsque les services consulaires disposent de procédures et de ressources pour recenser, assister et évacuer les ressortissants dans les pays touchés par une crise. Partiellement présent lorsque l'assistance est fournie au cas par cas, sans procédures établies.",
      es: "Plenamente presente cuando los servicios consulares cuentan con procedimientos y recursos para registrar, asistir y evacuar a los nacionales en países afectados por una crisis. Parcialmente presente cuando la asistencia se presta caso por caso sin procedimientos establecidos.",
    },
  },
  "MGI-5.2.2": {
    name: {
      fr: "Les migrants présents dans le pays peuvent obtenir une aide d'urgence quel que soit leur statut",
      es: "Los migrantes presentes en el país pueden obtener asistencia de emergencia sea cual sea su situación",
    },
    definition: {
      fr: "Pleinement présent lorsque les secours et l'hébergement d'urgence sont accessibles à toutes les personnes touchées par une crise, y compris les migrants en situation irrégulière. Partiellement présent lorsque l'aide dépend du statut ou de documents.",
      es: "Plenamente presente cuando el socorro y el alojamiento de emergencia están al alcance de todas las personas afectadas por una crisis, incluidos los migrantes en situación irregular. Parcialmente presente cuando la asistencia depende de la situación o de documentos.",
    },
  },
  "MGI-5.2.3": {
    name: {
      fr: "Les personnes qui ne peuvent pas rentrer chez elles en raison d'une crise peuvent être autorisées à rester",
      es: "Las personas que no pueden regresar a su país a causa de una crisis pueden ser autorizadas a quedarse",
    },
    definition: {
      fr: "Pleinement présent lorsque la loi prévoit une protection temporaire ou un titre de séjour humanitaire pour les personnes qui ne peuvent pas rentrer en raison d'un conflit ou d'une catastrophe. Partiellement présent lorsque de tels séjours ne sont accordés qu'au cas par cas.",
      es: "Plenamente presente cuando la ley prevé protección temporal o un permiso humanitario para las personas que no pueden regresar a causa de un conflicto o un desastre. Parcialmente presente cuando dichas estancias solo se conceden caso por caso.",
    },
  },
  "MGI-5.2.4": {
    name: {
      fr: "Les règles d'immigration peuvent être assouplies pour les personnes touchées par une crise",
      es: "Las normas de inmigración pueden flexibilizarse para las personas afectadas por una crisis",
    },
    definition: {
      fr: "Pleinement présent lorsque les autorités peuvent, selon une procédure définie, prolonger les titres de séjour, renoncer aux sanctions pour dépassement de séjour ou assouplir les conditions d'entrée pendant une crise. Partiellement présent lorsque cela se fait au cas par cas.",
      es: "Plenamente presente cuando las autoridades pueden, con arreglo a un procedimiento definido, prorrogar permisos, eximir de sanciones por permanencia irregular o flexibilizar los requisitos de entrada durante una crisis. Parcialmente presente cuando esto se hace de forma puntual.",
    },
  },
  "MGI-5.3.1": {
    name: {
      fr: "Les plans de relèvement prévoient des solutions durables pour les personnes déplacées",
      es: "Los planes de recuperación prevén soluciones duraderas para las personas desplazadas",
    },
    definition: {
      fr: "Pleinement présent lorsque les plans de relèvement après une crise prévoient, avec des mesures spécifiques, le retour, l'intégration locale ou la réinstallation des personnes déplacées. Partiellement présent lorsque les déplacements sont mentionnés sans mesures.",
      es: "Plenamente presente cuando los planes de recuperación posteriores a la crisis incluyen, con medidas específicas, el retorno, la integración local o el reasentamiento de las personas desplazadas. Parcialmente presente cuando se menciona el desplazamiento sin medidas.",
    },
  },
  "MGI-5.3.2": {
    name: {
      fr: "Les ressortissants revenant de zones de crise à l'étranger bénéficient d'un soutien à la réintégration",
      es: "Los nacionales que regresan de zonas de crisis en el extranjero reciben apoyo para la reintegración",
    },
    definition: {
      fr: "Pleinement présent lorsque les personnes revenant de pays touchés par une crise ont accès à des services de réintégration tels que le logement, l'emploi et le soutien psychosocial. Partiellement présent lorsque le soutien est de courte durée ou limité à certaines d'entre elles.",
      es: "Plenamente presente cuando las personas que regresan de países afectados por una crisis tienen acceso a servicios de reintegración como vivienda, empleo y apoyo psicosocial. Parcialmente presente cuando el apoyo es de corta duración o se limita a algunas de ellas.",
    },
  },
  "MGI-5.3.3": {
    name: {
      fr: "Les droits des personnes déplacées à l'intérieur de leur propre pays sont définis par une loi ou une politique",
      es: "Los derechos de los desplazados internos están establecidos en una ley o una política",
    },
    definition: {
      fr: "Pleinement présent lorsqu'une loi ou une politique relative aux déplacements internes définit les droits des personnes déplacées et les responsabilités des autorités. Partiellement présent lorsque les personnes déplacées ne relèvent que des règles générales applicables aux situations d'urgence.",
      es: "Plenamente presente cuando una ley o política sobre desplazamiento interno define los derechos de las personas desplazadas y las responsabilidades de las autoridades. Parcialmente presente cuando las personas desplazadas solo están amparadas por las normas generales de emergencia.",
    },
  },
  "MGI-6.1.1": {
    name: {
      fr: "Un système de gestion intégrée des frontières est en place",
      es: "Existe un sistema de gestión integrada de fronteras",
    },
    definition: {
      fr: "Pleinement présent lorsqu'une agence désignée gère les frontières selon une stratégie qui coordonne la police des frontières, les douanes et les autres services. Partiellement présent lorsque les responsabilités sont partagées sans stratégie commune.",
      es: "Plenamente presente cuando un organismo designado gestiona las fronteras con arreglo a una estrategia que coordina la policía de fronteras, las aduanas y otros servicios. Parcialmente presente cuando las responsabilidades están repartidas sin una estrategia común.",
    },
  },
  "MGI-6.1.2": {
    name: {
      fr: "Les agents des frontières sont formés à repérer et à orienter les migrants vulnérables",
      es: "Los funcionarios de fronteras están capacitados para identificar y derivar a los migrantes vulnerables",
    },
    definition: {
      fr: "Pleinement présent lorsque le personnel des frontières reçoit une formation régulière sur les droits de l'homme, l'asile et l'identification des victimes de la traite et des enfants, assortie de procédures d'orientation. Partiellement présent lorsque la formation est occasionnelle ou que les procédures font défaut.",
      es: "Plenamente presente cuando el personal de fronteras recibe capacitación periódica sobre derechos humanos, asilo e identificación de víctimas de trata y de niños, con procedimientos de derivación. Parcialmente presente cuando la capacitación es ocasional o faltan los procedimientos.",
    },
  },
  "MGI-6.1.3": {
    name: {
      fr: "Les entrées, les sorties et les dépassements de séjour sont enregistrés et suivis",
      es: "Las entradas, las salidas y las permanencias irregulares se registran y vigilan",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un système électronique enregistre les entrées et les sorties et permet de repérer les dépassements de la durée autorisée par le visa. Partiellement présent lorsque des registres existent mais ne sont pas reliés ou sont incomplets.",
      es: "Plenamente presente cuando un sistema electrónico registra las entradas y salidas y permite detectar las permanencias más allá del plazo autorizado por el visado. Parcialmente presente cuando existen registros pero no están conectados o son incompletos.",
    },
  },
  "MGI-6.2.1": {
    name: {
      fr: "Les critères d'admission et de visa sont clairs et publiés",
      es: "Los criterios de admisión y de visado son claros y están publicados",
    },
    definition: {
      fr: "Pleinement présent lorsque les critères de chaque type de visa et de titre de séjour sont fixés par la loi et publiés avec les frais et les délais de traitement. Partiellement présent lorsque les critères sont en partie discrétionnaires ou publiés de manière incomplète.",
      es: "Plenamente presente cuando los criterios de cada tipo de visado y permiso están fijados por ley y se publican con las tasas y los plazos de tramitación. Parcialmente presente cuando los criterios son en parte discrecionales o se publican de forma incompleta.",
    },
  },
  "MGI-6.2.2": {
    name: {
      fr: "Des voies régulières existent pour les travailleurs migrants de différents niveaux de qualification",
      es: "Existen vías regulares para trabajadores migrantes de distintos niveles de cualificación",
    },
    definition: {
      fr: "Pleinement présent lorsqu'il existe des voies d'admission pour les travailleurs hautement qualifiés, moyennement qualifiés et saisonniers ou peu qualifiés. Partiellement présent lorsque les voies ne concernent que certains niveaux de qualification.",
      es: "Plenamente presente cuando existen vías de admisión para trabajadores altamente cualificados, medianamente cualificados y de temporada o poco cualificados. Parcialmente presente cuando las vías solo atienden a algunos niveles de cualificación.",
    },
  },
  "MGI-6.2.3": {
    name: {
      fr: "Les demandes de visa et de titre de séjour peuvent être déposées en ligne",
      es: "Las solicitudes de visado y de permiso pueden presentarse en línea",
    },
    definition: {
      fr: "Pleinement présent lorsque les principales demandes de visa et de titre de séjour peuvent être déposées et suivies par voie électronique. Partiellement présent lorsque seules certaines demandes ou certaines étapes sont disponibles en ligne.",
      es: "Plenamente presente cuando las principales solicitudes de visado y de permiso pueden presentarse y seguirse por vía electrónica. Parcialmente presente cuando solo algunas solicitudes o algunos trámites están disponibles en línea.",
    },
  },
  "MGI-6.2.4": {
    name: {
      fr: "Les migrants en situation irrégulière peuvent régulariser leur situation",
      es: "Los migrantes en situación irregular pueden regularizar su situación",
    },
    definition: {
      fr: "Pleinement présent lorsque la loi prévoit une procédure permanente permettant aux migrants en situation irrégulière d'obtenir un titre de séjour sous des conditions définies. Partiellement présent lorsque la régularisation n'a eu lieu que dans le cadre de programmes ponctuels.",
      es: "Plenamente presente cuando la ley prevé un procedimiento permanente por el que los migrantes en situación irregular pueden obtener un permiso en condiciones definidas. Parcialmente presente cuando la regularización solo se ha producido mediante programas puntuales.",
    },
  },
  "MGI-6.3.1": {
    name: {
      fr: "Une stratégie nationale de lutte contre la traite des personnes est en vigueur",
      es: "Está en vigor una estrategia nacional contra la trata de personas",
    },
    definition: {
      fr: "Pleinement présent lorsqu'une stratégie et un plan d'action en cours couvrent la prévention, la protection et les poursuites, avec un organe de coordination. Partiellement présent lorsqu'une stratégie est arrivée à échéance ou n'a pas de plan d'action.",
      es: "Plenamente presente cuando una estrategia y un plan de acción vigentes abarcan la prevención, la protección y el enjuiciamiento, con un órgano de coordinación. Parcialmente presente cuando una estrategia ha vencido o carece de plan de acción.",
    },
  },
  "MGI-6.3.2": {
    name: {
      fr: "Les victimes de la traite reçoivent protection et assistance",
      es: "Las víctimas de la trata reciben protección y asistencia",
    },
    definition: {
      fr: "Pleinement présent lorsque les victimes identifiées ont droit à un hébergement, à une aide juridique, à un délai de réflexion et à un titre de séjour, qu'elles coopèrent ou non avec le parquet. Partiellement présent lorsque la protection dépend de cette coopération ou n'est disponible qu'à certains endroits.",
      es: "Plenamente presente cuando las víctimas identificadas tienen derecho a alojamiento, asistencia jurídica, un período de reflexión y un permiso de residencia, cooperen o no con la fiscalía. Parcialmente presente cuando la protección depende de dicha cooperación o solo está disponible en algunos lugares.",
    },
  },
  "MGI-6.3.3": {
    name: {
      fr: "Le trafic illicite de migrants est érigé en infraction et fait l'objet d'une stratégie",
      es: "El tráfico ilícito de migrantes está tipificado como delito y se aborda mediante una estrategia",
    },
    definition: {
      fr: "Pleinement présent lorsque la loi érige le trafic illicite en infraction sans sanctionner les migrants qui en font l'objet et qu'une stratégie ou un plan s'y attaque. Partiellement présent lorsqu'une législation existe sans stratégie.",
      es: "Plenamente presente cuando la ley tipifica el tráfico ilícito como delito sin sancionar a los migrantes objeto de él y una estrategia o plan lo aborda. Parcialmente presente cuando existe legislación sin estrategia.",
    },
  },
  "MGI-6.4.1": {
    name: {
      fr: "Les ressortissants de retour bénéficient d'un soutien à la réintégration",
      es: "Los nacionales que regresan reciben apoyo para la reintegración",
    },
    definition: {
      fr: "Pleinement présent lorsqu'un programme aide les ressortissants de retour en matière d'emploi, de création d'entreprise, de scolarisation des enfants et de reconnaissance des compétences. Partiellement présent lorsque le soutien ne couvre que certaines personnes de retour ou certains besoins.",
      es: "Plenamente presente cuando un programa ayuda a los nacionales retornados en materia de empleo, creación de empresas, escolarización de los hijos y reconocimiento de competencias. Parcialmente presente cuando el apoyo solo abarca a algunos retornados o algunas necesidades.",
    },
  },
  "MGI-6.4.2": {
    name: {
      fr: "Les retours de non-ressortissants suivent des procédures respectueuses de leurs droits",
      es: "Los retornos de no nacionales siguen procedimientos que respetan sus derechos",
    },
    definition: {
      fr: "Pleinement présent lorsque la loi privilégie le retour volontaire, prévoit un recours à effet suspensif et ne recourt à la rétention qu'en dernier ressort, des alternatives étant disponibles. Partiellement présent lorsque certaines de ces garanties font défaut.",
      es: "Plenamente presente cuando la ley da preferencia al retorno voluntario, prevé un recurso con efecto suspensivo y solo recurre a la detención como último recurso, con alternativas disponibles. Parcialmente presente cuando faltan algunas de estas garantías.",
    },
  },
};
