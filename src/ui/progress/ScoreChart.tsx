import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attempt } from '../../store/attempt';
import { formatDateTime, formatShortDate } from './format';
import { useElementWidth } from './use-element-width';

const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 32, left: 40 };
const GRID = [0, 25, 50, 75, 100];

/**
 * Scores over time, one point per attempt, oldest on the left. Coach and exam attempts differ in shape,
 * not only colour. The chart is summarised for screen readers; the attempts table below holds every figure.
 */
export function ScoreChart({ attempts, titleFor }: { attempts: readonly Attempt[]; titleFor: (a: Attempt) => string }) {
  const { t, i18n } = useTranslation(['progress', 'common']);
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(useElementWidth(box, 640), 240);
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;

  const x = (index: number) =>
    PAD.left + (attempts.length === 1 ? plotWidth / 2 : (index / (attempts.length - 1)) * plotWidth);
  const y = (score: number) => PAD.top + plotHeight - (score / 100) * plotHeight;
  const line = attempts.map((a, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(a.score).toFixed(1)}`).join(' ');

  const labelled = labelledIndices(attempts.length, Math.max(1, Math.floor(plotWidth / 64)));

  const first = attempts[0];
  const last = attempts[attempts.length - 1];
  const summary =
    first && last
      ? t('chart.summary', {
          count: attempts.length,
          first: first.score,
          last: last.score,
          best: Math.max(...attempts.map((a) => a.score)),
        })
      : '';

  return (
    <figure className="score-chart">
      <div ref={box} className="score-chart__box">
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={summary}>
          {GRID.map((value) => (
            <g key={value} className="score-chart__grid">
              <line x1={PAD.left} x2={width - PAD.right} y1={y(value)} y2={y(value)} />
              <text x={PAD.left - 8} y={y(value)} dy="0.35em" textAnchor="end">
                {value}
              </text>
            </g>
          ))}
          {labelled.map((index) => (
            <text key={index} className="score-chart__date" x={x(index)} y={HEIGHT - 8} textAnchor={anchorOf(index, attempts.length)}>
              {formatShortDate(attempts[index]?.finishedAt ?? '', i18n.language)}
            </text>
          ))}
          {attempts.length > 1 ? <path className="score-chart__line" d={line} /> : null}
          {attempts.map((attempt, index) => {
            const cx = x(index);
            const cy = y(attempt.score);
            const tip = `${titleFor(attempt)} · ${formatDateTime(attempt.finishedAt, i18n.language)} · ${t('chart.pointTip', {
              score: attempt.score,
              mode: t(`common:mode.${attempt.mode}`),
            })}`;
            return attempt.mode === 'exam' ? (
              <rect
                key={attempt.id}
                className="score-chart__point score-chart__point--exam"
                x={cx - 5}
                y={cy - 5}
                width={10}
                height={10}
                transform={`rotate(45 ${cx} ${cy})`}
              >
                <title>{tip}</title>
              </rect>
            ) : (
              <circle key={attempt.id} className="score-chart__point" cx={cx} cy={cy} r={5}>
                <title>{tip}</title>
              </circle>
            );
          })}
        </svg>
      </div>
      <figcaption className="score-chart__legend">
        <span>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <circle className="score-chart__point" cx="6" cy="6" r="5" />
          </svg>
          {t('common:mode.coach')}
        </span>
        <span>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <rect className="score-chart__point score-chart__point--exam" x="2" y="2" width="8" height="8" transform="rotate(45 6 6)" />
          </svg>
          {t('common:mode.exam')}
        </span>
        <span className="score-chart__note">{t('chart.tableNote')}</span>
      </figcaption>
    </figure>
  );
}

/** The outermost labels lean inwards so they are never cut at the chart's edges. */
function anchorOf(index: number, count: number): 'start' | 'middle' | 'end' {
  if (count < 2) return 'middle';
  if (index === 0) return 'start';
  return index === count - 1 ? 'end' : 'middle';
}

/** As many evenly spaced date labels as fit, always the first and the last, never two crowding each other. */
export function labelledIndices(count: number, fit: number): number[] {
  if (count === 0) return [];
  const step = Math.max(1, Math.ceil(count / fit));
  const indices: number[] = [];
  for (let index = 0; index < count - 1; index += step) {
    if (index === 0 || count - 1 - index >= step / 2) indices.push(index);
  }
  indices.push(count - 1);
  return [...new Set(indices)];
}
