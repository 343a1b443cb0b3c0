/**
 * Rules of the twenty-eighth round, each for a class found on the tuning pages, tested with texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOfSpan } from '../../../lib/extract/attribution/attribute';
import { detectQuotes } from '../../../lib/extract/detect';
import { speakerOf, speakersIn } from './speaker-of';

/** The speaker of a text's one quotation. */
const speakerIn = (text: string) => speakersIn(text)[0] ?? null;

/** A profile: one woman quoted by cue three times, a paragraph about the island, the paragraph given, one more about the island. */
const profile = (paragraph: string, cued = ['Lena Varga', 'Varga', 'Varga']) =>
  [
    'Lena Varga has run the lighthouse on Skarø for eleven years, alone for most of them.',
    `“The first winter I nearly left,” ${cued[0]} said. “The wind never stops.”`,
    `“Nobody else wanted the job,” ${cued[1]} said.`,
    `“I will stay as long as the lamp turns,” ${cued[2]} said.`,
    'The authority cut the island’s budget in 2019, and the ferry now comes twice a week.',
    paragraph,
    'Part of the lamp was automated last spring.',
  ].join('\n');

describe('a page with one voice', () => {
  it.each([
    ['“Some nights the sea comes right up to the door and I just listen to it.”'],
    ['On the mainland people think she is lonely. “I have never been lonely here, not for one day.”'],
    ['Ferries come twice a week in summer. “Then the island is full of people who want to see the lamp.”'],
  ])('speaks the sentences it quotes with no cue: %s', (paragraph) => {
    const quote = detectQuotes(profile(paragraph)).find((q) => !q.cue && q.text.split(' ').length >= 5);
    expect(quote?.kind).toBe('speech');
    expect(quote?.speaker).toBe('Lena Varga');
  });

  it('gives that guess as weak as a continuation, never as what the page credits', () => {
    const text = profile('“Some nights the sea comes right up to the door and I just listen to it.”');
    const quote = detectQuotes(text).find((q) => q.text.startsWith('Some nights'))!;
    expect(quote.how).toBe('continuation');
    expect(speakerOfSpan(text, quote.start, quote.end)).toBeUndefined();
  });

  it.each([
    ['Her neighbour Tomas Berg disagrees. “Some nights the sea comes right up to the door and I just listen to it.”'],
    ['“Some nights the sea comes right up to the door,” wrote the harbourmaster, Ole Dahl.'],
  ])('leaves a quotation alone where someone else is named in its paragraph: %s', (paragraph) => {
    expect(speakerOf(profile(paragraph), 'Some nights the sea')).not.toBe('Lena Varga');
  });

  it('leaves it alone where someone else is named in the paragraph before', () => {
    const text = profile('Tomas Berg, who fishes off the island, brings her post.\n“Some nights the sea comes right up to the door and I just listen to it.”');
    expect(speakerOf(text, 'Some nights the sea')).toBe(null);
  });

  it('leaves it alone when cues credit a second speaker often', () => {
    const text = profile('“Some nights the sea comes right up to the door and I just listen to it.”', ['Lena Varga', 'Ole Dahl', 'Ole Dahl']);
    expect(speakerOf(text, 'Some nights the sea')).toBe(null);
  });

  it('leaves it alone with fewer than three credits', () => {
    const lines = profile('“Some nights the sea comes right up to the door and I just listen to it.”').split('\n');
    const text = [...lines.slice(0, 3), ...lines.slice(4)].join('\n');
    expect(speakerOf(text, 'Some nights the sea')).toBe(null);
  });

  it('leaves a short phrase the writer borrowed alone', () => {
    expect(speakerOf(profile('The island is, in the authority’s words, “not a priority”.'), 'not a priority')).toBe(null);
  });

  it('leaves a title a title', () => {
    const quote = detectQuotes(profile('Her favourite record is “Songs From The Big Chair”.')).find((q) => q.text.startsWith('Songs'));
    expect(quote?.kind).toBe('term');
    expect(quote?.speaker).toBeUndefined();
  });
});

describe('a possessive opening a short sentence', () => {
  const before = 'Lena Varga has run the lighthouse on Skarø for eleven years.\n“Nobody else wanted the job,” Varga said.\n';
  it.each([
    ['Her brother sees it differently.'],
    ['Her neighbour Tomas Berg disagrees.'],
    ['Her husband is less sure.'],
  ])('before a word for a person is someone else’s, not its owner’s: %s', (sentence) => {
    expect(speakerOf(`${before}${sentence} “The lamp could run itself for a month without anyone.”`, 'lamp could run')).not.toBe('Lena Varga');
  });

  it.each([['Her verdict is clear:'], ['Her answer:']])('before a word for what was said is still its owner’s: %s', (sentence) => {
    expect(speakerOf(`${before}${sentence} “The lamp could run itself for a month without anyone.”`, 'lamp could run')).toBe('Lena Varga');
  });
});

describe('a word for a public body referring back', () => {
  it.each([
    ['The Federal Aviation Administration grounded the jets on Monday.', 'Federal Aviation Administration'],
    ['The National Weather Service issued a warning for the county.', 'National Weather Service'],
    ['The Food Standards Agency withdrew the product.', 'Food Standards Agency'],
  ])('“the agency” is the public body acting just before: %s', (before, body) => {
    expect(speakerOf(`${before}\n“The planes will stay on the ground until we know more,” the agency said.`, 'planes will stay')).toBe(body);
  });

  it.each([['Boeing grounded the jets on Monday.'], ['Reuters reported the grounding on Monday.']])('“the agency” is no firm nor outlet: %s', (before) => {
    expect(speakerOf(`${before}\n“The planes will stay on the ground until we know more,” the agency said.`, 'planes will stay')).toBe(null);
  });

  it.each([
    ['The Indian government denied the report on Tuesday.', '“This is unacceptable,” the government said.', 'Indian government'],
    ['Pakistan’s government denied the report on Tuesday.', '“This is unacceptable,” the government said.', 'Pakistan government'],
    ['The German foreign ministry summoned the ambassador.', 'The ministry said in a statement that the strikes were “unacceptable and reckless”.', 'German foreign ministry'],
    ['India’s embassy in Washington says the talks went well.', 'The embassy says in a statement that the strikes “were measured and responsible”.', 'India embassy'],
  ])('“the government”, “the ministry”, “the embassy” is the one the text just named by its nation: %s', (before, sentence, body) => {
    expect(speakerOf(`${before}\n${sentence}`, sentence.includes('unacceptable,') ? 'unacceptable' : sentence.includes('reckless') ? 'reckless' : 'measured')).toBe(body);
  });

  it.each([
    ['The Indian government denied the report, and the Pakistani government welcomed it.'],
    ['Imran Khan said Khan’s government had done nothing wrong.'],
  ])('names none when two fit, or the owner is a person: %s', (before) => {
    expect(speakerOf(`${before}\n“This is unacceptable,” the government said.`, 'unacceptable')).toBe(null);
  });
});

describe('a word for a body of one kind referring back', () => {
  it.each([
    ['Network Rail closed the line on Monday. “Services will resume on Tuesday,” the operator said in a statement.', 'Network Rail'],
    ['The Metropolitan Police arrested two men on Friday. “Inquiries continue,” the force said.', 'Metropolitan Police'],
    ['Die Polizei Köln nahm am Freitag zwei Männer fest. „Die Ermittlungen dauern an“, teilte die Behörde mit.', 'Polizei Köln'],
    ['O Ministério da Saúde divulgou os dados nesta segunda. “A situação é estável”, afirmou a pasta.', 'Ministério da Saúde'],
  ])('is the body of that kind acting just before: %s', (text, body) => {
    expect(speakerIn(text)).toBe(body);
  });

  it.each([
    ['Boeing closed the plant on Friday. “Inquiries continue,” the force said.'],
    ['Siemens kündigte am Freitag Stellen ab. „Die Lage ist ernst“, teilte die Behörde mit.'],
  ])('is no body of another kind: %s', (text) => {
    expect(speakerIn(text)).toBe(null);
  });
});

describe('a role or a name in a phrase after a verb with its subject dropped', () => {
  const before = 'La ministra Ana Pérez visitó Lima el lunes.';
  it.each([
    ['“Hay que recuperar la confianza”, dijo al ser consultada por la renuncia del director, Ricardo Yáñez.'],
    ['“Hay que recuperar la confianza”, dijo en referencia al director de la policía, Ricardo Yáñez.'],
    ['“Hay que recuperar la confianza”, afirmó tras reunirse con el presidente.'],
    ['“É preciso recuperar a confiança”, disse ao comentar a saída do diretor da polícia.'],
  ])('is what the phrase governs, not the subject put last: %s', (sentence) => {
    expect(speakerOf(`${before} ${sentence}`, 'confian')).toBe('Ana Pérez');
  });

  it.each([
    ['“Hay que recuperar la confianza”, dijo en rueda de prensa el director de la policía, Ricardo Yáñez.', 'Ricardo Yáñez'],
    ['“Hay que recuperar la confianza”, dijo a la prensa el ministro José Gómez.', 'José Gómez'],
  ])('is the subject put last after an article of its own: %s', (sentence, speaker) => {
    expect(speakerOf(`${before} ${sentence}`, 'confian')).toBe(speaker);
  });
});

describe('a colon after the answer of someone asked', () => {
  const before = 'Tom Hale, the mayor of Dayton, met Maria Lopez, the state treasurer, on Monday.';
  it.each([
    ['Asked about the budget, Lopez was blunt: “We are out of money.”', 'Maria Lopez'],
    ['Pressed on the budget, she was blunt: “We are out of money.”', 'Maria Lopez'],
    ['Questioned about the deficit, the mayor was blunt: “We are out of money.”', 'Tom Hale'],
    ['Preguntada por el presupuesto, Lopez fue tajante: “No hay dinero.”', 'Maria Lopez'],
    ['Questionada sobre o orçamento, Lopez foi clara: “Não há dinheiro.”', 'Maria Lopez'],
    ['Interrogée sur le budget, Lopez a été claire : « Il n’y a plus d’argent. »', 'Maria Lopez'],
  ])('is the one the clause after the participle is about: %s', (sentence, speaker) => {
    expect(speakersIn(`${before} ${sentence}`)[0]).toBe(speaker);
  });
});

describe('a possessive and a word for what was said, before a colon', () => {
  const before = 'Tom Hale, the mayor of Dayton, met Maria Lopez, the state treasurer, on Monday.';
  it.each([['Her message to the council: “We are out of money.”'], ['Her message to the city council was simple: “We are out of money.”']])(
    'introduces its owner’s words, whoever they went to: %s',
    (sentence) => {
      expect(speakerOf(`${before} ${sentence}`, 'out of money')).toBe('Maria Lopez');
    },
  );

  it('is no one’s words when what is owned is a body', () => {
    expect(speakerOf(`${before} Her company: “We are out of money.”`, 'out of money')).toBe(null);
  });
});

describe('a word for a kind of firm with a word before it', () => {
  it.each([
    ['Tesco raised the price of milk on Monday. “We are working hard to keep prices low,” the supermarket chain said.', 'Tesco'],
    ['Tesco raised the price of milk on Monday. The supermarket giant said: “We are working hard to keep prices low.”', 'Tesco'],
    ['Apple raised the price of the iPhone on Monday. “We want more customers,” the tech giant said.', 'Apple'],
    ['Tesco raised the price of milk on Monday. “We are working hard to keep prices low,” the grocer said.', 'Tesco'],
  ])('is the firm just acting, when no name echoes the word: %s', (text, firm) => {
    expect(speakerIn(text)).toBe(firm);
  });

  it('is no firm when it says the firm is one of another kind', () => {
    expect(speakerIn('The Westbrook Trust met on Monday. “No agreement was reached,” the production company said.')).toBe(null);
  });
});

describe('a statement', () => {
  const before = 'Tesco raised the price of milk on Monday, its third rise this year.';
  it.each([
    ['“We are working hard to keep prices low,” the statement said.', 'Tesco'],
    ['“We are working hard to keep prices low,” a Tesco statement said.', 'Tesco'],
    ['“We are working hard to keep prices low,” a Kremlin statement said.', 'Kremlin'],
    ['“We are working hard to keep prices low,” a statement from the company read.', 'Tesco'],
    ['“We are working hard to keep prices low,” said a statement from the company.', 'Tesco'],
  ])('speaks for the body that issued it: %s', (sentence, body) => {
    expect(speakerIn(`${before} ${sentence}`)).toBe(body);
  });

  it.each([
    ['“We are working hard to keep prices low,” the Monday statement said.'],
    ['“We are working hard to keep prices low,” the letter said.'],
  ])('names no one when no body issued it, or a person may have written it: %s', (sentence) => {
    expect(speakerIn(`${before} ${sentence}`)).toBe(null);
  });
});

describe('a word for what an office holder is like', () => {
  const before = 'Maria Lopez, a Republican senator from Ohio, voted against the bill on Tuesday.';
  it.each([
    ['“We will cut waste,” the veteran senator said.'],
    ['“We will cut waste,” the first-term senator said.'],
    ['“We will cut waste,” the outspoken senator said.'],
    ['The embattled senator said: “We will cut waste.”'],
  ])('still means the one holding the office: %s', (sentence) => {
    expect(speakerIn(`${before} ${sentence}`)).toBe('Maria Lopez');
  });

  it.each([['“We will cut waste,” the finance minister said.'], ['“We will cut waste,” the veteran mayor said.']])(
    'is no one the text gave another office: %s',
    (sentence) => {
      expect(speakerIn(`${before} ${sentence}`)).toBe(null);
    },
  );
});

describe('a gesture right before a quotation standing alone', () => {
  const before = 'Tom Hale, the mayor, met Maria Lopez, the treasurer, on Monday.';
  it.each([
    ['Hale shrugged. “We will not close the library.”', 'Tom Hale'],
    ['She smiled. “We will not close the library.”', 'Maria Lopez'],
    ['Lopez laughed at the question. “We will not close the library.”', 'Maria Lopez'],
    ['Hale lächelte. „Wir schließen die Bibliothek nicht.“', 'Tom Hale'],
    ['Lopez sourit. « Nous ne fermerons pas la bibliothèque. »', 'Maria Lopez'],
    ['Lopez sonrió. “No vamos a cerrar la biblioteca.”', 'Maria Lopez'],
  ])('is made by the one who speaks: %s', (sentence, speaker) => {
    expect(speakerIn(`${before} ${sentence}`)).toBe(speaker);
  });

  it('is no one named when a crowd makes it', () => {
    expect(speakerIn(`${before} The crowd laughed. “We will not close the library.”`)).toBe(null);
  });
});

describe('a German word naming one institution by itself', () => {
  const before = 'Bundesfinanzminister Christian Lindner hat am Montag den Haushalt vorgestellt.';
  it.each([
    ['„Der Haushalt ist knapp“, teilte die Bundesregierung mit.', 'Bundesregierung'],
    ['Das Finanzministerium teilte mit: „Der Haushalt ist knapp.“', 'Finanzministerium'],
    ['„Der Haushalt ist knapp“, erklärte die Polizei.', 'Polizei'],
  ])('speaks as that body: %s', (sentence, body) => {
    expect(speakerIn(`${before} ${sentence}`)).toBe(body);
  });

  it('is the body the text named, when it named one', () => {
    expect(speakerIn('Die Polizei Köln nahm zwei Männer fest. „Die Ermittlungen dauern an“, erklärte die Polizei.')).toBe('Polizei Köln');
  });

  it.each([['„Der Haushalt ist knapp“, teilte das Ministerium mit.'], ['„Der Haushalt ist knapp“, sagte die Partei.']])(
    'is no body when it is a bare word for one: %s',
    (sentence) => {
      expect(speakerIn(`${before} ${sentence}`)).toBe(null);
    },
  );
});

describe('a German body a preposition governs', () => {
  it('does not speak', () => {
    const text = '„Ich habe niemals Geld angenommen“, hat der frühere Stadtrat Werner Kaspar am Donnerstag vor dem Landgericht gesagt.';
    expect(speakerIn(text)).not.toBe('Landgericht');
  });
});

describe('a clause of when or although before a verb with its subject dropped', () => {
  const before = 'Ingrid Halvorsen y el ministro Tom Hale hablaron el lunes.';
  it.each([
    ['Cuando Halvorsen llegó al banco, dijo: “Vamos a crecer.”', 'Ingrid Halvorsen'],
    ['Aunque Hale lo negó, dijo: “Vamos a crecer.”', 'Tom Hale'],
    ['Quando Halvorsen chegou ao banco, afirmou: “Vamos crescer.”', 'Ingrid Halvorsen'],
  ])('gives the subject its own subject: %s', (sentence, speaker) => {
    expect(speakerIn(`${before} ${sentence}`)).toBe(speaker);
  });
});

describe('a Czech clause of when before a verb with its subject dropped', () => {
  it.each([
    ['Když Stanjura přišel na jednání, řekl: „Rozpočet je napjatý.“', 'Zbyněk Stanjura'],
    ['Když Malá přišla na jednání, řekla: „Rozpočet je napjatý.“', 'Jana Malá'],
  ])('gives the subject its own subject: %s', (sentence, speaker) => {
    expect(speakerIn(`Ministr Zbyněk Stanjura a poslankyně Jana Malá jednali v pondělí. ${sentence}`)).toBe(speaker);
  });
});
