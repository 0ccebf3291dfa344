import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, RuleResult } from '../../engine/report';
import { ruleKind } from '../../engine/rule-ids';
import { useRuleText } from './use-rule-text';
import { ViolationAnnouncer } from './ViolationAnnouncer';

/** How an item of the live checklist stands while the trainee types. */
type ItemState = 'done' | 'todo' | 'kept' | 'broken';

function itemState(rule: RuleResult): ItemState {
  if (rule.verdict === 'violated') return 'broken';
  if (ruleKind(rule.id) === 'prohibition') return 'kept';
  return rule.verdict === 'met' ? 'done' : 'todo';
}

const STATE_LABEL = {
  done: 'checklist.state.done',
  todo: 'checklist.state.todo',
  kept: 'checklist.state.kept',
  broken: 'checklist.state.broken',
} as const;

const STATE_ICON: Record<ItemState, string> = { done: '✓', todo: '', kept: '•', broken: '!' };

/**
 * Coach mode's live checklist: the rules this turn scores, ticked as the reply satisfies them (with the phrase
 * that did it), and every rule broken shown at once with what broke it and a tip.
 */
export const Checklist = memo(function Checklist({ report }: { report: Report }) {
  const { t } = useTranslation('player');
  const headingId = useId();
  const required = report.rules.filter((rule) => ruleKind(rule.id) === 'required');
  const prohibitions = report.rules.filter((rule) => ruleKind(rule.id) === 'prohibition');
  const done = required.filter((rule) => rule.verdict === 'met').length;
  const broken = report.rules.filter((rule) => rule.verdict === 'violated');

  return (
    <section className="checklist" aria-labelledby={headingId}>
      <h2 id={headingId} className="checklist__title">
        {t('checklist.title')}
      </h2>
      <p className="checklist__progress">{t('checklist.progress', { done, total: required.length })}</p>
      {/* The few things to avoid come first: one line each, so a broken one shows at once, without scrolling. */}
      {prohibitions.length > 0 ? (
        <>
          <h3 className="checklist__group">{t('checklist.avoidGroup')}</h3>
          <ul className="checklist__list">
            {prohibitions.map((rule) => (
              <ChecklistItem key={rule.id} rule={rule} />
            ))}
          </ul>
        </>
      ) : null}
      {required.length > 0 ? (
        <>
          <h3 className="checklist__group">{t('checklist.doGroup')}</h3>
          <ul className="checklist__list">
            {required.map((rule) => (
              <ChecklistItem key={rule.id} rule={rule} />
            ))}
          </ul>
        </>
      ) : null}
      <ViolationAnnouncer broken={broken} />
    </section>
  );
});

const ChecklistItem = memo(
  function ChecklistItem({ rule }: { rule: RuleResult }) {
    const { t } = useTranslation('player');
    const text = useRuleText();
    const state = itemState(rule);
    const phrase = rule.evidence[0]?.text;
    const more = rule.evidence.length - 1;
    return (
      <li className={`checklist__item checklist__item--${state}`} data-rule={rule.id} data-state={state}>
        <span className="checklist__mark" aria-hidden="true">
          {STATE_ICON[state]}
        </span>
        <span className="checklist__body">
          <span className="checklist__name">
            {text.name(rule.id)}
            <span className="visually-hidden">: {t(STATE_LABEL[state])}</span>
          </span>
          {state === 'todo' ? <span className="checklist__hint">{text.summary(rule.id)}</span> : null}
          {phrase && (state === 'done' || state === 'broken') ? (
            <span className="checklist__phrase">
              <q>{phrase}</q>
              {more > 0 ? <span className="checklist__more"> {t('checklist.more', { count: more })}</span> : null}
            </span>
          ) : null}
          {state === 'broken' ? <span className="checklist__tip">{text.tip(rule.tip)}</span> : null}
        </span>
      </li>
    );
  },
  (before, after) => sameResult(before.rule, after.rule),
);

/** A result that reads the same needs no new render, though the engine made a new object for it. */
function sameResult(a: RuleResult, b: RuleResult): boolean {
  if (a.id !== b.id || a.verdict !== b.verdict || a.tip !== b.tip || a.evidence.length !== b.evidence.length) {
    return false;
  }
  return a.evidence.every((e, i) => e.text === b.evidence[i]?.text);
}
