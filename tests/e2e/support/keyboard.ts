import { expect, type Locator, type Page } from '@playwright/test';

/*
 * Keyboard-only navigation: Tab and Shift+Tab until a control has focus, and a check that the focused control
 * shows a focus indicator a sighted keyboard user can see.
 */

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()}> "${name}"`;
  });
}

/** Presses Tab (or Shift+Tab) until the target has focus; fails after `max` presses, naming where focus went. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<number> {
  const visited: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    visited.push(await describeFocus(page));
  }
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached the control; focus went to:\n${visited.join('\n')}`);
}

/**
 * The focused element, or the label drawn around it (a radio's label), shows an outline at least 2 px wide (a
 * box-shadow is not counted: cards and buttons have one without focus).
 * Returns what was seen, for the failure message.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const seen = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return { visible: false, what: 'no element has focus' };
    const looks: string[] = [];
    for (let el: Element | null = focused, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      looks.push(`<${el.tagName.toLowerCase()}> outline ${style.outlineStyle} ${style.outlineWidth}`);
      if (outline) return { visible: true, what: looks.join('; ') };
    }
    return { visible: false, what: looks.join('; ') };
  });
  expect(seen.visible, `the focused control should show a focus indicator: ${seen.what}`).toBe(true);
}
