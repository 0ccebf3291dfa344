import { scoreReply } from '../../src/engine/score-reply';
import type { Lang } from '../../src/engine/languages';
import type { Report } from '../../src/engine/report';
import type { Scenario } from '../../src/scenario/schema';
import { makeScenario } from './scenario-builder';
import './matchers';

const defaultScenario = makeScenario();

/** Scores a reply against a scenario that scores every rule: score('et', 'Vabandame!') */
export function score(lang: Lang, text: string, scenario: Scenario = defaultScenario): Report {
  return scoreReply(text, { scenario, lang });
}
