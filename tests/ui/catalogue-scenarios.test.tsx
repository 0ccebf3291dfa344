import { describe, expect, it } from 'vitest';
import { scenarioIndex } from '../../src/ui/catalogue/catalogue-data';
import { findScenario, scenarioCatalogue, scenarioFiles } from '../../src/ui/scenario-catalogue';

describe('the shipped scenarios', () => {
  it('all load, with no file left out', () => {
    expect(scenarioCatalogue.errors).toEqual([]);
    expect(scenarioCatalogue.scenarios.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'cleaning-rude-trainee',
        'cleaning-is-this-your-standard',
        'cleaning-loyal-customer-demands',
        'cleaning-no-show',
        'elderly-invoice-question',
        'family-late-order',
        'disability-inaccessible-room',
      ]),
    );
  });

  it('are found by id, whole, for the player', () => {
    expect(findScenario('cleaning-no-show')?.conversation.turns.length).toBeGreaterThan(0);
    expect(findScenario('no-such-scenario')).toBeUndefined();
  });

  it('appear in the catalogue index exactly as the runtime loader sees them', () => {
    expect(scenarioIndex.scenarios.map((s) => s.id)).toEqual(scenarioCatalogue.scenarios.map((s) => s.id));
    expect(scenarioIndex.errors).toEqual(scenarioCatalogue.errors);
  });

  it('name each file as the loader reports it and skip the JSON Schema', () => {
    const files = scenarioFiles({
      '../../scenarios/a.json': '{}',
      '../../scenarios/scenario.schema.json': '{}',
    });
    expect(files).toEqual([{ fileName: 'scenarios/a.json', raw: '{}' }]);
  });
});
