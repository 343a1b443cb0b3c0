/**
 * Rules of the twenty-ninth round, each for a class found on the tuning pages, tested with texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('German reported speech in the subjunctive', () => {
  it.each([
    ['Die Trainerin Petra Kahl saß nach dem Spiel lange in der Kabine. Sie hoffe „auf eine bessere zweite Hälfte der Saison“.', 'auf eine bessere', 'Petra Kahl'],
    ['Der Bürgermeister Jonas Reiter besuchte am Montag die Baustelle. Er vermisse „den Mut zu einer ehrlichen Planung“.', 'den Mut', 'Jonas Reiter'],
    ['Der Trainer Anton Wegener zog Bilanz. Für die Rückrunde wünsche er sich „mindestens zwei neue Spieler im Sturm“.', 'mindestens zwei', 'Anton Wegener'],
  ])('reads a verb in -e beside "er" or "sie" as the subjunctive, whichever verb: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['Der Anwalt Emil Roth verließ das Gericht am Abend. Er habe „keinen Zweifel am Ausgang des Verfahrens“.', 'keinen Zweifel', 'Emil Roth'],
    ['Die Ärztin Jana Wolff besuchte das Lager. Sie sei „erschüttert von dem, was ich dort gesehen habe“.', 'erschüttert von', 'Jana Wolff'],
  ])('reads one of the known subjunctives beside a pronoun as German with no other German word around: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('goes on over words quoted in the reported speech and over a phrase of a few words', () => {
    const text = [
      'Die Rektorin Hanna Berger eröffnete das Semester.',
      'Lehre sei „das Herz dieser Universität“, sagte Berger. Was fehlt? Mehr Personal! Wegen der Kürzungen sei „ein großer Teil der Seminare überfüllt“, von der Medizin bis zur Physik.',
      'Sie hoffe „auf ein Einsehen des Landes, bevor das nächste Semester beginnt“.',
    ].join('\n');
    expect(speakerOf(text, 'ein großer Teil')).toBe('Hanna Berger');
    expect(speakerOf(text, 'auf ein Einsehen')).toBe('Hanna Berger');
  });

  it.each([
    ['Der Verein Jonas Keller gegen Markus Brandt Sie wolle „niemandem mehr etwas beweisen müssen“.', 'niemandem mehr'],
    ['Lina Hofer traf am Abend Clara Weiss. Sie wolle „niemandem mehr etwas beweisen müssen“.', 'niemandem mehr'],
  ])('names no one when the sentence before names two the pronoun may mean: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    ['Der Minister Paul Kern sprach lange. Danach bezeichnete es der Kanzler als „einen sehr guten Tag für das Land“.', 'einen sehr guten Tag'],
    ['Die Sprecherin Eva Lenz trat vor die Presse. Er wurde danach „ein Opfer seiner eigenen Strategie“ genannt.', 'ein Opfer seiner'],
  ])('does not take a past tense in -te or "wurde" for the subjunctive: %s', (text, words) => {
    expect(speakerOf(text, words)).not.toBe(text.includes('Paul Kern') ? 'Paul Kern' : 'Eva Lenz');
  });
});

describe('an office no one was given, going on with the words', () => {
  it.each([
    ['Peter Novak opened the session. “The budget is late again,” Novak said. “Nobody on this board is happy about it,” the treasurer added.', 'Nobody on this board', 'Peter Novak'],
    ['« Le chantier prendra deux ans », a déclaré Claire Martin. « Les riverains seront prévenus à chaque étape », a ajouté la présidente.', 'Les riverains', 'Claire Martin'],
    ['“La obra durará dos años”, dijo Lucía Méndez. “Los vecinos serán avisados en cada etapa”, agregó la directora.', 'Los vecinos', 'Lucía Méndez'],
  ])('is the one who spoke just before: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['Peter Novak lost his appeal. “We will go to the supreme court,” Novak said. “The statute is perfectly clear on this point,” the judge said.', 'The statute'],
  ])('names no one with a cue that does not go on: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it('leaves an office the text gave someone to them', () => {
    const text = 'The treasurer, Jane Okafor, sat beside him. Peter Novak opened the session. “The budget is late again,” Novak said. “Nobody on this board is happy about it,” the treasurer added.';
    expect(speakerOf(text, 'Nobody on this board')).not.toBe('Peter Novak');
  });
});

describe('a source after "according to" with a relative clause', () => {
  it.each([
    ['The fund doubled in a week, according to Maya Lindqvist, who called it “the best week this charity has ever had.”', 'the best week', 'Maya Lindqvist'],
    ['The strike will go on, according to Omar Haddad, who told members that “nobody goes back until the offer changes.”', 'nobody goes back', 'Omar Haddad'],
  ])('is the subject of the clause: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('leaves a name after another preposition to the noun it completes', () => {
    expect(speakerOf('The fund doubled, a lawyer for Maya Lindqvist, who called it “the best week this charity has ever had,” said.', 'the best week')).not.toBe('Maya Lindqvist');
  });
});

describe('German "für" views and phrases of whose view', () => {
  it.each([
    ['Für die Bürgermeisterin Katrin Albers ist klar: „Das Freibad bleibt in diesem Sommer geöffnet.“', 'Das Freibad', 'Katrin Albers'],
    ['Die Ministerin Katrin Albers besuchte das Werk. Für die Ministerin steht fest: „Der Standort hat eine Zukunft.“', 'Der Standort', 'Katrin Albers'],
    ['Die Ministerin Katrin Albers besuchte das Werk. Für Albers steht fest, dass „der Standort eine Zukunft hat“.', 'der Standort', 'Katrin Albers'],
  ])('names the one whose view a sentence opening with "für" gives: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['Für die Anwohner ist klar: „So kann es mit dem Lärm nicht weitergehen.“', 'So kann es'],
    ['Für den Verein ist klar: „Wir brauchen vor der Saison einen neuen Trainer.“', 'Wir brauchen'],
  ])('takes no capitalised German noun after the article for a name: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    ['Nach Ansicht von Ökonomin Lea Brandt „steht der Industrie ein harter Winter bevor“.', 'steht der Industrie', 'Lea Brandt'],
    ['Nach Einschätzung der Ärztin Lea Brandt „ist die Welle noch lange nicht vorbei“.', 'ist die Welle', 'Lea Brandt'],
    ['In the view of economist Priya Raman, “the slowdown has barely started.”', 'the slowdown', 'Priya Raman'],
    ['Aux yeux de la sénatrice Hélène Morel, « ce texte ne règle rien ».', 'ce texte', 'Hélène Morel'],
  ])('reads more phrases of whose view as "according to": %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('names a body after "des" in the nominative', () => {
    expect(speakerOf('Nach Angaben des Verkehrsministeriums „sind alle Brücken im Land geprüft worden“.', 'alle Brücken')).toBe('Verkehrsministerium');
  });
});

describe('Czech time and place between the subject and its verb', () => {
  it.each([
    ['Hejtmanka Jana Mráčková Vildumetzová ve středu v Karlových Varech prohlásila: „Nemocnice zůstane otevřená.“', 'Nemocnice zůstane', 'Jana Mráčková Vildumetzová'],
    ['Ministr zdravotnictví Vlastimil Válek přišel pozdě. Válek pak novinářům sdělil, že „nemocnice dostanou peníze včas“.', 'nemocnice dostanou', 'Vlastimil Válek'],
  ])('names the subject opening the sentence: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('reads no preposition opening the sentence as a name', () => {
    const text = 'Poslanec Tomáš Vrána přišel s kolegyní Evou Malou. Na otázku novinářů odpověděl: „Tento zákon nepodpoříme.“';
    expect(speakerOf(text, 'Tento zákon')).toBe('Tomáš Vrána');
  });
});

describe('Czech time and place between the subject and its verb: a body', () => {
  it('takes no capitalised adjective opening a body\'s name for a name', () => {
    expect(speakerOf('Česká obchodní inspekce v úterý oznámila: „Kontroly budou pokračovat celé léto.“', 'Kontroly budou')).not.toBe('Česká');
  });
});

describe('a preposition after a role', () => {
  it.each([
    ['La alcaldesa Claudia López recorrió el barrio. “No vamos a dejar solos a los vecinos”, escribió la alcaldesa a través de sus redes.', 'No vamos a dejar', 'Claudia López'],
    ['Mayor Claudia Lopez toured the flooded streets. “Nobody will be left behind,” said the mayor a day later.', 'Nobody will be', 'Claudia Lopez'],
  ])('does not read "a" after the role as bringing in someone: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('still reads "a" right after the verb as someone unnamed', () => {
    expect(speakerOf('Mayor Claudia Lopez toured the area. “Nobody will be left behind,” said a resident of the street.', 'Nobody will be')).toBeNull();
  });
});

describe('Spanish words for a party’s member', () => {
  it.each([
    ['El diputado Ramiro Vega habló en Rosario. “El ajuste lo pagan siempre los mismos”, lanzó el peronista.', 'El ajuste', 'Ramiro Vega'],
    ['La senadora Lucía Ortiz habló en Madrid. “Este Gobierno ha perdido la mayoría”, afirmó la conservadora.', 'Este Gobierno', 'Lucía Ortiz'],
  ])('stand for the member just named: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('French "chez" before a colon', () => {
  it('brings in whose side speaks in a sentence with no verb', () => {
    expect(speakerOf('Le député Arnaud Petit était en séance. Autre ambiance chez Arnaud Petit : « Nous voterons contre ce texte. »', 'Nous voterons')).toBe('Arnaud Petit');
  });

  it('is a place someone went to when a subject and its verb come before', () => {
    expect(speakerOf('Le député Arnaud Petit était en séance. Elle a déjeuné chez Arnaud Petit : « Nous voterons contre ce texte. »', 'Nous voterons')).not.toBe('Arnaud Petit');
  });
});

describe('a German spokesperson’s compound opening the sentence', () => {
  it.each([
    ['Die Hamburger Feuerwehr war mit vierzig Kräften im Einsatz. Ein Feuerwehrsprecher erklärte: „Das Gebäude ist nicht mehr zu retten.“', 'Das Gebäude', 'Hamburger Feuerwehr'],
    ['Bosch prüft die Vorwürfe. Eine Bosch-Sprecherin sagte: „Wir nehmen das sehr ernst.“', 'Wir nehmen', 'Bosch'],
  ])('speaks for the body it names: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a participle of being reached opening the sentence', () => {
  it.each([
    ['A Braskem foi multada pela prefeitura. Procurada, a empresa afirmou em nota que “recorrerá da decisão”.', 'recorrerá', 'Braskem'],
    ['O navio encalhou na Baía de Guanabara. Procurada, a Transpetro disse que “não houve vazamento de óleo”.', 'não houve', 'Transpetro'],
  ])('is no name (it was read as one); the clause after it says who speaks: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('one word opening the sentence before a Romance article and a role', () => {
  it.each([
    ['O ministro Paulo Teixeira visitou o assentamento. Contrariado, o ministro disse que “a reforma agrária não vai parar”.', 'a reforma'],
    ['La ministra Elena Gil visitó la fábrica. Indignada, la ministra afirmó que “nadie va a cerrar esta planta”.', 'nadie va'],
    ['Le ministre Paul Morin était à Lille. Excédé, le ministre a répondu que « la grève ne changera rien ».', 'la grève'],
  ])('is no name, read for how the subject felt: %s', (text, words) => {
    const named = speakerOf(text, words);
    expect(named === null || !/^(Contrariado|Indignada|Excédé)$/.test(named)).toBe(true);
  });

  it('leaves a name before an English appositive opened by "a" its reading', () => {
    expect(speakerOf('Okafor, a collector of old maps says “I have never sold a single one.”', 'never sold')).toBe('Okafor');
  });
});

describe('a role after a possessive name', () => {
  it('is someone of theirs, not the one the possessive names', () => {
    expect(speakerOf('The trial opened on Monday. Maria Okafor’s lawyer told the court that “the evidence simply is not there.”', 'the evidence')).not.toBe('Maria Okafor');
  });

  it('leaves the name in apposition after the role to speak', () => {
    expect(speakerOf('Maria Okafor hired Dan Price. Maria Okafor’s lawyer, Dan Price, told the court that “the evidence simply is not there.”', 'the evidence')).toBe('Dan Price');
  });
});

describe('a role of the person named after it', () => {
  it.each([
    ['El juicio empezó el lunes. El abogado de Pedro Álvarez dijo que “no hay una sola prueba en su contra”.', 'no hay una'],
    ['O julgamento começou. A filha de Maria Souza contou que “a mãe nunca assinou nada”.', 'a mãe nunca'],
    ['Le procès s’est ouvert lundi. L’avocat de Pierre Martin a déclaré que « le dossier est vide ».', 'le dossier'],
    ['Der Prozess begann am Montag. Der Anwalt von Peter Braun sagte, dass „es keinen einzigen Beweis gibt“.', 'es keinen'],
  ])('is not that person: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    ['El ministro de Economía Carlos Cuerpo dijo que “el crecimiento seguirá este año”.', 'el crecimiento', 'Carlos Cuerpo'],
    ['Die Kommissionschefin Ursula von der Leyen sagte, dass „Europa zusammensteht“.', 'Europa zusammensteht', 'Ursula von der Leyen'],
  ])('leaves the holder named after a department, and a "von" inside a name: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a role of the person named after it, after the verb', () => {
  it.each([
    ['Le procès s’est ouvert lundi. « Le dossier est vide », a déclaré l’avocat de Pierre Martin.', 'Le dossier'],
    ['Der Prozess begann am Montag. „Es gibt keinen einzigen Beweis“, sagte der Anwalt von Peter Braun.', 'Es gibt keinen'],
  ])('is not that person: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it('leaves a spokesperson speaking for whom it names', () => {
    expect(speakerOf('Olaf Scholz war in Paris. „Der Kanzler bleibt bei seiner Linie“, sagte der Sprecher von Olaf Scholz.', 'Der Kanzler bleibt')).toBe('Olaf Scholz');
  });
});
