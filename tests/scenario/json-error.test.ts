import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonError } from '../../src/scenario/json-error';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Valid JSON with one character deleted, doubled or replaced: the slips of hand editing. */
const slipped = fc
  .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom('del', 'dup', ',', '"', '}', ']', ':', "'", 'x', '\n'))
  .map(([json, n, slip]) => {
    const i = json.length === 0 ? 0 : n % json.length;
    if (slip === 'del') return json.slice(0, i) + json.slice(i + 1);
    if (slip === 'dup') return json.slice(0, i + 1) + json.slice(i);
    return json.slice(0, i) + slip + json.slice(i + 1);
  });

describe('findJsonError', () => {
  it('agrees with JSON.parse on which texts are valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), slipped, fc.string()), (text) => {
        expect(findJsonError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the end of the value a comma should follow', () => {
    expect(findJsonError('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 2, column: 9, message: 'a comma is missing here' });
    expect(findJsonError('["a" "b"]')).toEqual({ line: 1, column: 5, message: 'a comma is missing here' });
  });

  it('expects a comma or the closing bracket after a value, and points at what came instead', () => {
    expect(findJsonError('[1 }')).toEqual({ line: 1, column: 4, message: "expected ',' or ']' here" });
    expect(findJsonError('{"a" 1}')?.message).toBe("expected ':' after the field name");
  });

  it('points at a trailing comma and says to remove it', () => {
    expect(findJsonError('{\n  "a": 1,\n}')).toEqual({
      line: 2,
      column: 9,
      message: "remove this comma: nothing may follow it before '}'",
    });
  });

  it('explains quoting mistakes in words an author knows', () => {
    expect(findJsonError("{'a': 1}")?.message).toBe('expected a field name in double quotes');
    expect(findJsonError("{\"a\": 'b'}")?.message).toBe('use double quotes (") for text, not single quotes (\')');
    expect(findJsonError('{"a": hello}')?.message).toBe('unexpected "hello": text must be in double quotes');
    expect(findJsonError('{"a": "two\nlines"}')).toEqual({
      line: 1,
      column: 7,
      message: 'a line break inside text: close it with \'"\' or write \\n',
    });
  });

  it('says when the file ends before the data does', () => {
    expect(findJsonError('{"a": [1, 2')?.message).toBe("the file ends too early: a closing '}', ']' or '\"' is missing");
    expect(findJsonError('{"a": "b')).toEqual({ line: 1, column: 7, message: 'this text has no closing \'"\'' });
  });

  it('counts columns in characters, so Estonian letters do not shift them', () => {
    expect(findJsonError('{"õun": "ä" "x": 1}')).toEqual({ line: 1, column: 12, message: 'a comma is missing here' });
  });
});
