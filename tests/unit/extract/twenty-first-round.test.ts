/**
 * Rules of the twenty-first round. The earlier rounds' readers, read on the pages each round then added before tuning
 * on them (npm run eval:unseen), named a right person under a wrong name 25 times of 181 wrong speakers: a title the
 * lexicon lacked glued before the surname ("Adv Tšosane", "Supt Peters", "Commissioner-designate …"). Each round had
 * added its own titles; these tests hold titles of each language written from the language, not from a page.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a title of office the lexicon lacked, before a surname', () => {
  it.each([
    ['Jacob Mamabolo visited the site on Monday.\n“We are ready for the floods,” said Treasurer Mamabolo.', 'We are ready', 'Jacob Mamabolo'],
    ['Marco Bianchi met the families.\n“We will not leave anyone behind in this parish,” said Cardinal Bianchi.', 'We will not leave', 'Marco Bianchi'],
    ['Der Landrat Ulrich Krebs besuchte die Baustelle.\n„Wir sind im Zeitplan“, sagte Landrat Krebs.', 'Wir sind im', 'Ulrich Krebs'],
  ])('is the person named in full before: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a title of office the lexicon lacked, alone after the words', () => {
  it.each([
    ['Comptroller Emily Rhodes runs the county office.\n“Turnout was higher than we expected,” the comptroller said.', 'Turnout was', 'Emily Rhodes'],
    ['Registrar Thandi Moyo reads every file.\n“The evidence does not support the claim,” the registrar said.', 'The evidence', 'Thandi Moyo'],
    ['L’adjointe Sophie Garnier a reçu les familles.\n« Nous ne laisserons personne de côté », a déclaré l’adjointe.', 'Nous ne laisserons', 'Sophie Garnier'],
    ['La regidora Lucía Ferrer visitó el barrio.\n“El ayuntamiento responderá esta semana”, dijo la regidora.', 'El ayuntamiento', 'Lucía Ferrer'],
    ['Primátor Jan Novák přijel na místo.\n„Situace je vážná,“ řekl primátor.', 'Situace je', 'Jan Novák'],
  ])('is the one the text gave that title: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('but a title held by no one named leaves the words unattributed rather than naming a stranger', () => {
    const text = 'The council met on Monday. Emily Rhodes chaired it.\n“Turnout was higher than we expected,” said the comptroller.';
    expect(speakerOf(text, 'Turnout was')).toBeNull();
  });
});

describe('a title written with "-designate" or "-elect"', () => {
  it('is a title, not part of the name', () => {
    const text = 'Lindiwe Sisulu spoke first.\n“We are ready for the floods,” said Commissioner-designate Sisulu.';
    expect.soft(speakerOf(text, 'We are ready')).toBe('Lindiwe Sisulu');
    expect.soft(speakerOf(text.replace('Commissioner-designate', 'Governor-elect'), 'We are ready')).toBe('Lindiwe Sisulu');
  });
});

describe('a role given by a copula after the name', () => {
  it.each([
    ['Jane Miller is the mayor of Springfield.\n“We will win this election and we will do it fairly,” the mayor said.', 'We will win', 'Jane Miller'],
    ['Jane Miller became mayor in 2019.\n“We will win this election and we will do it fairly,” the mayor said.', 'We will win', 'Jane Miller'],
    ['Jeanne Martin est maire de Lyon.\n« Nous allons gagner cette élection et nous le ferons honnêtement », a souligné la maire.', 'Nous allons', 'Jeanne Martin'],
    ['Lucía Ferrer es alcaldesa de Sevilla desde 2019.\n“Vamos a ganar estas elecciones”, dijo la alcaldesa.', 'Vamos a ganar', 'Lucía Ferrer'],
    ['Ana Souza é prefeita de Recife.\n“Vamos ganhar esta eleição”, disse a prefeita.', 'Vamos ganhar', 'Ana Souza'],
  ])('is that person’s, as an appositive’s would be: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('but not when the name is the complement of a preposition, nor when the role is someone else’s the name is related to', () => {
    const said = '\n“We will win this election and we will do it fairly,” the mayor said.';
    expect.soft(speakerOf(`The wife of Jane Miller is the mayor of Springfield.${said}`, 'We will win')).toBeNull();
    expect.soft(speakerOf(`Jane Miller is the daughter of the mayor of Springfield.${said}`, 'We will win')).toBeNull();
  });
});

describe('a role after an organisation word, in a description before a name', () => {
  it('describes a person of that organisation, as a role before it does', () => {
    const text = 'The union leader, Rosa Diaz, did not mince words. “This offer is an insult to every worker in this company,” Diaz said.';
    expect.soft(speakerOf(text, 'This offer')).toBe('Rosa Diaz');
    expect.soft(speakerOf(text.replace('union leader', 'company spokeswoman'), 'This offer')).toBe('Rosa Diaz');
  });

  it('but an organisation word with no role still introduces a body', () => {
    const text = 'The rail company, Northern Lines, cut services again. “We apologise to every passenger affected by the changes,” Northern Lines said.';
    expect(speakerOf(text, 'We apologise')).toBe('Northern Lines');
  });
});

describe('a medium the words were said to, before the speaker after the verb', () => {
  it.each([
    ['“Hemos recibido más de mil denuncias en una sola semana”, explicó a EFE Marta Gómez, portavoz de la asociación.', 'Hemos recibido', 'Marta Gómez'],
    ['“Hemos recibido más de mil denuncias en una sola semana”, dijo a la AFP Marta Gómez.', 'Hemos recibido', 'Marta Gómez'],
  ])('is passed: the full name after it speaks: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('but a full name after "a" with nothing before it in its run is whom the words were said to', () => {
    const text = 'Marta Gómez llamó al ministro. “No vamos a ceder en nada”, le dijo a Carlos Ruiz.';
    expect(speakerOf(text, 'No vamos a ceder')).not.toBe('Carlos Ruiz');
  });
});

describe('a Czech role with its complement opening the sentence before a name', () => {
  it('is that person’s role', () => {
    const text = 'Ministr zdravotnictví Petr Novotný navštívil nemocnici. „Do konce roku otevřeme sto nových lůžek,“ uvedl ministr.';
    expect(speakerOf(text, 'Do konce roku')).toBe('Petr Novotný');
  });
});

describe('em-dash dialogue and enclitic verbs of saying', () => {
  it('reads an incise followed by an appositive, and a Portuguese verb with its reflexive joined after it', () => {
    expect.soft(speakerOf('Devant les grilles, les salariés ne décolèrent pas.\n— Il faut rouvrir l’usine, insiste Gérard Poulain, délégué syndical du site.', 'Il faut rouvrir')).toBe('Gérard Poulain');
    expect.soft(speakerOf('Os moradores estão revoltados.\n— Ninguém nos avisou de nada — queixou-se Maria Pires, moradora da aldeia.', 'Ninguém nos avisou')).toBe('Maria Pires');
    expect.soft(speakerOf('O ministro Rui Costa foi criticado. “Cumpri a lei em todos os momentos”, defendeu-se Costa.', 'Cumpri a lei')).toBe('Rui Costa');
  });

  it('but a dash line with no verb of saying after its comma is no dialogue', () => {
    expect(speakerOf('Programme de la soirée :\n— Concert à 20 heures, place Bellecour, entrée libre.', 'Concert à 20')).toBeNull();
  });
});

describe('Portuguese names', () => {
  it('keep "do" and a nickname between given name and surname', () => {
    expect.soft(speakerOf('“Cumpri a lei em todos os momentos”, disse Maria do Carmo Pires.', 'Cumpri a lei')).toBe('Maria do Carmo Pires');
    expect.soft(speakerOf('“Cumpri a lei em todos os momentos”, disse Luiz Inácio Lula da Silva.', 'Cumpri a lei')).toBe('Luiz Inácio Lula da Silva');
  });
});

describe('German days and months between the speaker and the verb', () => {
  it('are a time, never the speaker', () => {
    expect.soft(speakerOf('„Ich habe niemals Geld angenommen“, hat Werner Kaspar am Donnerstag gesagt.', 'Ich habe niemals')).toBe('Werner Kaspar');
    expect.soft(speakerOf('Die Ernte fällt schlecht aus, „so schlecht wie seit zwanzig Jahren nicht mehr“, wie Bauernpräsident Georg Liebl am Montag sagte.', 'so schlecht wie')).toBe('Georg Liebl');
  });
});

describe('the German perfect', () => {
  it('reads the participle of a verb of saying and the subject after the auxiliary', () => {
    expect.soft(speakerOf('„Wir bauen keine Stellen ab“, hatte Konzernchefin Sabine Rost noch im Januar versprochen.', 'Wir bauen keine')).toBe('Sabine Rost');
    expect.soft(speakerOf('„Das war ein Fehler“, hat Anna Brandt gemahnt.', 'Das war ein')).toBe('Anna Brandt');
    const text = 'Der Bürgermeister von Altenweiler, Sven Hofmeister, hat sich am Abend zu dem Vorfall geäußert. „Wir werden die Verantwortlichen zur Rechenschaft ziehen“, hat er auf einer Pressekonferenz gesagt.';
    expect.soft(speakerOf(text, 'Wir werden die')).toBe('Sven Hofmeister');
  });
});

describe('German sources of impersonal and reported words', () => {
  it('name the issuer of the writing the words stand in, in the nominative', () => {
    expect.soft(speakerOf('„Die Sperrung ist aus Sicherheitsgründen unumgänglich“, heißt es in einer Mitteilung der Nordbahn Regio GmbH.', 'Die Sperrung ist')).toBe('Nordbahn Regio GmbH');
    expect.soft(speakerOf('„Die Sperrung ist aus Sicherheitsgründen unumgänglich“, heißt es in einer Mitteilung des Innenministeriums.', 'Die Sperrung ist')).toBe('Innenministerium');
    expect.soft(speakerOf('In dem Bericht des Landesrechnungshofs heißt es: „Die Kosten wurden systematisch zu niedrig angesetzt.“', 'Die Kosten wurden')).toBe('Landesrechnungshof');
  });

  it('read "nach Angaben von" as "according to", and a town hall as a body', () => {
    expect.soft(speakerOf('Nach Angaben von Feuerwehrsprecher Lukas Brenner bestand „zu keinem Zeitpunkt Gefahr für die Anwohner“.', 'zu keinem Zeitpunkt')).toBe('Lukas Brenner');
    expect.soft(speakerOf('„Die Gespräche mit dem Investor laufen“, hieß es am Montag aus dem Birkenfelder Rathaus.', 'Die Gespräche mit')).toBe('Birkenfelder Rathaus');
  });

  it('but a body’s bare word in the genitive stands for a body named before, never the name "Ministerium"', () => {
    const text = 'Das südkoreanische Vereinigungsministerium bestätigte den Auftritt. „Grundlose Berichte haben unnötige Verwirrung gestiftet“, hieß es in einer Erklärung des Ministeriums.';
    expect(speakerOf(text, 'Grundlose Berichte')).not.toBe('Ministerium');
  });
});

describe('a speaker described by what they do, after where or to whom the words were said', () => {
  it('is the full name after the description', () => {
    expect.soft(speakerOf('“Nunca había visto algo así en treinta años de profesión”, afirmó a este diario el bombero Julián Serrano.', 'Nunca había visto')).toBe('Julián Serrano');
    expect.soft(speakerOf('“A gente perdeu tudo, até os documentos”, disse à Folha a diarista Rosângela Ferreira, 52.', 'A gente perdeu')).toBe('Rosângela Ferreira');
  });
});

describe('an acronym right after the verb, with a word in lower case after it', () => {
  it('is the agency told or the body of the role after it, never the speaker', () => {
    expect.soft(speakerOf('„Škody jdou do desítek milionů korun,“ řekl ČTK ředitel krajských hasičů Ondřej Kubát.', 'Škody jdou do')).toBe('Ondřej Kubát');
    expect.soft(speakerOf('„Bylo to strašné, všude byla krev,“ řekla ČTK jedna ze svědkyň, která si nepřála být jmenována.', 'Bylo to strašné')).toBeNull();
  });

  it('but an acronym ending the clause is the speaker', () => {
    expect(speakerOf('“The launch window opens on Tuesday and we are on schedule,” said NASA.', 'The launch window')).toBe('NASA');
  });
});

describe('Czech "podle něj", "podle ní"', () => {
  it('credit the person of that gender the text spoke of, as "according to him" does', () => {
    expect.soft(speakerOf('Hydrolog Jan Pokorný sleduje hladinu řeky od rána spolu s krizovou manažerkou Irenou Malou. Podle něj je situace „velmi vážná, ale ne beznadějná“.', 'velmi vážná')).toBe('Jan Pokorný');
    expect.soft(speakerOf('Soudkyně Alena Krejčí poslala obžalovaného Marka Soukupa na osm let do vězení. Podle ní jednal „s mimořádnou bezohledností“.', 'mimořádnou bezohledností')).toBe('Alena Krejčí');
  });
});

describe('Czech verbs of saying the lexicon lacked, and "k tomu" before the verb', () => {
  it.each(['prozradil', 'oponoval', 'namítl', 'zhodnotil', 'postěžoval si', 'ptá se', 'připouští', 'vzpomíná', 'informoval'])('reads “…,” %s trenér Pavel Dvořák', (verb) => {
    expect(speakerOf(`„Výsledek nás opravdu velmi mrzí a musíme se zlepšit,“ ${verb} trenér Pavel Dvořák.`, 'Výsledek nás')).toBe('Pavel Dvořák');
  });

  it('passes "k tomu" between the subject and the verb', () => {
    expect(speakerOf('Předseda klubu Lukáš Vrba k tomu řekl: „S takovým výsledkem nemůžeme být spokojeni.“', 'S takovým výsledkem')).toBe('Lukáš Vrba');
  });
});

describe('Romance bodies and roles the lexicon lacked', () => {
  it('reads a Portuguese body that put its words in a note, and roles of office', () => {
    expect.soft(speakerOf('“A empresa segue todas as normas ambientais vigentes”, disse a Mineradora Serra Azul em nota.', 'A empresa segue')).toBe('Mineradora Serra Azul');
    expect.soft(speakerOf('“O Serviço Nacional de Saúde está à beira da rutura”, referiu o bastonário da Ordem dos Médicos, António Lemos.', 'O Serviço Nacional')).toBe('António Lemos');
    expect.soft(speakerOf('“As aulas estão suspensas em toda a rede”, informou a Prefeitura em nota.', 'As aulas estão')).toBe('Prefeitura');
  });

  it('but "a" before a person is whom the words were said to', () => {
    expect(speakerOf('Ana Souza ligou para o irmão. “Vamos recorrer da decisão”, disse a Maria Souza.', 'Vamos recorrer')).not.toBe('Maria Souza');
  });
});

describe('the words before the verb as a pronoun or a manner', () => {
  it('leave its subject after it', () => {
    expect.soft(speakerOf('Lo resumió así la directora del museo, Teresa Alcántara: “Esta colección es el alma de la ciudad”.', 'Esta colección')).toBe('Teresa Alcántara');
    expect.soft(speakerOf('Así lo explicó el alcalde Juan Pérez: “No habrá más cortes de agua este verano”.', 'No habrá más')).toBe('Juan Pérez');
  });
});
