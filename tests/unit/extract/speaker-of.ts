/** What the batteries ask of the reader: who it names for a quotation, or for each quotation a text holds. */
import { detectQuotes } from '../../../lib/extract/detect';

/** The speaker the reader gives the quotation holding `words` (null: unknown, or not read as speech). */
export const speakerOf = (text: string, words: string) => {
  const quote = detectQuotes(text).find((q) => q.text.includes(words));
  return quote?.kind === 'speech' ? (quote.speaker ?? null) : null;
};

/** The speaker of each quotation the reader reads as speech, in order (null where it names no one). */
export const speakersIn = (text: string) => detectQuotes(text).filter((q) => q.kind === 'speech').map((q) => q.speaker ?? null);
