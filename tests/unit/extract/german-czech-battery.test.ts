/**
 * A battery of German and Czech news reporting (issue 10, third round): how newspapers in these languages
 * ordinarily say who spoke, with sentences written for the test (no page's text). Each passage expects the
 * speaker a careful reader would name, or null where such a reader could name no one.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn } from './speaker-of';

const lastSpeaker = (text: string) => speakersIn(text).at(-1) ?? null;

describe('German: a description referring back to the person just named', () => {
  it('by party ("erklärt der CDU-Politiker", "sagte die SPD-Abgeordnete")', () => {
    expect(lastSpeaker('Thomas Krüger ist Bürgermeister von Lindau. „Wir haben keine Wahl“, erklärt der CDU-Politiker.')).toBe('Thomas Krüger');
    expect(lastSpeaker('Jana Albrecht stimmte gegen das Gesetz. „Das ist ein schwerer Fehler“, sagte die SPD-Abgeordnete.')).toBe('Jana Albrecht');
  });

  it('by trade or field ("so der Klimaforscher", "erklärt die Ärztin", "sagt der Landwirt")', () => {
    expect(lastSpeaker('Klaus Weber forscht in Jena. „Das Eis schmilzt schneller“, so der Klimaforscher.')).toBe('Klaus Weber');
    expect(lastSpeaker('Sabine Roth arbeitet seit zehn Jahren in der Notaufnahme. „Wir sind jede Nacht am Limit“, erklärt die Ärztin.')).toBe('Sabine Roth');
    expect(lastSpeaker('Uwe Brand ist ein erfahrener Politiker. „Ich trete nicht mehr an“, sagt der Politiker.')).toBe('Uwe Brand');
    expect(lastSpeaker('Martin Hoffmann bewirtschaftet 80 Hektar bei Passau. „Der Regen kam zu spät“, sagt der Landwirt.')).toBe('Martin Hoffmann');
  });

  it('by a trade with an affiliation after it ("meint der Ökonom vom Ifo-Institut")', () => {
    expect(lastSpeaker('Frank Meier ist skeptisch. „Das wird nicht reichen“, meint der Ökonom vom Ifo-Institut.')).toBe('Frank Meier');
  });

  it('by standing ("erzählt die Schülerin", "sagt die Rentnerin")', () => {
    expect(lastSpeaker('Lena Fischer ist 17. „Ich will einfach nur Abitur machen“, erzählt die Schülerin.')).toBe('Lena Fischer');
    expect(lastSpeaker('Gerda Wolf wohnt seit 1970 in dem Haus. „Hier kenne ich jeden“, sagt die Rentnerin.')).toBe('Gerda Wolf');
  });

  it('by age ("sagt die 45-Jährige", "sagte der 62-Jährige")', () => {
    expect(lastSpeaker('Anna Berger leitet das Heim seit 2015. „Wir brauchen mehr Personal“, sagt die 45-Jährige.')).toBe('Anna Berger');
    expect(lastSpeaker('Rolf Kaiser fährt seit 40 Jahren Taxi. „So wenig Kunden gab es noch nie“, sagte der 62-Jährige.')).toBe('Rolf Kaiser');
  });

  it('by nationality ("sagte der Österreicher")', () => {
    expect(lastSpeaker('Lukas Gruber verlor das Finale in drei Sätzen. „Ich war heute einfach müde“, sagte der Österreicher.')).toBe('Lukas Gruber');
  });

  it('by family role ("sagt die Mutter", "sagt der Vater")', () => {
    expect(lastSpeaker('Maria Huber hat drei Kinder und keinen Kitaplatz. „So kann ich nicht arbeiten“, sagt die Mutter.')).toBe('Maria Huber');
    expect(lastSpeaker('Stefan Lang wartet seit Wochen auf einen Termin. „Mein Sohn braucht Hilfe“, sagt der Vater.')).toBe('Stefan Lang');
  });

  it('by club or team role ("sagte der Angreifer", "sagte der Trainer", "sagte die Torhüterin")', () => {
    expect(lastSpeaker('Jonas Keller traf zweimal. „Das war mein bestes Spiel“, sagte der Angreifer.')).toBe('Jonas Keller');
    expect(lastSpeaker('Markus Brandt war nach dem Spiel zufrieden. „Die Mannschaft hat gekämpft“, sagte der Trainer.')).toBe('Markus Brandt');
    expect(lastSpeaker('Lisa Schmitt hielt zwei Elfmeter. „Ich hatte ein gutes Gefühl“, sagte die Torhüterin.')).toBe('Lisa Schmitt');
  });

  it('with an adjective before the noun ("sagte der erfahrene Richter")', () => {
    expect(lastSpeaker('Hans Vogt leitet den Prozess. „Das Urteil fällt im Mai“, sagte der erfahrene Richter.')).toBe('Hans Vogt');
  });

  it('as subject before the verb ("Der Unternehmer sagt:")', () => {
    expect(lastSpeaker('Peter Franke führt die Firma in dritter Generation. Der Unternehmer sagt: „Wir bleiben in der Stadt.“')).toBe('Peter Franke');
  });

  it('after another quotation of the same person', () => {
    const text = '„Wir bauen weiter“, sagte Bauunternehmerin Carla Jung. Die Preise seien gestiegen. „Aber aufgeben ist keine Option“, fügte die Unternehmerin hinzu.';
    expect(speakersIn(text)).toEqual(['Carla Jung', 'Carla Jung']);
  });
});

describe('German: descriptions that name no one', () => {
  it('an indefinite description is someone unnamed ("sagte ein Sprecher", "sagt eine Anwohnerin")', () => {
    expect(lastSpeaker('Klaus Weber leitet die Firma. „Wir prüfen den Fall“, sagte ein Sprecher.')).toBe(null);
    expect(lastSpeaker('Petra Kühn ist Bürgermeisterin. „Der Lärm ist unerträglich“, sagt eine Anwohnerin.')).toBe(null);
  });

  it('a description the text introduced for someone unnamed is that person ("Ein Polizist … sagte der Polizist")', () => {
    expect(lastSpeaker('Anna Roth wartete vor dem Haus. Ein Polizist kam hinzu. „Bitte gehen Sie weiter“, sagte der Polizist.')).toBe(null);
    expect(lastSpeaker('Der Bürgermeister Jan Haas eröffnete die Sitzung. Eine Lehrerin meldete sich. „Die Schule ist zu klein“, sagte die Lehrerin.')).toBe(null);
    expect(lastSpeaker('Anna Roth wartete vor dem Haus. Eine Polizistin kam hinzu. „Bitte gehen Sie weiter“, sagte die Polizistin.')).toBe(null);
    expect(lastSpeaker('Klaus Weber leitet die Firma. Ein junger Ingenieur zeigt die Halle. „Hier bauen wir die Motoren“, sagt der Ingenieur.')).toBe(null);
  });

  it('an anonymous source is never a named person ("so der Insider", "sagte der Beamte")', () => {
    expect(lastSpeaker('Klaus Weber leitet den Konzern seit 2019. „Der Vorstand ist zerstritten“, sagt ein Insider.')).toBe(null);
    expect(lastSpeaker('Jörg Brandt ist Minister. „Das Ministerium war gewarnt“, sagte ein Beamter.')).toBe(null);
    expect(lastSpeaker('Jörg Brandt ist Minister. „Das Ministerium war gewarnt“, sagte der Informant.')).toBe(null);
  });

  it('two named people who fit the description leave it unknown', () => {
    expect(lastSpeaker('Thomas Krüger traf Klaus Weber in Berlin. „Wir sind uns einig“, sagte der Politiker.')).toBe(null);
    expect(lastSpeaker('Jonas Keller und Tim Wolf trafen je einmal. „Das war ein harter Kampf“, sagte der Stürmer.')).toBe(null);
  });

  it('a description of the other gender is not the person named ("sagt die Politikerin" after a man)', () => {
    expect(lastSpeaker('Thomas Krüger ist Bürgermeister von Lindau. „Wir haben keine Wahl“, sagt die Politikerin.')).toBe(null);
  });

  it('a plural description is several people ("sagen die Forscher")', () => {
    expect(lastSpeaker('Klaus Weber leitet das Institut. „Die Daten sind eindeutig“, sagen die Forscher.')).toBe(null);
  });

  it('a title of a work in quotation marks is nobody’s words', () => {
    expect(lastSpeaker('Die Autorin Eva Brand stellt ihr neues Buch „Die Stille der Berge“ vor.')).toBe(null);
    expect(lastSpeaker('Der Regisseur Paul Stein dreht gerade den Film „Ein Sommer in Rom“.')).toBe(null);
  });

  it('a body or a firm with a person’s ending ("teilte die Gemeinde mit", "der Flughafenbetreiber", "der Sender")', () => {
    expect(lastSpeaker('Bürgermeisterin Eva Lenz kam zu spät. „Die Straße bleibt gesperrt“, teilte die Gemeinde mit.')).toBe(null);
    expect(lastSpeaker('Pilot Jonas Wendt blieb ruhig. „Alle Flüge sind verspätet“, teilte der Flughafenbetreiber mit.')).toBe(null);
    expect(lastSpeaker('Moderator Jonas Wendt fehlte. „Die Sendung fällt aus“, erklärte der Sender.')).toBe(null);
  });

  it('a description without anyone named before ("sagte der Pfarrer")', () => {
    expect(lastSpeaker('Die Kirche war voll. „So viele Menschen hatten wir lange nicht“, sagte der Pfarrer.')).toBe(null);
  });
});

describe('German: organisations, "laut", colons, reflexives and continuation', () => {
  it('a spokesperson of a named organisation speaks for it ("teilte eine Sprecherin der Polizei mit")', () => {
    expect(lastSpeaker('Die Polizei sucht Zeugen. „Wer etwas gesehen hat, soll sich melden“, teilte eine Sprecherin der Polizei mit.')).toBe('Polizei');
    expect(lastSpeaker('„Wir prüfen den Fall sorgfältig“, sagte ein Sprecher des Innenministeriums.')).toBe('Innenministerium');
  });

  it('an organisation as subject before a colon ("Die Deutsche Bahn teilte mit:")', () => {
    expect(lastSpeaker('Die Deutsche Bahn teilte am Montag mit: „Alle Züge fahren wieder planmäßig.“')).toBe('Deutsche Bahn');
  });

  it('"laut" with a name and an apposition ("Laut Maria Schulz, Sprecherin des Verbands, …")', () => {
    expect(lastSpeaker('Laut Maria Schulz, Sprecherin des Verbands, ist die Lage „äußerst angespannt“.')).toBe('Maria Schulz');
    expect(lastSpeaker('Laut Innenministerin Petra Lang sei die Lage „ernst“.')).toBe('Petra Lang');
  });

  it('a role and a name before a colon ("Bürgermeister Peter Haas sagte:")', () => {
    expect(lastSpeaker('Bürgermeister Peter Haas sagte am Abend: „Die Stadt steht zusammen.“')).toBe('Peter Haas');
  });

  it('a reflexive cue ("äußerte sich Karl Brandt", "zeigte sich die Trainerin … zufrieden")', () => {
    expect(lastSpeaker('„Wir haben lange auf diesen Tag gewartet“, äußerte sich Karl Brandt erleichtert.')).toBe('Karl Brandt');
  });

  it('a quotation standing alone in the next paragraph continues the speaker', () => {
    const text = 'Sabine Lorenz sagte: „Wir haben alles versucht.“\n„Am Ende hat es nicht gereicht.“';
    expect(speakersIn(text)).toEqual(['Sabine Lorenz', 'Sabine Lorenz']);
  });

  it('a pronoun after the verb ("sagt sie")', () => {
    expect(lastSpeaker('Die Pianistin Julia Kern übt täglich. „Ohne Disziplin geht es nicht“, sagt sie.')).toBe('Julia Kern');
  });
});

describe('Czech: descriptions, "podle", colons and organisations', () => {
  it('a description referring back, with the gender of the verb ("řekl politik", "uvedla lékařka")', () => {
    expect(lastSpeaker('Petr Novák vede radnici v Brně. „Na opravy nemáme peníze,“ řekl politik.')).toBe('Petr Novák');
    expect(lastSpeaker('Tereza Horáková pracuje na dětském oddělení. „Lůžek je málo,“ uvedla lékařka.')).toBe('Tereza Horáková');
  });

  it('a description by age ("řekl 52letý řidič")', () => {
    expect(lastSpeaker('Josef Kratochvíl jezdí taxíkem třicet let. „Tolik zákazníků jsem nikdy neměl,“ řekl 52letý řidič.')).toBe('Josef Kratochvíl');
  });

  it('a team role ("dodal trenér", "řekl útočník")', () => {
    expect(lastSpeaker('Ondřej Malý dal dva góly. „Byl to můj nejlepší zápas,“ řekl útočník.')).toBe('Ondřej Malý');
  });

  it('a role and a name after the cue ("uvedla mluvčí policie Jana Malá")', () => {
    expect(lastSpeaker('„Pachatele stále hledáme,“ uvedla mluvčí policie Jana Malá.')).toBe('Jana Malá');
  });

  it('"podle" with a declined name and role ("podle ministra financí Karla Dvořáka", "podle ministra Petra Nováka")', () => {
    expect(lastSpeaker('Podle ministra financí Karla Dvořáka je rozpočet „na hraně“.')).toBe('Karel Dvořák');
    expect(lastSpeaker('Podle ministra Petra Nováka je rozpočet na příští rok „na hraně“.')).toBe('Petr Novák');
    expect(lastSpeaker('Podle Jany Malé, mluvčí nemocnice, je situace na oddělení „pod kontrolou“.')).toBe('Jana Malá');
  });

  it('a declined surname later in the text ("řekl Novák")', () => {
    expect(lastSpeaker('Starosta Petr Novák otevřel nový most. „Čekali jsme na to deset let,“ řekl Novák.')).toBe('Petr Novák');
  });

  it('a colon after a role and a name ("Ministr Karel Svoboda řekl:")', () => {
    expect(lastSpeaker('Ministr Karel Svoboda řekl: „Daně zvyšovat nebudeme.“')).toBe('Karel Svoboda');
  });

  it('a reflexive cue ("svěřil se Petr Novák")', () => {
    expect(lastSpeaker('„Bylo to nejtěžší rozhodnutí mého života,“ svěřil se Petr Novák.')).toBe('Petr Novák');
  });

  it('an interview: the answer after a question', () => {
    const text = 'Starosta Petr Novák odpovídal na dotazy. „Kdy bude most hotový?“ zeptal se reportér. „Snad do konce roku,“ odpověděl Novák.';
    expect(lastSpeaker(text)).toBe('Petr Novák');
  });

  it('a quotation standing alone in the next paragraph continues the speaker', () => {
    const text = 'Jana Malá řekla: „Udělali jsme všechno, co šlo.“\n„Teď musíme počkat.“';
    expect(speakersIn(text)).toEqual(['Jana Malá', 'Jana Malá']);
  });
});

describe('Czech: nobody named', () => {
  it('an unnamed source ("řekl nejmenovaný zdroj", "uvedl zdroj z ministerstva")', () => {
    expect(lastSpeaker('Ministr Karel Svoboda mlčí. „Ministr o všem věděl,“ řekl nejmenovaný zdroj.')).toBe(null);
    expect(lastSpeaker('Ministr Karel Svoboda mlčí. „Ministr o všem věděl,“ uvedl zdroj z ministerstva.')).toBe(null);
  });

  it('a description of the other gender ("řekla ekonomka" after a man)', () => {
    expect(lastSpeaker('Petr Novák vede radnici v Brně. „Na opravy nemáme peníze,“ řekla ekonomka.')).toBe(null);
  });

  it('two men who fit ("Petr Novák a Jan Dvořák … řekl politik")', () => {
    expect(lastSpeaker('Petr Novák a Jan Dvořák spolu jednali dvě hodiny. „Dohoda je blízko,“ řekl politik.')).toBe(null);
  });

  it('a description the text used for someone unnamed ("dorazil policista … řekl policista"), or an official ("řekl úředník")', () => {
    expect(lastSpeaker('Petr Novák sledoval zásah z okna. Na místo dorazil policista. „Nikdo nebyl zraněn,“ řekl policista.')).toBe(null);
    expect(lastSpeaker('Petr Novák vede ministerstvo. „Ministr o všem věděl,“ řekl úředník.')).toBe(null);
  });

  it('a description said of the person named ("pracuje jako hasič … řekl hasič")', () => {
    expect(lastSpeaker('Jiří Kopecký pracuje jako hasič dvacet let. „Takový požár jsem ještě neviděl,“ řekl hasič.')).toBe('Jiří Kopecký');
  });

  it('one of several ("řekl jeden z policistů")', () => {
    expect(lastSpeaker('Petr Novák sledoval zásah. „Nikdo nebyl zraněn,“ řekl jeden z policistů.')).toBe(null);
  });

  it('a title of a work in quotation marks', () => {
    expect(lastSpeaker('Spisovatelka Eva Černá vydala knihu „Tichá řeka“.')).toBe(null);
  });
});
