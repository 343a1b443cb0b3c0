/**
 * Rules of the seventeenth round, each from a class of speakers read wrong or missed on the tuning half of set K, with
 * sentences written for the test and a negative guarding each.
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../lib/extract/quotations';
import { speakerOf } from './speaker-of';

describe('an opening mark typed twice', () => {
  it('opens one quotation, closed where the words end', () => {
    const curly = 'The hearing went on. “”This is a very unfair trial,” he said. Then it went on.';
    expect(findQuotations(curly).map((q) => q.text)).toEqual(['This is a very unfair trial,']);
    const straight = 'The board met.\n""Tim has served Apple well for thirteen years," Levinson said.';
    expect(findQuotations(straight).map((q) => q.text)).toEqual(['Tim has served Apple well for thirteen years,']);
    expect(speakerOf(straight, 'Tim has served')).toBe('Levinson');
  });

  it('but a word quoted inside a quotation is still nested in it', () => {
    const text = '“"Literally" is the word he used,” she said.';
    expect(findQuotations(text).map((q) => q.text)).toEqual(['"Literally" is the word he used,']);
  });
});

describe('an epigraph', () => {
  const text = 'A new investigation reveals how the spying began.\n“We lied, we cheated, we stole. We had entire training courses.”\n— Mike Pompeo, College Station, TX, April 15, 2019\nThe firm was founded in 2008.';

  it('is credited on the next line by a dash and a full name, with where and when', () => {
    expect(speakerOf(text, 'We lied')).toBe('Mike Pompeo');
  });

  it('but not by a dash and a single word the text knows as no one', () => {
    expect(speakerOf(text.replace('Mike Pompeo', 'Anonymous'), 'We lied')).toBe(null);
  });
});

describe('a participle of saying opening the sentence', () => {
  it('has the main clause’s subject, after the comma past the words', () => {
    expect.soft(speakerOf('Declaring “the soul of the service” is at stake, Defense Secretary Robert Gates has ordered a review.', 'soul of')).toBe('Robert Gates');
    expect.soft(speakerOf('WASHINGTON (Aug. 13) -- Declaring “the soul of the service” is at stake, Defense Secretary Robert Gates has ordered a review.', 'soul of')).toBe('Robert Gates');
    expect.soft(speakerOf('Saying “we will not back down,” Mayor Karen Bass vowed to fight the ruling.', 'back down')).toBe('Karen Bass');
    expect.soft(speakerOf('Mayor Karen Bass spoke on Monday. Saying “we will not back down,” she vowed to fight the ruling.', 'back down')).toBe('Karen Bass');
  });

  it('but not a participle inside a clause that has a subject of its own', () => {
    expect(speakerOf('The council, calling the plan “a disaster for working families,” voted against it, Mayor Karen Bass said.', 'disaster')).not.toBe('Karen Bass');
  });
});

describe('German particles that join no name', () => {
  it('"von" before a body, after a surname or before more than one word, is where the person works', () => {
    const text = '„Stimmt“, meint Joachim Losehand von Creative Commons Österreich. Die Lizenz gilt weiter. Noch einmal Losehand: „Das ist denkbar, aber nicht erlaubt.“';
    expect.soft(speakerOf(text, 'Stimmt')).toBe('Joachim Losehand');
    expect.soft(speakerOf(text, 'denkbar')).toBe('Joachim Losehand');
    expect.soft(speakerOf('„Wir liefern pünktlich“, sagt Harald Weber von Siemens.', 'pünktlich')).toBe('Harald Weber');
  });

  it('but "von" and one surname after given names is the name', () => {
    expect.soft(speakerOf('„Wir bleiben dabei“, sagte Richard von Weizsäcker.', 'bleiben')).toBe('Richard von Weizsäcker');
    expect.soft(speakerOf('„Wir bleiben dabei“, sagte Ursula von der Leyen.', 'bleiben')).toBe('Ursula von der Leyen');
  });

  it('"zu" and an article is a preposition: a teaser gives who speaks and on what', () => {
    const text = 'Vollbeschäftigung in Bayern! Arbeitsministerin Müller zu den Arbeitsmarktzahlen für September: „Der Arbeitsmarkt übertrifft alle Erwartungen.“';
    expect.soft(speakerOf(text, 'übertrifft')).toBe('Müller');
    expect.soft(speakerOf('Angela Merkel sprach am Morgen. Angela Merkel zum Brexit: „Wir bedauern diese Entscheidung sehr.“', 'bedauern')).toBe('Angela Merkel');
  });

  it('but a noun before "zu" is no one', () => {
    expect.soft(speakerOf('Der Weg zum Ziel: „Wir bedauern diese Entscheidung sehr.“', 'bedauern')).toBe(null);
    expect.soft(speakerOf('Wanderwege zum Ziel: „Wir bedauern diese Entscheidung sehr.“', 'bedauern')).toBe(null);
  });
});

describe('a role written after a full name with no comma', () => {
  it('leaves the name the subject, not the place or body completing the role', () => {
    expect.soft(speakerOf('Barrêt Koivogui chef d’antenne du massif du Ziama déclare « l’avocat a défendu l’Etat. Cela a permis une peine maximale ».', 'avocat')).toBe('Barrêt Koivogui');
    expect.soft(speakerOf('Charlotte Houpline, fondatrice WARA affirme « C’est une bonne décision ! »', 'bonne décision')).toBe('Charlotte Houpline');
  });

  it('but not a body before its role, nor a role that titles the name after it', () => {
    expect.soft(speakerOf('The U.S. secretary of state says in a post that “I am monitoring the situation closely.”', 'monitoring')).not.toBe('U.S.');
    expect.soft(speakerOf('Apple chief executive Tim Cook said: “We are thrilled with it.”', 'thrilled')).toBe('Tim Cook');
  });
});

describe('a participle after a clause joined by “and” or “but”', () => {
  it('belongs to that clause, whose subject speaks', () => {
    const text = 'Eric Schmidt ran the meetings. On occasion, Page would grow more animated, and Schmidt would carefully shut him down, saying, “We heard you, Larry. Thank you.”';
    expect(speakerOf(text, 'We heard you')).toBe('Eric Schmidt');
  });

  it('but not when the joined clause opens with no one the text knows as a person', () => {
    const text = 'Larry Page ran the meetings. Page grew angry, and Schmidt left, saying, “We heard you, Larry. Thank you.”';
    expect(speakerOf(text, 'We heard you')).not.toBe('Schmidt');
  });
});

describe('a name after “what” opening a clause', () => {
  it('is what the sentence speaks of, not whom a pronoun after it means', () => {
    const text = 'Then one of the engineers, Ron Dolin, started yelling at Larry Page. He said a meeting was no place for a review. What Page was doing was “completely ridiculous,” he said.';
    expect(speakerOf(text, 'completely ridiculous')).toBe('Ron Dolin');
  });

  it('but a name acting in the pronoun’s own sentence is still whom it means', () => {
    const text = 'Then one of the engineers, Ron Dolin, started yelling at Larry Page. Later Page admitted it was “a mistake on my part,” he said.';
    expect(speakerOf(text, 'a mistake')).toBe('Larry Page');
  });
});

describe('those working for a person', () => {
  it('speak for them, as a spokesperson would', () => {
    expect.soft(speakerOf('Harry Reid spoke on Friday. “Angle is wrong about everything we care about,” Reid’s campaign said.', 'Angle is wrong')).toBe('Harry Reid');
    expect.soft(speakerOf('Harry Reid spoke on Friday. Reid’s campaign hit back hard, saying that her “newfound zeal is disingenuous given her record.”', 'newfound zeal')).toBe('Harry Reid');
    expect.soft(speakerOf('“We will appeal the ruling at once,” Trump’s office said in a statement.', 'appeal')).toBe('Trump');
  });

  it('but a body’s office is the body', () => {
    expect(speakerOf('“We will appeal the ruling at once,” the Home Office said.', 'appeal')).toBe('Home Office');
  });
});

describe('a surname ending like a German abstract noun', () => {
  it('is a surname in an English sentence', () => {
    const text = 'One engineer, Paul Buchheit, brought it to the office. Buchheit disagreed. “You can’t know that,” Buchheit said.';
    expect(speakerOf(text, 'know that')).toBe('Paul Buchheit');
  });

  it('but the noun it is in a German one', () => {
    expect(speakerOf('„Das ist falsch“, sagte die Mehrheit.', 'falsch')).toBe(null);
  });
});

describe('a verb of saying after an English modal', () => {
  it('is a cue in the infinitive, whose subject speaks', () => {
    expect.soft(speakerOf('Larry Page ran the meetings. Page would say, “I don’t want to talk about this anymore. Just do it.”', 'talk about')).toBe('Larry Page');
    expect.soft(speakerOf('Larry Page ran the meetings. When any argument went circular, Page would often say, “Just do it, then.”', 'Just do it')).toBe('Larry Page');
  });

  it('but names no one when its subject is no one named', () => {
    expect(speakerOf('Larry Page ran the meetings. Some would say “the market is too hot to touch right now.”', 'too hot')).toBe(null);
  });
});

describe('“assured” and a source whose clause names no one speaking', () => {
  it('“assured” reports words', () => {
    expect(speakerOf('David Morales ran UC Global. “The Americans will find us contracts,” Morales assured his business partner.', 'find us contracts')).toBe('David Morales');
  });

  it('past a phrase with a possessive or a name after a preposition, the source speaks', () => {
    expect(speakerOf('Brian Nagel ran the unit. According to TechNewsWorld, under Nagel’s watch, “The Secret Service used wiretaps to gain access.”', 'wiretaps')).toBe('TechNewsWorld');
  });

  it('but not past a clause whose subject could speak', () => {
    expect.soft(speakerOf('According to Reuters, the company “is considering a sale of the unit.”', 'considering')).toBe(null);
    expect.soft(speakerOf('According to Reuters, in Washington the mayor “is considering a sale of the unit.”', 'considering')).not.toBe('Reuters');
  });
});

describe('a pronoun doing something as its sentence’s subject', () => {
  it('means the same person as a pronoun after it, whatever names its clauses hold', () => {
    const text = 'Jim McKelvey grew up in St. Louis. Over the years, he has used his know-how to launch Six Thirty, an accelerator, and Launch Code, which helps developers.\n“The biggest challenge here is a talent shortage,” he says.';
    expect(speakerOf(text, 'biggest challenge')).toBe('Jim McKelvey');
  });

  it('but reads on from it only within the reach left', () => {
    const text = 'Antoine Roux teaches sociology. “I am worried,” he says. It got late. It was cold. It was dark. It rained. Later that day, he walked past the library.\n“It is the end of the university,” he says.';
    expect(speakerOf(text, 'end of the university')).toBe(null);
  });
});

describe('a credit sentence naming whom the words were put to', () => {
  it('credits the words before it', () => {
    const text = 'Kevin Wallace questioned Trump for hours. “Are you aware that the Chicago loan was paid off last week?” Wallace asked Trump.';
    expect(speakerOf(text, 'Are you aware')).toBe('Kevin Wallace');
  });
});

describe('words after a phrase with no verb and no name', () => {
  it('stand alone in their sentence and go on with the speaker before them', () => {
    const text = 'Nicole Slemp is a mother of two. “Our country is doing nothing to help fill that gap,” Slemp said. As a parent, “we’re supposed to keep the population going, and they’re not helping.”';
    expect(speakerOf(text, 'population going')).toBe('Nicole Slemp');
  });

  it('but not after a phrase naming someone', () => {
    const text = 'Nicole Slemp is a mother of two. “Our country is doing nothing to help fill that gap,” Slemp said. For Mark Ruiz, “we’re supposed to keep the population going, and they’re not helping.”';
    expect(speakerOf(text, 'population going')).not.toBe('Nicole Slemp');
  });
});
