/**
 * Speaker classes of German and Czech news (issue 10), one test per class, with sentences
 * written for the test (no page's text).
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';
import { nominativeOfDeclined } from '../../../lib/extract/names';

const speakers = (text: string) => detectQuotes(text).filter((q) => q.kind === 'speech').map((q) => q.speaker ?? null);
const lastSpeaker = (text: string) => speakers(text).at(-1) ?? null;

describe('German nouns are not names', () => {
  it('reads no one in a capitalised noun after a determiner, before or after the cue', () => {
    expect(lastSpeaker('Der Pilot Peter Wendt landete sicher. Über seine Rettung sagte er: „Ich hatte großes Glück.“')).toBe('Peter Wendt');
    expect(lastSpeaker('Die Ärztin Carla Römer blieb ruhig. „Alles verlief nach Plan“, sagte der Bericht.')).toBe(null);
    expect(lastSpeaker('Das Wetter blieb schlecht. Danach kam kein Bus: „Wir warten seit Stunden.“')).toBe(null);
  });

  it('reads no cue in a capitalised noun after a determiner that is a cue in another language ("die Argumente")', () => {
    const text = 'Trainerin Jana Vogt hat festgelegt, wie gut die Argumente der Spieler sein müssen: „Das Programm ist streng“, erklärt sie.';
    expect(lastSpeaker(text)).toBe('Jana Vogt');
  });

  it('takes no German abstract noun opening a run for a person ("Einschätzung von Experten")', () => {
    const text = 'Der Pilot Peter Wendt wurde gerettet. Nach Einschätzung von Ärzten war er erschöpft. Über die Rettung sagte er: „Ich hatte Glück.“';
    expect(lastSpeaker(text)).toBe('Peter Wendt');
  });

  it('takes no number or adverb opening a sentence for a name', () => {
    expect(lastSpeaker('Drei Tage war Lukas Brenner unterwegs, sagt der Bergsteiger. „Wir haben kaum geschlafen“, sagt er.')).not.toBe('Drei Tage');
    expect(lastSpeaker('Die Firma Holzbau Krämer baut die Halle. Inzwischen informierte die Stadt Leipzig, dass gebaut wird: „Der Zeitplan hält.“')).toBe('Stadt Leipzig');
  });
});

describe('a subject pronoun after the verb', () => {
  it('reads "…, betont sie:" as hers, not the noun before the comma', () => {
    const text = 'Die Direktorin Hanna Vogel führt die Schule seit Jahren. Geld sei nie das Ziel, betont sie: „Bildung geht vor.“';
    expect(lastSpeaker(text)).toBe('Hanna Vogel');
  });

  it('leaves English "…, said he was" to the name before the appositive', () => {
    expect(lastSpeaker('Tom Baker, a lawyer from Ohio, said he was “shocked” by the verdict.')).toBe('Tom Baker');
  });
});

describe('German word order', () => {
  it('reads a pronoun after an opening conjunction and before a colon ("Doch er ahnte:")', () => {
    const text = 'Der Bergführer Karl Huber stieg weiter. „Es wird gehen“, sagte Huber. Doch er ahnte: „Das Wetter kippt.“';
    expect(lastSpeaker(text)).toBe('Karl Huber');
  });

  it('takes the name right after the verb of a sentence opened by another phrase for its subject ("Am Abend war Brandt")', () => {
    expect(lastSpeaker('Lea Brandt ist Ärztin. Eva Kranz ist Pilotin. Am Abend war Brandt in der Klinik. „Wir bleiben heute hier“, sagte sie.')).toBe('Lea Brandt');
  });

  it('does not take the name after the verb for its subject when the subject opens the sentence ("Die Polizei befragte Brandt")', () => {
    expect(lastSpeaker('Lea Brandt ist Ärztin. Eva Kranz ist Pilotin. Die Polizei befragte Brandt in der Klinik. „Wir bleiben heute hier“, sagte sie.')).toBe('Eva Kranz');
  });

  it('reads the perfect with a reflexive pronoun ("habe er sich gesagt")', () => {
    const text = 'Der Gefangene Peter Sand hielt durch. „Ich schaffe das“, sagte Sand. Jeden Morgen habe er sich gesagt: „Noch ein Tag.“';
    expect(lastSpeaker(text)).toBe('Peter Sand');
  });

  it('reads the name after the verb that follows a fronted clause ("Dass …, hält Weber für sicher:")', () => {
    const text = 'Der Forscher Karl Weber warnt. Dass es wärmer wird, hält Weber für sicher: „Die Daten sind klar.“';
    expect(lastSpeaker(text)).toBe('Karl Weber');
    expect(lastSpeaker('Dass es wärmer wird, glaubt niemand: „Die Daten sind klar.“')).toBe(null);
  });

  it('gives a colon after a sentence opened by "Für" and a known person, or "ihn", to that person ("Für Weber ist klar:")', () => {
    expect(lastSpeaker('Der Forscher Paul Weber warnt. Für Weber ist klar: „Das Eis schmilzt schneller.“')).toBe('Paul Weber');
    expect(lastSpeaker('Der Forscher Paul Weber warnt. Für ihn steht fest: „Das Eis schmilzt schneller.“')).toBe('Paul Weber');
  });

  it('reads no view in "Für" before a place or a body ("Für Berlin ist klar:", "Für die Stadt")', () => {
    expect(lastSpeaker('Der Forscher Paul Weber warnt. Für Berlin ist klar: „Das Eis schmilzt schneller.“')).toBe(null);
    expect(lastSpeaker('Der Forscher Paul Weber warnt. Für die Stadt ist klar: „Das Eis schmilzt schneller.“')).toBe(null);
  });

  it('gives a person met with an unlisted title before a known given name ("Beraterin Lisa Moor")', () => {
    expect(lastSpeaker('„Wir fangen klein an“, sagte Beraterin Lisa Moor.')).toBe('Lisa Moor');
  });
});

describe('German cues', () => {
  it('reads a separable verb with its particle ("regt sie an", "führte … aus")', () => {
    expect(lastSpeaker('Die Beraterin Lisa Moor kennt das Problem. „Man sollte klein anfangen“, regt sie an.')).toBe('Lisa Moor');
    expect(lastSpeaker('Der Förster Paul Weiß kennt den Wald. „Die Bäume leiden“, führte Weiß aus.')).toBe('Paul Weiß');
  });

  it('reads any verb right after a quotation with "er" or "sie" after it as the speaker’s ("„…“, beschreibt er")', () => {
    const text = 'Der Lehrer Ben Roth zeigt die Tafel. „Die Arbeit ist viel leichter geworden“, beschreibt er den Alltag und deutet auf den Bildschirm: „Man spart sehr viel Zeit.“';
    expect(speakers(text)).toEqual(['Ben Roth', 'Ben Roth']);
  });

  it('does not read a conjunction after a quotation as such a verb ("„…“, seit sie")', () => {
    expect(lastSpeaker('Die Sängerin Mia Roth liebt das Lied „Wir sehen uns bald wieder“, seit sie ein Kind war.')).toBe(null);
  });

  it('does not take the verb without its particle for a cue', () => {
    expect(lastSpeaker('Der Streit führte zu „großen Verlusten“ bei der Firma.')).toBe(null);
  });

  it('reads "schmunzelte" and a cue closing a relative clause', () => {
    const text = 'Die Bürgermeisterin Eva Lenz war zufrieden. „Es lief gut“, schmunzelte Lenz, die von einem ruhigen Tag berichtete: „Niemand hat sich beschwert.“';
    expect(speakers(text)).toEqual(['Eva Lenz', 'Eva Lenz']);
  });

  it('prefers a named cue after the quotation to a colon that names no one', () => {
    const text = 'Die Gewerkschafterin Jana Roth sieht Probleme. Wollte man mehr tun, müsse man über Geld reden: „Wer soll das bezahlen?“, fragt Roth.';
    expect(lastSpeaker(text)).toBe('Jana Roth');
  });
});

describe('German reported speech in the subjunctive', () => {
  it('gives a quotation after sentences in the subjunctive to the person whose words they report', () => {
    const text = 'Die Ökonomin Lena Graf geht davon aus, dass die Preise steigen. Für eine Wende brauche es zudem mehr Wettbewerb. „Das dauert noch Jahre.“';
    expect(lastSpeaker(text)).toBe('Lena Graf');
  });

  it('reads back over the subjunctive to the speaker last quoted, across a paragraph', () => {
    const text = '„Die Lage ist ernst“, sagte der Arzt Tom Berger.\nOb es bald besser werde, lasse sich nicht sagen. „Wir müssen abwarten.“';
    expect(speakers(text)).toEqual(['Tom Berger', 'Tom Berger']);
  });

  it('stays silent after narration in the indicative, or when the person is what the subjunctive reports about', () => {
    expect(lastSpeaker('Der Forscher Jan Roth geht davon aus, dass es wärmer wird. Die Gletscher schmelzen schneller. „Das überrascht niemanden.“')).toBe(null);
    expect(lastSpeaker('Im Saal war es still. Die Ministerin Eva Stein habe gelogen. „Das ist unerhört.“')).toBe(null);
  });
});

describe('German impersonal cues', () => {
  it('gives "heißt es" to the organisation after "aus" or "von", and to no one otherwise', () => {
    expect(lastSpeaker('Aus dem Verkehrsministerium heißt es, man prüfe „alle Möglichkeiten“.')).toBe('Verkehrsministerium');
    expect(lastSpeaker('„Wir prüfen das“, hieß es von der Polizei.')).toBe('Polizei');
    expect(lastSpeaker('In dem Bericht heißt es: „Die Lage ist ernst.“')).toBe(null);
  });

  it('does not read "heißt" without "es" as a cue', () => {
    expect(detectQuotes('Das neue Buch heißt „Der Sturm“ und erscheint im Mai.')[0]?.kind).toBe('term');
  });
});

describe('German roles and affiliations', () => {
  it('reads teachers, researchers and pupils as roles before the name', () => {
    expect(lastSpeaker('„Die Luft wird wärmer“, sagt Klimaforscher Till Brand.')).toBe('Till Brand');
    expect(lastSpeaker('„Mathe macht Spaß“, sagt Schülerin Mia Kern.')).toBe('Mia Kern');
  });

  it('keeps "von der Universität" out of the name but "von der Leyen" in it', () => {
    expect(lastSpeaker('„Das Eis schmilzt schneller“, sagte Maria Ebert von der Universität Kiel.')).toBe('Maria Ebert');
    expect(lastSpeaker('„Europa steht zusammen“, sagte Ursula von der Leyen.')).toBe('Ursula von der Leyen');
  });

  it('reads a role with a department of several words in the genitive without its closing comma', () => {
    const text = 'Die Lehrerin Petra Sommer, Schulleiterin der Realschule Nord sagte am Morgen: „Es ist sehr heiß.“';
    expect(lastSpeaker(text)).toBe('Petra Sommer');
  });

  it('reads a German compound ending in -organisation as an organisation, not a person', () => {
    const text = 'Zwei Monate war Ben Adler in Haft der Terrororganisation Kobra, berichtet die Zeitung. „Ich hatte Angst“, sagt er.';
    expect(lastSpeaker(text)).not.toBe('Terrororganisation Kobra');
  });
});

describe('Czech names in other cases', () => {
  it('gives the nominative of a man with a mobile e and an -a surname, and of a woman', () => {
    expect(nominativeOfDeclined('Zdeňka Fialy')).toBe('Zdeněk Fiala');
    expect(nominativeOfDeclined('Pavly Novákové')).toBe('Pavla Nováková');
    expect(nominativeOfDeclined('Declana Rice')).toBe('Declan Rice');
  });

  it('names the minister met in the genitive by his nominative name', () => {
    const text = 'Podle ministra zemědělství Zdeňka Kořeny je sucho vážné. „Musíme šetřit vodou,“ řekl Kořena.';
    expect(lastSpeaker(text)).toBe('Zdeněk Kořena');
  });

  it('gives a quotation standing alone after "podle X" to X, a known person', () => {
    const text = 'Ekonom Jan Malý řekl, že ceny porostou. Situace je podle Jana Malého vážná.\n„Musíme šetřit a plánovat.“';
    expect(lastSpeaker(text)).toBe('Jan Malý');
  });

  it('reads past "podle" and its source after the cue to the name that opens with a given name ("prohlásil podle zápisu Jan Malý")', () => {
    expect(lastSpeaker('„Ceny porostou ještě dlouho,“ prohlásil podle zápisu Jan Malý na schůzi.')).toBe('Jan Malý');
  });

  it('gives no one when "podle" and its source come before an outlet ("podle informací Deníku N")', () => {
    expect(lastSpeaker('„Ceny porostou ještě dlouho,“ řekl podle informací Deníku N na schůzi.')).toBe(null);
  });

  it('reads "uzavřel" as a cue with the name closing the clause', () => {
    expect(lastSpeaker('Analytik Jan Malý hodnotil trh. „Ceny porostou,“ uzavřel debatu Malý.')).toBe('Jan Malý');
  });
});

describe('a quotation standing alone after a sentence in which someone holds a view', () => {
  it('gives the words to the person, named or meant by a pronoun, whose view the sentence before gives ("X hält das für falsch. „…“")', () => {
    expect(lastSpeaker('Der Ökonom Jens Südekum hält das für falsch. „Die Zahlen sprechen eine andere Sprache.“')).toBe('Jens Südekum');
    expect(lastSpeaker('Die Ärztin Maria Hoffmann ist seit 20 Jahren im Dienst. Sie glaubt nicht an die Reform. „Es fehlt an allem.“')).toBe('Maria Hoffmann');
  });

  it('stays silent for a body, and for a quotation in a paragraph of its own', () => {
    expect(lastSpeaker('Das Ministerium hält das für falsch. „Die Zahlen sprechen eine andere Sprache.“')).toBe(null);
    expect(lastSpeaker('Der Ökonom Jens Südekum hält das für falsch.\n„Die Zahlen sprechen eine andere Sprache.“')).toBe(null);
  });
});

