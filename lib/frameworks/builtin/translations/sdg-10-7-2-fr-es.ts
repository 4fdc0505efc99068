import type { BuiltinFrameworkTexts } from "./builtin-texts";

/**
 * SDG indicator 10.7.2 (sdg-10-7-2.ts) in French and Spanish. The English names are our
 * paraphrases of the 30 sub-categories, so these are translations of that paraphrase, not the
 * custodians' French and Spanish questionnaire. The marking follows the English exactly: a
 * definition whose English ends in "(unverified)" ends here in "(non vérifié)" or
 * "(no verificado)". Terms follow UN and IOM usage: "ODD"/"ODS", "Pacte mondial pour des
 * migrations sûres, ordonnées et régulières", "Pacto Mundial para la Migración Segura, Ordenada
 * y Regular", "migrant(s) en situation régulière" / "migrantes en situación regular".
 */
export const SDG_10_7_2_TEXTS: BuiltinFrameworkTexts = {
  name: {
    fr: "Indicateur 10.7.2 des ODD : politiques migratoires bien gérées",
    es: "Indicador 10.7.2 de los ODS: políticas migratorias bien gestionadas",
  },
  description: {
    fr: "La mesure des politiques qui sous-tend l'indicateur 10.7.2 des ODD, dont le DAES de l'ONU et l'OIM sont les organismes dépositaires. Elle couvre six domaines de politique comptant chacun cinq sous-catégories ; le score d'un domaine est la moyenne de ses cinq sous-catégories multipliée par 100, et le score global est la moyenne des 30 sous-catégories. Les scores montrent où des politiques sont en place et où des lacunes subsistent ; ils ne constituent pas un classement des pays.",
    es: "La medición de políticas en la que se basa el indicador 10.7.2 de los ODS, cuyos organismos custodios son el DAES de las Naciones Unidas y la OIM. Abarca seis ámbitos de política con cinco subcategorías cada uno; la puntuación de un ámbito es la media de sus cinco subcategorías multiplicada por 100, y la puntuación global es la media de las 30 subcategorías. Las puntuaciones muestran dónde existen políticas y dónde persisten carencias; no son una clasificación de los países.",
  },
  areas: {
    PD_1: {
      name: { fr: "Droits des migrants", es: "Derechos de los migrantes" },
      description: {
        fr: "Dans quelle mesure les migrants ont, comme les nationaux, accès aux services essentiels, à un travail décent et à la justice.",
        es: "En qué medida los migrantes tienen, como los nacionales, acceso a los servicios esenciales, al trabajo decente y a la justicia.",
      },
    },
    PD_2: {
      name: {
        fr: "Approche pangouvernementale / politiques fondées sur des données probantes",
        es: "Enfoque de gobierno integral / políticas basadas en datos empíricos",
      },
      description: {
        fr: "Si les institutions, les stratégies et les données nécessaires à une politique migratoire cohérente sont en place.",
        es: "Si existen las instituciones, las estrategias y los datos necesarios para una política migratoria coherente.",
      },
    },
    PD_3: {
      name: { fr: "Coopération et partenariats", es: "Cooperación y alianzas" },
      description: {
        fr: "Si le gouvernement coopère en matière de migration entre ministères, avec d'autres États et avec des acteurs non étatiques.",
        es: "Si el gobierno coopera en materia migratoria entre ministerios, con otros Estados y con actores no estatales.",
      },
    },
    PD_4: {
      name: { fr: "Bien-être socioéconomique", es: "Bienestar socioeconómico" },
      description: {
        fr: "Si les politiques aident les migrants à mettre à profit leurs compétences, à gagner décemment leur vie et à soutenir leur famille et leur communauté.",
        es: "Si las políticas ayudan a los migrantes a aprovechar sus competencias, a ganarse la vida dignamente y a apoyar a sus familias y comunidades.",
      },
    },
    PD_5: {
      name: { fr: "Dimensions de mobilité des crises", es: "Dimensiones de movilidad de las crisis" },
      description: {
        fr: "Si le pays est prêt à protéger les personnes qui se déplacent, ou ne peuvent pas se déplacer, en raison de catastrophes, de conflits et d'autres crises.",
        es: "Si el país está preparado para proteger a las personas que se desplazan, o no pueden desplazarse, a causa de desastres, conflictos y otras crisis.",
      },
    },
    PD_6: {
      name: { fr: "Migration sûre, ordonnée et régulière", es: "Migración segura, ordenada y regular" },
      description: {
        fr: "Si l'entrée, le séjour et le départ sont gérés de manière ordonnée et si les migrants sont protégés contre la traite et le trafic illicite.",
        es: "Si la entrada, la estancia y la salida se gestionan de manera ordenada y si los migrantes están protegidos contra la trata y el tráfico ilícito.",
      },
    },
  },
  indicators: {
    "PD_1.a": {
      name: {
        fr: "Les migrants ont-ils accès aux soins de santé essentiels et d'urgence dans les mêmes conditions que les nationaux ?",
        es: "¿Tienen los migrantes acceso a la atención de salud esencial y de urgencia en las mismas condiciones que los nacionales?",
      },
      definition: {
        fr: "Oui lorsque tous les migrants, quel que soit leur statut migratoire, peuvent obtenir des soins de santé essentiels ou d'urgence comme les nationaux. En partie lorsque l'accès est limité aux migrants en situation régulière ; non lorsque les migrants n'ont pas cet accès.",
        es: "Sí cuando todos los migrantes, sea cual sea su situación migratoria, pueden obtener atención de salud esencial o de urgencia como los nacionales. En parte cuando el acceso se limita a los migrantes en situación regular; no cuando los migrantes carecen de dicho acceso.",
      },
    },
    "PD_1.b": {
      name: {
        fr: "Les enfants migrants ont-ils accès à l'enseignement public dans les mêmes conditions que les nationaux ?",
        es: "¿Tienen los niños migrantes acceso a la educación pública en las mismas condiciones que los nacionales?",
      },
      definition: {
        fr: "Oui lorsque tout enfant migrant, quel que soit le statut migratoire de sa famille, peut fréquenter l'école publique comme les nationaux. En partie lorsque seuls les enfants en situation régulière sont admis ; non lorsque l'accès est refusé.",
        es: "Sí cuando todo niño migrante, sea cual sea la situación migratoria de su familia, puede asistir a la escuela pública como los nacionales. En parte cuando solo se admite a los niños en situación regular; no cuando se les niega el acceso.",
      },
    },
    "PD_1.c": {
      name: {
        fr: "Les travailleurs migrants ont-ils droit à un salaire égal pour un travail de valeur égale ?",
        es: "¿Tienen los trabajadores migrantes derecho a igual remuneración por trabajo de igual valor?",
      },
      definition: {
        fr: "Oui lorsque la loi garantit à tous les travailleurs migrants le même salaire que les nationaux pour le même travail, quel que soit leur statut. En partie lorsque la garantie ne couvre que les migrants en situation régulière ; non lorsqu'il n'existe aucune garantie de ce type.",
        es: "Sí cuando la ley garantiza a todos los trabajadores migrantes la misma remuneración que a los nacionales por el mismo trabajo, sea cual sea su situación. En parte cuando la garantía solo ampara a los migrantes en situación regular; no cuando no existe tal garantía.",
      },
    },
    "PD_1.d": {
      name: {
        fr: "Les migrants ont-ils accès à la sécurité sociale dans les mêmes conditions que les nationaux ?",
        es: "¿Tienen los migrantes acceso a la seguridad social en las mismas condiciones que los nacionales?",
      },
      definition: {
        fr: "Oui lorsque les migrants peuvent bénéficier des prestations de sécurité sociale dans les mêmes conditions que les nationaux, quel que soit leur statut. En partie lorsque seuls les migrants en situation régulière sont couverts ; non lorsqu'ils en sont exclus.",
        es: "Sí cuando los migrantes pueden recibir prestaciones de seguridad social en las mismas condiciones que los nacionales, sea cual sea su situación. En parte cuando solo están cubiertos los migrantes en situación regular; no cuando están excluidos.",
      },
    },
    "PD_1.e": {
      name: {
        fr: "Les migrants ont-ils accès à la justice dans les mêmes conditions que les nationaux ?",
        es: "¿Tienen los migrantes acceso a la justicia en las mismas condiciones que los nacionales?",
      },
      definition: {
        fr: "Oui lorsque tous les migrants peuvent saisir les tribunaux et obtenir une aide juridictionnelle comme les nationaux, quel que soit leur statut. En partie lorsque l'accès dépend d'un statut régulier ; non lorsque les migrants ne peuvent pas obtenir réparation. (non vérifié)",
        es: "Sí cuando todos los migrantes pueden acudir a los tribunales y obtener asistencia jurídica gratuita como los nacionales, sea cual sea su situación. En parte cuando el acceso depende de una situación regular; no cuando los migrantes no pueden obtener reparación. (no verificado)",
      },
    },
    "PD_2.a": {
      name: {
        fr: "Existe-t-il une entité gouvernementale chargée de mettre en œuvre la politique migratoire nationale ?",
        es: "¿Existe una entidad gubernamental encargada de aplicar la política migratoria nacional?",
      },
      definition: {
        fr: "Oui lorsqu'un ministère, une agence ou un département a le mandat formel de mettre en œuvre la politique migratoire ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando un ministerio, organismo o departamento tiene el mandato formal de aplicar la política migratoria; no en caso contrario. (no verificado)",
      },
    },
    "PD_2.b": {
      name: {
        fr: "Existe-t-il une politique ou une stratégie nationale sur les voies de migration régulière, y compris la migration de main-d'œuvre ?",
        es: "¿Existe una política o estrategia nacional sobre las vías de migración regular, incluida la migración laboral?",
      },
      definition: {
        fr: "Oui lorsqu'une politique ou une stratégie adoptée définit des voies régulières de migration, dont la migration de main-d'œuvre ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando una política o estrategia aprobada establece vías regulares de migración, entre ellas la migración laboral; no en caso contrario. (no verificado)",
      },
    },
    "PD_2.c": {
      name: {
        fr: "Existe-t-il une politique ou une stratégie nationale visant à promouvoir l'inclusion ou l'intégration des migrants ?",
        es: "¿Existe una política o estrategia nacional para promover la inclusión o la integración de los migrantes?",
      },
      definition: {
        fr: "Oui lorsqu'une politique ou une stratégie adoptée contient des mesures d'inclusion sociale et économique des migrants ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando una política o estrategia aprobada contiene medidas para la inclusión social y económica de los migrantes; no en caso contrario. (no verificado)",
      },
    },
    "PD_2.d": {
      name: {
        fr: "Existe-t-il un mécanisme formel pour que la politique migratoire tienne compte des questions de genre ?",
        es: "¿Existe un mecanismo formal para que la política migratoria tenga en cuenta las cuestiones de género?",
      },
      definition: {
        fr: "Oui lorsqu'une procédure ou un organe formel veille à ce que les politiques migratoires tiennent compte des situations différentes des femmes, des hommes, des filles et des garçons ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando un procedimiento u órgano formal vela por que las políticas migratorias tengan en cuenta las distintas situaciones de mujeres, hombres, niñas y niños; no en caso contrario. (no verificado)",
      },
    },
    "PD_2.e": {
      name: {
        fr: "La politique migratoire s'appuie-t-elle sur des données ventilées de manière appropriée ?",
        es: "¿Se basa la política migratoria en datos debidamente desglosados?",
      },
      definition: {
        fr: "Oui lorsqu'un mécanisme garantit que la politique migratoire s'appuie sur des données ventilées selon des caractéristiques telles que le sexe, l'âge et le statut migratoire ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando un mecanismo garantiza que la política migratoria se basa en datos desglosados por características como el sexo, la edad y la situación migratoria; no en caso contrario. (no verificado)",
      },
    },
    "PD_3.a": {
      name: {
        fr: "Existe-t-il un mécanisme formel de coordination interministérielle sur la migration ?",
        es: "¿Existe un mecanismo formal de coordinación interministerial sobre migración?",
      },
      definition: {
        fr: "Oui lorsqu'un organe ou une procédure formellement établi coordonne les questions migratoires entre les ministères ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando un órgano o procedimiento formalmente establecido coordina las cuestiones migratorias entre los ministerios; no en caso contrario. (no verificado)",
      },
    },
    "PD_3.b": {
      name: {
        fr: "Le pays a-t-il conclu des accords bilatéraux sur la migration, y compris la migration de main-d'œuvre ?",
        es: "¿Ha celebrado el país acuerdos bilaterales sobre migración, incluida la migración laboral?",
      },
      definition: {
        fr: "Oui lorsqu'au moins un accord bilatéral sur la migration, tel qu'un accord sur la migration de main-d'œuvre, est en vigueur ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando está en vigor al menos un acuerdo bilateral sobre migración, como un acuerdo de migración laboral; no en caso contrario. (no verificado)",
      },
    },
    "PD_3.c": {
      name: {
        fr: "Le pays est-il partie à des accords régionaux qui favorisent la mobilité ?",
        es: "¿Es el país parte en acuerdos regionales que promueven la movilidad?",
      },
      definition: {
        fr: "Oui lorsque le pays applique un accord régional qui facilite la circulation des personnes, par exemple la libre circulation ou l'assouplissement des visas ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando el país aplica un acuerdo regional que facilita la circulación de personas, por ejemplo la libre circulación o la facilitación de visados; no en caso contrario. (no verificado)",
      },
    },
    "PD_3.d": {
      name: {
        fr: "Le pays coopère-t-il avec d'autres pays en matière de retour et de réadmission ?",
        es: "¿Coopera el país con otros países en materia de retorno y readmisión?",
      },
      definition: {
        fr: "Oui lorsque des accords ou des arrangements sur le retour et la réadmission des migrants sont en place avec d'autres pays ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando existen acuerdos o arreglos con otros países sobre el retorno y la readmisión de migrantes; no en caso contrario. (no verificado)",
      },
    },
    "PD_3.e": {
      name: {
        fr: "La société civile et le secteur privé sont-ils formellement associés à la politique migratoire ?",
        es: "¿Participan formalmente la sociedad civil y el sector privado en la política migratoria?",
      },
      definition: {
        fr: "Oui lorsqu'un mécanisme formel associe la société civile et le secteur privé à l'élaboration et à la mise en œuvre de la politique migratoire ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando un mecanismo formal hace participar a la sociedad civil y al sector privado en la formulación y aplicación de la política migratoria; no en caso contrario. (no verificado)",
      },
    },
    "PD_4.a": {
      name: {
        fr: "Le gouvernement fait-il correspondre la demande de main-d'œuvre et les compétences des migrants au moyen d'une évaluation systématique ?",
        es: "¿Ajusta el gobierno la demanda de mano de obra a las competencias de los migrantes mediante una evaluación sistemática?",
      },
      definition: {
        fr: "Oui lorsque les besoins du marché du travail sont évalués régulièrement et que les résultats orientent l'admission des travailleurs migrants ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando las necesidades del mercado laboral se evalúan periódicamente y los resultados orientan la admisión de trabajadores migrantes; no en caso contrario. (no verificado)",
      },
    },
    "PD_4.b": {
      name: {
        fr: "Le gouvernement facilite-t-il la reconnaissance des compétences et des qualifications acquises à l'étranger ?",
        es: "¿Facilita el gobierno el reconocimiento de las competencias y cualificaciones adquiridas en el extranjero?",
      },
      definition: {
        fr: "Oui lorsque des mesures permettent de reconnaître les diplômes, les qualifications ou les compétences obtenus dans un autre pays ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando existen medidas para reconocer los títulos, cualificaciones o competencias obtenidos en otro país; no en caso contrario. (no verificado)",
      },
    },
    "PD_4.c": {
      name: {
        fr: "Le gouvernement promeut-il un recrutement équitable et éthique des travailleurs migrants ?",
        es: "¿Promueve el gobierno una contratación equitativa y ética de los trabajadores migrantes?",
      },
      definition: {
        fr: "Oui lorsque des mesures encadrent les recruteurs et protègent les travailleurs contre les pratiques abusives, comme la facturation de frais de recrutement ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando existen medidas que regulan a los reclutadores y protegen a los trabajadores frente a prácticas abusivas, como el cobro de comisiones de contratación; no en caso contrario. (no verificado)",
      },
    },
    "PD_4.d": {
      name: {
        fr: "Le gouvernement facilite-t-il les flux de rapatriements de fonds, notamment en réduisant les coûts de transfert ?",
        es: "¿Facilita el gobierno los flujos de remesas, en particular reduciendo los costos de envío?",
      },
      definition: {
        fr: "Oui lorsque des mesures rendent l'envoi ou la réception de fonds moins coûteux, plus rapide ou plus sûr ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando existen medidas que abaratan, agilizan o hacen más seguro el envío o la recepción de remesas; no en caso contrario. (no verificado)",
      },
    },
    "PD_4.e": {
      name: {
        fr: "Le gouvernement facilite-t-il la portabilité des droits de sécurité sociale des migrants ?",
        es: "¿Facilita el gobierno la portabilidad de los derechos de seguridad social de los migrantes?",
      },
      definition: {
        fr: "Oui lorsque des accords ou des mesures permettent aux migrants de conserver les pensions et autres prestations acquises lorsqu'ils passent d'un pays à un autre ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando acuerdos o medidas permiten a los migrantes conservar las pensiones y otras prestaciones adquiridas al trasladarse de un país a otro; no en caso contrario. (no verificado)",
      },
    },
    "PD_5.a": {
      name: {
        fr: "La stratégie nationale de réduction des risques de catastrophe tient-elle compte des déplacements causés par les catastrophes ?",
        es: "¿Aborda la estrategia nacional de reducción del riesgo de desastres los desplazamientos causados por los desastres?",
      },
      definition: {
        fr: "Oui lorsque la stratégie contient des dispositions spécifiques sur les déplacements causés par les catastrophes ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando la estrategia contiene disposiciones específicas sobre los desplazamientos causados por desastres; no en caso contrario. (no verificado)",
      },
    },
    "PD_5.b": {
      name: {
        fr: "Existe-t-il des plans d'urgence pour gérer des mouvements de population de grande ampleur en cas de crise ?",
        es: "¿Existen planes de contingencia para gestionar movimientos de población a gran escala en situaciones de crisis?",
      },
      definition: {
        fr: "Oui lorsque des plans précisent comment les autorités accueillent et assistent un grand nombre de personnes qui se déplacent en raison d'une crise ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando hay planes que establecen cómo las autoridades reciben y asisten a un gran número de personas que se desplazan a causa de una crisis; no en caso contrario. (no verificado)",
      },
    },
    "PD_5.c": {
      name: {
        fr: "Le gouvernement assiste-t-il ses ressortissants vivant dans des pays touchés par une crise ?",
        es: "¿Presta el gobierno asistencia a sus nacionales que viven en países afectados por una crisis?",
      },
      definition: {
        fr: "Oui lorsque des mesures prévoient une assistance, y compris l'évacuation si nécessaire, aux ressortissants se trouvant à l'étranger en situation de crise ou d'après-crise ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando existen medidas que prestan asistencia, incluida la evacuación cuando sea necesaria, a los nacionales en el extranjero en situaciones de crisis o poscrisis; no en caso contrario. (no verificado)",
      },
    },
    "PD_5.d": {
      name: {
        fr: "Le gouvernement assiste-t-il les migrants présents dans le pays pendant une crise ?",
        es: "¿Presta el gobierno asistencia a los migrantes presentes en el país durante una crisis?",
      },
      definition: {
        fr: "Oui lorsque les mesures d'assistance d'urgence et de protection s'étendent expressément aux non-ressortissants présents dans le pays pendant une crise ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando las medidas de asistencia de emergencia y de protección se extienden expresamente a los no nacionales presentes en el país durante una crisis; no en caso contrario. (no verificado)",
      },
    },
    "PD_5.e": {
      name: {
        fr: "Les personnes qui ne peuvent pas retourner dans leur pays en raison d'une crise peuvent-elles obtenir un séjour temporaire ou une protection ?",
        es: "¿Pueden las personas que no pueden regresar a su país a causa de una crisis obtener una estancia temporal o protección?",
      },
      definition: {
        fr: "Oui lorsque la loi prévoit un titre de séjour temporaire ou une protection temporaire pour les personnes dont le pays d'origine est touché par une crise ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando la ley prevé un permiso temporal o una protección temporal para las personas cuyo país de origen está afectado por una crisis; no en caso contrario. (no verificado)",
      },
    },
    "PD_6.a": {
      name: {
        fr: "Existe-t-il une agence gouvernementale chargée de la gestion des frontières ?",
        es: "¿Existe un organismo gubernamental encargado de la gestión de fronteras?",
      },
      definition: {
        fr: "Oui lorsqu'une agence désignée est chargée de gérer les entrées et les sorties aux frontières ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando un organismo designado se encarga de gestionar las entradas y salidas en las fronteras; no en caso contrario. (no verificado)",
      },
    },
    "PD_6.b": {
      name: {
        fr: "Existe-t-il un système de suivi des dépassements de la durée de séjour autorisée par le visa ?",
        es: "¿Existe un sistema para vigilar la permanencia más allá del plazo autorizado por el visado?",
      },
      definition: {
        fr: "Oui lorsque les registres des entrées et des sorties permettent aux autorités de repérer les personnes qui restent au-delà de la durée autorisée par leur visa ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando los registros de entradas y salidas permiten a las autoridades detectar a las personas que permanecen más allá del plazo autorizado por su visado; no en caso contrario. (no verificado)",
      },
    },
    "PD_6.c": {
      name: {
        fr: "Les voyageurs sont-ils contrôlés avant leur arrivée au moyen d'autorisations préalables ?",
        es: "¿Se controla a los viajeros antes de su llegada mediante autorizaciones previas?",
      },
      definition: {
        fr: "Oui lorsque des visas, des autorisations de voyage électroniques ou des données sur les passagers servent à contrôler les voyageurs avant leur arrivée ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando se utilizan visados, autorizaciones electrónicas de viaje o datos de pasajeros para examinar a los viajeros antes de su llegada; no en caso contrario. (no verificado)",
      },
    },
    "PD_6.d": {
      name: {
        fr: "Existe-t-il une stratégie formelle de lutte contre la traite des personnes ?",
        es: "¿Existe una estrategia formal para combatir la trata de personas?",
      },
      definition: {
        fr: "Oui lorsqu'une stratégie ou un plan d'action adopté porte sur la prévention de la traite, la protection des victimes et la poursuite des trafiquants ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando una estrategia o plan de acción aprobado aborda la prevención de la trata, la protección de las víctimas y el enjuiciamiento de los tratantes; no en caso contrario. (no verificado)",
      },
    },
    "PD_6.e": {
      name: {
        fr: "Existe-t-il une stratégie formelle de lutte contre le trafic illicite de migrants ?",
        es: "¿Existe una estrategia formal para combatir el tráfico ilícito de migrantes?",
      },
      definition: {
        fr: "Oui lorsqu'une stratégie ou un plan d'action adopté porte sur le trafic illicite de migrants tout en protégeant les droits des migrants objet de ce trafic ; non dans le cas contraire. (non vérifié)",
        es: "Sí cuando una estrategia o plan de acción aprobado aborda el tráfico ilícito de migrantes protegiendo al mismo tiempo los derechos de los migrantes objeto de dicho tráfico; no en caso contrario. (no verificado)",
      },
    },
  },
};
