import { ImportError } from './batch';

/** A file's text, and a note for the preview when it was not UTF-8. */
export interface DecodedFile {
  text: string;
  note?: string;
}

/** Control characters that never occur in text files (all but tab, line feed, form feed and carriage return). */
const BINARY = /[\x00-\x08\x0B\x0E-\x1A\x1C-\x1F]/;
/** How much of a file is looked at to tell text from binary data. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes an import file. UTF-8 (with or without a byte-order mark) and UTF-16 with
 * one are read as they are. Anything else that is text is most likely a Western
 * European spreadsheet's export: it is read as Windows-1252 (a superset of
 * Latin-1), and the preview says so. Binary data is refused.
 */
export function decodeFile(name: string, bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  let text: string;
  let note: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    note = `${name} is not in UTF-8: it was read as Windows-1252 (Western European, Latin-1). Check that accented letters look right below; if not, save the file as UTF-8 and import it again.`;
  }
  if (BINARY.test(text.slice(0, SNIFF_BYTES))) {
    throw new ImportError([`${name} is not a text file (it holds binary data, as a spreadsheet workbook or an archive does). Export it as CSV or JSON and import that.`]);
  }
  return { text, ...(note ? { note } : {}) };
}
