import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../../../lib/formats/verbatim.schema.json';
import { exportQuotes } from '../../../lib/formats';
import { generateLibrary } from './generate';

const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);

describe('verbatim.schema.json', () => {
  it('describes what the JSON export writes', () => {
    const { quotes, sightings } = generateLibrary(21, 300);
    const file = JSON.parse(exportQuotes('verbatim-json', quotes, sightings));
    expect(validate(file) ? [] : validate.errors).toEqual([]);
  });
  it('refuses what import refuses', () => {
    const { quotes } = generateLibrary(22, 1);
    const file = JSON.parse(exportQuotes('verbatim-json', quotes, []));
    for (const broken of [
      { ...file, version: 2 },
      { ...file, quotes: [{ ...file.quotes[0], text: '' }] },
      { ...file, quotes: [{ ...file.quotes[0], verdict: 'pants-on-fire' }] },
      { ...file, quotes: [{ ...file.quotes[0], source: { url: 'javascript:alert(1)' } }] },
      { ...file, sightings: [{ quoteId: file.quotes[0].id, pageUrl: 'https://a.example', seenAt: 'yesterday', matchKind: 'exact' }] },
    ]) {
      expect(validate(broken)).toBe(false);
    }
  });
});
