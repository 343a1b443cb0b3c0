/**
 * A discourse battery of German and Czech news reporting (issue 10, fourth round): the speaker is named one to three
 * sentences or a paragraph before the quotation, others are named in between, and the quotation's own sentence has
 * a pronoun, a dropped subject, a description, a document or nothing at all. Passages written for the test (no page's
 * text); each expects the speaker a careful reader would name, or null where such a reader could not tell.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('German: an organisation speaking through a document or a word for it', () => {
  it('a document introduced in the sentence before ("heißt es darin", "heißt es in der Erklärung", "so das Schreiben")', () => {
    expect.soft(speakerOf('Die Deutsche Bahn veröffentlichte am Montag eine Mitteilung zu den Streiks. „Wir bedauern die Einschränkungen für unsere Fahrgäste“, heißt es darin.', 'Einschränkungen')).toBe('Deutsche Bahn');
    expect.soft(speakerOf('Siemens verschickte am Dienstag eine Erklärung an die Belegschaft. „Die Lage in den Werken ist ernst“, heißt es in der Erklärung.', 'Lage in den Werken')).toBe('Siemens');
    expect.soft(speakerOf('Der ADAC schickte seinen Mitgliedern im Herbst einen Brief. „Die Beiträge steigen ab Januar um zehn Prozent“, so das Schreiben.', 'Beiträge steigen')).toBe('ADAC');
    expect.soft(speakerOf('Die SBB informierte am Sonntag in einem Communiqué über die Sperrung. „Die Strecke bleibt bis Mittwoch gesperrt“, heißt es darin.', 'Strecke bleibt')).toBe('SBB');
  });

  it('a word for the organisation named before ("teilte der Konzern mit", "erklärte der Autobauer", "teilte der Verein mit")', () => {
    expect.soft(speakerOf('Die Lufthansa streicht im Sommer 200 Flüge. „Wir haben schlicht zu wenige Piloten“, teilte der Konzern mit.', 'zu wenige Piloten')).toBe('Lufthansa');
    expect.soft(speakerOf('Der FC Bayern München hat sich am Sonntag von seinem Trainer getrennt. „Wir danken ihm für seine Arbeit“, teilte der Verein mit.', 'danken ihm')).toBe('FC Bayern München');
  });

  // Left for later: a person acting in the sentence between stops the reading back to the firm ('it said' in English too).
  it.fails('a word for the firm past a sentence about its chief ("erklärte der Autobauer")', () => {
    expect(speakerOf('BMW hat seine Prognose für das laufende Jahr gesenkt. Vorstandschef Oliver Zipse sprach von einem schwierigen Jahr. „Die Nachfrage in China bleibt schwach“, erklärte der Autobauer.', 'Nachfrage in China')).toBe('BMW');
  });

  it('no issuer: a document no one is named for, one received, two organisations, a word for a firm the text did not name', () => {
    expect.soft(speakerOf('In Berlin kursiert seit Montag eine Mitteilung. „Die Verhandlungen sind gescheitert“, heißt es darin.', 'Verhandlungen sind')).toBe(null);
    expect.soft(speakerOf('Die Deutsche Bahn erhielt am Montag ein Schreiben der Gewerkschaft. „Wir lehnen das Angebot ab“, heißt es darin.', 'lehnen das Angebot')).toBe(null);
    expect.soft(speakerOf('Die Deutsche Bahn und die Gewerkschaft GDL haben bis in die Nacht verhandelt. „Eine Einigung ist nicht in Sicht“, heißt es in einer Mitteilung.', 'Einigung ist')).toBe(null);
    expect.soft(speakerOf('Siemens und Bosch haben am Donnerstag ihre Zahlen vorgelegt. „Das Geschäft zieht wieder an“, teilte der Konzern mit.', 'Geschäft zieht')).toBe(null);
    expect.soft(speakerOf('Bundeskanzler Olaf Scholz besuchte am Montag das Werk in Wolfsburg. „Wir investieren weiter in Deutschland“, teilte der Konzern mit.', 'investieren weiter')).toBe(null);
  });
});

describe('Czech: an organisation speaking through a document or a word for it', () => {
  it('"uvádí se v prohlášení" after the organisation issued it', () => {
    expect.soft(speakerOf('Společnost ČEZ v pondělí vydala prohlášení. „Ceny elektřiny pro domácnosti v příštím roce neporostou,“ uvádí se v prohlášení.', 'Ceny elektřiny')).toBe('ČEZ');
  });

  // Left for later: Czech writes a word for a firm after the cue with no article ('uvedla společnost'), which the reader does not yet take for a referring word.
  it.fails('"uvedla společnost" after the firm acted', () => {
    expect(speakerOf('Automobilka Škoda Auto loni vyrobila rekordní počet vozů. „Poptávka po elektromobilech dál roste,“ uvedla společnost.', 'Poptávka po')).toBe('Škoda Auto');
  });

  it('no issuer: a statement no one is named for', () => {
    expect.soft(speakerOf('Na sociálních sítích se v noci objevilo prohlášení. „Situaci nepodceňujeme,“ uvádí se v prohlášení.', 'nepodceňujeme')).toBe(null);
  });
});

describe('German: the subject goes on speaking', () => {
  it('a pronoun after a sentence whose subject is the speaker, with another person named as object', () => {
    expect.soft(speakerOf('Innenministerin Katrin Vogel traf am Mittwoch den französischen Minister Paul Girard in Paris. „Wir brauchen eine europäische Lösung“, sagte sie nach dem Treffen.', 'europäische Lösung')).toBe('Katrin Vogel');
    expect.soft(speakerOf('Thomas Berger kritisierte am Dienstag seinen Parteikollegen Michael Wendt scharf. „So geht man nicht miteinander um“, sagte er.', 'So geht man')).toBe('Thomas Berger');
    expect.soft(speakerOf('Richter Jens Hofer verurteilte den Angeklagten Dieter Maus zu drei Jahren Haft. „Die Beweislast war erdrückend“, sagte er.', 'Beweislast')).toBe('Jens Hofer');
  });

  it('the subject two sentences back, a person spoken about in between', () => {
    expect.soft(speakerOf('Ministerin Sabine Kurz lobte Bürgermeister Jan Peters für sein Krisenmanagement. Danach besuchte sie das Hochwassergebiet. „Die Schäden sind enorm“, sagte sie.', 'Schäden sind')).toBe('Sabine Kurz');
    expect.soft(speakerOf('Kanzleramtschef Jens Hofer widersprach am Mittwoch dem Bericht. Die Vorwürfe gegen Staatssekretärin Maria Lenz seien haltlos. Er sagte: „Frau Lenz hat korrekt gehandelt.“', 'korrekt gehandelt')).toBe('Jens Hofer');
  });

  it('the nearest subject when another spoke before', () => {
    expect.soft(speakerOf('Jens Hofer sprach als Erster. Danach ergriff Dieter Maus das Wort. „Wir sind nicht einverstanden“, sagte er.', 'nicht einverstanden')).toBe('Dieter Maus');
  });

  it('null: two subjects of the pronoun\'s gender', () => {
    expect.soft(speakerOf('Thomas Berger und Michael Wendt stritten am Dienstag über den Haushalt. „Das ist nicht verhandelbar“, sagte er.', 'nicht verhandelbar')).toBe(null);
    expect.soft(speakerOf('Anna Keller und Lisa Brandt stellten am Montag ihr Projekt vor. „Wir haben zwei Jahre daran gearbeitet“, sagte sie.', 'zwei Jahre')).toBe(null);
  });
});

describe('Czech: the subject goes on speaking (a dropped subject, the verb\'s gender)', () => {
  it('"řekla." after a woman who criticised a man', () => {
    expect.soft(speakerOf('Starostka Jana Kubátová v pondělí kritizovala hejtmana Pavla Zemana za zpoždění stavby. „Lidé čekají už pět let,“ řekla.', 'Lidé čekají')).toBe('Jana Kubátová');
  });

  it('"uvedl." after a man who praised another man: the subject', () => {
    expect.soft(speakerOf('Ministr Tomáš Beneš v úterý pochválil ředitele nemocnice Karla Havlíka. „Nemocnice zvládla krizi výborně,“ uvedl.', 'zvládla krizi')).toBe('Tomáš Beneš');
    expect.soft(speakerOf('Trenér Martin Hašek po zápase chválil brankáře Jakuba Kováře. Kritizoval ale obranu. „Takhle hrát nemůžeme,“ řekl.', 'Takhle hrát')).toBe('Martin Hašek');
  });

  it('null: two men, or a verb whose gender fits no one', () => {
    expect.soft(speakerOf('Petr Dvořák a Tomáš Horák se v pondělí neshodli na rozpočtu. „Tohle nepodepíšu,“ řekl.', 'nepodepíšu')).toBe(null);
    expect.soft(speakerOf('Petr Dvořák v pondělí otevřel novou školu. „Děti se už těší,“ řekla.', 'Děti se')).toBe(null);
  });
});

describe('German: a speech noun naming its speaker', () => {
  it('"an einer Antwort von X ablesen:", "Die Antwort der Ministerin X fiel knapp aus:", "Die Reaktion von X kam prompt:"', () => {
    expect.soft(speakerOf('Wie angespannt die Lage ist, lässt sich an einer Antwort von Kremlsprecher Dmitri Peskow ablesen: „Wir sehen keine Grundlage für Gespräche.“', 'keine Grundlage')).toBe('Dmitri Peskow');
    expect.soft(speakerOf('Die Antwort der Ministerin Petra Lang fiel knapp aus: „Dazu äußere ich mich nicht.“', 'äußere ich')).toBe('Petra Lang');
    expect.soft(speakerOf('Die Reaktion von Bürgermeister Stefan Ott kam prompt: „Das lassen wir uns nicht gefallen.“', 'nicht gefallen')).toBe('Stefan Ott');
  });

  it('"Auf X angesprochen, sagte Y:": the one spoken to, not the one spoken about', () => {
    expect.soft(speakerOf('Auf Michael Wendt angesprochen, sagte Lars Wegner: „Er hat mein volles Vertrauen.“', 'volles Vertrauen')).toBe('Lars Wegner');
  });

  it('null: the one who asked, the one written to', () => {
    expect.soft(speakerOf('Die Antwort auf die Frage von Anna Keller fiel knapp aus: „Dazu äußern wir uns nicht.“', 'äußern wir')).toBe(null);
    expect.soft(speakerOf('Der Brief an Ministerin Petra Lang endet mit einem Satz: „Wir geben nicht auf.“', 'geben nicht auf')).toBe(null);
  });
});

describe('Czech: a speech noun naming its speaker', () => {
  it('"odpověď ministra X:"', () => {
    expect.soft(speakerOf('Vše vysvětlila odpověď ministra financí Karla Dvořáka: „Daně zvyšovat nebudeme.“', 'Daně zvyšovat')).toBe('Karel Dvořák');
  });

  it('null: the one written to', () => {
    expect.soft(speakerOf('Dopis adresovaný ministru Karlu Dvořákovi končí větou: „Nevzdáme se.“', 'Nevzdáme')).toBe(null);
  });
});

describe('German: a sentence about speaking, then a lone quotation', () => {
  it('"X reagierte prompt.", "X nahm kein Blatt vor den Mund.", "X zeigte sich empört."', () => {
    expect.soft(speakerOf('Die Opposition warf dem Landkreis Versagen vor. Landrat Peter Scholl reagierte prompt.\n\n„Wer so etwas behauptet, kennt die Zahlen nicht.“', 'kennt die Zahlen')).toBe('Peter Scholl');
    expect.soft(speakerOf('Die Tarifrunde ist gescheitert. Gewerkschaftschefin Yvonne Hart nahm kein Blatt vor den Mund.\n\n„Das Angebot der Arbeitgeber ist eine Frechheit.“', 'Frechheit')).toBe('Yvonne Hart');
    expect.soft(speakerOf('Trainer Jürgen Kolb zeigte sich nach dem Spiel empört. „So einen Elfmeter darf man niemals geben.“', 'Elfmeter')).toBe('Jürgen Kolb');
  });

  it('null: a sentence not about speaking, or two who reacted', () => {
    expect.soft(speakerOf('Landrat Peter Scholl eröffnete am Montag die neue Brücke.\n\n„Wer so etwas behauptet, kennt die Zahlen nicht.“', 'kennt die Zahlen')).toBe(null);
    expect.soft(speakerOf('Landrat Peter Scholl und Gewerkschaftschefin Yvonne Hart reagierten prompt.\n\n„Das Angebot ist eine Frechheit.“', 'Frechheit')).toBe(null);
  });
});

describe('Czech: a sentence about speaking, then a lone quotation', () => {
  it('"X reagoval okamžitě."', () => {
    expect.soft(speakerOf('Opozice ministra obvinila z nečinnosti. Ministr zemědělství Marek Vlček reagoval okamžitě.\n\n„Na nic nečekáme, peníze už jsou na cestě.“', 'peníze už')).toBe('Marek Vlček');
  });

  it('null: two who reacted, or a sentence not about speaking', () => {
    expect.soft(speakerOf('Ministr Marek Vlček a hejtman Pavel Zeman reagovali okamžitě.\n\n„Na nic nečekáme, peníze už jsou na cestě.“', 'peníze už')).toBe(null);
    expect.soft(speakerOf('Ministr Marek Vlček v pondělí odletěl do Bruselu.\n\n„Na nic nečekáme, peníze už jsou na cestě.“', 'peníze už')).toBe(null);
  });
});

describe('German: a description of the paragraph\'s topic, another person named in between', () => {
  it('by age, nationality or role given earlier ("der 21-Jährige", "der Niederländer", "die Trainerin")', () => {
    expect.soft(speakerOf('Der 21-jährige Jonas Keller erzielte beide Tore. Trainer Markus Brandt wechselte ihn in der 80. Minute aus. „Ich hätte gern weitergespielt“, sagte der 21-Jährige.', 'weitergespielt')).toBe('Jonas Keller');
    expect.soft(speakerOf('Der Niederländer Max Verstappen gewann am Sonntag in Spielberg. Lewis Hamilton wurde Zweiter. „Das Auto war heute perfekt“, sagte der Niederländer.', 'Auto war')).toBe('Max Verstappen');
    expect.soft(speakerOf('Trainerin Eva Lindner führte ihr Team ins Finale. Kapitän Paul Roth erzielte das Siegtor. „Ich bin unglaublich stolz“, sagte die Trainerin.', 'unglaublich stolz')).toBe('Eva Lindner');
  });

  it('null: a description that fits two, or no one', () => {
    expect.soft(speakerOf('Die Niederländer Max de Vries und Tim Bakker fuhren beide aufs Podium. „Das Auto war heute perfekt“, sagte der Niederländer.', 'Auto war')).toBe(null);
    expect.soft(speakerOf('Trainer Markus Brandt lobte Jonas Keller nach dem Spiel. „Er war heute überragend“, sagte die Trainerin.', 'überragend')).toBe(null);
    expect.soft(speakerOf('Der 34-jährige Paul Roth und der 21-jährige Jonas Keller trafen je einmal. „Ich war sofort bereit“, sagte der 29-Jährige.', 'sofort bereit')).toBe(null);
  });
});

describe('Czech: a description of the paragraph\'s topic, another person named in between', () => {
  it('"řekl jednadvacetiletý útočník", "řekl Angličan"', () => {
    expect.soft(speakerOf('Jednadvacetiletý útočník Adam Kolář dal v sobotu dva góly. Trenér Jan Slavík ho po zápase chválil. „Cítil jsem se skvěle,“ řekl jednadvacetiletý útočník.', 'Cítil jsem')).toBe('Adam Kolář');
    expect.soft(speakerOf('Anglický záložník Jack Morton přestoupil do Sparty. Sportovní ředitel Tomáš Sivok přestup potvrdil. „Těším se na českou ligu,“ řekl Angličan.', 'Těším se')).toBe('Jack Morton');
  });

  it('null: a description that fits two, or no one', () => {
    expect.soft(speakerOf('Útočník Adam Kolář a útočník Petr Šíma dali po gólu. „Cítil jsem se skvěle,“ řekl útočník.', 'Cítil jsem')).toBe(null);
    expect.soft(speakerOf('Trenér Jan Slavík chválil Adama Koláře. „Byl to skvělý zápas,“ řekla trenérka.', 'skvělý zápas')).toBe(null);
  });
});

describe('German: a quotation running over paragraphs', () => {
  it('a paragraph that is only a quotation goes on with the speaker before', () => {
    expect.soft(speakerOf('„Wir werden klagen“, sagte Anwältin Julia Brenner am Montag.\n\n„Das Urteil ist aus unserer Sicht falsch.“', 'Urteil ist')).toBe('Julia Brenner');
  });

  it('a quotation opened in one paragraph and closed in the next, the cue at its end', () => {
    expect.soft(speakerOf('Julia Brenner vertritt die Kläger. „Wir werden klagen.\n\n„Das Urteil ist aus unserer Sicht falsch“, sagte die Anwältin.', 'Urteil ist')).toBe('Julia Brenner');
  });

  it('the next quotation after another speaker is brought in is that one\'s', () => {
    expect.soft(speakerOf('„Wir werden klagen“, sagte Anwältin Julia Brenner.\n\nKonzernsprecher Martin Hoff widersprach.\n\n„Das Urteil ist eindeutig.“', 'eindeutig')).toBe('Martin Hoff');
  });

  it('null: two people brought in between', () => {
    expect.soft(speakerOf('„Wir werden klagen“, sagte Anwältin Julia Brenner.\n\nIhr Kollege Martin Hoff und Richterin Eva Stein verließen den Saal.\n\n„Das Urteil ist eindeutig.“', 'eindeutig')).toBe(null);
  });
});

describe('Czech: a quotation running over paragraphs', () => {
  it('a paragraph that is only a quotation goes on with the speaker before', () => {
    expect.soft(speakerOf('„Budeme se odvolávat,“ řekla advokátka Lucie Benešová.\n\n„Rozsudek považujeme za chybný.“', 'Rozsudek')).toBe('Lucie Benešová');
  });

  it('null: two people brought in between', () => {
    expect.soft(speakerOf('„Budeme se odvolávat,“ řekla advokátka Lucie Benešová.\n\nProti rozsudku se ohradili starosta Pavel Zeman a hejtman Jiří Kos.\n\n„Rozsudek považujeme za chybný.“', 'Rozsudek')).toBe(null);
  });
});
