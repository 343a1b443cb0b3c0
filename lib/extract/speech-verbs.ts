/**
 * Regular verbs of saying, listed once by stem and conjugated into every form a report uses, so that
 * the reader knows a verb in all its tenses once it knows it in one: it knew "aseguró" but not "anunció",
 * "betont" but not "bekräftigt", "a déclaré" but not "déclara". Irregular forms ("dijo", "sostuvo",
 * "schrieb", "dit") stay listed by hand in the lexicon.
 */

const stems = (list: string) => list.trim().split(/\s+/);

/**
 * Forms that are also common nouns or adjectives ("la pregunta", "la denuncia", "une note", "le juge", "une date
 * précise"): verbs of saying only inverted after the words ("…, pregunta el juez"), as the lexicon's INCISE_CUES.
 */
const NOUN_FORMS = new Set(
  stems(`
  pregunta denuncia alerta lanza protesta cuenta
  pergunta cobra aposta conta queixa
  note juge lance tranche nuance précise alerte avance pointe critique peste
`),
);

/** Spanish verbs in -ar, by stem ("afirm" for afirmar). */
const SPANISH_AR = stems(`
  afirm anunci declar señal indic explic asegur apunt destac subray coment precis manifest expres recalc reclam
  lament critic aclar sentenci apostill detall argument valor opin consider estim reiter puntualiz matiz brome exclam
  pregunt contest tuite protest celebr remat enfatiz alert avis narr razon remach elogi resalt garantiz cuestion
  justific agreg confirm ratific denunci relat zanj espet replic rememor abund ironiz desliz mencion comunic revel
  adelant calific reproch acus reivindic plante asever remarc sintetiz insinu retruc fustig recalc acot ejemplific reafirm ahond dispar complement public
`);
/** Spanish verbs in -er and -ir whose stem does not change ("respond", "añad"). */
const SPANISH_ER_IR = stems('añad insist admit respond promet resum exig agradec reconoc escrib describ esgrim');

/** Portuguese verbs in -ar ("afirm" for afirmar). */
const PORTUGUESE_AR = stems(`
  afirm declar explic ressalt destac avali complet coment question lembr inform fal pontu fris revel observ reforç
  lament argument opin analis brinc comemor relat alert celebr desabaf reiter enfatiz neg dispar crav emend record
  cobr indag pergunt retruc minimiz confess assegur avis ironiz detalh elogi sublinh salient acrescent sustent
  complement justific ponder critic mencion sinaliz assinal acus cont queix public
`);
/** Portuguese verbs in -er ("respond"). */
const PORTUGUESE_ER = stems('respond escrev reconhec rebat agradec promet defend');
/** Portuguese verbs in -ir ("admit"). */
const PORTUGUESE_IR = stems('admit garant conclu resum insist advert suger ped reag');

/** French verbs in -er ("déclar" for déclarer); "rappeler", "répéter" and the like change their stem and are listed by hand. */
const FRENCH_ER = stems(`
  déclar affirm ajout expliqu estim soulign indiqu assur confi lanc regrett dénonc annonc jug comment racont résum
  confirm observ lâch gliss ironis agac indign interrog emport félicit témoign rapport déplor plaid nuanc avou
  protest répliqu rétorqu tranch détaill signal tweet argument soupir développ fustig raill tacl abond enchaîn plaisant
  exclam étonn insurg amus relat désol offusqu fulmin grinc cingl accus interpell chuchot hurl corrig rectifi relativis
  confess justifi certifi savour exprim insist précis explicit alert constat critiqu analys pest conseill
`);

/** German weak verbs by stem ("beton" for betonen); present and past of the third person. */
const GERMAN_WEAK = stems(`
  sag erklär beton mein kritisier warn schimpf protestier erzähl erläuter ergänz bericht antwort entgegn bestätig
  versicher beteuer kommentier twitter mahn klag lob resümier bilanzier frag informier äußer notier spöttel witzel
  post schmunzel forder appellier bekräftig begründ beklag bemängel monier verteidig konter präzisier reagier
  sinnier seufz polter stichel läster jubel bemerk verkünd prophezei rüg bedauer bezweifel urteil analysier
  beschwichtig korrigier insistier beanstand spott behaupt prognostizier schätz ereifer argumentier freu
`);

/** English verbs, by infinitive; -s forms that are nouns ("notes", "claims") are NOUN_FORMS of English below. */
const ENGLISH = stems(`
  add state remark note explain ask reply declare insist argue claim vow warn acknowledge admit concede conclude
  continue recall announce tweet post urge suggest predict promise pledge emphasize emphasise stress counter respond
  quip joke shout exclaim observe comment confirm deny caution complain boast demand muse reflect wonder describe
  report testify answer retort interject beg plead implore recount agree object text email cry yell scream whisper
  mutter repeat lament assert reiterate remind caption maintain contend allege highlight reveal disclose clarify
  elaborate specify opine concede summarize summarise gripe brag scoff sneer snap bark sigh chide rebut reason
  profess proclaim underscore advise grumble characterize characterise concur affirm attest decry bemoan
  criticize criticise slam blast hail fume gush rave marvel vent confide estimate remember reminisce accuse assure
  share pen instruct recommend enthuse condemn denounce
`);
/**
 * English -s forms that are more often nouns, and "shared", more often a participle ("the interests” mutually shared
 * by…"): cues only inverted after the words or after a pronoun ("“…,” he reflects", "“…,” she shared"), as NOUN_FORMS.
 */
const ENGLISH_NOUN_FORMS = new Set(
  stems(`
  adds remarks notes vows claims tweets posts urges promises pledges stresses counters jokes shouts comments demands
  muses reflects wonders reports answers retorts pleas texts emails cries yells screams whispers repeats laments
  captions highlights reveals snaps barks sighs reasons objects gripes slams blasts hails fumes raves
  marvels vents shares shared pens
`),
);
/** English verbs that double their last consonant before -ed. */
const ENGLISH_DOUBLING = new Set(stems('admit quip beg snap rebut slam brag concur pen'));

const spanish = (): { finite: string[]; participles: string[] } => ({
  finite: [
    ...SPANISH_AR.flatMap((s) => [`${s}ó`, `${s}aron`, `${s}a`, `${s}an`, `${s}aba`, `${s}aban`]),
    ...SPANISH_ER_IR.flatMap((s) => [`${s}ió`, `${s}ieron`, `${s}e`, `${s}en`, `${s}ía`, `${s}ían`]),
  ],
  participles: [...SPANISH_AR.map((s) => `${s}ado`), ...SPANISH_ER_IR.map((s) => `${s}ido`)],
});

const portuguese = (): string[] => [
  ...PORTUGUESE_AR.flatMap((s) => [`${s}ou`, `${s}aram`, `${s}a`, `${s}am`, `${s}ava`]),
  ...PORTUGUESE_ER.flatMap((s) => [`${s}eu`, `${s}eram`, `${s}e`, `${s}em`, `${s}ia`]),
  ...PORTUGUESE_IR.flatMap((s) => [`${s}iu`, `${s}iram`, `${s}e`, `${s}em`, `${s}ia`]),
];

/** French -er verbs: present, passé simple and imperfect of the third person; the participle apart, as it reports only after "avoir". */
const french = (): { finite: string[]; participles: string[] } => ({
  finite: FRENCH_ER.flatMap((s) => {
    // "annonça", "interrogea": a soft c or g stays soft before a.
    const beforeA = s.endsWith('c') ? `${s.slice(0, -1)}ç` : s.endsWith('g') ? `${s}e` : s;
    return [`${s}e`, `${s}ent`, `${beforeA}a`, `${beforeA}ait`, `${beforeA}aient`];
  }),
  participles: FRENCH_ER.map((s) => `${s}é`),
});

/** German prefixes that take no "ge-" in the participle ("betont", "erklärt", "verkündet"), nor do verbs in -ieren ("kritisiert"). */
const NO_GE = /^(?:be|emp|ent|er|ge|miss|ver|zer)|ier$/;

/**
 * Stems whose subjunctive is another word too: "meine" (my), "äußere" (outer), "sage" and "poste" (French words),
 * "lobe" (English).
 */
const SUBJUNCTIVE_HOMOGRAPHS = new Set(['mein', 'äußer', 'sag', 'post', 'lob']);

/**
 * German weak verbs: "betont", "betonte", "betonten"; an e before the ending after t, d or a consonant and n
 * ("antwortet", "entgegnet"); the participle of the perfect ("hat Werner Kaspar gesagt", "hatte sie gewarnt").
 */
const german = (): string[] =>
  GERMAN_WEAK.flatMap((s) => {
    const joint = /(?:[td]|[^aeiouäöülrh]n)$/.test(s) ? 'e' : '';
    return [`${s}${joint}t`, `${s}${joint}te`, `${s}${joint}ten`, ...(NO_GE.test(s) ? [] : [`ge${s}${joint}t`])];
  });

/** German weak verbs in the subjunctive of reported speech ("Er betone, dass…", "sie kritisiere"), also the first person of the present ("ich freue mich"). */
const germanSubjunctive = (): string[] => GERMAN_WEAK.filter((s) => !SUBJUNCTIVE_HOMOGRAPHS.has(s)).map((s) => `${s}e`);

/** English past and third person; the -ing form is left to the hand list, as most are also nouns ("by announcing X"). */
const english = (): string[] =>
  ENGLISH.flatMap((verb) => {
    const consonantY = /[^aeiou]y$/.test(verb);
    const past = consonantY ? `${verb.slice(0, -1)}ied` : verb.endsWith('e') ? `${verb}d` : ENGLISH_DOUBLING.has(verb) ? `${verb}${verb.slice(-1)}ed` : `${verb}ed`;
    const third = consonantY ? `${verb.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`;
    return [past, third];
  });

/** English present participles ("promising", "acknowledging", "citing"), most of them also nouns or adjectives. */
const englishPresentParticiples = (): string[] =>
  ENGLISH.map((verb) => (/[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : ENGLISH_DOUBLING.has(verb) ? `${verb}${verb.slice(-1)}ing` : `${verb}ing`));

/** Every generated form, sorted by where the reader may take it as a cue. */
export function speechVerbForms(): { cues: Set<string>; incise: Set<string>; spanishPerfect: Set<string>; frenchPerfect: Set<string>; clauseParticiples: Set<string>; germanSubjunctive: Set<string> } {
  const es = spanish();
  const fr = french();
  const finite = [...es.finite, ...portuguese(), ...fr.finite, ...german(), ...english()];
  return {
    cues: new Set(finite.filter((form) => !NOUN_FORMS.has(form) && !ENGLISH_NOUN_FORMS.has(form))),
    incise: new Set(finite.filter((form) => NOUN_FORMS.has(form) || ENGLISH_NOUN_FORMS.has(form))),
    spanishPerfect: new Set(es.participles),
    frenchPerfect: new Set(fr.participles),
    clauseParticiples: new Set(englishPresentParticiples()),
    germanSubjunctive: new Set(germanSubjunctive()),
  };
}
