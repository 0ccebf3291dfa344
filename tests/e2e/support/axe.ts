import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/*
 * axe-core on the page as it stands. WCAG 2.0–2.2 A and AA rules (colour contrast among them) must pass;
 * axe's best-practice rules are reported alongside, as an attachment and on the console, without failing.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describe(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${nodes}${v.nodes.length > 5 ? `\n    …and ${v.nodes.length - 5} more` : ''}`;
    })
    .join('\n');
}

export async function expectNoAxeViolations(page: Page, screen: string, testInfo: TestInfo): Promise<void> {
  const wcag = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const advice = await new AxeBuilder({ page }).withTags(['best-practice']).analyze();
  if (advice.violations.length > 0) {
    const text = describe(advice.violations);
    await testInfo.attach(`axe best practice: ${screen}`, { body: text, contentType: 'text/plain' });
    console.log(`[axe best-practice, not failing] ${screen}:\n${text}`);
  }
  // Text axe could not judge (on a gradient, under another element) needs a person's eye: listed, not failed.
  const unsure = wcag.incomplete.filter((result) => result.id === 'color-contrast');
  if (unsure.length > 0) {
    await testInfo.attach(`axe contrast to check by eye: ${screen}`, { body: describe(unsure), contentType: 'text/plain' });
    const count = unsure.reduce((sum, result) => sum + result.nodes.length, 0);
    console.log(`[axe could not judge the contrast of ${count} elements, not failing] ${screen} (listed in the report's attachment)`);
  }
  expect(wcag.violations.length, `axe (WCAG A/AA) on the ${screen}:\n${describe(wcag.violations)}`).toBe(0);
}
