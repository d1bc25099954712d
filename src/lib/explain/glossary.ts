import type { GlossaryEntry } from './types';

/**
 * Special-education terms and acronyms with plain-words definitions in English and Spanish.
 *
 * Surface forms: list the base form only; findTerms adds inflections (plural, -ed, -ing, -ly) and treats
 * spaces and hyphens alike ("grade level" also finds "grade-level"). A form is never listed twice in the
 * whole glossary (glossary.spec.ts checks it). Acronym matching rules are in terms.ts.
 *
 * Definitions are written for parents: short sentences, common words, aiming at grade 7 or below.
 */
function g(
	id: string,
	en: string[],
	es: string[],
	defEn: string,
	defEs: string,
	plain?: { en: string; es: string }
): GlossaryEntry {
	return plain
		? { id, terms: { en, es }, definition: { en: defEn, es: defEs }, plain }
		: { id, terms: { en, es }, definition: { en: defEn, es: defEs } };
}

export const GLOSSARY: GlossaryEntry[] = [
	// ---- Plans, laws and rights ----
	g(
		'iep',
		[
			'IEP',
			'Individualized Education Program',
			'Individualized Education Plan',
			'Individual Education Program'
		],
		['Programa de Educación Individualizado', 'PEI', 'plan de educación individualizado'],
		"A written plan for a child who gets special education. It lists the child's goals and the help the school will give.",
		'Un plan escrito para un niño o niña que recibe educación especial. Dice sus metas y la ayuda que dará la escuela.',
		{ en: 'the school plan for your child', es: 'el plan escolar de su hijo/a' }
	),
	g(
		'iep-team',
		['IEP team'],
		['equipo del IEP', 'equipo del PEI'],
		'The group that writes the IEP. It includes you, teachers, and other staff who know your child.',
		'El grupo que escribe el IEP. Lo forman usted, los maestros y otras personas de la escuela que conocen a su hijo/a.'
	),
	g(
		'iep-meeting',
		['IEP meeting', 'annual review', 'annual IEP meeting'],
		['reunión del IEP', 'revisión anual'],
		'The meeting where the team checks progress and writes the IEP. It happens at least once a year.',
		'La reunión donde el equipo revisa el progreso y escribe el IEP. Se hace por lo menos una vez al año.'
	),
	g(
		'annual-goal',
		['annual goal', 'measurable annual goal', 'IEP goal'],
		['meta anual', 'meta anual medible', 'meta del IEP'],
		'What the team hopes your child will learn in one year. It should say what, how well, and by when.',
		'Lo que el equipo espera que su hijo/a aprenda en un año. Debe decir qué, qué tan bien y para cuándo.'
	),
	g(
		'measurable',
		['measurable'],
		['medible'],
		'Something you can count or see, so everyone can tell if the goal was met.',
		'Algo que se puede contar o ver, para que todos sepan si se cumplió la meta.'
	),
	g(
		'fape',
		['FAPE', 'free appropriate public education', 'free and appropriate public education'],
		['educación pública gratuita y apropiada', 'EPGA'],
		"Your child's right to a free public school education that fits their needs. It is a main promise of the law.",
		'El derecho de su hijo/a a una educación pública gratis que se ajuste a sus necesidades. Es una promesa clave de la ley.'
	),
	g(
		'lre',
		['LRE', 'least restrictive environment'],
		['ambiente menos restrictivo', 'entorno menos restrictivo'],
		'Your child should learn with children who do not have disabilities as much as they can. A separate class is used only when needed.',
		'Su hijo/a debe aprender junto a niños sin discapacidades lo más posible. Una clase aparte se usa solo si hace falta.'
	),
	g(
		'placement',
		['placement', 'continuum of placements'],
		['ubicación', 'continuo de ubicaciones'],
		'Where your child gets services, from the regular class to a special school. The team picks the least separate one that works.',
		'Dónde recibe los servicios su hijo/a, desde la clase regular hasta una escuela especial. El equipo elige la opción menos separada que funcione.'
	),
	g(
		'idea',
		['IDEA', 'Individuals with Disabilities Education Act'],
		['Ley de Educación para Personas con Discapacidades'],
		'The federal special education law. It says a child with a disability has the right to a free school program that fits them.',
		'La ley federal de educación especial. Da a los niños con discapacidades el derecho a una educación pública gratis que se ajuste a ellos.'
	),
	g(
		'section-504',
		['504 plan', 'Section 504'],
		['plan 504', 'Sección 504'],
		'A plan for a student with a disability who needs changes at school, like extra time. The student does not need special teaching.',
		'Un plan para un estudiante con discapacidad que necesita cambios en la escuela, como más tiempo o ayuda de la enfermera, pero no enseñanza especial.'
	),
	g(
		'procedural-safeguards',
		['procedural safeguards', 'procedural safeguard', "parents' rights", 'parent rights'],
		['garantías procesales', 'salvaguardas procesales', 'derechos de los padres'],
		'A paper that explains your rights as a parent in special education. The school must give you a copy.',
		'Un documento que explica sus derechos como padre o madre en la educación especial. La escuela debe darle una copia.'
	),
	g(
		'prior-written-notice',
		['prior written notice', 'PWN', 'notice of action'],
		['aviso previo por escrito', 'notificación previa por escrito'],
		'A letter the school must send when it plans to start, change, or refuse something for your child. It must say why.',
		'Una carta que la escuela debe enviar cuando piensa empezar, cambiar o negar algo para su hijo/a. Debe decir por qué.'
	),
	g(
		'informed-consent',
		['informed consent', 'parental consent'],
		['consentimiento informado', 'consentimiento de los padres'],
		'Your written OK. The school needs it before it tests your child the first time and before services start.',
		'Su permiso por escrito. La escuela lo necesita antes de evaluar a su hijo/a por primera vez y antes de empezar los servicios.'
	),
	g(
		'due-process',
		['due process', 'due process hearing', 'due process complaint'],
		['debido proceso', 'audiencia de debido proceso'],
		'A formal way to settle a disagreement with the school. A hearing officer listens to both sides and decides.',
		'Una forma formal de resolver un desacuerdo con la escuela. Un juez de audiencias escucha a las dos partes y decide.'
	),
	g(
		'mediation',
		['mediation'],
		['mediación'],
		'A meeting with a neutral helper to settle a disagreement with the school. It is free, and you choose to take part.',
		'Una reunión con una persona neutral que ayuda a resolver un desacuerdo con la escuela. Es gratis y usted decide si participa.'
	),
	g(
		'stay-put',
		['stay put'],
		['derecho de permanencia'],
		'If you and the school do not agree, your child keeps the help they have now until it is worked out.',
		'Mientras usted y la escuela no estén de acuerdo, su hijo/a mantiene los servicios que tiene ahora hasta que se resuelva.'
	),
	g(
		'compensatory-services',
		['compensatory services', 'compensatory education'],
		['servicios compensatorios', 'educación compensatoria'],
		'Make-up help. The school gives it when it did not give what the IEP said it would.',
		'Servicios para recuperar lo perdido cuando la escuela no dio lo que prometía el IEP.'
	),
	g(
		'ferpa',
		['FERPA', 'educational records', 'education records'],
		['expedientes educativos', 'registros educativos'],
		"The law that protects your child's school records and lets you see them.",
		'La ley que protege los expedientes escolares de su hijo/a y le permite verlos.'
	),
	g(
		'age-of-majority',
		['age of majority', 'transfer of rights'],
		['mayoría de edad', 'transferencia de derechos'],
		'At 18 in most states, the student gets the rights in special education. Before that, the parents have them.',
		'A los 18 años en la mayoría de los estados, los derechos de educación especial pasan del padre o madre al estudiante.'
	),
	g(
		'lea-representative',
		['LEA representative', 'district representative', 'LEA'],
		['representante del distrito'],
		'The person at the IEP meeting who can say yes for the school district. They can promise staff and money.',
		'La persona en la reunión del IEP que puede comprometer los servicios y el dinero del distrito escolar.'
	),
	g(
		'ard',
		['ARD', 'admission, review, and dismissal'],
		['comité de admisión, revisión y retiro'],
		'What Texas calls the IEP team and its meeting.',
		'El nombre que se usa en Texas para la reunión y el equipo del IEP: admisión, revisión y retiro.'
	),
	g(
		'ifsp',
		['IFSP', 'individualized family service plan'],
		['plan individualizado de servicios para la familia'],
		'A plan for babies and toddlers, birth to age 3, who have delays. At age 3 it can lead to an IEP.',
		'Un plan para bebés y niños pequeños, de 0 a 3 años, con retrasos. A los 3 años puede llevar a un IEP.'
	),
	g(
		'early-intervention',
		['early intervention', 'Part C'],
		['intervención temprana'],
		'Help for babies and toddlers with delays, from birth to age 3, often at home.',
		'Ayuda para bebés y niños pequeños con retrasos, de 0 a 3 años, muchas veces en casa.'
	),

	// ---- Evaluation and eligibility ----
	g(
		'evaluation',
		['evaluation', 'initial evaluation', 'special education evaluation'],
		['evaluación', 'evaluación inicial'],
		'Tests and watching that show if a child has a disability and what help they need.',
		'Pruebas y observación para saber si un niño o niña tiene una discapacidad y qué ayuda necesita.'
	),
	g(
		'reevaluation',
		['reevaluation', 're-evaluation', 'triennial', 'triennial review'],
		['reevaluación', 'evaluación trienal'],
		'A new evaluation, at least every 3 years. It checks if your child still needs special education and what help fits now.',
		'Una nueva evaluación, por lo menos cada 3 años. Revisa si su hijo/a todavía necesita educación especial y qué ayuda le sirve ahora.'
	),
	g(
		'iee',
		['IEE', 'independent educational evaluation'],
		['evaluación educativa independiente'],
		"Testing by an expert who does not work for the school. You can ask for one at no cost if you disagree with the school's testing.",
		'Una evaluación hecha por un experto que no trabaja para la escuela. Puede pedirla sin costo si no está de acuerdo con la evaluación de la escuela.'
	),
	g(
		'fie',
		['FIE', 'full individual evaluation', 'full and individual initial evaluation'],
		['evaluación individual completa'],
		'What Texas calls the full test for special help at school.',
		'El nombre que se usa en Texas para la evaluación completa de educación especial.'
	),
	g(
		'eligibility',
		['eligibility', 'eligible'],
		['elegibilidad', 'elegible'],
		'If a child can get special education. The child must have a disability. The child must also need special teaching.',
		'Si un niño o niña puede recibir educación especial. Debe tener una discapacidad y necesitar enseñanza especial por ella.'
	),
	g(
		'psychoeducational-evaluation',
		['psychoeducational evaluation', 'psycho-educational evaluation', 'psychological evaluation'],
		['evaluación psicoeducativa', 'evaluación psicológica'],
		'Tests of thinking, learning, memory, and feelings. A school psychologist gives them to learn how your child learns best.',
		'Pruebas de pensamiento, aprendizaje, memoria y emociones hechas por un psicólogo escolar, para entender cómo aprende el niño o niña.'
	),
	g(
		'iq',
		['IQ', 'intelligence quotient', 'cognitive ability'],
		['CI', 'coeficiente intelectual', 'capacidad cognitiva'],
		'A score from a test of thinking skills. It is one piece of information, not the whole picture of a child.',
		'Un puntaje de una prueba de habilidades de pensamiento. Es un dato, no todo lo que su hijo/a es.'
	),
	g(
		'plaafp',
		[
			'PLAAFP',
			'PLAFP',
			'PLOP',
			'PLP',
			'PLEP',
			'present levels of academic achievement and functional performance',
			'present level of performance',
			'present levels'
		],
		[
			'niveles actuales de rendimiento académico y desempeño funcional',
			'nivel actual de desempeño',
			'niveles actuales'
		],
		'The part of the IEP that says what your child can do now, in school work and daily skills. Goals are built from it.',
		'La parte del IEP que dice lo que su hijo/a puede hacer ahora, en lo escolar y en la vida diaria. Las metas salen de ahí.'
	),
	g(
		'norm-referenced',
		['norm-referenced', 'norm-referenced test'],
		['prueba normativa', 'referida a normas'],
		"A test that compares your child's score to many children of the same age or grade.",
		'Una prueba que compara el puntaje de su hijo/a con el de muchos niños de la misma edad o grado.'
	),
	g(
		'criterion-referenced',
		['criterion-referenced', 'criterion-referenced test', 'CRT'],
		['prueba referida a criterios'],
		'A test that checks if a child has learned certain skills, not how they compare to others.',
		'Una prueba que revisa si el niño o niña aprendió ciertas destrezas, no cómo se compara con otros.'
	),
	g(
		'standardized-test',
		['standardized test', 'standardized assessment'],
		['prueba estandarizada', 'examen estandarizado'],
		'A test given and scored the same way for every child, so scores can be compared.',
		'Una prueba que se da y se califica igual para todos, para poder comparar los puntajes.'
	),
	g(
		'standard-score',
		['standard score', 'standardized score', 'scaled score'],
		['puntuación estándar', 'puntaje estándar'],
		'A test score put on a common scale. On many tests, 100 is average and most children score from 85 to 115.',
		'Un puntaje puesto en una escala común. En muchas pruebas, 100 es el promedio y la mayoría saca entre 85 y 115.'
	),
	g(
		'percentile',
		['percentile', 'percentile rank'],
		['percentil', 'rango percentil'],
		'Where a score falls out of 100 children. The 40th percentile means your child did as well as or better than 40 of 100 children.',
		'Dónde queda un puntaje entre 100 niños. El percentil 40 quiere decir que su hijo/a salió igual o mejor que 40 de cada 100 niños.'
	),
	g(
		'age-equivalent',
		['age equivalent', 'grade equivalent'],
		['equivalente de edad', 'equivalente de grado'],
		"The age (or grade) whose average score matches your child's score. It is a rough guide, not exact.",
		'La edad (o el grado) cuyo puntaje promedio es igual al de su hijo/a. Es una guía aproximada, no exacta.'
	),
	g(
		'alternate-assessment',
		['alternate assessment', 'alternate achievement standards'],
		['evaluación alternativa'],
		'A different state test for a small group of students with very serious needs.',
		'Un examen estatal diferente para estudiantes con las discapacidades más severas.'
	),
	g(
		'formative-assessment',
		['formative assessment', 'summative assessment'],
		['evaluación formativa', 'evaluación sumativa'],
		'Formative: small checks during learning. Summative: a bigger test at the end of a unit or year.',
		'Formativa: pequeñas revisiones mientras se aprende. Sumativa: una prueba más grande al final de una unidad o del año.'
	),

	// ---- Disability categories and conditions ----
	g(
		'sld',
		['SLD', 'specific learning disability', 'learning disability', 'LD'],
		['discapacidad específica del aprendizaje', 'discapacidad de aprendizaje'],
		'Trouble with one kind of learning, like reading, writing, or math. The child can learn, but this area is hard.',
		'Dificultad con un tipo de aprendizaje, como leer, escribir o matemáticas, aunque el niño o niña sí puede aprender.'
	),
	g(
		'dyslexia',
		['dyslexia', 'dyslexic'],
		['dislexia', 'disléxico'],
		'A learning disability in reading. It makes it hard to link letters and sounds, read words, and spell. It is not about being smart.',
		'Una discapacidad de aprendizaje en la lectura. Hace difícil unir letras y sonidos, leer palabras y deletrear. No tiene que ver con ser inteligente.'
	),
	g(
		'dyscalculia',
		['dyscalculia'],
		['discalculia'],
		'A learning disability in math. Numbers, math facts, and counting are hard to learn.',
		'Una discapacidad de aprendizaje en matemáticas. Los números, las operaciones básicas y contar son difíciles de aprender.'
	),
	g(
		'dysgraphia',
		['dysgraphia'],
		['disgrafía'],
		'A learning disability in writing. Handwriting and spelling can be hard. So can putting thoughts on paper.',
		'Una discapacidad de aprendizaje en la escritura. La letra, la ortografía y poner ideas en papel pueden ser difíciles.'
	),
	g(
		'adhd',
		[
			'ADHD',
			'attention deficit hyperactivity disorder',
			'attention-deficit/hyperactivity disorder'
		],
		['TDAH', 'trastorno por déficit de atención e hiperactividad'],
		'A condition that makes it hard to pay attention, sit still, or wait. At school it is often served under Other Health Impairment.',
		'Una condición que hace difícil poner atención, quedarse quieto o esperar. En la escuela se atiende muchas veces como Otro Impedimento de Salud.'
	),
	g(
		'asd',
		['ASD', 'autism', 'autism spectrum disorder', 'autistic'],
		['TEA', 'autismo', 'trastorno del espectro autista'],
		'Autism. A difference in how a child talks, plays, and relates to others, often with strong interests or routines.',
		'Autismo. Una diferencia en cómo el niño o niña se comunica, juega y se relaciona, muchas veces con intereses o rutinas muy fuertes.'
	),
	g(
		'ohi',
		['OHI', 'other health impairment'],
		['otro impedimento de salud', 'otros impedimentos de salud'],
		"The group for health problems that make school hard, like ADHD, seizures, or asthma. They can lower a child's energy or focus.",
		'Una categoría para un problema de salud, como TDAH, convulsiones o asma, que hace más difícil la escuela por falta de energía o atención.'
	),
	g(
		'ed',
		[
			'ED',
			'EBD',
			'emotional disturbance',
			'emotional and behavioral disorder',
			'emotional disability'
		],
		['trastorno emocional', 'discapacidad emocional', 'trastorno emocional y de conducta'],
		'The group for a child whose feelings or actions make learning very hard. The problem goes on for a long time.',
		'Una categoría para un niño o niña cuyas emociones o conducta hacen muy difícil aprender, por mucho tiempo.'
	),
	g(
		'id',
		['ID', 'intellectual disability'],
		['discapacidad intelectual', 'DI'],
		'The group for a child who learns more slowly than most children the same age. This shows in thinking and in daily life skills.',
		'Una categoría para un niño o niña que aprende más despacio, en el pensamiento y en la vida diaria, que la mayoría de su edad.'
	),
	g(
		'sli',
		[
			'speech or language impairment',
			'speech-language impairment',
			'speech/language impairment',
			'speech impairment',
			'language impairment',
			'SLI'
		],
		['impedimento del habla o lenguaje', 'trastorno del habla', 'trastorno del lenguaje'],
		'The group for a child who has trouble with speech or language. It may be saying sounds, speaking smoothly, or using words.',
		'Una categoría para un niño o niña con dificultad para decir sonidos, hablar con fluidez, usar la voz, o entender y usar palabras.'
	),
	g(
		'visual-impairment',
		['visual impairment', 'low vision', 'blindness'],
		['discapacidad visual', 'baja visión', 'ceguera'],
		'Trouble seeing, even with glasses. It makes learning harder.',
		'Dificultad para ver, aun con lentes, que afecta el aprendizaje.'
	),
	g(
		'hearing-impairment',
		['hearing impairment', 'deaf', 'deafness', 'hard of hearing', 'DHH'],
		['discapacidad auditiva', 'sordera', 'sordo', 'hipoacusia'],
		'Trouble hearing that affects learning. It can be mild or full deafness.',
		'Dificultad para oír que afecta el aprendizaje. Puede ser leve o sordera total.'
	),
	g(
		'tbi',
		['TBI', 'traumatic brain injury'],
		['lesión cerebral traumática'],
		'A brain injury from an accident or a hit to the head. It can change learning, memory, or behavior.',
		'Una lesión del cerebro por un accidente o un golpe en la cabeza que afecta el aprendizaje, la memoria o la conducta.'
	),
	g(
		'developmental-delay',
		['developmental delay', 'DD'],
		['retraso en el desarrollo'],
		'A young child, often under 9, who is behind in skills like talking, moving, or learning.',
		'Un niño o niña pequeño, por lo general hasta los 9 años, que va atrasado en destrezas como hablar, moverse o aprender.'
	),
	g(
		'multiple-disabilities',
		['multiple disabilities'],
		['discapacidades múltiples'],
		'Having two or more disabilities at the same time. Together they need special help.',
		'Tener dos o más discapacidades a la vez que juntas necesitan ayuda especial.'
	),
	g(
		'twice-exceptional',
		['twice-exceptional', '2e'],
		['doblemente excepcional'],
		'A child who is very bright and also has a disability.',
		'Un niño o niña con altas capacidades que también tiene una discapacidad.'
	),

	// ---- Services, staff and settings ----
	g(
		'special-education',
		['special education', 'special ed', 'SPED', 'SpEd'],
		['educación especial'],
		'Teaching that is planned for a child with a disability. It is free for the family.',
		'Enseñanza planeada para un niño o niña con discapacidad, sin costo para la familia.'
	),
	g(
		'sdi',
		['specially designed instruction', 'SDI'],
		['instrucción especialmente diseñada'],
		"Teaching changed to fit your child's needs: what is taught, how, or where.",
		'Enseñanza cambiada para ajustarse a su hijo/a: qué se enseña, cómo o dónde.'
	),
	g(
		'related-services',
		['related service'],
		['servicio relacionado'],
		'Extra help so a child can learn in special education. Examples are speech, OT, PT, counseling, and the bus.',
		'Servicios extra que ayudan a aprovechar la educación especial, como terapia del habla, terapia ocupacional, fisioterapia, consejería o transporte.'
	),
	g(
		'slp',
		['SLP', 'speech-language pathologist', 'speech and language pathologist', 'speech therapist'],
		['patólogo del habla y lenguaje', 'terapeuta del habla', 'logopeda', 'fonoaudiólogo'],
		'A speech therapist. This person helps with talking, speech sounds, words, listening, and using language with others.',
		'Terapeuta del habla. Ayuda con el habla, los sonidos, las palabras, escuchar y usar el lenguaje con otros.',
		{ en: 'speech therapist', es: 'terapeuta del habla' }
	),
	g(
		'speech-therapy',
		['speech therapy', 'speech-language therapy', 'speech and language services'],
		['terapia del habla', 'terapia de lenguaje'],
		'Lessons with a speech therapist to help a child talk, understand, and use language.',
		'Sesiones con un terapeuta del habla para ayudar a hablar, entender y usar el lenguaje.'
	),
	g(
		'ot',
		['OT', 'occupational therapy', 'occupational therapist'],
		['terapia ocupacional', 'terapeuta ocupacional', 'TO'],
		'Help with hand and body skills for school and daily life. It can help with writing, cutting, dressing, and senses.',
		'Ayuda con destrezas de las manos y del cuerpo para la escuela y la vida diaria, como escribir, recortar, vestirse y manejar los sentidos.',
		{ en: 'occupational therapy', es: 'terapia ocupacional' }
	),
	g(
		'pt',
		['PT', 'physical therapy', 'physical therapist'],
		['fisioterapia', 'terapia física', 'fisioterapeuta', 'terapeuta físico'],
		'Help with big body moves, like walking, balance, and stairs. It helps a child move safely at school.',
		'Ayuda con los movimientos grandes del cuerpo, como caminar, el equilibrio, subir escaleras y moverse con seguridad en la escuela.',
		{ en: 'physical therapy', es: 'fisioterapia' }
	),
	g(
		'counseling',
		['counseling', 'counselling', 'school counselor'],
		['consejería', 'consejero escolar', 'orientador escolar'],
		'Meetings with a counselor to talk about feelings, friends, and problems. The child learns ways to cope.',
		'Reuniones con un consejero para hablar de emociones, amigos y problemas, y aprender formas de manejarlos.'
	),
	g(
		'social-worker',
		['school social worker', 'social worker'],
		['trabajador social', 'trabajadora social'],
		'A staff member who helps with feelings and family needs. They can also link families to help in town.',
		'Una persona de la escuela que ayuda con las emociones y las necesidades de la familia, y la conecta con ayuda en la comunidad.'
	),
	g(
		'school-psychologist',
		['school psychologist', 'psychologist'],
		['psicólogo escolar', 'psicóloga escolar'],
		'A staff member who tests learning and thinking, and helps with behavior and feelings.',
		'Una persona de la escuela que evalúa el aprendizaje y el pensamiento, y ayuda con la conducta y las emociones.'
	),
	g(
		'bcba',
		['BCBA', 'board certified behavior analyst', 'behavior analyst', 'behavior specialist'],
		['analista de conducta', 'especialista en conducta'],
		'An expert in behavior. They study why a behavior happens and help write behavior plans.',
		'Un experto en conducta que estudia por qué pasa una conducta y ayuda a escribir planes de conducta.'
	),
	g(
		'paraprofessional',
		[
			'paraprofessional',
			'paraeducator',
			'instructional aide',
			'teacher aide',
			'one-to-one aide',
			'1:1 aide'
		],
		['paraprofesional', 'asistente de instrucción', 'asistente educativo'],
		"A trained helper who works with students under a teacher's direction.",
		'Un ayudante capacitado que trabaja con los estudiantes bajo la dirección de un maestro.'
	),
	g(
		'case-manager',
		['case manager', 'case carrier'],
		['coordinador del caso', 'encargado del caso'],
		"The staff member who keeps your child's IEP on track and is your main contact.",
		'La persona de la escuela que lleva el IEP de su hijo/a y es su contacto principal.'
	),
	g(
		'general-education',
		['general education', 'gen ed', 'regular education', 'general curriculum'],
		['educación general', 'currículo general'],
		'The regular classes and lessons that most students have.',
		'Las clases y lecciones regulares que tiene la mayoría de los estudiantes.'
	),
	g(
		'inclusion',
		['inclusion', 'inclusive', 'mainstream'],
		['inclusivo', 'integración escolar', 'inclusión educativa'],
		'Children with disabilities learning in regular classes with their classmates. They get the help they need there.',
		'Niños con discapacidades que aprenden en clases regulares con sus compañeros, con la ayuda que necesitan.'
	),
	g(
		'resource-room',
		['resource room', 'resource class', 'resource program'],
		['aula de recursos', 'salón de recursos'],
		'A small class where a special education teacher helps with some subjects. The child goes there for part of the day.',
		'Una clase pequeña donde un maestro de educación especial ayuda con algunas materias durante parte del día.'
	),
	g(
		'push-in',
		['push-in'],
		['servicio dentro del aula'],
		"The specialist comes into your child's regular class to help there.",
		'El especialista entra a la clase regular de su hijo/a para ayudar allí.'
	),
	g(
		'pull-out',
		['pull-out'],
		['servicio fuera del aula'],
		'Your child leaves the regular class for a short time. They work with a specialist in another room.',
		'Su hijo/a sale de la clase regular un rato para trabajar con un especialista en otro salón.'
	),
	g(
		'self-contained',
		['self-contained classroom', 'self-contained class', 'special day class', 'SDC'],
		['aula autónoma', 'clase especial'],
		'A special education class. The children spend most or all of the day there with a special education teacher.',
		'Una clase de educación especial donde los niños pasan casi todo o todo el día con un maestro de educación especial.'
	),
	g(
		'co-teaching',
		['co-teaching', 'co-taught class', 'collaborative teaching'],
		['coenseñanza', 'enseñanza compartida'],
		'Two teachers teach the same class together. One is a regular teacher and one is a special education teacher.',
		'Dos maestros, uno regular y uno de educación especial, enseñan juntos la misma clase.'
	),
	g(
		'consultation',
		['consultation', 'consult services'],
		['servicios de consulta'],
		'A specialist helps the teacher plan for your child. The specialist does not work with your child directly.',
		'Un especialista ayuda al maestro a planear para su hijo/a, en vez de trabajar directamente con su hijo/a.'
	),
	g(
		'esy',
		['ESY', 'extended school year'],
		['año escolar extendido'],
		'Special education services in the summer or on long breaks. They help a child who might lose skills over the break.',
		'Servicios de educación especial en el verano o en vacaciones largas, para un niño o niña que podría perder destrezas en ese tiempo.',
		{ en: 'summer services', es: 'servicios de verano' }
	),
	g(
		'special-transportation',
		['special transportation'],
		['transporte especial'],
		"A bus or ride to school set up for your child's needs, as a related service.",
		'Un autobús o transporte a la escuela preparado para las necesidades de su hijo/a, como servicio relacionado.'
	),
	g(
		'mtss',
		['MTSS', 'multi-tiered system of support'],
		['sistema de apoyo de múltiples niveles', 'sistema de apoyos de varios niveles'],
		'A school plan that gives every child good teaching, and more help in steps (tiers) to children who need it.',
		'Un plan de la escuela que da buena enseñanza a todos, y más ayuda por pasos (niveles) a quien la necesita.'
	),
	g(
		'rti',
		['RTI', 'RtI', 'response to intervention', 'response to instruction'],
		['respuesta a la intervención'],
		'A way of giving extra help in steps and checking often if it works. It can show that a child may need testing.',
		'Una forma de dar ayuda extra por pasos y revisar seguido si funciona. Puede mostrar que un niño o niña necesita una evaluación.'
	),
	g(
		'sst',
		['SST', 'student study team', 'student success team', 'student support team'],
		['equipo de estudio del estudiante', 'equipo de éxito estudiantil'],
		'A school team that meets about a student who is having a hard time. They plan extra help, often before special education.',
		'Un equipo de la escuela que se reúne sobre un estudiante con dificultades. Planea ayuda extra, muchas veces antes de la educación especial.'
	),
	g(
		'tier-1',
		['tier 1', 'tier one'],
		['nivel 1'],
		'Good teaching for all children in the regular class.',
		'Buena enseñanza para todos los niños en la clase regular.'
	),
	g(
		'tier-2',
		['tier 2', 'tier two'],
		['nivel 2'],
		'Extra help in a small group for children who need more than the regular class gives.',
		'Ayuda extra en grupo pequeño para niños que necesitan más de lo que da la clase regular.'
	),
	g(
		'tier-3',
		['tier 3', 'tier three'],
		['nivel 3'],
		'The most help. It is very focused teaching, often one-on-one or in a very small group. Progress is checked often.',
		'La mayor ayuda: enseñanza muy enfocada, muchas veces uno a uno o en un grupo muy pequeño, revisada seguido.'
	),
	g(
		'intervention',
		['intervention'],
		['intervención'],
		'Extra, planned teaching to help with a skill a child is behind in.',
		'Enseñanza extra y planeada para ayudar con una destreza en la que el niño o niña va atrasado.'
	),
	g(
		'evidence-based',
		['evidence-based', 'research-based', 'scientifically based'],
		['basado en evidencia', 'basado en la investigación'],
		'A way of teaching that research has shown works.',
		'Una forma de enseñar que la investigación ha mostrado que funciona.'
	),
	g(
		'fidelity',
		['fidelity', 'implementation fidelity'],
		['fidelidad'],
		'Doing a program or plan the way it is meant to be done, every time.',
		'Hacer un programa o plan de la forma en que debe hacerse, cada vez.'
	),
	g(
		'transition-plan',
		['transition plan', 'transition service', 'postsecondary goal', 'post-secondary goal'],
		['plan de transición', 'servicios de transición', 'meta postsecundaria'],
		'The part of the IEP about life after high school: more school, a job, and living on your own. It must start by age 16.',
		'La parte del IEP sobre la vida después de la secundaria: más estudios, trabajo y vivir por su cuenta. Debe empezar a más tardar a los 16 años.'
	),
	g(
		'transition-assessment',
		['transition assessment', 'interest inventory'],
		['evaluación de transición', 'inventario de intereses'],
		'Surveys and tests that help a teen find their interests, strengths, and needs for life after high school.',
		'Encuestas y pruebas que ayudan a un joven a conocer sus intereses, fortalezas y necesidades para después de la secundaria.'
	),
	g(
		'vocational',
		['vocational', 'vocational training', 'job coach', 'supported employment'],
		['vocacional', 'formación vocacional', 'preparador laboral', 'empleo con apoyo'],
		'Training for a job and work skills, sometimes with a coach at the job.',
		'Preparación para un trabajo y destrezas laborales, a veces con un entrenador en el trabajo.'
	),
	g(
		'self-advocacy',
		['self-advocacy', 'self-advocate'],
		['autodefensa', 'abogar por sí mismo'],
		'Knowing your needs and asking for what helps you, like asking for extra time.',
		'Conocer sus necesidades y pedir lo que le ayuda, como pedir más tiempo.'
	),
	g(
		'self-determination',
		['self-determination'],
		['autodeterminación'],
		'Making your own choices and plans for your life, and working toward them.',
		'Tomar sus propias decisiones y planes de vida, y trabajar para lograrlos.'
	),
	g(
		'manifestation-determination',
		['manifestation determination', 'manifestation determination review', 'MDR'],
		['determinación de manifestación', 'revisión de determinación de manifestación'],
		"A meeting before a long suspension or a school change for discipline. The team decides if the behavior came from the child's disability. They also check if the school did not follow the IEP.",
		'Una reunión antes de una suspensión larga o un cambio de escuela por disciplina. El equipo decide si la conducta fue causada por la discapacidad, o porque la escuela no siguió el IEP.'
	),
	g(
		'suspension',
		['suspension', 'out-of-school suspension', 'in-school suspension'],
		['suspensión escolar', 'expulsión temporal'],
		'Keeping a child out of class or school for a time as discipline. After 10 days, special rules protect children with IEPs.',
		'Sacar a un niño o niña de la clase o de la escuela por un tiempo como disciplina. Después de 10 días, hay reglas especiales que protegen a los niños con IEP.'
	),
	g(
		'restraint-seclusion',
		['restraint', 'seclusion'],
		['restricción física', 'aislamiento'],
		'Holding a child so they cannot move, or keeping a child alone in a room. Schools may use these only in an emergency and must tell you.',
		'Sujetar a un niño o niña para que no se mueva, o dejarlo solo en un cuarto. La escuela solo puede hacerlo en una emergencia y debe avisarle.'
	),

	// ---- Accommodations, modifications and supports ----
	g(
		'accommodations',
		['accommodation', 'accommodate'],
		['adaptación', 'acomodación', 'acomodaciones'],
		'A change in HOW your child learns or shows what they know, like extra time or a quiet room. Your child still learns the same things as the class.',
		'Un cambio en CÓMO su hijo/a aprende o muestra lo que sabe, como más tiempo o un lugar tranquilo. Aprende lo mismo que la clase.'
	),
	g(
		'modifications',
		['modification', 'modify', 'modifying', 'modified curriculum'],
		['modificación', 'modificaciones'],
		'A change in WHAT your child is expected to learn, like fewer or easier problems. Your child learns less or different things than the class.',
		'Un cambio en QUÉ se espera que su hijo/a aprenda, como menos problemas o más fáciles. Aprende menos o cosas diferentes que la clase.'
	),
	g(
		'extended-time',
		['extended time', 'extra time'],
		['tiempo adicional', 'tiempo extendido'],
		'More time than usual to finish tests or work. It is a common accommodation.',
		'Más tiempo de lo normal para terminar pruebas o trabajos. Es una adaptación común.'
	),
	g(
		'preferential-seating',
		['preferential seating'],
		['asiento preferencial', 'ubicación preferencial'],
		'Sitting in the best spot to learn, like near the teacher or away from noise.',
		'Sentarse en el mejor lugar para aprender, como cerca del maestro o lejos del ruido.'
	),
	g(
		'assistive-technology',
		['assistive technology', 'AT'],
		['tecnología de asistencia', 'tecnología asistiva'],
		'Tools that help a child learn or do tasks. Examples are a tablet that reads aloud, a pencil grip, or a talking device.',
		'Herramientas que ayudan a aprender o hacer tareas, como una tableta que lee en voz alta, un adaptador de lápiz o un aparato que habla.'
	),
	g(
		'aac',
		[
			'AAC',
			'augmentative and alternative communication',
			'augmentative communication',
			'communication device',
			'speech-generating device',
			'SGD'
		],
		['comunicación aumentativa y alternativa', 'CAA', 'dispositivo de comunicación'],
		'Ways to communicate besides speech. Examples are pictures, sign language, or a device that talks.',
		'Formas de comunicarse además del habla, como dibujos, lengua de señas o un aparato que habla.',
		{ en: 'talking device or picture board', es: 'aparato que habla o tablero de dibujos' }
	),
	g(
		'pecs',
		['PECS', 'Picture Exchange Communication System'],
		['sistema de comunicación por intercambio de imágenes'],
		'A way to communicate with pictures. The child hands a picture to a person to ask for something.',
		'Una forma de comunicarse dando un dibujo a otra persona para pedir algo.'
	),
	g(
		'core-vocabulary',
		['core vocabulary', 'core word'],
		['vocabulario básico', 'vocabulario núcleo'],
		"The small set of words used most often, like 'go', 'more', and 'stop'.",
		"El pequeño grupo de palabras que más se usan, como 'ir', 'más' y 'parar'."
	),
	g(
		'visual-supports',
		['visual support', 'visual prompt', 'visual cue', 'visual schedule'],
		['apoyo visual', 'indicación visual', 'horario visual'],
		'A picture, list, or sign that helps the child know what to do or what comes next.',
		'Un dibujo, lista o letrero que ayuda al niño o niña a saber qué hacer o qué sigue.'
	),
	g(
		'graphic-organizer',
		['graphic organizer', 'graphic organiser'],
		['organizador gráfico'],
		'A chart or drawing that helps a child sort ideas before writing or while reading.',
		'Un cuadro o dibujo que ayuda a ordenar ideas antes de escribir o mientras se lee.'
	),
	g(
		'manipulatives',
		['manipulative', 'math manipulative'],
		['material manipulativo', 'materiales manipulativos'],
		'Objects a child can touch and move, like blocks or counters, to learn math.',
		'Objetos que el niño o niña puede tocar y mover, como bloques o fichas, para aprender matemáticas.'
	),
	g(
		'text-to-speech',
		['text-to-speech', 'read-aloud', 'audiobook'],
		['texto a voz', 'lectura en voz alta'],
		'Tools or people that read text out loud to the child.',
		'Herramientas o personas que le leen el texto en voz alta al niño o niña.'
	),
	g(
		'speech-to-text',
		['speech-to-text', 'dictation'],
		['voz a texto', 'dictado'],
		'Saying words out loud so a device or a person writes them down.',
		'Decir las palabras en voz alta para que un aparato o una persona las escriba.'
	),
	g(
		'scribe',
		['scribe'],
		['escriba', 'persona que escribe por el alumno'],
		"An adult who writes down the child's spoken answers.",
		'Un adulto que escribe las respuestas que el niño o niña dice en voz alta.'
	),
	g(
		'chunking',
		['chunking', 'chunked'],
		['dividir en partes', 'fragmentar'],
		'Breaking work into smaller parts so it feels less hard.',
		'Dividir el trabajo en partes más pequeñas para que sea menos difícil.'
	),
	g(
		'scaffolding',
		['scaffolding', 'scaffold'],
		['andamiaje'],
		'Extra support given while a child learns a skill, then taken away bit by bit.',
		'Apoyo extra que se da mientras se aprende una destreza y luego se va quitando poco a poco.'
	),
	g(
		'differentiated-instruction',
		['differentiated instruction', 'differentiation'],
		['instrucción diferenciada', 'diferenciación'],
		'Teaching the same lesson in different ways so each child can learn.',
		'Enseñar la misma lección de distintas maneras para que cada niño pueda aprender.'
	),
	g(
		'udl',
		['UDL', 'universal design for learning'],
		['diseño universal para el aprendizaje', 'DUA'],
		'Planning lessons from the start so all students can learn. There are many ways to take in ideas and show what you know.',
		'Planear las clases desde el inicio para que todos aprendan, con muchas formas de recibir las ideas y mostrar lo aprendido.'
	),
	g(
		'multisensory',
		['multisensory', 'multi-sensory', 'Orton-Gillingham'],
		['multisensorial'],
		'Teaching that uses seeing, hearing, touch, and movement together. It is often used for reading.',
		'Enseñanza que usa juntos la vista, el oído, el tacto y el movimiento. Se usa mucho para la lectura.'
	),
	g(
		'fidget',
		['fidget', 'fidget tool'],
		['juguete sensorial para las manos'],
		'A small object to hold or squeeze that can help some children focus.',
		'Un objeto pequeño para sostener o apretar que ayuda a algunos niños a concentrarse.'
	),
	g(
		'break-card',
		['break card', 'break request'],
		['tarjeta de descanso'],
		'A card a child can show to ask for a short break instead of acting out.',
		'Una tarjeta que el niño o niña puede mostrar para pedir un descanso corto en vez de portarse mal.'
	),
	g(
		'first-then',
		['first-then board'],
		['tablero primero-después'],
		"A picture card that shows 'first' a task and 'then' something the child likes.",
		"Una tarjeta con dibujos que muestra 'primero' una tarea y 'después' algo que le gusta."
	),

	// ---- Prompts and teaching methods ----
	g(
		'prompt',
		['prompt', 'cue', 'cueing'],
		['indicación', 'señal de apoyo'],
		'A hint or help from an adult so the child can do a skill. Prompts can be words, pointing, showing, or touch.',
		'Una pista o ayuda de un adulto para que el niño o niña pueda hacer una destreza. Puede ser con palabras, señalando, mostrando o tocando.',
		{ en: 'hint', es: 'pista' }
	),
	g(
		'prompt-hierarchy',
		['prompt hierarchy', 'prompt level', 'least-to-most prompting', 'most-to-least prompting'],
		['jerarquía de indicaciones', 'niveles de apoyo'],
		'The order of hints, from most help to least help. The aim is to use less help over time until the child does it alone.',
		'El orden de las pistas, de más ayuda a menos ayuda. La idea es usar menos ayuda con el tiempo hasta que lo haga solo.'
	),
	g(
		'verbal-prompt',
		['verbal prompt', 'verbal cue', 'verbal reminder'],
		['indicación verbal', 'apoyo verbal'],
		"A hint in words, like 'What comes next?' or 'Look at the sign.'",
		"Una pista con palabras, como '¿Qué sigue?' o 'Mira el letrero'."
	),
	g(
		'gestural-prompt',
		['gestural prompt', 'gestural cue', 'gesture prompt'],
		['indicación gestual', 'apoyo gestual'],
		'A hint with the body, like pointing, nodding, or looking at the right answer.',
		'Una pista con el cuerpo, como señalar, asentir o mirar la respuesta correcta.'
	),
	g(
		'physical-prompt',
		['physical prompt', 'physical assistance', 'hand-over-hand', 'hand-under-hand'],
		['apoyo físico', 'indicación física', 'mano sobre mano'],
		"A hint by touch. An adult guides the child's hand or body to help do the skill.",
		'Una pista con el tacto. Un adulto guía la mano o el cuerpo del niño o niña para ayudarle.'
	),
	g(
		'full-prompt',
		['full prompt', 'full physical prompt', 'full assistance'],
		['apoyo total', 'indicación total'],
		'The most help. The adult does almost all of the skill with the child.',
		'La mayor ayuda. El adulto hace casi toda la destreza junto con el niño o niña.'
	),
	g(
		'partial-prompt',
		['partial prompt', 'partial physical prompt', 'partial assistance'],
		['apoyo parcial', 'indicación parcial'],
		'Some help, but not all, like a light touch on the elbow to get started.',
		'Algo de ayuda, pero no toda, como tocar un poco el codo para empezar.'
	),
	g(
		'prompt-fading',
		['prompt fading', 'fading'],
		['desvanecimiento de apoyos', 'retiro gradual de apoyos'],
		'Giving less and less help over time, so the child learns to do the skill alone.',
		'Dar cada vez menos ayuda con el tiempo, para que el niño o niña aprenda a hacerlo solo.'
	),
	g(
		'modeling',
		['modeling', 'modelling', 'model'],
		['modelado', 'modelar'],
		'Showing how to do something so the child can copy it.',
		'Mostrar cómo se hace algo para que el niño o niña lo copie.'
	),
	g(
		'task-analysis',
		['task analysis'],
		['análisis de tareas'],
		'Breaking a skill into small steps, like the steps of washing hands, and teaching them one by one.',
		'Dividir una destreza en pasos pequeños, como los pasos para lavarse las manos, y enseñarlos uno por uno.'
	),
	g(
		'discrete-trial',
		['discrete trial training', 'discrete trial', 'DTT'],
		['enseñanza por ensayos discretos'],
		'Teaching one small skill at a time, in short, repeated tries, with a reward for each right answer.',
		'Enseñar una destreza pequeña a la vez, con intentos cortos y repetidos, y un premio por cada respuesta correcta.'
	),
	g(
		'errorless-learning',
		['errorless learning', 'errorless teaching'],
		['aprendizaje sin errores'],
		'Teaching with enough help that the child gets it right, then slowly taking the help away.',
		'Enseñar con suficiente ayuda para que el niño o niña acierte, y luego quitar la ayuda poco a poco.'
	),
	g(
		'aba',
		['ABA', 'applied behavior analysis'],
		['análisis conductual aplicado', 'análisis aplicado de la conducta'],
		'A way of teaching that breaks skills into steps and uses rewards. It is based on the science of behavior.',
		'Una forma de enseñar que divide las destrezas en pasos y usa premios. Se basa en la ciencia de la conducta.'
	),

	// ---- Measuring progress ----
	g(
		'trial',
		['trial'],
		['intento', 'ensayo'],
		"One try at a task. '4 out of 5 trials' means the child did it right 4 times out of 5 tries.",
		"Un intento de hacer una tarea. '4 de 5 intentos' quiere decir que lo hizo bien 4 veces de 5."
	),
	g(
		'opportunity',
		['opportunity'],
		['oportunidad'],
		"A chance to use a skill. '80% of opportunities' means 8 out of every 10 chances.",
		"Una ocasión para usar una destreza. '80% de las oportunidades' quiere decir 8 de cada 10 ocasiones."
	),
	g(
		'baseline',
		['baseline'],
		['línea de base', 'punto de partida'],
		"Where your child's skill is now, before the new teaching. Progress is compared to it.",
		'Dónde está la destreza de su hijo/a ahora, antes de la nueva enseñanza. El progreso se compara con eso.'
	),
	g(
		'benchmark',
		['benchmark', 'short-term objective'],
		['punto de referencia', 'objetivo a corto plazo'],
		'A smaller step on the way to a yearly goal. It shows if your child is on track.',
		'Un paso más pequeño en el camino a la meta del año. Muestra si su hijo/a va bien encaminado.'
	),
	g(
		'criterion',
		['criterion', 'criteria', 'mastery criterion'],
		['criterio'],
		"The level your child must reach to meet the goal, like '80% accuracy' or '4 out of 5 tries'.",
		"El nivel que su hijo/a debe alcanzar para cumplir la meta, como '80% de precisión' o '4 de 5 intentos'."
	),
	g(
		'mastery',
		['mastery', 'mastered'],
		['dominio', 'dominar'],
		'When a child can do a skill well and on their own, many times in a row.',
		'Cuando el niño o niña puede hacer una destreza bien y solo, muchas veces seguidas.'
	),
	g(
		'accuracy',
		['accuracy', 'accurate'],
		['precisión', 'exactitud'],
		"How often the answers are right. '90% accuracy' means 90 out of 100 right.",
		"Qué tan seguido las respuestas son correctas. '90% de precisión' quiere decir 90 de cada 100 bien."
	),
	g(
		'consecutive',
		['consecutive', 'in a row'],
		['consecutivo', 'seguidos'],
		'One right after another, with no breaks between.',
		'Uno detrás de otro, sin pausas entre ellos.'
	),
	g(
		'probe',
		['probe'],
		['prueba corta', 'sondeo'],
		'A short, quick test of one skill. It is given often to see progress.',
		'Una prueba corta y rápida de una destreza. Se da seguido para ver el progreso.',
		{ en: 'short test', es: 'prueba corta' }
	),
	g(
		'cbm',
		[
			'CBM',
			'curriculum-based measurement',
			'curriculum-based measure',
			'curriculum-based assessment',
			'CBA'
		],
		['medición basada en el currículo', 'evaluación basada en el currículo'],
		'Short, timed tests made from school lessons. They are given often to check progress.',
		'Pruebas cortas y cronometradas hechas con las lecciones de la escuela. Se dan seguido para revisar el progreso.',
		{ en: 'short timed school tests', es: 'pruebas cortas con tiempo' }
	),
	g(
		'wcpm',
		[
			'WCPM',
			'CWPM',
			'words correct per minute',
			'correct words per minute',
			'words read correctly per minute'
		],
		['palabras correctas por minuto', 'PCPM'],
		'Words read correctly in one minute. It is a common way to measure reading fluency.',
		'Palabras leídas bien en un minuto. Es una forma común de medir la fluidez lectora.',
		{ en: 'words read correctly in one minute', es: 'palabras leídas bien en un minuto' }
	),
	g(
		'wpm',
		['WPM', 'wpm', 'words per minute'],
		['palabras por minuto'],
		'How many words are read, or written, in one minute.',
		'Cuántas palabras se leen, o se escriben, en un minuto.',
		{ en: 'words in one minute', es: 'palabras en un minuto' }
	),
	g(
		'dibels',
		['DIBELS', 'Acadience'],
		['pruebas DIBELS'],
		'A set of short reading tests given a few times a year to see if a child is on track.',
		'Un grupo de pruebas cortas de lectura que se dan unas veces al año para ver si el niño o niña va bien.'
	),
	g(
		'running-record',
		['running record'],
		['registro de lectura'],
		'The teacher listens to a child read and marks each word right or wrong, to see reading level and errors.',
		'El maestro escucha leer al niño o niña y marca cada palabra bien o mal, para ver su nivel y sus errores.'
	),
	g(
		'lexile',
		['Lexile'],
		['nivel Lexile'],
		'A number that shows how hard a text is, or what level a child can read.',
		'Un número que muestra qué tan difícil es un texto, o a qué nivel puede leer el niño o niña.'
	),
	g(
		'progress-monitoring',
		['progress monitoring', 'data collection'],
		['monitoreo del progreso', 'seguimiento del progreso', 'recolección de datos'],
		'Checking a skill often, with short tests or notes, to see if the teaching is working.',
		'Revisar una destreza seguido, con pruebas cortas o notas, para ver si la enseñanza funciona.'
	),
	g(
		'progress-report',
		['progress report', 'IEP progress report'],
		['informe de progreso', 'reporte de progreso'],
		'A note to you about how your child is doing on each goal. It comes at least as often as report cards.',
		'Una nota para usted sobre cómo va su hijo/a en cada meta. Llega por lo menos tan seguido como las boletas de calificaciones.'
	),
	g(
		'work-sample',
		['work sample'],
		['muestra de trabajo'],
		'Real schoolwork your child did, saved to show progress.',
		'Trabajos reales que hizo su hijo/a, guardados para mostrar el progreso.'
	),
	g(
		'observation',
		['observation', 'teacher observation', 'direct observation', 'observation checklist'],
		['observación', 'observación directa'],
		'Staff watch your child and write down what they see, often on a checklist.',
		'El personal observa a su hijo/a y anota lo que ve, muchas veces en una lista.'
	),
	g(
		'teacher-charted',
		['teacher-charted data', 'teacher-charted', 'charted data', 'data chart'],
		['datos registrados por el maestro', 'gráfica de datos'],
		'Notes the teacher writes down and puts on a chart, to see progress over time.',
		'Notas que el maestro escribe y pone en una gráfica, para ver el progreso con el tiempo.'
	),
	g(
		'rubric',
		['rubric'],
		['rúbrica'],
		'A scoring guide that lists what good work looks like at each level.',
		'Una guía para calificar que dice cómo se ve un buen trabajo en cada nivel.'
	),
	g(
		'checklist',
		['checklist'],
		['lista de verificación', 'lista de control'],
		'A list of steps or skills that staff check off as your child does them.',
		'Una lista de pasos o destrezas que el personal marca cuando su hijo/a los hace.'
	),
	g(
		'interval-recording',
		[
			'interval',
			'interval recording',
			'partial interval',
			'whole interval',
			'momentary time sampling'
		],
		['intervalo', 'registro por intervalos'],
		'A way to measure behavior. Time is split into short blocks, and staff mark if the behavior happened in each block.',
		'Una forma de medir la conducta. El tiempo se divide en bloques cortos y el personal marca si la conducta pasó en cada bloque.'
	),
	g(
		'frequency',
		['frequency', 'frequency count'],
		['frecuencia'],
		'How often something happens, like 3 times a day.',
		'Qué tan seguido pasa algo, como 3 veces al día.'
	),
	g(
		'duration',
		['duration'],
		['duración'],
		'How long something lasts, like 10 minutes.',
		'Cuánto dura algo, como 10 minutos.'
	),
	g(
		'latency',
		['latency'],
		['latencia'],
		'How long it takes a child to start after being asked.',
		'Cuánto tarda el niño o niña en empezar después de que se le pide.'
	),
	g(
		'grade-level',
		['grade level'],
		['nivel de grado', 'nivel del grado'],
		'What most children in that grade are expected to know and do.',
		'Lo que se espera que sepan y hagan la mayoría de los niños de ese grado.'
	),
	g(
		'instructional-level',
		['instructional level', 'independent level', 'frustration level'],
		['nivel de instrucción', 'nivel independiente', 'nivel de frustración'],
		"How hard a text is for a child. 'Independent' is easy alone, 'instructional' is OK with some help, and 'frustration' is too hard.",
		"Qué tan difícil es un texto para el niño o niña. 'Independiente' es fácil solo, 'de instrucción' es posible con algo de ayuda, y 'de frustración' es muy difícil."
	),
	g(
		'language-sample',
		['language sample'],
		['muestra de lenguaje'],
		'A recording of a child talking, used to count and study their words and sentences.',
		'Una grabación del niño o niña hablando, que se usa para contar y estudiar sus palabras y oraciones.'
	),
	g(
		'mlu',
		['MLU', 'mean length of utterance'],
		['longitud media del enunciado', 'LME'],
		"The average number of words, or word parts, in a child's sentences. It shows how language is growing.",
		'El número promedio de palabras, o partes de palabras, en las oraciones del niño o niña. Muestra cómo crece su lenguaje.'
	),

	// ---- Reading, writing and math ----
	g(
		'fluency',
		['fluency', 'fluent', 'reading fluency', 'oral reading fluency', 'ORF'],
		['fluidez', 'fluidez lectora'],
		'Reading, or doing math, smoothly and quickly, with few mistakes.',
		'Leer, o hacer matemáticas, con soltura, rapidez y sin errores, sin detenerse mucho.'
	),
	g(
		'decoding',
		['decode'],
		['decodificación', 'decodificar'],
		'Using letter sounds to sound out and read a word.',
		'Usar los sonidos de las letras para leer una palabra.'
	),
	g(
		'encoding',
		['encode'],
		['codificación', 'codificar'],
		'Using letter sounds to spell a word.',
		'Usar los sonidos de las letras para escribir una palabra.'
	),
	g(
		'phonemic-awareness',
		['phonemic awareness', 'phonological awareness'],
		['conciencia fonémica', 'conciencia fonológica'],
		"Hearing and playing with the small sounds in spoken words, like knowing 'cat' starts with a /k/ sound.",
		"Oír y jugar con los sonidos pequeños de las palabras habladas, como saber que 'casa' empieza con el sonido /k/."
	),
	g(
		'phonics',
		['phonics'],
		['fonética', 'método fonético'],
		'Knowing which letters make which sounds, and using that to read and spell.',
		'Saber qué sonido hace cada letra, y usarlo para leer y escribir.'
	),
	g(
		'sight-words',
		['sight word', 'high-frequency word', 'Dolch'],
		['palabras de uso frecuente', 'palabras a primera vista'],
		"Common words a child learns to read at a glance, like 'the' and 'said'.",
		'Palabras comunes que se aprenden a leer de un vistazo, como "el" y "dijo".'
	),
	g(
		'multisyllabic',
		['multisyllabic', 'multi-syllabic'],
		['multisilábico', 'palabras de varias sílabas'],
		"Words with more than one syllable (beat), like 'basket' or 'elephant'.",
		"Palabras con más de una sílaba, como 'pelota' o 'elefante'."
	),
	g(
		'reading-comprehension',
		['reading comprehension', 'comprehension'],
		['comprensión lectora', 'comprensión de lectura', 'comprensión'],
		'Understanding what you read, like who, what, why, and the main idea.',
		'Entender lo que se lee, como quién, qué, por qué y la idea principal.'
	),
	g(
		'main-idea',
		['main idea'],
		['idea principal'],
		'What a text is mostly about.',
		'De qué trata principalmente un texto.'
	),
	g(
		'inference',
		['inference', 'inferential', 'infer'],
		['inferencia', 'inferir', 'inferencial'],
		'Figuring out something the text does not say, using clues.',
		'Deducir algo que el texto no dice, usando pistas.'
	),
	g(
		'wh-questions',
		['wh-question'],
		['preguntas de qué, quién y dónde'],
		'Questions that start with who, what, where, when, and why.',
		'Preguntas que empiezan con quién, qué, dónde, cuándo y por qué.'
	),
	g(
		'vocabulary',
		['vocabulary', 'context clue'],
		['vocabulario', 'pistas del contexto'],
		'The words a child knows and uses. Context clues are hints in the text that help explain a new word.',
		'Las palabras que el niño o niña conoce y usa. Las pistas del contexto son ayudas en el texto que explican una palabra nueva.'
	),
	g(
		'written-expression',
		['written expression', 'written language'],
		['expresión escrita', 'lenguaje escrito'],
		'How well a child puts ideas on paper. This means sentences, order, spelling, and marks like commas.',
		'Poner ideas por escrito: oraciones, orden de las ideas, ortografía y puntuación.'
	),
	g(
		'math-computation',
		['math computation', 'computation', 'math calculation'],
		['cálculo matemático', 'cómputo'],
		'Doing math problems: plus, minus, times, and divide.',
		'Hacer operaciones como sumar, restar, multiplicar y dividir.'
	),
	g(
		'math-problem-solving',
		['math problem solving', 'math reasoning', 'word problem', 'story problem'],
		['razonamiento matemático', 'problema verbal', 'problema escrito'],
		'Using math to solve problems told in words or from real life.',
		'Usar las matemáticas para resolver problemas contados con palabras o de la vida real.'
	),
	g(
		'number-sense',
		['number sense'],
		['sentido numérico'],
		'Understanding numbers. It means knowing how big they are, how they compare, and how they work together.',
		'Entender los números: qué tan grandes son, cómo se comparan y cómo funcionan juntos.'
	),
	g(
		'one-to-one-correspondence',
		['one-to-one correspondence', '1:1 correspondence'],
		['correspondencia uno a uno'],
		'Counting each object once, touching one object for each number said.',
		'Contar cada objeto una sola vez, tocando un objeto por cada número que se dice.'
	),
	g(
		'subitize',
		['subitize'],
		['subitizar'],
		'Knowing how many objects are in a small group at a glance, without counting.',
		'Saber cuántos objetos hay en un grupo pequeño con solo mirar, sin contar.'
	),

	// ---- Speech, language and communication ----
	g(
		'articulation',
		['articulation', 'speech sound'],
		['articulación', 'sonidos del habla'],
		"How clearly a child says speech sounds, like saying 'rabbit' and not 'wabbit'.",
		"Qué tan claro dice el niño o niña los sonidos, como decir 'perro' y no 'pelo'."
	),
	g(
		'intelligibility',
		['intelligibility', 'intelligible'],
		['inteligibilidad', 'inteligible'],
		"How easy it is for others to understand a child's speech.",
		'Qué tan fácil es para otros entender lo que dice el niño o niña.'
	),
	g(
		'expressive-language',
		['expressive language'],
		['lenguaje expresivo'],
		'Using words and sentences to say what you think, need, and feel.',
		'Usar palabras y oraciones para compartir ideas, necesidades y sentimientos.'
	),
	g(
		'receptive-language',
		['receptive language', 'listening comprehension'],
		['lenguaje receptivo', 'comprensión auditiva'],
		'Knowing what others mean when they talk. For example, following steps someone says, or answering a question.',
		'Entender lo que dicen otros, como seguir instrucciones y contestar preguntas.'
	),
	g(
		'pragmatics',
		['pragmatics', 'pragmatic language', 'social communication', 'social language'],
		['pragmática', 'lenguaje pragmático', 'comunicación social'],
		'Using language with others. It means taking turns, staying on topic, and reading faces and tone of voice.',
		'Usar el lenguaje con otros: tomar turnos, seguir el tema y entender caras y tonos de voz.'
	),
	g(
		'stuttering',
		['stuttering', 'stutter', 'disfluency', 'dysfluency'],
		['tartamudez', 'tartamudeo', 'disfluencia'],
		'Speech that gets stuck, like repeating sounds or stopping in the middle of words.',
		'Habla que se traba, como repetir sonidos o pararse a mitad de una palabra.'
	),
	g(
		'motor-planning',
		['motor planning', 'praxis', 'dyspraxia', 'apraxia', 'childhood apraxia of speech'],
		['planificación motora', 'dispraxia'],
		'Planning and doing a new movement in the right order. Apraxia is trouble with this planning. It can affect the mouth moves for speech.',
		'Planear y hacer un movimiento nuevo en el orden correcto. La apraxia es dificultad para planear movimientos, incluso los de la boca para hablar.'
	),
	g(
		'functional-communication',
		['functional communication', 'functional communication training', 'FCT'],
		['comunicación funcional', 'entrenamiento en comunicación funcional'],
		'Teaching a simple way to ask for what you need, like a word, sign, or picture. It takes the place of a problem behavior.',
		'Enseñar una forma sencilla, como una palabra, una seña o un dibujo, de pedir lo que necesita en vez de usar una conducta problema.'
	),
	g(
		'multi-step-directions',
		['multi-step direction', 'two-step direction', 'one-step direction', '3-step direction'],
		['instrucciones de varios pasos'],
		"Directions with more than one part, like 'Get your book and sit down.'",
		"Instrucciones con más de una parte, como 'Saca tu libro y siéntate'."
	),
	g(
		'joint-attention',
		['joint attention'],
		['atención conjunta'],
		'Sharing focus with another person on the same thing, like both looking at a toy.',
		'Poner atención junto con otra persona en lo mismo, como mirar los dos un juguete.'
	),
	g(
		'echolalia',
		['echolalia'],
		['ecolalia'],
		'Saying again words or phrases the child heard before, right away or later.',
		'Repetir palabras o frases que escuchó antes, enseguida o más tarde.'
	),
	g(
		'auditory-processing',
		['auditory processing', 'auditory processing disorder', 'APD', 'CAPD'],
		['procesamiento auditivo'],
		'How the brain makes sense of sounds and spoken words, most of all when it is noisy.',
		'Cómo el cerebro entiende los sonidos y las palabras habladas, sobre todo cuando hay ruido.'
	),

	// ---- Thinking, feelings and behavior ----
	g(
		'executive-function',
		['executive function'],
		['funciones ejecutivas', 'función ejecutiva'],
		'Thinking skills that help you plan, start tasks, stay organized, remember steps, and manage time.',
		'Destrezas del pensamiento para planear, empezar, mantenerse organizado, recordar pasos y manejar el tiempo.'
	),
	g(
		'working-memory',
		['working memory'],
		['memoria de trabajo'],
		'Keeping facts in mind while you use them, like remembering the steps while you do them.',
		'Guardar información en la mente mientras se usa, como recordar los pasos mientras se hacen.'
	),
	g(
		'processing-speed',
		['processing speed'],
		['velocidad de procesamiento'],
		'How fast a child can take in information and respond.',
		'Qué tan rápido el niño o niña recibe información y responde.'
	),
	g(
		'attention',
		['sustained attention', 'attention span'],
		['atención sostenida', 'capacidad de atención'],
		'Staying focused on one thing for a length of time.',
		'Mantener la atención en una cosa por un tiempo.'
	),
	g(
		'self-regulation',
		['self-regulation', 'emotional regulation', 'emotion regulation'],
		['autorregulación', 'regulación emocional'],
		'Staying calm and in control of your feelings, energy, and actions.',
		'Calmarse y manejar las emociones, la energía y las acciones según el momento.'
	),
	g(
		'zones-of-regulation',
		['Zones of Regulation'],
		['Zonas de Regulación'],
		'A program that teaches children to name their feelings by color zones and pick a tool to calm down.',
		'Un programa que enseña a nombrar las emociones por zonas de colores y a elegir una forma de calmarse.'
	),
	g(
		'coping-strategy',
		['coping strategy', 'coping skill', 'calming strategy'],
		['estrategia de afrontamiento', 'estrategia para calmarse'],
		'A way to handle a hard feeling, like deep breaths, a short break, or counting to ten.',
		'Una forma de manejar una emoción difícil, como respirar hondo, tomar un descanso corto o contar hasta diez.'
	),
	g(
		'self-monitoring',
		['self-monitor', 'self-management'],
		['automonitoreo', 'autocontrol', 'autogestión'],
		'A child keeps track of their own behavior or work, often with a checklist, to learn to manage it.',
		'El niño o niña lleva la cuenta de su propia conducta o trabajo, muchas veces con una lista, para aprender a manejarlo.'
	),
	g(
		'sensory-processing',
		['sensory processing', 'sensory integration', 'sensory processing disorder', 'SPD'],
		['procesamiento sensorial', 'integración sensorial'],
		'How the brain takes in what we see, hear, touch, taste, smell, and feel when we move. Some children feel these too much or too little.',
		'Cómo el cerebro recibe lo que vemos, oímos, tocamos, probamos, olemos y sentimos al movernos. Algunos niños lo sienten demasiado o muy poco.'
	),
	g(
		'sensory-break',
		['sensory diet', 'sensory break', 'movement break'],
		['dieta sensorial', 'descanso sensorial', 'pausa de movimiento'],
		'Planned movement or calming activities during the day. They help a child stay alert and calm.',
		'Actividades planeadas de movimiento o de calma durante el día que ayudan al niño o niña a estar atento y tranquilo.'
	),
	g(
		'bip',
		[
			'BIP',
			'behavior intervention plan',
			'behaviour intervention plan',
			'behavior support plan',
			'positive behavior support plan'
		],
		[
			'plan de intervención de conducta',
			'plan de intervención conductual',
			'plan de apoyo conductual'
		],
		'A plan to help with a behavior that gets in the way of learning. It says what adults will do and what the child will learn to do instead.',
		'Un plan para ayudar con una conducta que estorba el aprendizaje. Dice qué harán los adultos y qué aprenderá a hacer el niño o niña en su lugar.',
		{ en: 'behavior plan', es: 'plan de conducta' }
	),
	g(
		'fba',
		[
			'FBA',
			'functional behavior assessment',
			'functional behavioral assessment',
			'functional behaviour assessment',
			'functional behavior analysis'
		],
		['evaluación funcional de la conducta', 'evaluación funcional del comportamiento'],
		'A study of a behavior. Staff watch when it happens, what comes before and after, and why the child may do it.',
		'Un estudio de una conducta. El personal observa cuándo pasa, qué pasa antes y después, y por qué el niño o niña lo hace.',
		{ en: 'behavior study', es: 'estudio de la conducta' }
	),
	g(
		'pbis',
		[
			'PBIS',
			'positive behavioral interventions and supports',
			'positive behavior interventions and supports',
			'positive behavior support'
		],
		['intervenciones y apoyos conductuales positivos', 'apoyo conductual positivo'],
		'A way the whole school teaches and rewards good behavior. Students who need more get extra help.',
		'Una forma de toda la escuela de enseñar y premiar la buena conducta, con ayuda extra para quien la necesita.'
	),
	g(
		'target-behavior',
		['target behavior', 'target behaviour', 'problem behavior', 'challenging behavior'],
		['conducta objetivo', 'conducta problemática', 'conducta desafiante'],
		'The behavior the team is working on, described so anyone could see and count it.',
		'La conducta en la que trabaja el equipo, descrita de forma que cualquiera pueda verla y contarla.'
	),
	g(
		'replacement-behavior',
		['replacement behavior', 'replacement behaviour', 'alternative behavior'],
		['conducta de reemplazo', 'conducta alternativa'],
		'A better way to get the same need met, like asking for a break instead of running away.',
		'Una mejor forma de lograr lo mismo, como pedir un descanso en vez de salir corriendo.'
	),
	g(
		'antecedent',
		['antecedent', 'ABC data', 'setting event'],
		['antecedente', 'datos ABC'],
		'What happens just before a behavior. In ABC notes, A is what came before, B is the behavior, and C is what came after.',
		'Lo que pasa justo antes de una conducta. ABC quiere decir antecedente (antes), conducta y consecuencia (después).'
	),
	g(
		'consequence',
		['consequence'],
		['consecuencia'],
		'What happens right after a behavior. It can make the behavior happen more or less often.',
		'Lo que pasa justo después de una conducta. Puede hacer que la conducta pase más o menos seguido.'
	),
	g(
		'positive-reinforcement',
		['positive reinforcement', 'reinforcement', 'reinforcer'],
		['refuerzo positivo', 'reforzador', 'refuerzo'],
		'Giving something the child likes right after a good behavior. Then the behavior happens more often.',
		'Dar algo que le gusta al niño o niña justo después de una buena conducta, para que la repita más.'
	),
	g(
		'token-economy',
		['token economy', 'token board', 'token system'],
		['economía de fichas', 'tablero de fichas', 'sistema de fichas'],
		'A reward system. The child earns tokens, like stars or stickers, for good behavior and trades them for a reward.',
		'Un sistema de premios. El niño o niña gana fichas, como estrellas o calcomanías, por buena conducta y las cambia por un premio.'
	),
	g(
		'planned-ignoring',
		['planned ignoring'],
		['ignorar de forma planeada'],
		'Not giving attention to a small problem behavior on purpose. Adults praise good behavior at the same time.',
		'No hacer caso a una conducta problema pequeña a propósito, mientras se elogia la buena conducta.'
	),
	g(
		'redirection',
		['redirection', 'redirect'],
		['redirección', 'redirigir'],
		'Guiding a child back to the right task or behavior, often with a few calm words.',
		'Guiar al niño o niña de vuelta a la actividad o conducta correcta, muchas veces con pocas palabras y con calma.'
	),
	g(
		'de-escalation',
		['de-escalation', 'de-escalate'],
		['desescalada', 'desescalar'],
		'Helping a child calm down before a behavior gets bigger. Adults use a calm voice, space, or choices.',
		'Ayudar a calmarse antes de que una conducta crezca, con voz tranquila, espacio u opciones.'
	),
	g(
		'on-task',
		['on-task', 'off-task'],
		['concentrado en la tarea', 'fuera de la tarea'],
		'Doing the work that was asked, like looking at the teacher or writing. Off-task means doing something else.',
		'Hacer el trabajo que se pidió, como mirar al maestro o escribir. Fuera de la tarea quiere decir hacer otra cosa.'
	),
	g(
		'elopement',
		['elopement', 'elope'],
		['fuga', 'escaparse'],
		'Leaving a safe place without asking, like running out of the classroom.',
		'Salir de un lugar seguro sin permiso, como salir corriendo del salón.'
	),
	g(
		'noncompliance',
		['noncompliance', 'non-compliance', 'compliance'],
		['incumplimiento', 'no seguir instrucciones'],
		'Not doing what an adult asks. Doing what is asked is called compliance.',
		'No seguir la instrucción de un adulto. Seguirla se llama cumplimiento.'
	),
	g(
		'aggression',
		['physical aggression', 'aggression'],
		['agresión', 'agresión física'],
		'Hurting or trying to hurt others, like hitting, kicking, or pushing.',
		'Lastimar o tratar de lastimar a otros, como pegar, patear o empujar.'
	),
	g(
		'self-injury',
		['self-injurious behavior', 'self-injury', 'SIB'],
		['conducta autolesiva', 'autolesión'],
		'When a child hurts their own body, like hitting their head or biting themselves.',
		'Cuando un niño o niña se lastima a sí mismo, como golpearse la cabeza o morderse.'
	),
	g(
		'social-skills',
		['social skill'],
		['habilidades sociales'],
		'Skills for getting along with others, like sharing, taking turns, and joining in play.',
		'Destrezas para llevarse bien con otros, como compartir, tomar turnos y unirse al juego.'
	),
	g(
		'social-story',
		['social story', 'social narrative'],
		['historia social', 'narrativa social'],
		'A short story with pictures. It shows a child what to expect in a situation and what to do.',
		'Un cuento corto con dibujos que muestra qué esperar en una situación y qué hacer.'
	),
	g(
		'perspective-taking',
		['perspective taking', 'theory of mind'],
		['toma de perspectiva', 'teoría de la mente'],
		'Knowing that other people have their own thoughts and feelings.',
		'Entender que otras personas tienen sus propios pensamientos y sentimientos.'
	),
	g(
		'peer',
		['peer'],
		['compañero', 'compañera'],
		'Another child about the same age, like a classmate.',
		'Otro niño o niña de más o menos la misma edad, como un compañero de clase.'
	),
	g(
		'initiate',
		['initiate', 'initiation'],
		['iniciar', 'iniciación'],
		'To start something on your own, like starting a task or saying hi first.',
		'Empezar algo por su cuenta, como comenzar una tarea o saludar primero.'
	),
	g(
		'independently',
		['independent', 'independence'],
		['independiente', 'independientemente', 'de forma independiente'],
		'Doing it alone, without hints or help from an adult.',
		'Hacerlo solo, sin pistas ni ayuda de un adulto.'
	),
	g(
		'generalization',
		['generalization', 'generalize', 'generalise'],
		['generalización', 'generalizar'],
		'Using a skill in new places, with new people, or with new things, not just where it was taught.',
		'Usar una destreza en lugares nuevos, con personas nuevas o con cosas nuevas, no solo donde se enseñó.'
	),
	g(
		'maintenance',
		['maintenance', 'skill maintenance'],
		['mantenimiento'],
		'Keeping a skill over time after the teaching stops or slows down.',
		'Conservar una destreza con el tiempo después de que la enseñanza para o baja.'
	),

	// ---- Motor and daily living ----
	g(
		'fine-motor',
		['fine motor'],
		['motricidad fina', 'motora fina'],
		'Small moves of the hands and fingers, like holding a pencil, cutting, and buttons.',
		'Movimientos pequeños de las manos y los dedos, como agarrar un lápiz, recortar y abotonar.'
	),
	g(
		'gross-motor',
		['gross motor'],
		['motricidad gruesa', 'motora gruesa'],
		'Big body moves, like walking, running, jumping, and climbing.',
		'Movimientos grandes del cuerpo, como caminar, correr, saltar y trepar.'
	),
	g(
		'visual-motor',
		[
			'visual-motor',
			'visual-motor integration',
			'eye-hand coordination',
			'hand-eye coordination',
			'VMI'
		],
		['integración visomotora', 'visomotor', 'coordinación ojo-mano'],
		'Using the eyes and hands together. Examples are copying shapes, writing on a line, or catching a ball.',
		'Usar los ojos y las manos juntos, como copiar figuras, escribir sobre la línea o atrapar una pelota.'
	),
	g(
		'visual-perception',
		['visual perception', 'visual processing'],
		['percepción visual', 'procesamiento visual'],
		"How the brain makes sense of what the eyes see, like telling 'b' from 'd'.",
		"Cómo el cerebro entiende lo que ven los ojos, como distinguir la 'b' de la 'd'."
	),
	g(
		'pencil-grasp',
		['pencil grasp', 'pencil grip', 'tripod grasp', 'pincer grasp', 'scissor grasp'],
		['agarre del lápiz', 'pinza trípode', 'agarre de pinza'],
		'How a child holds a pencil, scissors, or a small object with the fingers.',
		'Cómo el niño o niña agarra un lápiz, unas tijeras o un objeto pequeño con los dedos.'
	),
	g(
		'bilateral-coordination',
		['bilateral coordination', 'crossing midline', 'midline'],
		['coordinación bilateral', 'cruzar la línea media'],
		'Using both sides of the body together. For example, one hand holds the paper and the other cuts.',
		'Usar los dos lados del cuerpo juntos, como sostener el papel con una mano y recortar con la otra.'
	),
	g(
		'postural-control',
		['postural control', 'core strength'],
		['control postural', 'fuerza del tronco'],
		'Keeping the body steady and straight when sitting, standing, or moving.',
		'Mantener el cuerpo firme y derecho al estar sentado, de pie o en movimiento.'
	),
	g(
		'orientation-mobility',
		['orientation and mobility', 'O&M'],
		['orientación y movilidad'],
		'Lessons for a child who is blind or has low vision on how to move around safely and find the way.',
		'Clases para un niño o niña ciego o con baja visión sobre cómo moverse con seguridad y encontrar el camino.'
	),
	g(
		'adaptive-skills',
		[
			'adaptive skill',
			'adaptive behavior',
			'daily living skill',
			'life skill',
			'activities of daily living',
			'ADL'
		],
		[
			'habilidades adaptativas',
			'conducta adaptativa',
			'habilidades para la vida diaria',
			'actividades de la vida diaria'
		],
		'Daily skills for taking care of yourself, like dressing, eating, and washing.',
		'Destrezas diarias para cuidarse, como vestirse, comer, lavarse y moverse de un lugar a otro.'
	),
	g(
		'functional-skills',
		['functional skill', 'functional academics'],
		['habilidades funcionales', 'académicos funcionales'],
		'Skills used in real life, like counting money, telling time, and reading signs.',
		'Destrezas que se usan en la vida real, como contar dinero, decir la hora y leer letreros.'
	)
];
