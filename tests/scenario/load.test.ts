import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatError, loadScenarios, parseScenario } from '../../src/scenario/load';
import { EXPECTED_ERRORS, VALID_FIXTURE, invalidFixture } from './fixture-errors';
import { baseWith, errorLines, read } from './helpers';

describe('parseScenario', () => {
  it('returns the typed scenario, defaults filled in, for the valid fixture', () => {
    const result = parseScenario(VALID_FIXTURE, read(VALID_FIXTURE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.id).toBe('late-birthday-bouquet');
    expect(result.scenario.conversation.turns[0]?.skipRules).toEqual([]);
    expect(result.scenario.conversation.turns[0]?.lines[0]?.speaker).toBe('customer');
    expect(result.scenario.ruleData.et?.forbiddenOffers).toEqual([]);
  });

  it.each(Object.entries(EXPECTED_ERRORS))('reports exactly the expected lines for the %s fixture', (name, lines) => {
    const file = invalidFixture(name);
    expect(errorLines(file, read(file))).toEqual(lines);
  });

  it('reports every whole-file problem of one file in one run', () => {
    const file = invalidFixture('many-problems');
    expect(errorLines(file, read(file))).toHaveLength(5);
  });

  it('reports every schema problem of one file in one run', () => {
    const data = baseWith((s) => {
      Object.assign(s, { channel: 'mail', difficulty: 'tricky', estimatedMinutes: 0 });
    });
    expect(errorLines('x.json', JSON.stringify(data))).toEqual([
      'x.json: channel: expected one of email, chat, phone, face-to-face (found "mail")',
      'x.json: difficulty: expected one of easy, medium, hard (found "tricky")',
      'x.json: estimatedMinutes: expected at least 1 (found 0)',
    ]);
  });

  it('names an empty file as empty', () => {
    expect(errorLines('x.json', ' \n')).toEqual(['x.json: (file): the file is empty (expected a scenario in JSON)']);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(errorLines(VALID_FIXTURE, `\uFEFF${read(VALID_FIXTURE)}`)).toEqual([]);
  });

  it('says a file holding a list instead of a scenario expected an object', () => {
    expect(errorLines('x.json', '[]')).toEqual(['x.json: (file): expected an object (found a list)']);
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ conversation: v }))), (raw) => {
        const result = parseScenario('x.json', raw);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('schema messages', () => {
  const lines = (edit: Parameters<typeof baseWith>[0]) => errorLines('late-birthday-bouquet.json', JSON.stringify(baseWith(edit)));

  it('says what type was expected and what was found', () => {
    expect(lines((s) => Object.assign(s, { version: '1' }))).toEqual([
      'late-birthday-bouquet.json: version: expected a number (found "1")',
    ]);
    expect(lines((s) => Object.assign(s.conversation.turns[0]!, { mood: 1.5 }))).toEqual([
      'late-birthday-bouquet.json: conversation.turns[0].mood: expected a whole number (found 1.5)',
    ]);
  });

  it('names a missing nested field and what it should hold', () => {
    expect(lines((s) => delete (s.customer as { name?: string }).name)).toEqual([
      'late-birthday-bouquet.json: customer.name: missing (expected text)',
    ]);
    expect(lines((s) => delete (s as { policy?: unknown }).policy)).toEqual([
      'late-birthday-bouquet.json: policy: missing (expected an object of text lists by language)',
    ]);
  });

  it('rejects empty text and empty lists', () => {
    expect(lines((s) => Object.assign(s.title, { en: '' }))).toEqual([
      'late-birthday-bouquet.json: title.en: expected non-empty text',
    ]);
    expect(lines((s) => Object.assign(s.conversation.turns[0]!, { next: [] }))).toEqual([
      'late-birthday-bouquet.json: conversation.turns[0].next: expected at least 1 item',
    ]);
  });

  it('names the limits of a number out of range', () => {
    expect(lines((s) => Object.assign(s.rules, { listen: 11 }))).toEqual([
      'late-birthday-bouquet.json: rules.listen: expected at most 10 (found 11)',
    ]);
  });

  it('explains what an id may hold', () => {
    expect(lines((s) => Object.assign(s.conversation.turns[1]!, { id: 'Turn 2' }))).toEqual([
      'late-birthday-bouquet.json: conversation.turns[1].id: expected a lower-case id of letters, digits and hyphens (found "Turn 2")',
    ]);
    expect(lines((s) => Object.assign(s.ruleData.en!.keyFacts, { 'Late Order': ['late'] }))).toEqual([
      'late-birthday-bouquet.json: ruleData.en.keyFacts["Late Order"]: not allowed as a name: expected a lower-case id of letters, digits and hyphens',
    ]);
  });

  it('suggests the field a typo meant, and lists the allowed ones otherwise', () => {
    expect(lines((s) => Object.assign(s.customer, { profiel: [] }))).toEqual([
      'late-birthday-bouquet.json: customer.profiel: unknown field (did you mean "profile"?)',
    ]);
    expect(lines((s) => Object.assign(s.customer, { age: 40 }))).toEqual([
      'late-birthday-bouquet.json: customer.age: unknown field (expected one of name, profile, companion)',
    ]);
    expect(lines((s) => Object.assign(s.title, { de: 'Der Strauß' }))).toEqual([
      'late-birthday-bouquet.json: title.de: unknown language (expected one of et, en, pl)',
    ]);
  });

  it('gives an unknown rule in a list of rules with the choices', () => {
    expect(lines((s) => Object.assign(s.conversation.turns[1]!, { skipRules: ['thnak'] }))).toEqual([
      'late-birthday-bouquet.json: conversation.turns[1].skipRules[0]: expected one of clarify, listen, thank, empathy, apologise, ' +
        'propose-solution, involve-customer, act-now, follow-up, greet-and-close, stay-calm, no-blame, no-overpromise, ' +
        'formal-address, patience, address-person (found "thnak")',
    ]);
  });
});

describe('loadScenarios', () => {
  const valid = { fileName: VALID_FIXTURE, raw: read(VALID_FIXTURE) };
  const broken = (name: string) => ({ fileName: invalidFixture(name), raw: read(invalidFixture(name)) });

  it('still loads a good file beside broken ones and reports each broken one', () => {
    const { scenarios, errors } = loadScenarios([broken('wrong-enum'), valid, broken('bad-json')]);
    expect(scenarios.map((s) => s.id)).toEqual(['late-birthday-bouquet']);
    expect(errors.map(formatError)).toEqual([...EXPECTED_ERRORS['bad-json']!, ...EXPECTED_ERRORS['wrong-enum']!]);
  });

  it('returns the scenarios sorted by id, whatever the order of the files', () => {
    const other = baseWith((s) => Object.assign(s, { id: 'a-first' }));
    const files = [valid, { fileName: 'elsewhere/a-first.json', raw: JSON.stringify(other) }];
    expect(loadScenarios(files).scenarios.map((s) => s.id)).toEqual(['a-first', 'late-birthday-bouquet']);
    expect(loadScenarios([...files].reverse()).scenarios.map((s) => s.id)).toEqual(['a-first', 'late-birthday-bouquet']);
  });

  it('keeps only the first of two files with the same id and says so', () => {
    const copy = { fileName: 'zz/late-birthday-bouquet.json', raw: valid.raw };
    const { scenarios, errors } = loadScenarios([copy, valid]);
    expect(scenarios).toHaveLength(1);
    expect(errors.map(formatError)).toEqual([
      `zz/late-birthday-bouquet.json: id: "late-birthday-bouquet" is already the id of ${VALID_FIXTURE}`,
    ]);
  });

  it('returns nothing, without errors, for no files', () => {
    expect(loadScenarios([])).toEqual({ scenarios: [], errors: [] });
  });
});
