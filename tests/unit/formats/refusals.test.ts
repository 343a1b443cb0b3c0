import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../lib/formats';
import { describeProblem, ImportError } from '../../../lib/formats/batch';
import { decodeFile } from '../../../lib/formats/decode';

/** The messages a reader sees for files Verbatim refuses or reads with a note: plain words, never an engine's. */
function refusal(name: string, bytes: Uint8Array | string): string {
  try {
    const { text } = decodeFile(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
    readImportFile(name, text);
  } catch (e) {
    if (e instanceof ImportError) return e.message;
    throw e;
  }
  throw new Error(`${name} was not refused`);
}

const ENGINE_WORDS = /call stack|Unexpected token|JSON\.parse|position \d+|undefined|null|TypeError|RangeError/;

describe('files Verbatim refuses, and what it says', () => {
  it('a file that is not UTF-8 is read as Windows-1252, and the preview says so', () => {
    const latin1 = Uint8Array.from([...'text,speaker\r\nLe pr'].map((c) => c.charCodeAt(0)).concat([0xe9], [...'sident a dit,Zo'].map((c) => c.charCodeAt(0)), [0xeb]));
    const decoded = decodeFile('latin1.csv', latin1);
    expect(decoded.note).toBe(
      'latin1.csv is not in UTF-8: it was read as Windows-1252 (Western European, Latin-1). Check that accented letters look right below; if not, save the file as UTF-8 and import it again.',
    );
    expect(readImportFile('latin1.csv', decoded.text).quotes).toMatchObject([{ text: 'Le président a dit', speaker: 'Zoë' }]);
    expect(decodeFile('utf8.csv', new TextEncoder().encode('text\r\nLe président')).note).toBeUndefined();
  });
  it('a binary file (a workbook, an archive) is refused', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    expect(refusal('quotes.csv', zip)).toBe('quotes.csv is not a text file (it holds binary data, as a spreadsheet workbook or an archive does). Export it as CSV or JSON and import that.');
  });
  it('JSON nested 10,000 deep is refused before it is parsed', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const message = refusal('deep.json', deep);
    expect(message).toBe('The JSON nests lists or objects more than 100 levels deep; no format Verbatim reads goes deeper than a few levels, so it is not one of them.');
    const deepObject = `{"quotes": [{"text": "a", "x": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}]}`;
    expect(refusal('deep.json', deepObject)).toBe(message);
    // Brackets inside strings are text, not nesting.
    expect(readImportFile('ok.json', JSON.stringify({ quotes: [{ text: `words ${'['.repeat(500)}` }] })).quotes).toHaveLength(1);
  });
  it('a ClaimReview page whose JSON-LD is nested 10,000 deep', () => {
    const page = `<script type="application/ld+json">${'['.repeat(10_000)}${']'.repeat(10_000)}</script>`;
    expect(refusal('page.html', page)).toBe('No schema.org ClaimReview found in this file.');
  });
  it('a CSV with only its header row says there are no quotes in it', () => {
    expect(refusal('empty.csv', 'text,speaker,source_url\r\n')).toBe('The CSV has its header row but no rows below it: there are no quotes in it.');
    expect(refusal('empty.csv', '\uFEFFtext,speaker\r\n\r\n,\r\n')).toBe('The CSV has its header row but no rows below it: there are no quotes in it.');
  });
  it('a file of a known shape with nothing in it', () => {
    expect(refusal('empty.json', '{"quotes": []}')).toBe('empty.json holds no quotes: there is nothing in it to import.');
    expect(refusal('empty.jsonld', '{"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": []}}')).toBe('empty.jsonld holds no quotes: there is nothing in it to import.');
  });
  it('broken JSON names the line, not the parser’s words', () => {
    const message = refusal('broken.json', '{\n"quotes": [\n{"text": "a",}\n]}');
    expect(message).toBe('Not valid JSON (the error is on line 3): check that the file is complete and was saved as JSON.');
    expect(refusal('cut.json', '{"quotes": [{"text": "a"}')).toMatch(/^Not valid JSON( \(the error is on line 1\))?: check that the file is complete/);
    expect(message).not.toMatch(ENGINE_WORDS);
  });
});

describe('rows Verbatim rejects for their dates, shown in the preview', () => {
  it('names the row, the column and the value', () => {
    const batch = readImportFile(
      'dates.csv',
      ['text,source_published_at,created_at', 'one,2024-03-05,2024-03-05T10:00:00Z', 'two,yesterday,', 'three,,05/03/2024', 'four,2024-02-30,', 'five,2024-03,2024'].join('\r\n'),
    );
    expect(batch.quotes.map((q) => q.text)).toEqual(['one', 'five']);
    expect(batch.quotes[1]).toMatchObject({ source: { publishedAt: '2024-03' }, createdAt: '2024-01-01T00:00:00.000Z' });
    expect(batch.rejections.map(describeProblem)).toEqual([
      'row 3, column source_published_at: “yesterday” is not an ISO 8601 date (such as 2024-03-05, or 2024-03-05T14:30:00Z with a time)',
      'row 4, column created_at: “05/03/2024” is not an ISO 8601 date (such as 2024-03-05, or 2024-03-05T14:30:00Z with a time)',
      'row 5, column source_published_at: “2024-02-30” is not an ISO 8601 date (such as 2024-03-05, or 2024-03-05T14:30:00Z with a time)',
    ]);
  });
});
