/**
 * Speaker classes of French, Spanish, Portuguese, German and Czech news (issue 10), one test per
 * class, with sentences written for the test (no page's text).
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';

const speakerOf = (text: string) => detectQuotes(text).find((q) => q.kind === 'speech')?.speaker ?? null;
const lastSpeaker = (text: string) => detectQuotes(text).at(-1)?.speaker ?? null;

describe('cue verbs in the tenses a reporter uses', () => {
  it('reads Spanish preterites, French participles, German presents and Czech pasts after the quotation', () => {
    expect(lastSpeaker('La jueza Marta Solís cerró la sesión. "No habrá más aplazamientos", zanjó Solís.')).toBe('Marta Solís');
    expect(lastSpeaker('Le maire Paul Ferrand a visité le chantier. « Les travaux dureront deux ans », a nuancé Paul Ferrand.')).toBe('Paul Ferrand');
    expect(lastSpeaker('Die Ministerin Petra Lang besuchte das Werk. „Wir brauchen mehr Personal“, erläutert Lang.')).toBe('Petra Lang');
    expect(lastSpeaker('Starosta Jan Horák otevřel most. „Most vydrží sto let,“ zopakoval Horák.')).toBe('Jan Horák');
  });
});

describe('a role with its department before the name', () => {
  it('takes the name after the department, not the department', () => {
    expect(speakerOf('« Le dialogue reste ouvert », a déclaré le ministre italien de la Culture, Paolo Ricci.')).toBe('Paolo Ricci');
    expect(speakerOf('« Rien n’est décidé », a indiqué le porte-parole du ministère des Affaires étrangères, Hugo Martel.')).toBe('Hugo Martel');
  });

  it('reads "le ministre de la Culture a affirmé" as the minister named before, and names no department', () => {
    const text = 'Le ministre de la Culture, Paolo Ricci, a visité Lyon. Le ministre de la Culture a affirmé que le musée serait «rouvert avant l’été».';
    expect(lastSpeaker(text)).toBe('Paolo Ricci');
  });

  it('gives no name when the capitalised words after the role are whom the words were told', () => {
    expect(speakerOf('Todo empezó en la radio. "No pienso dimitir", espetó el entrenador de porteros a Luis Gómez.')).toBe(null);
  });

  it('skips where the words were said ("sur Facebook") before the speaker', () => {
    expect(speakerOf('« La situation est grave », a rapporté sur Facebook le porte-parole du maire, Léa Garnier.')).toBe('Léa Garnier');
  });
});

describe('roles given after a name', () => {
  it('links "el portavoz" to the person the text introduced as spokesman', () => {
    const text = '"Es un escándalo", comentó Pablo Ortega, portavoz de la asociación vecinal, a este diario. "No vamos a parar", afirma el portavoz.';
    expect(lastSpeaker(text)).toBe('Pablo Ortega');
  });

  it('does not give the role to the name before it when a name follows the role', () => {
    const text = 'Tras reunirse con el presidente Jorge Díaz, el seleccionador Luis Prado habló. "Estamos listos", dijo el seleccionador.';
    expect(lastSpeaker(text)).toBe('Luis Prado');
  });
});

describe('German word order and epithets', () => {
  it('reads the subject after the verb when a phrase opens the sentence', () => {
    expect(lastSpeaker('Fabian Kurz leitet die Firma. Über die Konkurrenz sagt Kurz: „Sie hat uns unterschätzt.“')).toBe('Fabian Kurz');
    expect(lastSpeaker('Weil die Züge voll waren, erklärt Nina Brandt wie folgt: „Wir brauchen mehr Wagen.“')).toBe('Nina Brandt');
  });

  it('keeps the subject opening the sentence when a name ends the clause after the verb', () => {
    expect(lastSpeaker('Fabian Kurz leitet die Firma. Kurz kritisiert die Bahn: „Sie ist zu langsam.“')).toBe('Fabian Kurz');
  });

  it('reads "so der Minister" and "und sagt dann" as crediting the speaker', () => {
    expect(lastSpeaker('Innenminister Karl Weber war in Kiel. Er sei „nicht überrascht“, so Weber.')).toBe('Karl Weber');
    expect(lastSpeaker('Karl Weber dankt zunächst den Helfern und sagt dann: „Wir bauen alles wieder auf.“')).toBe('Karl Weber');
  });

  it('resolves "der SPD-Chef" to the one person given a role of that party', () => {
    const text = 'SPD-Spitzenkandidat Jonas Berger stritt mit CDU-Kandidatin Eva Roth. „Das ist falsch“, schimpft der SPD-Chef.';
    expect(lastSpeaker(text)).toBe('Jonas Berger');
  });

  it('does not take a newspaper told the words, or a dative article, for the speaker', () => {
    expect(lastSpeaker('Jonas Berger leitet die Firma. „Wir wachsen“, erzählt Berger der Lokalzeitung.')).toBe('Jonas Berger');
    expect(speakerOf('„Wir wachsen“, sagte der Zeitung ein Sprecher.')).toBe(null);
  });

  it('reads "der 48-Jährige" as the man just named', () => {
    const text = 'Thomas Hahn hat die Bäckerei 1990 übernommen. „Ich höre nicht auf“, erzählt der 48-Jährige.';
    expect(lastSpeaker(text)).toBe('Thomas Hahn');
  });

  it('reads "sagen sie" after a plural verb as no one person', () => {
    const text = 'Lena Hoff und ihre Nachbarn warten auf den Bus. „Er kommt nie pünktlich“, sagen sie.';
    expect(lastSpeaker(text)).toBe(null);
  });
});

describe('descriptions that are not a named person', () => {
  it('names no one for "eine Pendlerin", "un proche", "ein Fahrgast"', () => {
    expect(speakerOf('Die Züge sind voll. „Das ist unzumutbar“, sagt eine Pendlerin.')).toBe(null);
    expect(speakerOf('Die Züge sind voll. „Wie soll das gehen?“, fragt sich ein Fahrgast.')).toBe(null);
  });

  it('does not take a name followed by "y" or "und" for someone acting', () => {
    const text = 'Con esta victoria supera a Pedro Luna y se acerca al récord.\n"Estoy muy feliz", dijo él.';
    expect(lastSpeaker(text)).toBe(null);
  });
});

describe('second verbs and relative clauses', () => {
  it('does not give a relative clause’s words to the name before it, nor take a preposition for a name', () => {
    const text = 'Entre los citados figuraba Ramón Vidal, a quien el informe situó en Lugo, y aseguraba que había sido visto "en Vigo durante el juicio".';
    expect(lastSpeaker(text)).toBe(null);
  });
});

describe('Czech names in the nominative and in other cases', () => {
  it('takes a full name in the nominative after the cue, whatever follows', () => {
    expect(speakerOf('„Dům prodávám,“ uvedl u soudu Petr Novák jako důvod prodeje.')).toBe('Petr Novák');
  });

  it('does not take a name in another case after the cue for the speaker', () => {
    expect(speakerOf('„Utrácí všechno,“ uvedla na adresu Pavla Nováka jeho partnerka.')).toBe(null);
  });
});

describe('a sentence pointing back at the quotation before it, and a possessive before a colon', () => {
  const last = (text: string) => detectQuotes(text).filter((q) => q.kind === 'speech').at(-1)?.speaker ?? null;

  it('reads "Das sagt X", "Lo dice X", "C’est ce que dit X", "So says X" as the credit of the words before', () => {
    expect(last('„Wir haben das Problem lange unterschätzt.“ Das sagt Anna Berger, Professorin in Kassel.')).toBe('Anna Berger');
    expect(last('«Hemos hecho todo lo posible». Lo dice Ana Pérez, directora del hospital.')).toBe('Ana Pérez');
    expect(last('« Nous avons tout essayé. » C’est ce que dit Marie Dubois.')).toBe('Marie Dubois');
    expect(last('"We tried everything." So says Mary Dobson, who runs the hospital.')).toBe('Mary Dobson');
    expect(last('„Wir haben das Problem lange unterschätzt.“ So erklärt es die Ärztin Anna Berger.')).toBe('Anna Berger');
  });

  it('leaves a sentence that only opens with the same word alone ("Das Problem…", "So far…")', () => {
    expect(last('„Wir haben alles versucht.“ Das Problem sei aber gelöst.')).toBeNull();
    expect(last('"We tried everything." So far, nothing worked.')).toBeNull();
  });

  it('reads a short sentence opened by a possessive before a colon as its owner’s words ("Her verdict:", "Sein Fazit:")', () => {
    expect(last('Klaus Weber leitet die Klinik. Sein Fazit: „Wir haben alles versucht.“')).toBe('Klaus Weber');
    expect(last('Mary Dobson met John Smith. Her verdict: "We tried everything."')).toBe('Mary Dobson');
    expect(last('Marie Dubois dirige l’hôpital. Son constat est amer : « Nous avons tout essayé. »')).toBe('Marie Dubois');
  });

  it('names no one for a possessive the text gives no owner for, nor an organisation’s ("Sein Fazit" is no name)', () => {
    expect(last('Sein Fazit: „Wir haben alles versucht.“')).toBeNull();
    expect(last('Mary Dobson runs the hospital. Her company’s statement: "We tried everything."')).toBeNull();
  });
});
