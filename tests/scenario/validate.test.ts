import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate';
import { loadBase, turnOf, variantErrors } from './helpers';

const file = 'late-birthday-bouquet.json';

describe('validateScenario', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(validateScenario(loadBase(), file)).toEqual([]);
  });

  it('takes the id from the file name, whatever folder it is in', () => {
    expect(validateScenario(loadBase(), 'C:\\content\\late-birthday-bouquet.json')).toEqual([]);
    expect(validateScenario(loadBase(), 'scenarios/late-birthday-bouquet.JSON')).toEqual([]);
  });

  it('reports a language listed twice', () => {
    expect(variantErrors((s) => s.languages.push('et'))).toEqual([`${file}: languages[3]: "et" is listed twice`]);
  });

  it('asks for a subject line on an email, but not in a chat', () => {
    expect(variantErrors((s) => delete s.subject)).toEqual([`${file}: subject: missing (an email needs a subject line)`]);
    expect(variantErrors((s) => Object.assign(s, { channel: 'chat', subject: undefined }))).toEqual([]);
  });

  it('asks for the companion role in every language', () => {
    const errors = variantErrors((s) => {
      s.customer.companion = { name: 'Liis', role: { et: 'sõbranna', en: 'friend' } };
    });
    expect(errors).toEqual([`${file}: customer.companion.role.pl: missing (every language listed in languages needs it)`]);
  });

  it('reports a companion who speaks without being defined', () => {
    const errors = variantErrors((s) => Object.assign(turnOf(s, 0).lines[0]!, { speaker: 'companion' }));
    expect(errors).toEqual([
      `${file}: conversation.turns[0].lines[0].speaker: "companion" speaks, but customer.companion is not defined`,
    ]);
  });

  it('reports a scenario that scores no rule', () => {
    const errors = variantErrors((s) => {
      s.rules = {};
      turnOf(s, 1).skipRules = [];
    });
    expect(errors).toEqual([`${file}: rules: expected at least one rule to score`]);
  });

  it('accepts key facts given on every turn that scores listen instead of on the scenario', () => {
    const errors = variantErrors((s) => {
      s.ruleData.en!.keyFacts = {};
      for (const turn of s.conversation.turns) turn.keyFacts = { en: { late: ['late'] } };
    });
    expect(errors).toEqual([]);
  });

  it('reports a key fact list for a language the scenario does not offer', () => {
    const errors = variantErrors((s) => {
      s.languages = ['et', 'en'];
      for (const text of [s.title, s.summary, s.subject!, s.brief, s.policy, s.ruleData]) delete text.pl;
      for (const turn of s.conversation.turns) {
        delete turn.lines[0]!.text.pl;
        delete turn.modelAnswer!.pl;
      }
      for (const ending of s.conversation.endings) delete ending.message.pl;
      turnOf(s, 1).keyFacts = { pl: { late: ['spóźni*'] } };
    });
    expect(errors).toEqual([
      `${file}: conversation.turns[1].keyFacts.pl: "pl" is not listed in languages (add it there or remove this)`,
    ]);
  });

  it('says a conversation must start with a turn, not an ending', () => {
    const errors = variantErrors((s) => Object.assign(s.conversation, { start: 'resolved' }));
    expect(errors).toEqual([`${file}: conversation.start: "resolved" is an ending; the conversation must start with a turn`]);
  });

  it('does not guess between short turn ids', () => {
    expect(variantErrors((s) => Object.assign(s.conversation, { start: 't3' }))).toEqual([
      `${file}: conversation.start: unknown turn "t3"`,
    ]);
  });

  it('reports an ending that nothing leads to', () => {
    const errors = variantErrors((s) => {
      s.conversation.endings.push({ id: 'forgotten', outcome: 'lost', mood: 0, message: { et: 'x', en: 'x', pl: 'x' } });
    });
    expect(errors).toEqual([`${file}: conversation.endings[3]: ending "forgotten" can never be reached from the start turn "t1"`]);
  });

  it('reports a transition without "when" that hides the ones after it', () => {
    const errors = variantErrors((s) => {
      turnOf(s, 1).next = [{ to: 'resolved' }, { to: 'escalated' }];
    });
    expect(errors).toEqual([
      `${file}: conversation.turns[1].next[0]: has no "when", so the transitions after it are never used`,
    ]);
  });

  it('reports conditions on a rule the turn skips, and verdicts a rule never gets', () => {
    const errors = variantErrors((s) => {
      turnOf(s, 1).next[0]!.when = { verdicts: { thank: ['met'], 'stay-calm': ['missed', 'violated'] } };
    });
    expect(errors).toEqual([
      `${file}: conversation.turns[1].next[0].when.verdicts.thank: "thank" is skipped on turn "t2", so this never holds`,
      `${file}: conversation.turns[1].next[0].when.verdicts.stay-calm[0]: "stay-calm" is never "missed": it is met or violated`,
      // The condition never holds, so even perfect replies now take the fallback.
      `${file}: conversation.endings[1].outcome: perfect replies end here, so expected "resolved" (found "escalated")`,
    ]);
  });

  it('allows every verdict for apologise, which a non-apology violates', () => {
    const errors = variantErrors((s) => {
      turnOf(s, 1).next[0]!.when = { verdicts: { apologise: ['met', 'missed', 'violated'] } };
    });
    expect(errors).toEqual([]);
  });

  it('reports perfect replies that go round in a circle', () => {
    const errors = variantErrors((s) => {
      turnOf(s, 1).next = [{ when: { minScore: 60 }, to: 't1' }, { to: 'resolved' }];
    });
    expect(errors).toEqual([
      `${file}: conversation.endings[1]: ending "escalated" can never be reached from the start turn "t1"`,
      `${file}: conversation.turns[0]: with perfect replies the conversation comes back to turn "t1" and never ends`,
    ]);
  });
});
