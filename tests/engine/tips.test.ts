import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/engine/languages';
import { RULE_IDS, VERDICTS } from '../../src/engine/rule-ids';
import { possibleVerdicts } from '../../src/engine/rule-verdicts';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';
import enTips from '../../locales/en/tips.json';
import etTips from '../../locales/et/tips.json';
import plTips from '../../locales/pl/tips.json';
import enRules from '../../locales/en/rules.json';
import etRules from '../../locales/et/rules.json';
import plRules from '../../locales/pl/rules.json';

type Texts = Record<string, Record<string, string> | undefined>;
const tips: Record<Lang, Texts> = { et: etTips, en: enTips, pl: plTips };
const names: Record<Lang, Texts> = { et: etRules, en: enRules, pl: plRules };
const cases = LANGS.flatMap((lang) => RULE_IDS.map((id) => [lang, id] as const));

describe('rule texts', () => {
  it.each(cases)('has a tip in %s for every verdict %s can reach', (lang, id) => {
    for (const verdict of possibleVerdicts(id)) {
      expect(tips[lang][id]?.[verdict]?.trim(), `${lang} tips:${id}.${verdict}`).toBeTruthy();
    }
  });

  it.each(cases)('has no tip in %s for a verdict %s never reaches', (lang, id) => {
    const unreachable = VERDICTS.filter((v) => !possibleVerdicts(id).includes(v));
    for (const verdict of unreachable) expect(tips[lang][id]?.[verdict], `${lang} tips:${id}.${verdict}`).toBeUndefined();
  });

  it.each(cases)('names and summarises %s rule %s', (lang, id) => {
    expect(names[lang][id]?.name?.trim()).toBeTruthy();
    expect(names[lang][id]?.summary?.trim()).toBeTruthy();
  });

  it.each(LANGS)('has no texts in %s for rules that do not exist', (lang) => {
    expect(Object.keys(tips[lang]).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(names[lang]).sort()).toEqual([...RULE_IDS].sort());
  });

  it('only gives tip keys that have a text', () => {
    const replies = ['', 'Vabandame, kui Teile tundus nii!!', 'Tere! Aitäh. Mõistan Teid. Mis juhtus? Lugupidamisega, Anna'];
    const scenario = makeScenario();
    for (const lang of LANGS) {
      for (const text of replies) {
        for (const r of score(lang, text, scenario).rules) {
          const [id, verdict] = r.tip.split('.') as [string, string];
          expect(tips[lang][id]?.[verdict], `${lang} tips:${r.tip}`).toBeTruthy();
        }
      }
    }
  });
});
