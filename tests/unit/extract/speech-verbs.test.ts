/**
 * The regular verbs of saying in every form a report uses: a verb the reader knows in one tense is a cue
 * in the others. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speechVerbForms } from '../../../lib/extract/speech-verbs';
import { speakerOf } from './speaker-of';

const forms = speechVerbForms();

describe('speech verb forms', () => {
  it('conjugates each language by its own rules', () => {
    for (const form of ['anunció', 'anunciaron', 'anuncia', 'añadió', 'anunciaba']) expect.soft(forms.cues, form).toContain(form);
    for (const form of ['reforçou', 'respondeu', 'garantiu', 'sublinhava']) expect.soft(forms.cues, form).toContain(form);
    for (const form of ['déclara', 'annonça', 'annonçait', 'interrogea', 'soulignent']) expect.soft(forms.cues, form).toContain(form);
    for (const form of ['bekräftigt', 'begründete', 'antwortet', 'entgegnete', 'äußerten', 'postet']) expect.soft(forms.cues, form).toContain(form);
    for (const form of ['maintained', 'replied', 'testifies', 'admitted', 'agreed', 'professed', 'slammed', 'bragged', 'concurred', 'underscores']) expect.soft(forms.cues, form).toContain(form);
    expect.soft(forms.spanishPerfect).toContain('anunciado');
    expect.soft(forms.spanishPerfect).toContain('añadido');
    expect.soft(forms.frenchPerfect).toContain('déclaré');
    // Present participles, for a clause after a comma: "e" dropped, the consonant doubled as in the past.
    for (const form of ['promising', 'acknowledging', 'admitting', 'agreeing', 'testifying']) expect.soft(forms.clauseParticiples, form).toContain(form);
  });

  it('keeps forms that are also nouns for the inverted cue only', () => {
    for (const noun of ['pregunta', 'denuncia', 'lance', 'juge', 'conta']) {
      expect.soft(forms.cues, noun).not.toContain(noun);
      expect.soft(forms.incise, noun).toContain(noun);
    }
    // English -s forms that are mostly nouns, and -ing forms ("by announcing a game"), are not made.
    for (const noun of ['claims', 'reports', 'announcing', 'slams']) expect.soft(forms.cues, noun).not.toContain(noun);
    // "the email mentioned above": a participle before an adjunct, not a verb of saying.
    expect.soft(forms.cues).not.toContain('mentioned');
  });
});

describe('a verb known in one tense reports speech in the others', () => {
  it('reads the subject of a verb of saying whose clause holds the quotation', () => {
    expect.soft(speakerOf('La ministra Rosa Ibarra visitó la planta. En ese contexto, Ibarra anunció que las obras “estarán listas antes de fin de año”.', 'listas')).toBe('Rosa Ibarra');
    expect.soft(speakerOf('O prefeito Caio Nunes reforçou que a cidade “não vai recuar nem um metro”.', 'recuar')).toBe('Caio Nunes');
    expect.soft(speakerOf('El alcalde Luis Mora habló del agua. “Hay que ahorrar cada gota”, sugirió Mora.', 'gota')).toBe('Luis Mora');
    expect.soft(speakerOf('A ministra Ana Prado falou à imprensa. “Precisamos de calma”, sugeriu Prado.', 'calma')).toBe('Ana Prado');
    expect.soft(speakerOf('Der Städtetag NRW bekräftigt, dass „die Schulen mehr Personal brauchen“.', 'Personal')).toBe('Städtetag NRW');
    expect.soft(speakerOf('Lisa Hartmann begründete den Schritt: „Wir hatten keine Wahl.“', 'keine Wahl')).toBe('Lisa Hartmann');
    expect.soft(speakerOf('Le maire Paul Girard déclara alors : « Nous reconstruirons tout. »', 'reconstruirons')).toBe('Paul Girard');
    expect.soft(speakerOf('Senator Jane Ruiz slammed the bill as “a giveaway to the rich”.', 'giveaway')).toBe('Jane Ruiz');
    // German strong verbs and verbs whose particle closes the clause, listed by hand.
    expect.soft(speakerOf('Der Städtetag NRW verweist darauf, dass „die Kommunen selbst entscheiden müssen“.', 'Kommunen')).toBe('Städtetag NRW');
    expect.soft(speakerOf('Die Lage sei „nicht mehr tragbar“, stellte die Ministerin Anna Roth fest.', 'tragbar')).toBe('Anna Roth');
    expect.soft(speakerOf('Ob sich das regeln lässt, ist offen. „Das wird nicht reichen“, bezweifelt der Forscher Tom Weiß.', 'reichen')).toBe('Tom Weiß');
    expect.soft(speakerOf('Die Ministerin Petra Lang sprach von Fortschritten. „Aber wir lernen noch“, schränkte Lang ein.', 'lernen')).toBe('Petra Lang');
  });

  it('still reads a noun as a noun before a quotation', () => {
    // "erinnert an" (is reminiscent of) and "wiederholt" (repeatedly) are left out of the German verbs.
    expect.soft(speakerOf('Der Film von Tom Weiß erinnert an „Star Wars“.', 'Star Wars')).toBe(null);
    expect.soft(speakerOf('La pregunta “¿quién paga?” quedó sin respuesta durante el debate de Ana Ruiz.', 'quién paga')).toBe(null);
    expect.soft(speakerOf('Tom Reyes bought the game by announcing “Super Pocket Run” on his blog.', 'Pocket')).toBe(null);
  });
});
