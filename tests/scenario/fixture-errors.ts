/**
 * The exact lines each broken fixture produces, in the order they are reported. Fixtures may be
 * added to but never edited: a change here means a message changed for every content author.
 */
export const FIXTURES_DIR = 'tests/fixtures/scenarios';
export const VALID_FIXTURE = `${FIXTURES_DIR}/valid/late-birthday-bouquet.json`;

const at = (name: string) => `${FIXTURES_DIR}/invalid/${name}.json`;

export const EXPECTED_ERRORS: Record<string, string[]> = {
  'bad-json': [`${at('bad-json')}: (file): not valid JSON at line 22, column 23: a comma is missing here`],
  'wrong-enum': [`${at('wrong-enum')}: channel: expected one of email, chat, phone, face-to-face (found "mail")`],
  'missing-field': [`${at('missing-field')}: brief: missing (expected an object of texts by language)`],
  'unknown-field': [
    `${at('unknown-field')}: summary: missing (expected an object of texts by language)`,
    `${at('unknown-field')}: sumary: unknown field (did you mean "summary"?)`,
  ],
  'unknown-rule': [
    `${at('unknown-rule')}: rules.politeness: unknown rule (expected one of clarify, listen, thank, empathy, apologise, ` +
      'propose-solution, involve-customer, act-now, follow-up, greet-and-close, stay-calm, no-blame, no-overpromise, ' +
      'formal-address, patience, address-person)',
  ],
  'id-mismatch': [`${at('id-mismatch')}: id: expected "id-mismatch", the file's name (found "late-bouquet")`],
  'duplicate-turn-id': [
    `${at('duplicate-turn-id')}: conversation.turns[2].id: duplicate id "t2" (already used by conversation.turns[1])`,
  ],
  'unknown-target': [
    `${at('unknown-target')}: conversation.turns[1].next[1].to: unknown turn or ending "escalatd" (did you mean "escalated"?)`,
  ],
  'unreachable-turn': [
    `${at('unreachable-turn')}: conversation.turns[2]: turn "t3" can never be reached from the start turn "t1"`,
  ],
  'loop-without-exit': [
    `${at('loop-without-exit')}: conversation.turns[2]: turn "t3" never leads to an ending: every way on from it goes round in a loop`,
    `${at('loop-without-exit')}: conversation.turns[3]: turn "t4" never leads to an ending: every way on from it goes round in a loop`,
  ],
  'missing-fallback': [
    `${at('missing-fallback')}: conversation.turns[1].next[1]: turn "t2" has no fallback: its last transition must have no "when", so the conversation always goes on`,
  ],
  'missing-language-string': [
    `${at('missing-language-string')}: title.pl: missing (every language listed in languages needs it)`,
    `${at('missing-language-string')}: conversation.turns[0].lines[0].text.pl: missing (every language listed in languages needs it)`,
  ],
  'unlisted-language': [
    `${at('unlisted-language')}: title.pl: "pl" is not listed in languages (add it there or remove this)`,
  ],
  'unscored-rules': [
    `${at('unscored-rules')}: conversation.turns[0].next[0].when.verdicts.address-person: "address-person" is not scored in this scenario (it is not in rules), so this never holds`,
    `${at('unscored-rules')}: conversation.turns[0].next[0].when.verdicts.thank[0]: "thank" is never "violated": it is met or missed`,
    `${at('unscored-rules')}: conversation.turns[1].skipRules[1]: "patience" is not scored in this scenario (it is not in rules)`,
  ],
  'listen-without-key-facts': [
    `${at('listen-without-key-facts')}: ruleData.en.keyFacts: empty, but "listen" is scored: list the complaint's key facts here`,
  ],
  'best-path-no-model-answer': [
    `${at('best-path-no-model-answer')}: conversation.turns[1].modelAnswer: missing: turn "t2" is on the best path (a perfect reply at every turn), so it needs a model answer`,
  ],
  'best-path-not-resolved': [
    `${at('best-path-not-resolved')}: conversation.endings[1].outcome: perfect replies end here, so expected "resolved" (found "escalated")`,
  ],
  'many-problems': [
    `${at('many-problems')}: summary.en: missing (every language listed in languages needs it)`,
    `${at('many-problems')}: conversation.turns[0].next[1].to: unknown turn or ending "t3"`,
    `${at('many-problems')}: conversation.turns[1].skipRules[1]: "patience" is not scored in this scenario (it is not in rules)`,
    `${at('many-problems')}: conversation.turns[1].next[0].when: minScore 60 is above maxScore 40, so this never holds`,
    `${at('many-problems')}: conversation.turns[1].next[1]: turn "t2" has no fallback: its last transition must have no "when", so the conversation always goes on`,
  ],
};

export const invalidFixture = at;
