/**
 * Rules of the nineteenth round, each from a class of speakers read wrong or missed on the tuning half of set M, with
 * sentences written for the test and a negative guarding each.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a quotation after a clause ending in a colon and before a credit', () => {
  it('is the words of the name credited right after it, not of the clause’s subject', () => {
    const text = 'Die Tierschützer sind empört. Für den Verband reagiert die Stadtverwaltung viel zu spät: „Wir bekommen täglich Meldungen von toten Tieren“, erklärte Jana Albers vom Verband.';
    expect.soft(speakerOf(text, 'Wir bekommen')).toBe('Jana Albers');
    expect.soft(speakerOf('The council moved too late, critics say. For the charity, the response came far too slowly: "We got reports of dead birds every day," said Jana Albers of the charity.', 'We got reports')).toBe('Jana Albers');
  });

  it('but not when a clause goes on after the words, with a name that is not their credit', () => {
    const text = 'Carla Mendes described the evening. She said he then announced: "My friend will be joining us today," and alleges Ruth Okafor then entered the room.';
    expect(speakerOf(text, 'My friend')).not.toBe('Ruth Okafor');
  });

  it('nor when the sentence after the words opens with anything but the cue or the name', () => {
    const text = 'Maria Moreau said: “In the cast media travel order small, every member is the one.” Pygmy in asked reducing minister N current Bosenko mostly.';
    expect(speakerOf(text, 'In the cast media')).toBe('Maria Moreau');
  });
});

describe('English "shared" and "penned"', () => {
  it('report words after them, inverted or after a pronoun', () => {
    const text = 'One vitamin matters most for families, says registered dietitian Amanda Reyes. "Folic acid is absolutely essential during pregnancy," she shared with the magazine.';
    expect.soft(speakerOf(text, 'Folic acid')).toBe('Amanda Reyes');
    expect.soft(speakerOf('The evidence is mixed, as noted by health writer Amanda Reyes. "Many people believe that multivitamins help, but the evidence is mixed," she penned in an article.', 'Many people')).toBe('Amanda Reyes');
  });

  it('but "shared" before "by" is a participle, no cue: the cue after it says who', () => {
    const text = 'Tim Morrison spoke last. He begged lawmakers to look ahead. "Every day spent on these proceedings is a day when we are not focused on the interests" mutually shared by Ukraine and the U.S., he warned.';
    expect(speakerOf(text, 'Every day spent')).toBe('Tim Morrison');
  });
});

describe('a name after a cue, or after "by" and a cue, and lower-case words of a trade', () => {
  it('acts there: a pronoun after it means that person, nearer than one the text knows the gender of', () => {
    const says = 'Amanda Reyes wrote the first guide. So if you want to stay healthy, taking a multivitamin every day might help, says certified nutritionist Anju Mobin. "Vitamin C is known for empowering the immune system," she told the magazine.';
    expect.soft(speakerOf(says, 'Vitamin C')).toBe('Anju Mobin');
    const noted = 'Amanda Reyes wrote the first guide. There is one thing a multivitamin will do for you, as noted by registered dietitian Trista Best. "You will be more nourished," she told the magazine.';
    expect.soft(speakerOf(noted, 'You will be more nourished')).toBe('Trista Best');
  });

  it('but not after a word of the closed classes: the subject of a clause brought in by "that" says nothing', () => {
    const text = 'Ellis Dorne\nWhen a member of the transition team announced that Ellis Dorne would be performing at the inauguration, the singer\'s representatives swiftly shut down his claim.\n“Incorrect. He will not be performing," Ellis Dorne\'s publicist retorted.\nGarrett Bloom\nAsked if he would perform at the inauguration, the country star replied with the vaguely patriotic, “It’s always about serving. It’s what you do.”';
    expect(speakerOf(text, 'It’s always')).not.toBe('Ellis Dorne');
  });
});

describe('German "sich freuen"', () => {
  it('reports words, its reflexive pronoun between the verb and the name', () => {
    const text = 'Marianne Ricking begleitet Trauernde. Stirbt ein Mensch ohne Angehörige, begleitet ihn eine Gemeinschaft. "Die Idee entstand aus der Gemeinde heraus", freut sich Ricking.';
    expect(speakerOf(text, 'Die Idee')).toBe('Marianne Ricking');
  });

  it('but what pleases someone named as its object is no subject’s saying: the names in the clause before are not its speaker', () => {
    const text = 'Michael Kohlmann hat das Team benannt. Dass auch Kevin Krawietz und Tim Pütz nach Rio reisen werden, freut den Bundestrainer: „Kevin und Tim gehören zum Kern der Mannschaft.“';
    expect(speakerOf(text, 'Kevin und Tim')).not.toBe('Kevin Krawietz');
  });
});

describe('a German office named by a compound of its level ("Bundesministerin")', () => {
  it('is held by whom a later compound narrowing the office means ("die Integrationsministerin")', () => {
    const text = '„Für mich ist es wichtig, dass Mütter ihre Chancen verwirklichen können“, betonte Bundesministerin Anna Huber bei einer Pressekonferenz mit Arbeitsminister Karl Vogt. „Wir werden mehr Geld in die Kinderbetreuung investieren“, so die Familien- und Frauenministerin. Die Integrationsministerin betonte die Wichtigkeit der Frühförderung, „damit jedes Kind die gleichen Chancen vorfindet“.';
    expect.soft(speakerOf(text, 'Wir werden mehr Geld')).toBe('Anna Huber');
    expect.soft(speakerOf(text, 'damit jedes Kind')).toBe('Anna Huber');
  });

  it('but a minister of state and a portfolio’s minister are two offices', () => {
    const text = '„Für mich ist es wichtig, dass Mütter ihre Chancen verwirklichen können“, betonte Staatsministerin Anna Huber bei einer Pressekonferenz mit Arbeitsminister Karl Vogt. „Wir werden mehr Geld in die Kinderbetreuung investieren“, so die Familien- und Frauenministerin.';
    expect(speakerOf(text, 'Wir werden mehr Geld')).not.toBe('Anna Huber');
  });
});

describe('a part of a German month opening a sentence ("Mitte November")', () => {
  it('is a time, no one who could be meant by a pronoun or a role', () => {
    const text = 'Mitte November wird sie das Amt von Peter Neher übernehmen.\n„Mehr als 80 Prozent der Mitarbeitenden sind Frauen“, so die neue Präsidentin.';
    expect(speakerOf(text, 'Mehr als 80 Prozent')).not.toBe('Mitte November');
  });

  it('but a name ending in a month’s name is still a name', () => {
    expect(speakerOf('Ernst August hielt eine Rede. „Wir bleiben in Hannover“, sagte Ernst August.', 'Wir bleiben')).toBe('Ernst August');
  });
});

describe('a German relative clause between the subject’s appositive (a role another person holds too) and its cue', () => {
  it('is about the name before it, which speaks', () => {
    const text = 'Ingo Degenhardt, Geschäftsführer der DGB-Region Südwestfalen, sprach zuerst. „Die Brücke fehlt“, sagt Ingo Degenhardt.\nStefan Marx, Geschäftsführer der DGB-Region Ruhr-Mark, in dessen Zuständigkeitsbereich die abrissreife Rahmedetalbrücke liegt, ergänzt: „Der DGB macht sich ernste Sorgen um die Zukunft der Region.“';
    expect.soft(speakerOf(text, 'Der DGB macht')).toBe('Stefan Marx');
    expect.soft(speakerOf(text.replace(', in dessen Zuständigkeitsbereich die abrissreife Rahmedetalbrücke liegt,', ', der die abrissreife Rahmedetalbrücke seit Jahren kennt,'), 'Der DGB macht')).toBe('Stefan Marx');
  });
});

describe('titles of church offices, of people who post, and the police’s abbreviation for a superintendent', () => {
  it('are roles before a surname, which is the person the text named in full', () => {
    expect.soft(speakerOf('In Berlin sprach Christian Stäblein das Wort des Bischofs. „Wir sind Kirche mit Geflüchteten“, betonte Bischof Stäblein.', 'Wir sind Kirche')).toBe('Christian Stäblein');
    expect.soft(speakerOf('Thomas Kehl betreibt einen Kanal. «Ich habe schon das Gefühl, dass die Community die größere ist», sagt Youtuber Kehl.', 'Ich habe schon')).toBe('Thomas Kehl');
    expect.soft(speakerOf('Police press liaison officer Superintendent Audley Peters spoke at the scene. Supt Peters said the man was at a stall. “Those males discharged those weapons,” he added.', 'Those males')).toBe('Audley Peters');
  });

  it('but a word for an office the text gave someone else, or no one, does not mean a man it gave another office', () => {
    expect.soft(speakerOf('Kanzlerin Petra Lang und Bischof Ernst Gohl kamen. „Wir handeln jetzt“, sagte der Vizekanzler.', 'handeln jetzt')).toBe(null);
    expect.soft(speakerOf('Kanzlerin Petra Lang und Bürgermeister Ernst Gohl kamen. „Wir handeln jetzt“, sagte der Vizekanzler.', 'handeln jetzt')).toBe(null);
  });
});

describe('words opening with "he" or "she"', () => {
  it('are the words of whom that pronoun means when it stands before them ("He added: “He was…”")', () => {
    const text = 'Superintendent Audley Peters spoke at the scene. “Thus far the male was on his forklift,” Supt Peters said.\nHe added: “He was doing service on behalf of his company when this incident occurred.”';
    expect(speakerOf(text, 'He was doing service')).toBe('Audley Peters');
  });

  it('but after them the pronoun may mean whom the words speak of, and names no one', () => {
    const text = 'Matthew Levitt studied the prisoner for years. Yahya Sinwar spent two decades in jail.\n“He learned Hebrew, he spoke with his jailers, and he studied them,” he said.';
    expect(speakerOf(text, 'He learned Hebrew')).toBe(null);
  });
});

describe('a German sentence reporting words, opened by another part than its subject', () => {
  it('has its subject after the verb, whose words a quotation standing alone after it goes on with', () => {
    const text = 'HDE-Präsident Alexander von Preen warnte vor dem Ladensterben. “Die Menschen müssen wieder mehr Zuversicht fassen.”\nDarüber hinaus mahnte der HDE-Präsident bessere Rahmenbedingungen an mit zum Beispiel verlässlichen Entscheidungen. “Nur wenn wir eine funktionierende Wirtschaft haben, geht es allen gut.”';
    expect(speakerOf(text, 'Nur wenn wir')).toBe('Alexander von Preen');
  });
});

describe('a German "-boss"', () => {
  it('is a role, of the firm it names: the one person the text gave a role of that firm', () => {
    const text = 'VW-Chef Herbert Diess will den Stammsitz stärken. Vor Zuhörern bekräftigte er die Ziele. "Gerade Wolfsburg ist wichtig für den Konzern", betonte der VW-Boss seinem Redetext zufolge.';
    expect(speakerOf(text, 'Gerade Wolfsburg')).toBe('Herbert Diess');
  });
});

describe('a heading that is only a quotation', () => {
  const section = '\n"Ich wurde eingesperrt, weil ich meinen Job als Journalist gemacht habe", sagte Yücel im Gespräch mit der Moderatorin.';
  const before = 'Deniz Yücel sprach auf der Buchmesse. "Unter dem Bett haben sie als erstes geguckt", berichtete Yücel über die Razzien. Den Kühlschrank öffneten sie allerdings nicht.\n';
  it('quotes whom the section under it quotes first, credited by a cue', () => {
    expect(speakerOf(`${before}"Ich lasse mich nicht mundtot machen"${section}`, 'mundtot')).toBe('Deniz Yücel');
  });

  it('but a line with other words before the quotation is no such heading', () => {
    expect(speakerOf(`${before}Auf seinem Plakat vor der Halle war später zu lesen "Wir lassen uns nicht mundtot machen"${section}`, 'mundtot')).toBe(null);
  });
});

describe('"der Sprecher" of a German body after a cue', () => {
  it('is its subject, not whom the words were told, and is the person named after the body and a comma', () => {
    expect.soft(speakerOf('Der Streit dauert an. „Wir liefern weiter“, sagte der Sprecher des Handelsverbands Deutschland, Stefan Genth.', 'Wir liefern')).toBe('Stefan Genth');
    expect.soft(speakerOf('Der Streit dauert an. „Wir liefern weiter“, sagt auch der Sprecher der Deutschen Schutzvereinigung für Wertpapierbesitz (DSW), Jürgen Kurz.', 'Wir liefern')).toBe('Jürgen Kurz');
  });

  it('but with no name after the body, speaks for the body, named without the ending of its genitive', () => {
    expect(speakerOf('Der Streit dauert an. „Wir liefern weiter“, sagte der Sprecher des Handelsverbands, der die Händler vertritt.', 'Wir liefern')).toBe('Handelsverband');
  });
});

describe('a German pronoun that is only ever a subject, right after the verb', () => {
  it('is its subject, whatever opens the sentence: a name in the phrase before is no speaker', () => {
    const text = 'Christian Stäblein sprach lange. In Anlehnung an den Soziologen Hartmut Rosa fragte er: „Wie findet der Gottesdienst Resonanz?“';
    expect(speakerOf(text, 'Wie findet')).toBe('Christian Stäblein');
  });
});
