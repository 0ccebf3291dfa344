import { describe, expect, it } from 'vitest';
import { hrefs, parseRoute } from '../../src/ui/router';

describe('hash routes', () => {
  it.each([
    ['', { name: 'catalogue' }],
    ['#', { name: 'catalogue' }],
    ['#/', { name: 'catalogue' }],
    ['#/progress', { name: 'progress' }],
    ['#/settings/', { name: 'settings' }],
    ['#/scenario/cleaning-no-show', { name: 'scenario', scenarioId: 'cleaning-no-show' }],
    ['#/scenario/cleaning-no-show/debrief/a-1', { name: 'debrief', scenarioId: 'cleaning-no-show', attemptId: 'a-1' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['#/scenario', '#/scenario/x/debrief', '#/progress/extra', '#/unknown', '#/scenario/%E0%A4%A'])(
    'treats %j as an address that leads nowhere',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ name: 'not-found', hash });
    },
  );

  it('builds links that read back as the same route, even with unusual ids', () => {
    expect(parseRoute(hrefs.scenario('a b/c'))).toEqual({ name: 'scenario', scenarioId: 'a b/c' });
    expect(parseRoute(hrefs.debrief('x', 'ü 1'))).toEqual({ name: 'debrief', scenarioId: 'x', attemptId: 'ü 1' });
    expect(parseRoute(hrefs.progress())).toEqual({ name: 'progress' });
    expect(parseRoute(hrefs.settings())).toEqual({ name: 'settings' });
    expect(parseRoute(hrefs.catalogue())).toEqual({ name: 'catalogue' });
  });
});
