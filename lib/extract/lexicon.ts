/**
 * The words the speaker reader knows, in the languages of the news the extension
 * reads (English, French, Spanish, Portuguese, German, Czech, with some Italian):
 * cue verbs, titles and roles, honorifics, organisation words, words that begin
 * sentences but are not names, pronouns and given names with their gender, and
 * the few words Chinese news uses to report speech. One
 * lexicon for detection, saving and the card's misattribution check.
 */
import { speechVerbForms } from './speech-verbs';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * Verbs and phrases that report speech ("said", "a déclaré", "dijo", "sagte", "řekl"): the list below, EUROPEAN_CUES,
 * and every form of the regular verbs of speech-verbs.ts; the lists here hold the forms it does not make.
 */
export const CUES: Set<string> = words(`
  said says saying told tells telling adds adding stating remarks remarking notes noting
  explaining asking replying wrote writes writing written declaring
  insisting arguing claims claiming vows vowing warning
  admitting recalling
  tweets urges promises pledges
  stresses counters
  comments calling called labeled labelled branded termed dubbed
  describing according reports reporting
  repeats laments asserting
  captions
  dit dis disait déclaré affirmé ajouté expliqué estimé
  souligné indiqué précisé précise assuré confié lancé martelé martèle insisté
  rappelé rappelle reconnu reconnaît regretté dénoncé annoncé jugé averti avertit prévenu prévient
  répondu répond commenté poursuivi poursuit raconté résumé confirmé
  relève relevé observé lâché glissé ironisé agacé indigné inquiète inquiété
  interrogé emporté félicité défend défendu prévenu témoigné
  selon
  dijo dice dicen dijeron
  sostuvo sostiene sostuvieron advirtió advierte advirtieron sugirió sugiere sugirieron pidieron
  ubicó pidió pide según
  disse diz dizem disseram
  segundo
  fügte sprach schrieb schreibt teilte
  räumte laut zufolge
  řekl řekla řekli řekly uvedl uvedla uvedli dodal dodala dodali prohlásil prohlásila napsal napsala sdělil sdělila
  vysvětlil vysvětlila zdůraznil zdůraznila potvrdil potvrdila konstatoval konstatovala upozornil upozornila podotkl
  poznamenal poznamenala odpověděl odpověděla doplnil doplnila uvádí říká tvrdí míní podle
  píše píší přidává dodává hodnotí zdůrazňuje přirovnává vysvětluje konstatuje upozorňuje poznamenává odpovídá prohlašuje sděluje
  varuje doplňuje připomíná oceňuje chválí kritizuje svěřil svěřila přiznal přiznala připustil připustila ocenil ocenila
  slíbil slíbila slíbili slibuje oznámil oznámila oznámili oznamuje připomněl připomněla vzkázal vzkázala varoval varovala
  reagoval reagovala komentoval komentovala okomentoval okomentovala zopakoval zopakovala ujistil ujistila kritizoval kritizovala
  glosoval glosovala popsal popsala shrnul shrnula
  informoval informovala informovali
  řeklo uvedlo dodalo prohlásilo napsalo sdělilo vysvětlilo zdůraznilo potvrdilo konstatovalo upozornilo poznamenalo
  odpovědělo doplnilo oznámilo varovalo reagovalo ujistilo informovalo
  detto dichiarato aggiunto spiegato
`);

/**
 * More cue verbs of French, Spanish, Portuguese, German and Czech news, in the tenses a reporter
 * uses (present, passé composé participle, preterite; "espetó", "zanjó", "ironisé", "schimpft",
 * "erzählt", "napsal"). Words that are also common nouns ("cuenta", "souffle") are left out.
 */
export const EUROPEAN_CUES = words(`
  rapporté conclu conclut déploré plaidé nuancé nuance renchéri renchérit admis admet avoué
  réagi réagit protesté répliqué rétorqué tranché détaillé asséné assène
  concédé concède signalé promis promet prédit prédit écrit écrivait tweeté soutenu soutient maintenu maintient
  argumenté soupiré développé fustigé raillé taclé abondé
  réjoui réjouit enchaîné tempère tempéré plaisanté sourit exclamé étonné insurgé amusé
  relaté répète exaspère considère
  souri rit pesté fulminé argue argué tance crie surenchérit
  savouré exprimé
  confesó confiesa recuerda recordó
  defendió defiende
  concluyó concluye contó expuso refirió refiere
  advierte negó
  reagiu
  sostuvo decía informó
  disse
  empfiehlt empfahl
  unterstreicht unterstrich rief verweist verwies bekennt bekannte gesteht gestand widerspricht widersprach
  verspricht versprach rät riet beschreibt beschrieb verrät verriet spricht ruft
  gesagt gefragt gewarnt gefordert
  versprochen geschrieben gesprochen gerufen beschrieben verraten empfohlen unterstrichen widersprochen zugegeben angekündigt mitgeteilt hinzugefügt
  vysvětlil vysvětlila prohlásil prohlásila upřesnil upřesnila podotkla dodává řekne zopakoval zopakovala varoval varovala
  napsali sdělili uvedly prohlásili oznámil oznámila ujistil ujistila odmítl odmítla uzavřel uzavřela
  prozradil prozradila prozrazuje oponoval oponovala oponuje namítl namítla namítá soudí zhodnotil zhodnotila hodnotí
  popsal popsala popisuje pochvaloval pochvalovala pochvaluje postěžoval postěžovala stěžuje posteskl posteskla ptá
  podotýká připouští připustil připustila argumentoval argumentovala argumentuje líčí líčil líčila vzpomíná vzpomínal
  vzpomínala informoval informovala informuje myslí usmívá usmál usmála
`);

/**
 * German cue verbs whose particle stands at the end of the clause ("regt sie an", "führte Webhofer aus",
 * "gab er zu"), with that particle: without it the verb says something else ("führte zu", "gab Geld").
 */
export const SEPARABLE_CUES = new Map<string, Set<string>>();
const SEPARABLE_PARTICLES: Record<string, string> = {
  an: 'regt regte merkt merkte gibt gab kündigt kündigte deutet deutete führt führte',
  aus: 'führt führte',
  zu: 'gibt gab',
  klar: 'stellt stellte',
  hin: 'weist wies',
  hervor: 'hebt hob',
  hinzu: 'fügt',
  fest: 'hält hielt stellt stellte',
  zurück: 'weist wies',
  zusammen: 'fasst fasste',
  dagegen: 'hält hielt',
  ein: 'räumt räumte schränkt schränkte lenkt lenkte',
  nach: 'legt legte schiebt schob',
  wissen: 'lässt ließ',
  vor: 'wirft warf gibt gab',
  fort: 'fährt fuhr',
};
for (const [particle, verbs] of Object.entries(SEPARABLE_PARTICLES)) {
  for (const verb of verbs.split(' ')) SEPARABLE_CUES.set(verb, (SEPARABLE_CUES.get(verb) ?? new Set()).add(particle));
}
const SPEECH_VERB_FORMS = speechVerbForms();
for (const cue of [...EUROPEAN_CUES, ...SPEECH_VERB_FORMS.cues]) CUES.add(cue);

/** "s'exclame", "queixou-se": a word of CUES with its reflexive pronoun joined to it, French before, Portuguese after. */
export const isCueWord = (word: string) => CUES.has(word.toLowerCase().replace(/^s['’]/, '').replace(/-se$/, ''));

/**
 * Spanish past participles that report speech in the perfect ("ha señalado", "había advertido", "ha dicho"):
 * cues only right after a form of "haber" (HABER), since alone many are adjectives ("el día señalado", "dicho acuerdo").
 */
export const PERFECT_CUES = words(`
  dicho sostenido
  advertido
  defendido concluido
  confesado recordado
  descrito explicitado
`);

for (const participle of SPEECH_VERB_FORMS.spanishPerfect) PERFECT_CUES.add(participle);

/** Forms of "haber" before a participle of PERFECT_CUES. */
export const HABER = words('ha han había habían habría habrían hubiera haya he hemos');

/** German impersonal cues, cues only with "es" after them ("heißt es", "hieß es"): "Das Buch heißt …" reports nothing. */
export const IMPERSONAL_CUES = words('heißt hieß');

/**
 * German verbs in the subjunctive of reported speech (Konjunktiv I: "sei", "habe", "könne"), which news writing
 * uses only for someone's words, so a sentence holding one goes on reporting whoever was quoted or cited before it.
 */
export const GERMAN_SUBJUNCTIVE = words(`
  sei seien habe könne müsse werde solle wolle dürfe möge gebe brauche lasse liege stehe gehe komme bleibe fehle wisse
  führe gelte gehöre beobachte zeige mache nehme sehe trage treffe halte laufe biete erwarte plane rechne setze stelle sorge reiche
  bringe finde lege spreche handle wachse steige sinke helfe schaffe erfolge entstehe betreffe bestehe entspreche verfüge
  befinde bedeute lohne drohe koste arbeite lebe falle gelinge verstehe ermögliche spiele wirke scheine
`);

/**
 * Third-person subjects a German verb in the subjunctive stands beside, before or after it ("Er habe", "brauche er"):
 * beside them a verb ending in -e is the subjunctive, whichever verb it is ("Sie liebe ihre Fans", "Er beobachte, dass").
 */
export const GERMAN_THIRD_PERSON_SUBJECTS = words('er sie es man');

/**
 * Words ending in -e that stand beside "er" or "sie" and are no verb, past the determiners GERMAN_DETERMINER tells:
 * pronouns, quantities, adverbs, "wurde" ("alle", "gerne", "er wurde").
 */
export const GERMAN_NOT_VERBS_IN_E = words(`
  eure jene welche manche solche alle beide viele wenige einige andere mehrere etliche sämtliche zahlreiche weitere ohne
  gerne lange heute bitte nie wie je ehe alleine ebenfalls selbe sie wurde
`);

/**
 * Cues in the infinitive, cues only after "to" ("was keen to stress", "went on to say", "went on to assert"; "help
 * explain" reports nothing). Not every verb of saying: "to describe", "to reflect", "to reveal" name terms as often,
 * and "prompting Epstein to ask" has someone else for subject.
 */
export const INFINITIVE_CUES = words('say tell add stress note explain insist warn assert announce acknowledge argue claim declare emphasize emphasise reiterate concede admit suggest');

/** Cues that mean "according to": the name follows them ("selon le ministre", "laut Polizei", "podle ministra"), or goes before German "zufolge". */
export const ACCORDING = words('according selon según segundo laut podle zufolge');

/**
 * Phrases that mean "according to", read at their last word, with the source after them ("de acuerdo con el fiscal X",
 * "en palabras del ministro X", "na avaliação da economista X", "in the words of Mayor X").
 */
export const SOURCE_PHRASES: readonly string[][] = `
  in the words of
  de acuerdo con|en palabras de|en palabras del|a juicio de|a juicio del|en opinión de|en opinión del
  de acordo com|nas palavras de|nas palavras do|nas palavras da|na opinião de|na opinião do|na opinião da
  na avaliação de|na avaliação do|na avaliação da|na visão de|na visão do|na visão da
  nach angaben von|nach angaben des|nach angaben der|nach worten von|nach worten des|nach worten der
  nach ansicht von|nach ansicht des|nach ansicht der|nach meinung von|nach meinung des|nach meinung der
  nach einschätzung von|nach einschätzung des|nach einschätzung der|nach auffassung von|nach auffassung des|nach auffassung der
  aus sicht von|aus sicht des|aus sicht der|nach darstellung von|nach darstellung des|nach darstellung der
  nach aussage von|nach aussage des|nach aussage der|nach aussagen von|nach aussagen des|nach aussagen der
  in the view of|in the opinion of|de l’avis de|de l'avis de|aux yeux de
`.trim().split(/\s*\|\s*|\n\s*/).map((phrase) => phrase.split(' '));

/**
 * The German nouns of SOURCE_PHRASES ("Angaben", "Ansicht", "Sicht"): opening a sentence, the phrase's preposition and
 * noun take capitals, and "von" before the source reads as a particle of a name ("Nach Angaben von Tom Krause").
 */
export const GERMAN_SOURCE_NOUNS: ReadonlySet<string> = new Set(SOURCE_PHRASES.filter((p) => p.length === 3 && ['nach', 'aus'].includes(p[0])).map((p) => p[1]));

/**
 * Verbs of holding a view ("Südekum hält das für falsch", "Lind disagrees", "Martin doute"): a sentence whose subject
 * holds one, right before a quotation standing alone, introduces that person's words as a cue would.
 */
export const VIEW_VERBS = words(`
  believes thinks disagrees doubts fears hopes worries
  hält meint glaubt findet bezweifelt befürchtet fürchtet hofft widerspricht
  pense croit doute craint espère
  cree piensa duda teme considera acredita duvida
  myslí věří pochybuje
`);

/**
 * Gestures that go with speaking ("Hale shrugged.", "Martin sourit.", "Müller lacht."): a sentence whose subject makes
 * one, right before a quotation standing alone, introduces that person's words as a verb of holding a view does.
 */
export const SPEAKING_GESTURES = words(`
  shrugged shrugs laughed laughs smiled smiles sighed sighs nodded nods grinned grins chuckled chuckles winced winces frowned frowns
  sourit soupire rit
  sonríe sonrió suspira suspiró ríe rió sorri sorriu suspirou riu
  lacht lachte lächelt lächelte seufzt seufzte nickt nickte
  usmívá usmál usmála
`);

/**
 * Cues that go on with words already begun ("added", "a ajouté", "añadió", "ergänzte"): a word for an office no one in
 * the text was given, speaking with one, is whoever spoke the quotation just before ("“…,” the councillor added").
 */
export const ADDING_CUES = words(`
  added adds continued continues concluded concludes
  ajoute ajouté ajoutait poursuit poursuivi conclut conclu complète complété
  añadió añade agregó agrega continuó continúa concluyó completó acrescentou acrescenta completou concluiu continuou
  ergänzte ergänzt fügte fügt schloss
  dodal dodala doplnil doplnila pokračoval pokračovala
`);

/** German verbs of holding a view whose particle closes the clause ("Aberle geht von 300 Euro aus"): the verb, its particle. */
export const SEPARABLE_VIEW_VERBS = new Map([['geht', 'aus']]);

/**
 * English phrases that say someone spoke, and how, with no verb of saying ("Southgate was blunt.", "Dutton hit back.",
 * "Atkins did not mince her words.", "Lyle disagreed."): a quotation standing alone after such a sentence is theirs.
 */
export const SPEECH_ACTS: readonly string[][] = `
  hit back|fired back|shot back|struck back|pushed back|went further|disagreed|agreed|objected|begged to differ
  was quick to respond|were quick to respond|had a different take|has a different take|sees it differently|saw it differently|see it differently
  did not mince words|did not mince his words|did not mince her words|didn't mince words|didn't mince his words|didn't mince her words
`.trim().split(/\s*\|\s*|\n\s*/).map((phrase) => phrase.split(' '));

/**
 * "Southgate was blunt.", "Lopez remained defiant.", "Hale sounded more cautious.", "Hale is not so sure.": a copula,
 * perhaps a degree or two, and a word for how someone spoke (ENGLISH_SPEAKING_MANNERS) say that someone spoke, as SPEECH_ACTS do.
 */
export const MANNER_COPULAS = words("was were is remained remains sounded sounds seemed seems isn’t wasn’t isn't wasn't");
export const MANNER_DEGREES = words('more less even equally far rather not so quite');
export const ENGLISH_SPEAKING_MANNERS = words(`
  blunt defiant scathing emphatic unequivocal unrepentant unapologetic candid frank cautious optimistic pessimistic upbeat
  confident adamant dismissive sceptical skeptical unmoved undeterred unfazed philosophical sanguine circumspect combative
  conciliatory defensive forthright unconvinced convinced sure
`);

/**
 * How someone spoke or stood, in German, Spanish and Portuguese ("Berger ist zuversichtlich.", "Pérez se mostró
 * optimista.", "Silva mostrou-se confiante."): after one of MOOD_COPULAS, ending the clause, as ENGLISH_SPEAKING_MANNERS.
 */
export const MOODS_OF_SPEAKING = words(`
  zuversichtlich optimistisch pessimistisch skeptisch selbstbewusst kämpferisch gelassen besorgt enttäuscht zufrieden
  überzeugt vorsichtig unbeeindruckt erleichtert verärgert empört
  optimista pesimista tajante contundente confiado confiada cauto cauta prudente escéptico escéptica satisfecho satisfecha
  esperanzado esperanzada preocupado preocupada molesto molesta firme
  otimista pessimista confiante cauteloso cautelosa cético cética satisfeito satisfeita esperançoso esperançosa
`);
/** Copulas and verbs of showing oneself before one of MOODS_OF_SPEAKING ("ist", "blieb", "se mostró", "mostrou-se"). */
export const MOOD_COPULAS = words('ist war bleibt blieb wirkt wirkte mostró muestra mostraba manifestó declaró mostrou mostrou-se declarou está estaba estava');

/** Cues that describe or name rather than report ("calling it a…", "described as"): no name follows them. */
export const DESCRIBING = words('described called labeled labelled branded termed dubbed');

/** Words for a family, which speaks as one ("the Lopez family said", "la famille Dupont") and has its own people ("the family lawyer"). */
export const FAMILY = words('family famille familia família rodina');

/** English nouns and adjectives ending in "-ly", the adverbs' ending ("the Lopez family said", "a NATO ally said"). */
export const LY_NOT_ADVERBS = words(`
  family assembly ally rally supply reply monopoly anomaly bully daily weekly monthly quarterly elderly homily
`);

/** Auxiliaries and adverbs that stand between a speaker and the cue ("has also said", "a déclaré", "hat gesagt"). */
export const BETWEEN_SUBJECT_AND_CUE = words(`
  also later then previously again once still already has have had would will recently reportedly repeatedly simply only further even just
  often always sometimes usually
  a ont avait avaient aurait encore aussi déjà hat haben hatte hatten auch noch ha han había habían habría también ya
  tem têm tinha tinham havia também já je jsou byl byla bylo také už k tomu dnes včera pak rovněž
  aber hingegen dagegen jedoch allerdings wiederum indes ebenfalls však ovšem naopak zase
`);

/**
 * English verbs in the past that do not end in "-ed" ("Petrov won the final", "Diaz lost her barn"): a name followed
 * by one does something, as by a regular past. Forms shared with the present or with nouns ("put", "left"), and those
 * that say what prices and markets did ("Prices rose", "Shares fell": no one acting), are left out.
 */
export const IRREGULAR_PAST = words(`
  won lost took made gave got met went came ran led held kept sent spent paid sat stood began became brought bought
  thought felt found heard knew fought drove spoke chose wore broke sold built caught taught threw flew drew hid shook
  woke swore sang wrote
`);

/** German strong verbs in the past, third person singular, whose shape tells no tense ("kam", "ging", "besuchte" does). */
export const GERMAN_STRONG_PAST = words(`
  kam ging stand sah fand hielt lief fuhr blieb trat gab nahm saß lag zog schrieb rief bat begann gewann verlor traf sprach
  warf schlug flog fiel wuchs starb trug floh stieg wusste dachte brachte kannte nannte
`);

/** Auxiliaries and copulas: a name followed by one is someone doing something ("Attal est arrivé", "Smith was there"). */
export const AUXILIARIES = words('is was been has had will would est était a ont sont avait ist war hat wird es era fue ha había é foi tem je byl byla bude');

/** Articles before a role or a name after a cue ("said the mayor", "a déclaré le ministre", "dijo el presidente", "sagte der Minister"). */
export const ARTICLES = words("the le la les l' l’ el los las o os as der die das den dem des");

/**
 * Words for what someone does or is, not an office ("said the actor", "the mother of three added"): a later mention
 * by one of them is someone the text named (lib/extract/attribution/), never a name of its own. Words for sources a
 * story keeps unnamed ("the source", "the aide", "a person familiar with…") are not here: never read back to a name.
 */
export const DESCRIPTORS = words(`
  actor actress singer star rapper musician comedian comic athlete player novelist artist filmmaker
  designer chef model dancer songwriter hotelier billionaire entrepreneur businessman businesswoman
  singer-songwriter superstar icon legend influencer host presenter anchor producer writer poet photographer
  winner champion nominee veteran rookie striker midfielder defender goalkeeper forward winger quarterback pitcher
  boxer fighter golfer swimmer sprinter runner skier cyclist driver rider jockey batter bowler
  expert scientist researcher doctor physician surgeon nurse teacher student lawyer farmer owner landlord tenant
  resident homeowner survivor victim retiree pensioner teenager teen worker firefighter pilot soldier candidate
  politician incumbent challenger activist journalist
  receiver linebacker cornerback shortstop outfielder infielder slugger playmaker skipper
  investor tycoon mogul drummer frontman frontwoman screenwriter playwright painter sculptor architect engineer pundit
  commentator blogger podcaster streamer
  mother mom mum father dad wife husband daughter son sister brother grandmother grandfather widow widower
  uncle aunt cousin nephew niece grandson granddaughter
  woman man girl boy
`);

/** English nouns for someone by trade or belief, by their ending ("the economist", "the historian", "the psychologist"). */
const PERSON_NOUN_ENDING = /\p{Ll}{3,}(?:ist|ian)$/u;
/** Words of that ending that are no person. */
const NOT_PERSON_NOUNS = words('twist wrist heist exist assist insist resist persist consist desist subsist median meridian');
/** A word of DESCRIPTORS, or one ending as a word for someone by trade or belief does. */
export const isDescriptor = (word: string) => DESCRIPTORS.has(word) || (PERSON_NOUN_ENDING.test(word) && !NOT_PERSON_NOUNS.has(word));

/**
 * Capitalised words for what someone is, by nation or party, after "the" ("the Serbian said", "the Democrat added",
 * "the Dutchman told reporters"): a description like those of DESCRIPTORS, never a name of its own.
 */
export const CAPITALISED_DESCRIPTORS = words(`
  democrat republican conservative tory liberal socialist
  american briton brit englishman englishwoman scot scotsman welshman irishman irishwoman frenchman frenchwoman dutchman
  spaniard portuguese italian german austrian swiss belgian swede norwegian dane finn pole czech serb serbian croat
  croatian slovenian hungarian romanian bulgarian greek turk russian ukrainian israeli palestinian iranian iraqi
  egyptian moroccan nigerian ghanaian kenyan ethiopian canadian mexican brazilian argentine argentinian colombian
  chilean uruguayan peruvian venezuelan cuban australian aussie kiwi japanese chinese korean indian pakistani texan
`);

/**
 * English nationalities: each noun of CAPITALISED_DESCRIPTORS that names one, with the adjective the text may give someone
 * instead ("Dutch cyclist Jan de Vries" is "the Dutchman"); most are both ("Serbian champion", "the Serbian").
 */
export const NATIONALITY_ADJECTIVE: ReadonlyMap<string, string> = new Map([
  ...`american austrian swiss belgian norwegian czech serbian croatian slovenian hungarian romanian bulgarian greek russian
  ukrainian israeli palestinian iranian iraqi egyptian moroccan nigerian ghanaian kenyan ethiopian canadian mexican brazilian
  argentinian colombian chilean uruguayan peruvian venezuelan cuban australian japanese chinese korean indian pakistani
  portuguese italian german`.split(/\s+/).map((w) => [w, w] as const),
  ...Object.entries({
    briton: 'british', brit: 'british', englishman: 'english', englishwoman: 'english', scot: 'scottish', scotsman: 'scottish',
    welshman: 'welsh', irishman: 'irish', irishwoman: 'irish', frenchman: 'french', frenchwoman: 'french', dutchman: 'dutch',
    spaniard: 'spanish', swede: 'swedish', dane: 'danish', finn: 'finnish', pole: 'polish', serb: 'serbian', croat: 'croatian',
    turk: 'turkish', aussie: 'australian', argentine: 'argentinian',
  }),
]);

/** The gender a description tells ("the mother of three", "the businessman"); the others may be anyone's. */
export const DESCRIPTOR_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...'actress businesswoman mother mom mum wife daughter sister grandmother widow woman girl englishwoman irishwoman frenchwoman frontwoman'
    .split(' ')
    .map((w) => [w, 'f'] as const),
  ...'businessman father dad husband son brother grandfather widower man boy englishman scotsman welshman irishman frenchman dutchman frontman'
    .split(' ')
    .map((w) => [w, 'm'] as const),
]);


/**
 * Titles written short with a full stop before a name ("Supt. Marlon Gibbs", "Ing. Jan Novák", "la Dra. Ana Ruiz",
 * "Cpl. Ann Cole"), in lower case: that stop ends no sentence, and the title is no part of the name. Czech writes some
 * in lower case ("doc. Petr Král", "prof."), the others are capitalised.
 */
export const TITLE_ABBREVIATIONS = words(`
  mr mrs ms dr sen rep gov gen gens lt col capt sgt prof rev hon adm maj adv cmdr supt insp det cpl pvt pfc spc brig const
  asst atty fr msgr cdr comdr lieut amb sra dra lic ing arq abg eng mgr mudr judr phdr rndr mvdr doc med`);

/** Titles and roles that precede a name and are not part of it. */
export const ROLES: ReadonlySet<string> = new Set([...[...TITLE_ABBREVIATIONS].map((title) => `${title}.`), ...words(`
  president vice prime minister ministers secretary state senator representative congressman congresswoman governor mayor chancellor
  general admiral chief director commissioner judge justice ambassador envoy king queen prince princess pope
  archbishop bishop father sheikh chairman chairwoman chair ceo speaker leader attorney spokesman spokeswoman spokesperson editor editor-in-chief
  professor dr mr mrs ms sir dame lord lady deputy foreign defense defence interior finance health treasury senior
  special executive officer coach captain opposition premier commander colonel sergeant detective inspector superintendent supt constable
  insp det sgt cllr capt lt col maj adm cdr cmdr brig rev prof gov
  councillor councilman councilwoman lawmaker adviser advisor advocate counsel head boss promoter founder analyst economist author dean rabbi imam
  president-elect secretary-general ranger elder mp cto cfo coo cio vp chairperson official former
  m. mme mlle ministre présidente président député députée porte-parole maire directeur directrice secrétaire sénateur sénatrice
  juge avocat avocate procureur procureure rapporteur rapporteure patron patronne pdg édile fondateur fondatrice cofondateur cofondatrice
  bourgmestre échevin échevine mairesse syndic
  presidente presidenta ministro ministra portavoz alcalde alcaldesa diputado diputada senador senadora secretario secretaria
  director directora gobernador gobernadora jefe jefa jurista politólogo sr. don doña titular vocero vocera fundador fundadora
  fiscal fiscala procurador procuradora canciller juiz juíza
  porta-voz prefeito prefeita deputado deputada governador governadora diretor diretora
  herr frau kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin sprecher sprecherin chef chefin vorsitzende
  vorsitzender bürgermeister bürgermeisterin abgeordnete abgeordneter bischof bischöfin pfarrer pfarrerin pastorin prälat
  youtuber youtuberin influencer influencerin
  předseda předsedkyně ministr ministryně mluvčí premiér premiérka prezident prezidentka starosta starostka poslanec poslankyně
  ředitel ředitelka senátor senátorka šéf šéfka
  coach manager técnico treinador comandante entrenador seleccionador entraîneur sélectionneur trainer trenér kouč

  capitaine chercheur chercheuse commissaire préfet préfète dirigeant dirigeante cheffe
  ingeniero ingeniera mandatario mandataria concejal concejala investigadora investigador juez jueza abogado abogada
  consejero consejera conselheiro conselheira parlamentar
  politologe politologin korrespondent korrespondentin spitzenkandidat spitzenkandidatin landesvorsitzende landesvorsitzender
  soudce soudkyně advokát advokátka makléř makléřka zástupce zástupkyně hejtman hejtmanka politolog politoložka
  journalist activist lawyer researcher scientist historian doctor physician teacher actor actress singer writer novelist
  producer diplomat prosecutor campaigner legislator striker goalkeeper nurse consultant
  analytik analytička epidemiolog epidemioložka manažer manažerka lékař lékařka

  treasurer registrar comptroller auditor assessor coroner sheriff clerk alderman alderwoman councilor councilmember
  assemblymember assemblyman assemblywoman selectman selectwoman supervisor lecturer headteacher headmaster
  headmistress deacon cardinal reverend monsignor ayatollah patriarch
  emperor empress lieutenant corporal brigadier commodore trooper solicitor barrister mep mla msp mpp cllr
  adjoint adjointe conseiller conseillère eurodéputé eurodéputée recteur rectrice commandant magistrat bâtonnier bâtonnière
  notaire ambassadeur ambassadrice consul évêque archevêque rabbin curé docteur professeure
  regidor regidora edil intendente embajador embajadora cónsul obispo arzobispo sacerdote rector rectora decano decana
  comisario comisaria capitán teniente sargento subsecretario subsecretaria asambleísta legislador legisladora
  magistrado magistrada doctora profesor profesora
  vereador vereadora secretário secretária embaixador embaixadora arcebispo cardeal reitor reitora delegado delegada
  promotora desembargador desembargadora capitão tenente doutor doutora professora bastonário bastonária ouvidor ouvidora
  corregedor corregedora coordenador coordenadora coordinador coordinadora relator relatora gerente superintendente
  coordinateur coordinatrice gérant gérante
  landrat landrätin oberbürgermeister oberbürgermeisterin senatorin oberst generalin kommissar kommissarin kardinal erzbischof
  rabbiner rabbinerin dekan dekanin intendant intendantin dirigent dirigentin ortsvorsteher ortsvorsteherin
  primátor primátorka náměstek náměstkyně radní velvyslanec velvyslankyně biskup arcibiskup kardinál farář rektor rektorka děkan
  děkanka žalobce žalobkyně generál plukovník kapitán místopředseda místopředsedkyně ombudsman ombudsmanka europoslanec
  europoslankyně
`)]);

/**
 * Words that describe someone by age, trade or standing rather than by office ("le sexagénaire", "la syndicaliste",
 * "el piloto", "o pesquisador"): a later "a expliqué la syndicaliste" or "explicó el ingeniero" is the person the
 * text named with the word, or else the person just quoted or shown acting, as a pronoun of the article's gender would be.
 */
export const EPITHETS = words(`
  sexagénaire quinquagénaire quadragénaire trentenaire septuagénaire octogénaire nonagénaire
  syndicaliste toxicologue sociologue économiste historien historienne philosophe politologue épidémiologiste virologue
  militant militante écrivain écrivaine romancier romancière chanteur chanteuse comédien comédienne acteur actrice
  cinéaste réalisateur réalisatrice sportif sportive joueur joueuse athlète pilote étudiant étudiante enseignant enseignante
  universitaire chercheur chercheuse scientifique médecin infirmier infirmière élu élue intéressé intéressée
  entrepreneur entrepreneuse agriculteur agricultrice éleveur éleveuse pêcheur artiste
  animateur animatrice présentateur présentatrice journaliste chroniqueur chroniqueuse humoriste interprète star vedette
  rappeur rappeuse musicien musicienne compositeur compositrice producteur productrice auteur autrice metteur danseur danseuse
  mannequin styliste créateur créatrice champion championne footballeur cycliste nageur nageuse
  skieur skieuse boxeur boxeuse judoka tennisman attaquant attaquante buteur meneur gardien gardienne ailier
  navigateur navigatrice alpiniste astronaute cuisinier cuisinière pâtissier pâtissière restaurateur chirurgien chirurgienne
  psychiatre psychologue magistrat magistrate élève lycéen lycéenne retraité retraitée habitant habitante
  père mère fils fille frère sœur mari épouse veuf veuve grand-père grand-mère papa maman candidat candidate invité invitée
  científico científica investigador investigadora experto experta piloto ingeniero ingeniera
  cientista pesquisador pesquisadora especialista
  vecino vecina cocinero cocinera agricultor agricultora ganadero ganadera pescador pescadora médico médica
  enfermero enfermera profesor profesora maestro maestra periodista escritor escritora novelista poeta cantante actriz
  cineasta artista empresario empresaria economista arquitecto arquitecta psicólogo psicóloga sociólogo socióloga
  historiador historiadora biólogo bióloga epidemiólogo epidemióloga activista sindicalista estudiante taxista camionero
  joven anciano anciana sexagenario sexagenaria septuagenario septuagenaria octogenario octogenaria nonagenario nonagenaria
  madre padre hijo hija hermano hermana abuelo abuela viudo viuda
  delantero delantera portero portera guardameta centrocampista futbolista jugador jugadora tenista ciclista atleta
  nadador nadadora corredor corredora capitán capitana
  dirigente líder candidato candidata exministro exministra expresidente expresidenta exmandatario exmandataria
  parlamentario parlamentaria socialista libertario libertaria peronista kirchnerista chavista antichavista uribista
  petrista morenista priista panista perredista laborista conservador conservadora progresista ultraderechista
  izquierdista derechista independentista
  vizinho vizinha cozinheiro cozinheira médico enfermeiro enfermeira professora jornalista cantor cantora ator atriz
  empresário empresária advogado advogada historiadora estudante motorista caminhoneiro bombeiro bombeira policial
  jovem idoso idosa aposentado aposentada octogenário octogenária nonagenário nonagenária
  mãe pai filho filha irmão irmã avô avó viúvo viúva
  atacante goleiro goleira zagueiro jogador jogadora futebolista lutador lutadora nadadora
  ex-ministro ex-ministra ex-presidente ex-deputado ex-deputada ex-governador ex-governadora ex-prefeito ex-prefeita
  parlamentar petista tucano bolsonarista lulista
  campeón campeona bicampeón tricampeón tetracampeón pentacampeón veterano veterana debutante
  campeão campeã bicampeão tricampeão tetracampeão pentacampeão veterana estreante
  gremialista comunicador comunicadora panelista funcionario funcionaria spécialiste expert experte
  conductor conductora animador animadora locutor locutora presentador presentadora apresentador apresentadora
  comentarista analista professeur professeure fonctionnaire
  écologiste socialiste communiste insoumis insoumise centriste macroniste frontiste lepéniste
`);

/**
 * Words for a specialist by their ending, in any field ("la gastro-entérologue", "el neumólogo", "la cardióloga"), with
 * at least SPECIALIST_STEM letters before it. The ending alone in the pattern: it is tested on every word read.
 */
const EPITHET_SUFFIX = /(?:logue|ólogo|óloga)$/;
const SPECIALIST_STEM = 3;

/** A word of EPITHETS, or for a specialist by its ending (EPITHET_SUFFIX). */
export function isEpithet(word: string): boolean {
  return EPITHETS.has(word) || (EPITHET_SUFFIX.test(word) && word.length >= SPECIALIST_STEM + 5);
}

/** A German noun for a scientist in -loge or -login, in any field ("Endokrinologe"), past the listed ones of ROLE_SUFFIX. */
export const isGermanScientist = (word: string): boolean => GERMAN_SCIENTIST.test(word) && word.length >= SPECIALIST_STEM + 6;
const GERMAN_SCIENTIST = /olog(?:e|in)$/;

/**
 * Words for kin among EPITHETS ("dijo la madre", "disse o pai"): with a possessive or a complement ("su madre",
 * "o pai da vítima") they describe someone else's kin, no one the text named.
 */
export const KIN = words(`
  madre padre hijo hija hermano hermana abuelo abuela viudo viuda
  mãe pai filho filha irmão irmã avô avó viúvo viúva
`);

/**
 * German words for kin, which a genitive after them makes someone else's ("die Mutter des Opfers"). Apart from KIN:
 * German descriptions are read by germanDescriptionAt, where a word for kin alone ("sagte die Mutter") is the person in focus.
 */
export const GERMAN_KIN = words('mutter vater sohn tochter bruder schwester ehefrau ehemann witwe witwer großmutter großvater onkel tante');

/**
 * Spanish and Portuguese words for where someone is from, written as nouns ("afirmó el francés", "disse o
 * brasileiro", "la británica"): after an article and standing alone, a description of the person just named.
 * Not role words: before a name they qualify a role ("el presidente francés Emmanuel Macron").
 */
export const DEMONYMS = words(`
  español española francés francesa italiano italiana alemán alemana británico británica inglés inglesa portugués portuguesa
  argentino argentina brasileño brasileña mexicano mexicana colombiano colombiana chileno chilena uruguayo uruguaya
  peruano peruana venezolano venezolana estadounidense ruso rusa ucraniano ucraniana neerlandés neerlandesa belga
  serbio serbia croata noruego noruega sueco sueca danés danesa suizo suiza austriaco austriaca japonés japonesa chino china
  madrileño madrileña barcelonés barcelonesa andaluz andaluza catalán catalana vasco vasca gallego gallega valenciano valenciana
  asturiano asturiana canario canaria aragonés aragonesa
  brasileiro brasileira português portuguesa francês francesa italiano inglês inglesa alemão alemã espanhol espanhola
  argentino americano americana uruguaio uruguaia paraguaio paraguaia colombiano chileno chilena russo russa
  carioca paulista gaúcho gaúcha mineiro mineira baiano baiana pernambucano pernambucana paranaense cearense
  capixaba goiano goiana paraense amazonense potiguar paraibano paraibana alagoano alagoana catarinense
  holandés holandesa polaco polaca griego griega turco turca húngaro húngara rumano rumana búlgaro búlgara checo checa
  finlandés finlandesa irlandés irlandesa escocés escocesa galés galesa islandés islandesa estonio estonia lituano
  lituana letón letona esloveno eslovena eslovaco eslovaca canadiense australiano australiana neozelandés neozelandesa
  sudafricano sudafricana nigeriano nigeriana marroquí argelino argelina tunecino tunecina egipcio egipcia israelí
  iraní iraquí sirio siria libanés libanesa saudí palestino palestina indio india pakistaní afgano afgana coreano
  coreana vietnamita tailandés tailandesa filipino filipina indonesio indonesia cubano cubana dominicano dominicana
  puertorriqueño puertorriqueña ecuatoriano ecuatoriana boliviano boliviana paraguayo paraguaya costarricense panameño
  panameña hondureño hondureña salvadoreño salvadoreña guatemalteco guatemalteca nicaragüense haitiano haitiana
  jamaicano jamaicana
  holandês polonês polonesa grego grega romeno romena finlandês irlandês escocês canadense sul-africano sul-africana
  marroquino marroquina egípcio egípcia israelense iraniano iraniana iraquiano sírio síria libanês indiano indiana
  paquistanês japonês chinês chinesa tailandês indonésio venezuelano venezuelana equatoriano equatoriana norueguês
  norueguesa dinamarquês dinamarquesa suíço suíça austríaco austríaca sérvio sérvia angolano angolana moçambicano
  moçambicana cabo-verdiano cabo-verdiana
`);

/**
 * German nouns for where someone is from ("der Ukrainer Usyk", "die Britin"): before a surname alone they describe the
 * person, as a role does, and are no part of the name.
 */
export const GERMAN_DEMONYMS = words(`
  brite britin engländer engländerin schotte schottin ire irin franzose französin deutsche deutscher italiener italienerin
  spanier spanierin portugiese portugiesin niederländer niederländerin belgier belgierin schweizer schweizerin
  österreicher österreicherin pole polin tscheche tschechin slowake slowakin ungar ungarin rumäne rumänin bulgare bulgarin
  kroate kroatin serbe serbin slowene slowenin grieche griechin türke türkin russe russin ukrainer ukrainerin
  norweger norwegerin schwede schwedin däne dänin finne finnin amerikaner amerikanerin us-amerikaner us-amerikanerin
  kanadier kanadierin mexikaner mexikanerin brasilianer brasilianerin argentinier argentinierin australier australierin
  chinese chinesin japaner japanerin koreaner koreanerin inder inderin israeli iraner iranerin syrer syrerin afghane afghanin
  holländer holländerin waliser waliserin isländer isländerin litauer litauerin lette lettin georgier georgierin armenier
  armenierin ägypter ägypterin marokkaner marokkanerin algerier algerierin tunesier tunesierin nigerianer nigerianerin
  kenianer kenianerin südafrikaner südafrikanerin kolumbianer kolumbianerin chilene chilenin peruaner peruanerin
  venezolaner venezolanerin kubaner kubanerin neuseeländer neuseeländerin vietnamese vietnamesin pakistaner pakistanerin
  libanese libanesin iraker irakerin palästinenser palästinenserin kasache kasachin albaner albanerin bosnier bosnierin
  luxemburger luxemburgerin
`);

/**
 * French words for where someone is from, written with a capital ("l’Espagnol", "le Serbe", "le Toulousain"): after "le",
 * "la" or "l’" and a cue, the person just named, as an epithet. Besides these, any word ending as most of them do
 * (FRENCH_DEMONYM_SUFFIX). "Parisien" is left out: "le Parisien" after a cue is the newspaper.
 */
export const FRENCH_DEMONYMS = words(`
  espagnol espagnole serbe suisse belge russe croate tchèque slovène slovaque grec grecque turc turque britannique
  allemand allemande argentin argentine basque corse breton bretonne normand normande
`);
export const FRENCH_DEMONYM_SUFFIX = /(?<!parisi)(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne)$/;

/**
 * The gender a French word for someone tells by its ending, where the article is elided ("l’animatrice", "l’invitée",
 * "l’Espagnole" are women; "l’animateur", "l’élu", "l’Italien" men); "l’interprète" tells none.
 */
export function frenchNounGender(noun: string): Gender | undefined {
  if (/(?:rice|euse|enne|aise|oise|aine|ine|ande|ole|ère|ée|ue|ante|ente|esse)$/u.test(noun)) return 'f';
  return /(?:eur|ien|ais|ois|ain|in|and|ol|ier|er|é|u|ant|ent)$/u.test(noun) ? 'm' : undefined;
}

/** Nouns that describe someone after "jeune" ("la jeune femme", "le jeune homme"). */
export const YOUNG_PERSON = words('femme homme fille garçon');

/**
 * Verbs that report speech only inverted after the words ("…, note la Drees", "…, juge Mme Binet", "…, cuenta el vecino",
 * "…, conta a mãe"): elsewhere they are nouns ("la cuenta", "por conta"); English "began" ("“…,” Hale began") begins
 * anything else.
 */
export const INCISE_CUES = words(`
  note constate avance souffle complète réplique analyse pointe continue charge attaque
  murmure riposte tonne tempête grogne demande reprend philosophe
  began begins
  cuenta precisa reza dicta
  erinnert erinnerte
`);
for (const form of SPEECH_VERB_FORMS.incise) INCISE_CUES.add(form);

/**
 * English present participles of verbs of saying, cues only opening a clause after a comma ("…spoke at the site,
 * promising that “…”", "…, acknowledging that"): elsewhere they are nouns or adjectives ("the promising results").
 */
export const CLAUSE_PARTICIPLES = SPEECH_VERB_FORMS.clauseParticiples;
/** German verbs of saying in the subjunctive of reported speech ("Er betone, dass…"): cues but beside "ich", whose present they also are ("freue ich mich"). */
export const GERMAN_SUBJUNCTIVE_CUES = SPEECH_VERB_FORMS.germanSubjunctive;

/**
 * French past participles that report speech only after "avoir" ("a noté", "ont critiqué", "avait averti"): alone
 * they are adjectives or nouns ("bien noté", "le prix demandé", "l'accusé").
 */
export const FRENCH_PERFECT_CUES = words(`
  noté complété demandé avancé répété contesté démenti questionné repris
  pointé tancé attaqué murmuré soufflé riposté tonné chargé
`);

for (const participle of SPEECH_VERB_FORMS.frenchPerfect) FRENCH_PERFECT_CUES.add(participle);

/** Forms of "avoir" before a participle of FRENCH_PERFECT_CUES. */
export const AVOIR = words('a ont avait avaient aurait auraient aura');

/** French verbs that report speech only with their reflexive pronoun ("s'alarme", "s'enthousiasme"): alone they are nouns ("l'alarme"). */
export const REFLEXIVE_CUES = words('alarme enthousiasme');

/** "Así lo explicó", "dijo así el ministro", "Assim resumiu": words saying the quotation is how someone put it. */
export const MANNER_ADVERBS = words('así assim');
/** Adverbs between an inverted cue and its subject ("…, note aussi la Drees", "sagte auch der Minister"). */
export const INCISE_ADVERBS = new Set([...words('aussi encore également ensuite alors puis auch noch dann später zunächst también además luego después primero finalmente entonces também ainda depois primeiro então'), ...MANNER_ADVERBS]);

/**
 * Spanish, Portuguese and German times set between a cue and its subject, or ending the clause of a dropped subject: a
 * word of WHEN_OPENERS, then one of WHEN_WORDS ("afirmó este lunes el ministro", "disse nesta segunda-feira", "sagte am
 * Montag der Minister").
 */
export const WHEN_OPENERS = words('este esta neste nesta nesse nessa am');
export const WHEN_WORDS = words(`
  lunes martes miércoles jueves viernes sábado domingo mañana tarde noche semana
  segunda-feira terça-feira quarta-feira quinta-feira sexta-feira domingo manhã tarde noite semana
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Morgen Abend Wochenende
`);
/** Spanish, Portuguese, French and German adverbs of time in the same places ("dijo ayer el alcalde", "afirmou ontem", "a déclaré lundi soir le ministre"). */
export const WHEN_ADVERBS = words('ayer hoy anoche ontem hoje hier lundi mardi mercredi jeudi vendredi samedi dimanche soir matin gestern heute');

/** Words for one role in the languages read: a later mention by any of them refers to whom the text named with another. */
const ROLE_SYNONYMS: readonly ReadonlySet<string>[] = [
  words('coach técnico treinador comandante entrenador seleccionador entraîneur sélectionneur trainer trenér kouč'),
  words('maire édile mairesse bourgmestre'),
  words('senator sen.'),
  words('governor gov.'),
  words('representative rep. congressman congresswoman'),
  words('ceo executive'),
];

/**
 * French periphrases for an office ("le chef de l’État", "le locataire de Matignon"): the office they stand for, whose
 * holder the text named with its role word ("le président de la République, Emmanuel Macron"). Apostrophes as "'".
 */
export const OFFICE_PHRASES: ReadonlyMap<string, string> = new Map([
  ["chef de l'état", 'président'],
  ["locataire de l'élysée", 'président'],
  ['chef du gouvernement', 'premier ministre'],
  ['locataire de matignon', 'premier ministre'],
  ['premier ministre', 'premier ministre'],
  ['première ministre', 'premier ministre'],
  ...['jefe de gobierno', 'jefe del gobierno', 'jefa de gobierno', 'jefa del gobierno', 'primer ministro', 'primera ministra'].map((p) => [p, 'primer ministro'] as const),
  ...['jefe de estado', 'jefe del estado', 'jefa de estado', 'jefa del estado'].map((p) => [p, 'presidente'] as const),
  ...['chefe de governo', 'chefe do governo'].map((p) => [p, 'primeiro-ministro'] as const),
  ...['chefe de estado', 'chefe do estado'].map((p) => [p, 'presidente'] as const),
]);

/**
 * Words for a kind of office that a later mention uses for whom the text named with one of its offices: "o parlamentar"
 * after "o deputado Kim Kataguiri" or "o senador Davi Alcolumbre", "la titular de Defensa" after "la ministra de Defensa,
 * Margarita Robles"; not the other way ("o senador" is no deputado).
 */
const ROLE_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['parlamentar', 'parlamentario', 'parlamentaria', 'legislador', 'legisladora'].map(
    (kind) => [kind, words('diputado diputada senador senadora deputado deputada congresista parlamentar parlamentario parlamentaria')] as const,
  ),
  // "the lawmaker" after "Sen. Maria Lopez" or "Rep. John Reed".
  ...['lawmaker', 'legislator'].map((kind) => [kind, words('senator sen. representative rep. congressman congresswoman mp')] as const),
  // "la titular de Defensa", "o titular da pasta": the minister or the regional head of a department.
  ['titular', words('ministro ministra consejero consejera conselheiro conselheira secretario secretaria secretário secretária')],
  // "adelantó el Mandatario", "o mandatário": the president.
  ...['mandatario', 'mandataria', 'mandatário', 'mandatária'].map((kind) => [kind, words('presidente presidenta')] as const),
  // "the carmaker’s boss", "la patronne du groupe": whoever leads a firm or a team, whatever the office is called.
  ['boss', words('ceo executive chairman chairwoman chairperson chair founder manager coach')],
  ...['patron', 'patronne'].map((kind) => [kind, words('pdg président présidente directeur directrice fondateur fondatrice')] as const),
]);

/**
 * Words for a kind of firm, and the words that end the names of firms of that kind: "the carmaker" may mean "Harlow
 * Motors", "the airline" "Kestrel Airways", "the lender" "Northfield Bank", though the name's word is another.
 */
export const FIRM_KIND_NAME_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['carmaker', 'automaker', 'autobauer', 'autohersteller', 'constructeur', 'fabricante', 'montadora', 'automobilka'].map((kind) => [kind, words('motors motor automotive autos cars')] as const),
  ['airline', words('airlines airways air')],
  ['lender', words('bank bancorp')],
  ['insurer', words('insurance assurance')],
  ['broadcaster', words('broadcasting television radio')],
  ['brewer', words('brewery breweries brewing')],
  ['retailer', words('stores shops')],
  ['operator', words('rail railway railways trains network networks transport transit lines buses airport airports')],
]);

/**
 * Words for a public body, and the words one's name always holds: "the agency" may mean the "Federal Aviation
 * Administration" or the "Food Standards Agency", never "Boeing".
 */
export const PUBLIC_BODY_NAME_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['agency', 'agence', 'agencia', 'agência'].map((kind) => [kind, words('agency administration service bureau office department commission authority board center centre institute inspectorate agence direction autorité institut agencia dirección servicio instituto autoridad agência direção serviço autoridade')] as const),
  // German names join the body's word to what it does ("Bundesamt", "Landesbehörde"): their last part says it.
  ['behörde', words('amt behörde ministerium anstalt agentur institut direktion verwaltung aufsicht polizei')],
  ['úřad', words('úřad ministerstvo agentura inspekce správa policie')],
  ['force', words('police constabulary')],
  ['pasta', words('ministério secretaria')],
]);

/** The role words whose holders `role` may refer back to: the same role in other words, and the offices of its kind. */
export const rolesMeant = (role: string): string[] => [...sameRole(role), ...(ROLE_KINDS.get(role) ?? [])];

/** The role words that mean the same role as `role` ("comandante" → técnico, treinador, coach…), itself included. */
export const sameRole = (role: string): string[] => [...(ROLE_SYNONYMS.find((s) => s.has(role)) ?? [role])];

/**
 * Prepositions (in the languages read) whose capitalized object is where the words went or who
 * heard them ("na Twitter", "ao programa", "in The Times"), not who spoke.
 */
export const PREPOSITIONS = words(`
  in on at to for with from by
  à au aux sur dans en chez pour avec d' d’
  en a al con por para ante
  em no na nos nas ao aos à pelo pela com
  in im auf bei mit von zu gegenüber nach vor für über unter aus gegen durch ohne seit während wegen hinter neben zwischen trotz statt außer
  na v ve do z ze s k ke o u pro po při za vůči
`);

/** Spanish and Portuguese prepositions that PREPOSITIONS leaves out ("subrayó sobre ese punto", "disse sobre o caso"). */
export const ROMANCE_PREPOSITIONS = words('sobre tras durante desde hacia según acerca mediante sob após');

/**
 * German prepositions that PREPOSITIONS leaves out, being words of other languages too ("von Donald Trump bis Martin
 * Schulz"; English "an", Portuguese "um").
 */
export const GERMAN_PREPOSITIONS = words('bis um an ab');

/**
 * Conjunctions and prepositions of French, Spanish, Portuguese, German and Czech: a name followed by one
 * does nothing there ("supera a Jim Clark y que…", "Nadeschdin und seine Anhänger"). French "a" is a verb, and
 * particles of names ("de", "von", "da") are read by names.ts, so both are left out.
 */
export const EUROPEAN_LINKS = words(`
  et ou des d' d’ pour avec sans sur dans chez contre entre y o e con por para sobre sin contra entre
  ou com pelo pela sem und oder mit für bei zum zur aus nach gegen ohne über
  nebo ani ve ze se pro při za od
`);

/** The ages (from, to) that Spanish and Portuguese descriptions by age say someone is of ("el joven", "la veterana", "a idosa"). */
export const AGE_OF_DESCRIPTION: ReadonlyMap<string, readonly [number, number]> = new Map(
  ([
    ['joven jovem adolescente', 12, 30],
    ['veterano veterana', 30, 120],
    ['anciano anciana idoso idosa', 65, 120],
    ['sexagenario sexagenaria sexagenário sexagenária', 60, 69],
    ['septuagenario septuagenaria septuagenário septuagenária', 70, 79],
    ['octogenario octogenaria octogenário octogenária', 80, 89],
    ['nonagenario nonagenaria nonagenário nonagenária', 90, 99],
  ] as const).flatMap(([list, from, to]) => [...words(list)].map((w) => [w, [from, to]] as [string, readonly [number, number]])),
);

/** Reflexive pronouns that follow some cue verbs ("přidává se", "s'est exprimé"): never the speaker. */
export const REFLEXIVES = words('se si sich');

/** German compounds ending in a role are roles ("Regierungssprecher", "Innenministerin", "Parteichef"); the longer words in -loge are isGermanScientist's. */
export const ROLE_SUFFIX =
  /(?:ologist|(?:viro|bio|geo|theo|onko)log(?:e|in)|journalist|journalistin|aktivist|aktivistin|anwalt|anwältin|autor|autorin|direktor|direktorin|professorin|berater|beraterin|historiker|historikerin|gründer|gründerin|schriftsteller|schriftstellerin|regisseur|regisseurin|schauspieler|schauspielerin|botschafter|botschafterin|diplomat|diplomatin|unternehmer|unternehmerin|geschäftsführer|geschäftsführerin|ermittler|ermittlerin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|chef|chefin|boss|bossin|leiter|leiterin|vorsitzende|vorsitzender|kanzler|kanzlerin|kandidat|kandidatin|politiker|politikerin|lehrer|lehrerin|rektor|rektorin|forscher|forscherin|wissenschaftler|wissenschaftlerin|schüler|schülerin|experte|expertin|verwalter|verwalterin|interviewer|interviewerin|ökonom|ökonomin|sieger|siegerin|meister|meisterin|bischof|bischöfin|pfarrer|pfarrerin|(?<!t)richter|(?<!t)richterin|kommandant|kommandantin|abgeordnete|abgeordneter|vikar|vikarin|dekan|dekanin|pastor|pastorin|kontrolleur|kontrolleurin|redakteur|redakteurin|ingenieur|ingenieurin|trainer|trainerin|sekretär|sekretärin|führer|führerin|dissident|dissidentin|mediziner|medizinerin|arzt|ärztin|kollege|kollegin|mitglied|vorstand)$/;

/**
 * German nouns for a person by trade, standing, origin, family or age, by their endings ("Klimaforscher", "Schülerin",
 * "Ökonom", "Polizist", "Österreicher", "Franzose", "Abgeordnete", "Landwirt"): after "der" or "die", one such noun
 * alone is someone the text has named, as a pronoun of the article's gender would be (lib/extract/attribution/).
 */
export const GERMAN_PERSON_NOUN =
  /\p{Ll}(?:er|in|ist|nom|ent|ant|eur|e|soldat|diplomat|kandidat|wirt|arzt|anwalt|mann|frau|ling|profi|star|chef|boss|coach)$/u;

/** German nouns for a person that stay feminine without the -in ending ("die Mutter", "die Tochter"); "die Forscher" are several. */
export const GERMAN_FEMININE_NOUNS = words('mutter tochter schwester frau großmutter oma witwe');

/**
 * Czech nouns for a person by trade, standing or family, by their endings ("politik", "ekonom", "útočník", "učitel",
 * "lékařka", "soudkyně"): alone after a cue in the past ("řekl politik", "uvedla lékařka"), someone the text has named.
 */
export const CZECH_PERSON_NOUN = /\p{Ll}(?:ik|log|nom|ista|tel|ník|ař|ář|íř|ič|áč|ér|ýr|ent|ant|ec|ce|muž|syn|ka|yně|ice|žena|dcera)$/u;

/**
 * Nouns for what someone said ("The answer from Louise Haigh was short:", "die Antwort der Ministerin", "odpověď ministra X",
 * "la respuesta del portavoz X", "o recado do técnico X"): before a colon, the person they name ("from X", "von X", "der
 * Ministerin X", "del portavoz X") is whose words follow.
 */
export const SPEECH_NOUNS = words(`
  answer response reply message warning verdict reaction retort plea promise admission appeal rebuke comment comments word words advice
  antwort reaktion fazit urteil worte kommentar stellungnahme aussage botschaft appell warnung replik entgegnung erwiderung prognose einschätzung
  odpověď reakce slova vyjádření komentář výzva varování
  respuesta reacción mensaje réplica advertencia aviso conclusión veredicto diagnóstico explicación queja recado palabras
  resposta reação reacção mensagem advertência conclusão veredito explicação queixa palavras
`);

/**
 * Words for what someone claimed, with SPEECH_NOUNS: their owner said the words a clause after them reports ("Cole’s
 * claim that “…”", "la afirmación de Ana Cole de que «…»", "die Behauptung von Anna Berger zurück, „…“").
 */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([...SPEECH_NOUNS, ...words(`
  claim claims assertion suggestion allegation accusation statement remarks insistence argument pledge vow
  afirmación afirmaciones declaración declaraciones acusación acusaciones promesa
  afirmação afirmações declaração declarações acusação promessa
  affirmation affirmations déclaration déclarations propos accusation accusations promesse
  behauptung äußerung äußerungen vorwurf vorwürfe versprechen ankündigung
  tvrzení prohlášení
`)]);

/**
 * Verbs of answering back or taking the floor that tell of words without being a cue for them ("Landrat Peter Scholl
 * reagierte prompt.", "Ministr reagoval okamžitě.", "Óscar Rodríguez habló con los periodistas", "O deputado discordou."):
 * a quotation standing alone right after such a sentence is the subject's, as after one of SPEECH_ACTS.
 */
export const ANSWERING_VERBS = words(`
  reagierte reagiert widersprach widerspricht konterte kontert polterte poltert wetterte wettert
  reagoval reagovala oponoval oponovala ohradil ohradila kontroval kontrovala
  habló hablaba intervino pronunció discrepa discrepó discordó falou discursou pronunciou discorda discordou
`);

/**
 * German and Czech words for a writing an organisation issues ("heißt es in der Mitteilung", "so das Schreiben",
 * "uvádí se v prohlášení"): one writing by any of its words, as the Spanish and Portuguese ones in attribution/roles.ts.
 */
export const GERMAN_CZECH_WRITINGS = words(`
  mitteilung pressemitteilung erklärung schreiben brief stellungnahme communiqué papier bericht urteil gutachten
  prohlášení dopis sdělení zpráva
`);

/**
 * Verbs of putting out a writing or a statement ("veröffentlichte eine Mitteilung", "vydala prohlášení", "issued a
 * statement", "emitió un comunicado"): its subject issued it. "erhielt einen Brief" (received) is someone else's writing.
 */
export const ISSUING = words(`
  veröffentlichte veröffentlicht verschickte verschickt schickte schickt informierte informiert verbreitete verbreitet
  schrieb schreibt richtete richtet versandte versendet
  vydala vydal vydalo zveřejnila zveřejnil zveřejnilo rozeslala rozeslal rozeslalo poslala poslal poslalo napsala napsal
  issued released gave made offered had posted
  emitió difundió publicó presentó hizo divulgou emitiu publicou fez
`);

/**
 * Czech words for where someone is from: the noun a reporter credits with ("řekl Angličan", "uvedla Slovenka") and the
 * adjective that introduced the person ("anglický záložník Jack Morton"), each form to the masculine noun.
 */
export const CZECH_DEMONYMS: ReadonlyMap<string, string> = new Map(
  `angličan angličanka anglick|němec němka německ|čech češka česk|slovák slovenka slovensk|američan američanka americk|rakušan rakušanka rakousk
  francouz francouzka francouzsk|ital italka italsk|španěl španělka španělsk|polák polka polsk|rus ruska rusk|nizozemec nizozemka nizozemsk
  brazilec brazilka brazilsk|švéd švédka švédsk|nor norka norsk|fin finka finsk|dán dánka dánsk|ukrajinec ukrajinka ukrajinsk
  maďar maďarka maďarsk|chorvat chorvatka chorvatsk|srb srbka srbsk|kanaďan kanaďanka kanadsk|švýcar švýcarka švýcarsk|belgičan belgičanka belgick`
    .split('|')
    .flatMap((group) => {
      const [man, woman, stem] = group.trim().split(/\s+/);
      return [man, woman, `${stem}ý`, `${stem}á`].map((form) => [form, man] as const);
    }),
);

/**
 * Endings of German nouns with a person's ending that name a firm, a body or a thing ("teilte der Flughafenbetreiber mit",
 * "der Sender", "die Gemeinde", "der Energieversorger").
 */
export const GERMAN_NOT_PERSONS = words(`
  betreiber veranstalter hersteller anbieter arbeitgeber vermieter sender versender zulieferer lieferant kicker gemeinde
  versicherer versorger autobauer discounter händler
`);

/** Roles of someone speaking for an organisation: "a Tesco spokeswoman said" is Tesco speaking. */
export const SPOKES = words('spokesman spokeswoman spokesperson spokespeople representative publicist porte-parole portavoz vocero vocera porta-voz sprecher sprecherin mluvčí');

/** French words for an organisation just named ("Renault a réagi. « … », indique le constructeur"), as REFERRING_BODIES. */
export const FRENCH_REFERRING_BODIES = words('groupe entreprise société constructeur firme compagnie enseigne opérateur fabricant club');

/**
 * Words for an organisation that, after "the" or "la", point back to one the text has just named, whatever its name
 * ("Harlow Motors recalled… “…,” the company said"; "a company spokesperson"; "explica la ONG"). Not "the police",
 * "the court": those name an institution of their own.
 */
export const REFERRING_BODIES = new Set([
  ...words(`
    company firm bank group corporation label ong empresa compañía companhia grupo club clube eléctrica ministerio ministério pasta
    fabricante constructora aerolínea operadora petrolera farmacéutica aseguradora tecnológica distribuidora naviera cadena
    emisora editorial minera automotriz montadora construtora varejista petrolífera farmacêutica seguradora emissora editora
    konzern unternehmen autobauer verein firma společnost automobilka
    carmaker automaker airline retailer supermarket broadcaster lender insurer brewer regulator watchdog operator
    chain grocer giant
    agency agence agencia agência behörde úřad force
  `),
  ...FRENCH_REFERRING_BODIES,
]);

/** French nouns for what someone said ("La réponse du porte-parole, X, a été sèche :"): whose they are says who speaks after a colon. */
export const FRENCH_SPEECH_NOUNS = words('réponse réaction réplique commentaire verdict explication avertissement message');

/**
 * How a French sentence says that someone spoke, and how, without a verb of saying ("s’est montrée cinglante", "s’est
 * voulu rassurant"): adjectives after "s’est montré" or "s’est voulu" that only speech has.
 */
export const FRENCH_SPEAKING_MANNERS = words(`
  cinglant cinglante catégorique ferme prudent prudente rassurant rassurante optimiste pessimiste offensif offensive
  virulent virulente incisif incisive laconique évasif évasive confiant confiante amer amère combatif combative ironique
  critique sévère menaçant menaçante conciliant conciliante
`);

/** French words for someone by the decade of their age ("la sexagénaire"): the person of the text given an age in it ("Yvette Martin, 67 ans"). */
export const FRENCH_AGE_DECADES: ReadonlyMap<string, number> = new Map([
  ['trentenaire', 30], ['quadragénaire', 40], ['quinquagénaire', 50], ['sexagénaire', 60], ['septuagénaire', 70], ['octogénaire', 80], ['nonagénaire', 90],
]);

/** French words for what a body issues in writing ("un communiqué", "le texte", "la note"): one writing by any of them, as ROMANCE_WRITINGS. */
export const FRENCH_WRITINGS = words('communiqué texte note lettre courrier rapport');

/** Letters after a name for an honour, an office or a degree ("Afrasiab Anwar MBE", "Keir Starmer MP", "Jane Roe KC"): not part of it. */
export const POST_NOMINALS = words('mbe obe cbe kbe dbe gbe kc qc mp msp mla mep phd ph.d. frs');
/** Professional credentials written after a name between commas ("Maria Lopez, MS, RD, says"), as written: "MS" and "DO" only in capitals are no words. */
export const CREDENTIALS = words('MD RD RDN RN MS MA MBA MPH CPA LCSW LMFT DDS DMD DO NP PA-C CFP JD EdD PsyD PhD FACS CSCS');

/** Honorifics kept out of the display name ("Mr. Reeves" is Reeves), with the gender they tell. */
export const HONORIFIC_GENDER: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ...['mr', 'mr.', 'sir', 'lord', 'm.', 'herr', 'sr.', 'sr', 'don', 'pan'].map((w) => [w, 'm'] as const),
  ...['mrs', 'mrs.', 'ms', 'ms.', 'dame', 'lady', 'mme', 'mlle', 'frau', 'sra.', 'sra', 'dra.', 'dra', 'doña', 'paní'].map((w) => [w, 'f'] as const),
  // "Adv Tšosane" (an advocate, in southern Africa), "le Pr Joly-Gomez" (a French professor).
  ...['dr', 'dr.', 'prof.', 'prof', 'adv', 'adv.', 'pr', 'pr.'].map((w) => [w, undefined] as const),
]);

/** Words that make a capitalized run an organisation or a place rather than a person. */
export const ORGANISATION = words(`
  department ministry office agency commission committee council court house party union university college institute center centre
  institutes centers centres
  association foundation bank company corporation group government administration embassy police army navy force forces service services
  news times post press network museum parliament congress senate assembly board authority bureau organisation organization fund military
  society church team club league federation station hospital school coalition alliance inc. inc corp. corp ltd plc llc gmbh
  productions records motors holdings studios pictures industries airlines airways partners ventures laboratories label firm trust
  technologies consulting networks associates research media systems solutions software labs magazine journal
  carmaker automaker airline retailer supermarket broadcaster lender insurer brewer regulator watchdog operator chain grocer giant
  ministère gouvernement parti commission conseil assemblée cour tribunal syndicat police gendarmerie mairie agence autorité
  groupe entreprise société banque fédération fondation compagnie préfecture
  ministerio gobierno partido consejo tribunal sindicato policía agencia congreso senado ong comité empresa compañía grupo eléctrica firma
  ayuntamiento alcaldía municipalidad intendencia
  ministério governo partido conselho sindicato polícia agência comitê empresa companhia grupo clube pasta prefeitura câmara mineradora
  ministerium regierung partei gericht polizei behörde verband bundestag zeitung nachrichtenagentur agentur sender magazin
  universität hochschule institut stiftung klinik klinikum akademie bahn gewerkschaft konzern verein autobauer
  feuerwehr
  ministerstvo vláda strana soud policie úřad sněmovna společnost automobilka
`);

/** German compounds ending in an organisation word ("Innenministerium", "Bundesregierung"). */
export const ORGANISATION_SUFFIX = /(?:ministerium|regierung|partei|gericht|polizei|behörde|verband|amt|institut|universität|hochschule|stiftung|direktion|kommission|gesellschaft|organisation|gruppe|rathaus|verwaltung|kanzlei|präsidium)$/;

/** German bodies' words that name an institution of their own ("der Polizei", "der Regierung"), not one the text named by a compound ending in them. */
export const GERMAN_INSTITUTIONS = words('polizei regierung gericht');
/** Nouns that introduce a title of a work or a name in quotation marks rather than someone's words. */
export const WORK_NOUNS = words(`
  book novel song album film movie show series play poem exhibition exhibit painting documentary podcast single memoir essay
  column headline episode programme program opera musical title titles
  livre roman chanson film exposition album émission série pièce poème
  libro novela canción película exposición disco serie obra programa
  livro romance canção filme exposição disco série peça programa
  buch roman lied film ausstellung album serie sendung
  kniha román píseň film výstava album seriál pořad pořadu
`);

/**
 * Nouns that name what the quotation right after them is called, in the languages read ("unter dem Schlagwort
 * »Ubuntu«", "le slogan « Osez le vélo »"): a name or a slogan, no one's words. English says it before the article
 * ("the slogan") in detect.ts's INTRODUCES_TERM.
 */
export const NAMING_NOUNS = words(`
  lema eslogan término apodo etiqueta slogan terme surnom devise
  schlagwort motto begriff stichwort titel hashtag spitzname termo apelido
`);

/**
 * Nouns for an undertaking, which a quotation right after them names when it is a name's length ("del plan «capitales
 * alternas»", "die Aktion „Saubere Stadt“"), but may also be its predicate ("el plan «no tiene ningún sentido»").
 */
export const UNDERTAKING_NOUNS = words('plan operación campaña opération campagne kampagne aktion operation operação campanha');

/** Prepositions that join a role to its department ("minister of Finance", "ministra de Economía", "Minister für Arbeit"). */
export const ROLE_COMPLEMENT = words('of for de du des da do di del für');

/** English days, between a subject and its verb ("Trump on Tuesday said") and never names. */
export const ENGLISH_DAYS = words('monday tuesday wednesday thursday friday saturday sunday');
/** German days, between a subject and its verb ("am Montag") and never names. */
export const GERMAN_DAYS = words('montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag');
/** German months, between a subject and its verb ("im Januar") and, but for "Mai", never names. */
export const GERMAN_MONTHS = words('januar jänner februar märz april mai juni juli august september oktober november dezember');

/**
 * Capitalized words that begin sentences, clauses or dates, not names (in every language read): each language's
 * closed classes (determiners, possessives, conjunctions, prepositions, common adverbs), less the words that are also
 * names or name parts ("Ma", "Su", "Per", "Vos", "Knapp", the particles "da", "von", "van").
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...words(`
  the a an in on at by for from to of and but or nor so yet however after before while when where if as since though although
  this that these those it its he she they we i you his her their our my your there here then also meanwhile still now
  january february march april may june july august september october
  november december today yesterday tomorrow earlier later last next according during despite
  asked speaking because until unless once why how what whether even only both neither either instead indeed thus otherwise besides
  among against between through throughout within without upon over about into under like unlike with after following
  beyond inside outside behind above below beside along alongside
  some many most several all every each no not one two three first second finally ultimately overall still yes
  le la les un une des du de et mais ou donc car quand lorsque selon pour dans avec après avant depuis pendant alors ainsi à au aux en em
  cependant pourtant concernant si comme il elle ils elles nous on ce cette ces son sa ses leur lors
  el los las lo una unos unas y pero cuando según para con tras desde durante aunque sin embargo como él ella ellos este esta
  además asimismo también luego después entonces ahora ayer hoy finalmente igualmente incluso así mientras
  o os as um uma mas quando segundo com após durante embora ele ela eles isso esse essa além assim ainda depois também contudo porém entretanto ontem hoje
  der die das ein eine und aber oder wenn als laut für mit nach vor seit während doch auch er sie es wir ich dieser diese dann
  im am zum zur beim vom auf bei zu um aus
  zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend
  inzwischen zuvor danach damals jetzt heute gestern später dennoch deshalb trotzdem allerdings zudem außerdem bereits
  zunächst gleichzeitig tatsächlich eigentlich dabei darauf dazu daher darüber dort hier nun bislang bisher derzeit
  mittlerweile schließlich zwar immer immerhin vielmehr stattdessen dass ob weil obwohl nachdem bevor indem sobald solange sofern wobei weshalb weswegen damit sodass
  zugleich ebenfalls ebenso jedoch hingegen indes anschließend erneut wiederum sodann
  demnach demzufolge folglich somit offenbar angeblich offensichtlich vermutlich womöglich jedenfalls übrigens nämlich sogar
  a ale když podle pro po před od během také že ten ta to on ona
  such other another any whose which who whom amid amidst across toward towards via around near off onto again already never
  ni sino pues porque donde quien quienes cada todo toda todos todas otro otra otros otras ese esa esos esas estos estas aquel
  sus mi mis nuestro nuestra nuestros nuestras ya sólo solo tampoco hasta hacia entre sobre contra ante bajo
  mon mes tes notre nos votre au aux puis ensuite enfin déjà encore toujours très tout toute tous toutes
  chaque aucun aucune quelques plusieurs certains sur sous chez vers parmi sans malgré dès puisque tandis où qui que dont
  seu sua seus suas meu minha nosso nossa pelo pela pelos pelas ao aos nem onde quem qual já só muito até sem
  mein meine meinen meinem meiner meines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
  unser unsere unseren unserem unserer unseres euer eure dem den einem einen einer eines jeder jede jedes jeden
  kein keine keinen keinem keiner dieses diesem diesen jene jener solche welche alle beide viele einige manche
  weder noch sowohl entweder denn sondern sobald solange falls damit sogar selbst gerade nur schon etwa rund fast kaum
  insbesondere ausgerechnet wie wo was wer warum wann wieso weshalb über unter gegen ohne durch zwischen neben hinter
  trotz wegen dank seitens gemäß ab bis außer innerhalb außerhalb angesichts
  dva dvě tři čtyři pět zároveň přitom mezitím již zatím proto tedy navíc vše všechno nic něco
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin juillet août septembre octobre novembre décembre
  lunes martes miércoles jueves viernes sábado domingo enero febrero marzo mayo junio julio agosto septiembre octubre noviembre diciembre
  janeiro fevereiro março maio junho julho setembro outubro dezembro
  pondělí úterý středa čtvrtek pátek sobota neděle leden únor březen duben květen červen červenec srpen září říjen listopad prosinec
`),
  ...ENGLISH_DAYS,
  ...GERMAN_DAYS,
  // "Mai" is a given name too.
  ...[...GERMAN_MONTHS].filter((month) => month !== 'mai'),
]);

export type Gender = 'm' | 'f';

/** Pronouns that can be a speaker, with their gender ("he said", "a-t-elle ajouté", "sagte er", "dijo ella"). */
export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...['he', 'il', 'er', 'él', 'ele'].map((w) => [w, 'm'] as const),
  ...['she', 'elle', 'sie', 'ella', 'ela'].map((w) => [w, 'f'] as const),
]);

/** Possessives that refer back to a person and tell their gender ("his", "her"), to learn who is who. */
export const POSSESSIVE_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['his', 'm'],
  ['her', 'f'],
  ['he', 'm'],
  ['she', 'f'],
]);

/** Given names of `GIVEN_NAME_GENDER` that women and men both bear, in English or across the languages read ("Andrea"). */
export const GIVEN_NAMES_OF_EITHER: ReadonlySet<string> = words('cameron drew jesse dylan logan hunter blake chris andrea terry tracy ashley');

/** Given names whose gender is clear in the news of these languages (a small list: an unknown name has no gender). */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...`john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven
  paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
  stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron
  jose adam henry nathan douglas peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean
  arthur austin noah lawrence jesse joe bryan billy albert dylan bruce willie gabriel alan juan logan wayne ralph roy
  eugene randy vincent russell louis philip bobby johnny bradley barack bernie boris vladimir volodymyr emmanuel marco steve
  mike tom tony jim bill bob ben max nick chris matt dan ted rick ron jeff greg hugh ian liam oliver harry
  jean pierre jacques françois michel philippe alain nicolas olivier laurent christophe frédéric patrick éric didier
  gérald bruno thierry emmanuel édouard edouard antoine augustin hugo louis julien guillaume sébastien stéphane vincent yannick
  benoît gilles hervé xavier yves rené rémi damien fabien cédric arnaud mathieu matthieu antony gérard bernard marc luc
  jean-yves jean-luc jean-marie jean-pierre jean-michel jean-claude jean-paul jean-louis jean-marc jean-baptiste jean-françois jean-jacques pierre-yves
  karim mehdi rachid samir nabil yassine farid mourad
  henri lionel jérôme grégoire clément romain quentin valentin arthur jules lucas raphaël gabriel maxime keir manuel andreï dmitri sergueï carlos javier miguel antonio francisco pedro pablo luis jorge alberto
  fernando sergio andrés martín diego alejandro ricardo rafael giampiero mohammed joão josé paulo lula jair luiz marcos ricardo
  ángel juanma rodrigo eduardo alessandro
  antônio sérgio márcio vinícius flávio fábio júlio césar rubén iván adrián tomás nicolás joaquín ramón jesús óscar víctor álvaro gonzalo
  manuel felipe enrique ignacio jaime raúl hugo gustavo renato rogério thiago tiago gilberto geraldo benedito
  santiago sebastián emiliano ezequiel agustín hernán mauricio guillermo horacio leonardo leandro rubens otávio vítor
  hans peter klaus jürgen wolfgang michael thomas andreas stefan frank olaf friedrich markus matthias karl heinz björn mario nikolai christoph
  lukas jonas leon felix tim maximilian elias finn tobias florian dominik julian simon fabian philipp moritz niklas
  jannik lars sven dirk jörg uwe ralf rolf bernd dieter günter gerhard manfred horst helmut werner ulrich rainer reinhard jens
  norbert volker hartmut detlef holger torsten thorsten carsten timo marcel armin hubert georg johannes joachim hendrik
  jan petr pavel jiří josef tomáš martin jaroslav miloš václav andrej karel milan lukáš david vít michal ondřej jakub filip marek radek zdeněk aleš
  vojtěch matěj štěpán roman libor vladimír stanislav ladislav antonín miroslav františek oldřich jindřich luboš igor kamil
  patrik rostislav dalibor vlastimil jaromír
  warren chet rupert rudy lachlan bret neil jay jake luke kurt glenn craig dean todd troy shane seth evan colin stuart stewart graham gordon howard lloyd leonard clarence earl frederick fred phil rob andy drew blake chad brett derek trevor grant marcus malcolm duncan angus hamish nigel clive rishi narendra imran shehbaz jared mitch chuck newt rand mitt jeb hunter elon sundar satya sergey dick rex hank wesley curtis marvin jerome leroy calvin chester cody corey travis spencer mason caleb isaac owen connor gavin cameron colton bryce victor hector héctor conor jasper luther lester homer clement`
    .split(/\s+/)
    .map((w) => [w, 'm'] as const),
  ...`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
  shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
  ruth maria heather diane virginia julie joyce victoria olivia christina lauren evelyn judith megan cheryl
  hannah martha jacqueline frances gloria ann teresa kathryn sara janice alice madison doris abigail julia
  judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
  kayla hillary kamala nancy theresa angela ursula giorgia jacinda liz kate jane sue anne ingrid
  marine ségolène christiane anne-marie nathalie isabelle sylvie catherine valérie sophie élisabeth aurélie laure brigitte
  marylise claire céline chloé manon léa inès louise juliette pauline mathilde agnès hélène émilie élise margaux
  françoise jacqueline monique martine chantal odile rachida najat marlène amélie cécile delphine sandrine
  virginie karine géraldine laurence florence marion clara marie-claire marie-france anne-sophie marie-christine marie-hélène mylène roselyne
  yvette josiane colette ginette huguette paulette
  carmen ana lucía cristina marta elena pilar beatriz dolores rosa isabel josefa mercedes patricia dilma marina gleisi simone antonia
  maría sofía sônia sonia luísa luisa mônica mónica fátima inés raquel helena tânia ângela márcia cláudia juliana fernanda
  gabriela camila daniela adriana sílvia silvia paula natalia natália luciana renata alicia nuria montserrat begoña yolanda
  margarita verónica lorena valeria florencia milagros rocío soledad graciela tabata irene teresa alexia vicky
  ursula angela annalena sabine petra monika andrea claudia susanne katrin julia nina colette helga ekaterina julia
  lena lea leonie mia johanna katharina birgit gabriele gerda renate heike silke anke anja kerstin karin martina tanja
  nadine melanie stefanie franziska carla ricarda annika svenja marlene greta carolin luisa paula helene ulrike doris elke
  hildegard margarete frieda
  jana eva hana anna lenka kateřina denisa lucie petra alena věra marie markéta tereza barbora veronika zuzana
  ivana michaela simona kristýna klára adéla eliška pavlína renata dagmar jitka irena blanka olga radka šárka daniela
  gabriela vendula romana karolína
  laurie megyn gretchen tracy wendy tina kristi kristin kirsten jill lori molly holly jenny jenna allison alison erin kelsey courtney lindsay chelsea whitney tiffany monica erica erika vanessa veronica crystal katie kathy cathy beth betsy peggy penny sally sheila tammy terri vicki yvonne gwen gina jodi leah ellen eileen maureen colleen marsha melinda meredith naomi nora paige stacy stacey sylvia valerie vivian carrie connie debbie elaine esther heidi hilary joanne joanna kara kristen krista kristina lucy lydia mandy marissa miranda priya rita roxanne ruby tara tessa vera zoe aisha amira yasmin jasmine ivanka melania michele nikki marjorie ainsley suzanne bridget caitlin kaitlyn haley hayley bethany ariana`
    .split(/\s+/)
    .map((w) => [w, 'f'] as const),
]);

/** Plural or unnamed subjects that open sentences but name no one ("Officials said", "Critics argued"). */
export const UNNAMED_SOURCES = words(`
  officials critics supporters residents analysts experts witnesses researchers prosecutors investigators authorities others
  sources observers economists lawyers activists protesters scientists doctors police officers aides advisers advisors
  diplomats insiders locals voters fans users readers parents teachers students workers employees executives investors
  many some few several both organizers organisers campaigners opponents
  insider insiderin informant informantin beamte beamter beamtin beobachter beobachterin kenner kennerin vertraute vertrauter
  experten expertinnen fachleute fachleuten ökonomen augenzeugen zeugen anwohnern beobachtern kritikern ermittlern insidern
  wissenschaftlern forschern analysten ärzte ärzten medizinern teilnehmern mitarbeitern sanitätern quellen
  zdroj úředník úřednice informátor informátorka zasvěcenec
  odborníci odborníků experti expertů analytici analytiků kritici kritiků svědci svědků vědci vědců lékaři lékařů obyvatelé
`);

/**
 * German nouns for people whose plural is their singular ("Kritiker", "Anwohner"): with no article, as German writes
 * plurals ("sagen Kritiker", "so Anwohner"), people no one named; "sagt der Kritiker" is someone.
 */
export const GERMAN_SAME_PLURALS = words('anwohner kritiker ermittler wissenschaftler forscher mediziner teilnehmer mitarbeiter sanitäter');

/**
 * Chinese reporting verbs ("他说：", "汉森指出：", "发言人…表示：", "席尔霍尔茨补充说，…", "李红告诉记者："). Chinese
 * writes no spaces, so these are matched inside runs of characters rather than looked up as words, longest
 * first so that "补充说" is read whole and not as "说".
 */
export const ZH_CUES = [
  // A cue with 道 after it ("感慨道") is read from the cue alone; these have no cue before their 道.
  '补充说', '解释说', '介绍说', '强调说', '回应说', '回忆说', '感慨说', '问道', '写道', '笑道', '答道', '回答', '答',
  '回应', '表示', '指出', '强调', '透露', '坦言',
  '直言', '坦承', '介绍', '回忆', '感慨', '感叹', '告诉', '认为', '声称', '宣称', '笑称', '戏称', '称', '说',
  '笑言', '坦陈', '直呼', '建议', '呼吁', '提醒', '补充', '解释', '分析', '反问', '追问', '表态', '寄语', '谈道', '总结道',
  // "王芳说明，…" (explains), "李明批评…抱着“不服输”的态度" (criticises), "张伟形容…是“…”" (describes as).
  '说明', '批评', '形容',
  // "正如王芳所说：" (as Wang Fang said).
  '所说', '所言',
].sort((a, b) => b.length - a.length);

/** Cues whose addressee comes between them and the quotation ("告诉记者：", "告诉中国青年报·中青在线记者："). */
export const ZH_TELLING = new Set(['告诉']);

/** Chinese roles that come right before a name ("发言人华春莹", "教授戴夫·汉森"); 学家 ends 科学家, 经济学家 and their kin. */
export const ZH_ROLES = [
  '发言人', '教授', '主任', '负责人', '部长', '总统', '主席', '总理', '首相', '外长', '局长', '院长', '经理', '总裁', '董事长', '创始人',
  '首席执行官', '研究员', '学家', '博士', '医生', '律师', '记者', '作家', '专家', '官员', '议员', '大使', '市长', '主管', '总监', '教练',
  '宇航员', '运动员', '演员', '学生', '研究生', '博士生', '毕业生', '校长', '书记', '支书', '院士', '工程师', '设计师', '队长', '村民', '市民',
  '居民', '家长', '志愿者', '老师', '护士', '民警', '警官', '法官', '处长', '科长', '所长', '站长', '社长', '厂长', '店长', '老板', '委员',
  '代表', '网友', '同学',
  // Taiwan and Hong Kong (read in simplified characters): 執行長, 立委, 主委, 創辦人, 議長, 醫師, 護理師, 志工, 警員.
  '执行长', '立委', '主委', '创办人', '议长', '医师', '护理师', '志工', '警员',
];

/**
 * Chinese roles that one person holds in the organisation a story is about ("创始人", founder; "发言人",
 * spokesperson): a later "创始人表示" with no name is the one person the text named with that role. Roles
 * many hold at once (专家, 网友, 学生, 记者) are left out: "专家认为" is experts in general.
 */
export const ZH_OFFICES = new Set([
  '发言人', '主任', '负责人', '部长', '总统', '主席', '总理', '首相', '外长', '局长', '院长', '总裁', '董事长', '创始人', '首席执行官',
  '市长', '校长', '书记', '队长', '教练', '处长', '所长', '站长', '社长', '厂长', '店长', '执行长', '创办人', '主委', '议长',
]);

/** Chinese third-person pronouns with their gender (他 he, 她 she). */
export const ZH_PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([['他', 'm'], ['她', 'f']]);

/**
 * Common Chinese surnames: two or three characters before a cue that begin with one of
 * them are read as a person's name ("王毅表示"); any other short run may be a common noun ("专家认为").
 * Surnames that also begin common words or names of things are left out: 高 of 高层, 金 of 金融,
 * 方 of 方面, 于 of 于是, 白 of 白宫, 谷 of 谷歌, 华 of 华为, 文 of 文章, 纪 of 纪委, 项 of 项目, 武 of 武汉, 石 of 石油.
 */
export const ZH_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫雷侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤习',
  ...'马程田任余付傅施洪段乔赖庞樊兰殷翟颜倪俞鲁葛伍尤毕聂柳邢岳梅庄辛祝涂祁舒耿牟詹苗凌靳甄裴鲍霍翁隋柏柯阮桂闵柴冉饶戚池滕邬臧苟褚廉娄奚穆郎冀姬屠郜晏栾郁喻窦迟敖卓艾蓝巩仲卞佟匡巫鞠岑易季温关阎章宗蒲屈瞿桑冼萧虞湛钮童',
]);

/** Surnames left out of ZH_SURNAMES because they begin common words: a name only with an honorific after them ("高先生"). */
export const ZH_SURNAMES_IN_WORDS = new Set([...'高金方于白谷华文纪项武石']);

/**
 * Common words that begin with a surname (许多, 周末, 马上, 曾经, 严格…): a run of two or three characters beginning
 * with one of them is not a name ("许多人表示", "周末也来了不少人", "严格来说").
 */
export const ZH_NOT_NAMES = new Set([
  '许多', '许久', '许可', '任何', '任务', '任职', '任期', '曾经', '周末', '周边', '周围', '周年', '周期', '周一', '周二', '周三',
  '周四', '周五', '周六', '周日', '周岁', '马上', '马路', '马拉', '程度', '程序', '温度', '温暖', '温馨', '严格', '严重', '严厉',
  '严肃', '毕业', '毕竟', '陆续', '陆地', '尤其', '关于', '关系', '关键', '关注', '关心', '关闭', '季节', '季度', '夏天', '夏季',
  '夏日', '黄金', '黄河', '黄昏', '黄色', '何时', '何况', '何必', '何处', '何种', '余下', '余额', '付出', '付款', '洪水', '颜色',
  '辛苦', '祝福', '祝贺', '凌晨', '迟到', '迟迟', '卓越', '蓝色', '蓝天', '习惯', '习俗', '钱包', '黎明', '范围', '范畴', '董事',
  '唐朝', '宋朝', '郑重', '孙子', '孙女', '叶子', '叶片', '李子', '王国', '张开', '陈列', '陈旧', '杨树', '杨柳', '林业', '林子',
  '毛病', '毛衣', '雷同', '雷雨', '熊猫', '段落', '柳树', '岳父', '岳母', '梅花', '庄稼', '庄严', '舒服', '舒适', '苗头', '柴油',
  '池塘', '廉价', '郁闷', '童年', '童话', '宗教', '宗旨', '章程', '萧条', '戴着', '戴上', '秦朝', '罗马', '罗列', '苏醒', '苏联',
  '韩国', '胡同', '胡乱', '钟表', '钟头', '钟声', '谢谢', '施工', '施行', '田野', '田间', '田地', '孔雀', '汤圆', '莫非', '陶瓷',
  '易于', '卢布', '鲁莽',
]);

/** Two-character Chinese surnames (欧阳娜娜, 司马南): a name of three or four characters begins with one. */
export const ZH_COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '皇甫', '尉迟', '公孙', '慕容', '宇文', '夏侯', '令狐', '端木', '司徒', '南宫', '独孤', '呼延', '轩辕'];
