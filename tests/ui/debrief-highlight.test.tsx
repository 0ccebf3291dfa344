import { describe, expect, it } from 'vitest';
import { marksOf, segmentsOf } from '../../src/ui/debrief/highlight-segments';

describe('segmentsOf', () => {
  it('splits overlapping evidence so a phrase that serves two rules carries both', () => {
    const text = 'Thank you and sorry.';
    const marks = marksOf(text, [
      { id: 'thank', verdict: 'met', evidence: [{ start: 0, end: 9, text: 'Thank you' }], tip: 'thank.met' },
      { id: 'apologise', verdict: 'met', evidence: [{ start: 6, end: 19, text: 'you and sorry' }], tip: 'apologise.met' },
    ]);
    const segments = segmentsOf(text, marks);

    expect(segments.map((s) => [s.text, s.rules])).toEqual([
      ['Thank ', ['thank']],
      ['you', ['thank', 'apologise']],
      [' and sorry', ['apologise']],
      ['.', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('shows the most serious verdict where a violation overlaps a rule met', () => {
    const text = 'Sorry, but you should have called.';
    const segments = segmentsOf(
      text,
      marksOf(text, [
        { id: 'apologise', verdict: 'met', evidence: [{ start: 0, end: 5, text: 'Sorry' }], tip: 'apologise.met' },
        { id: 'no-blame', verdict: 'violated', evidence: [{ start: 0, end: 26, text: 'Sorry, but you should have' }], tip: 'no-blame.violated' },
      ]),
    );
    expect(segments[0]).toMatchObject({ text: 'Sorry', verdict: 'violated' });
    expect(segments[0]?.endingMarks.map((m) => m.rule)).toEqual(['apologise']);
    expect(segments[1]?.endingMarks.map((m) => m.rule)).toEqual(['no-blame']);
  });

  it('ignores evidence outside the reply rather than failing', () => {
    const text = 'Hi';
    const segments = segmentsOf(
      text,
      marksOf(text, [{ id: 'thank', verdict: 'met', evidence: [{ start: 5, end: 9, text: 'late' }], tip: 'thank.met' }]),
    );
    expect(segments).toEqual([{ text: 'Hi', verdict: null, rules: [], endingMarks: [] }]);
  });

  it('returns no segments for an empty reply', () => {
    expect(segmentsOf('', [])).toEqual([]);
  });
});
