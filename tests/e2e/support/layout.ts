import type { Page } from '@playwright/test';

/*
 * Reflow (WCAG 1.4.10): at 320–375 CSS pixels wide, or 200% zoom, nothing may need horizontal scrolling.
 * Returns the page's overflow and the widest offenders, for the failure message.
 */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; offenders: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const offenders: { right: number; what: string }[] = [];
    /*
     * Content inside a scroll box (a wide table in its own scroller) does not make the page scroll, unless it is
     * absolutely positioned with its containing block outside the scroller: then the scroller does not clip it.
     */
    const clippedByScroller = (el: Element): boolean => {
      let position = getComputedStyle(el).position;
      if (position === 'fixed') return false;
      let escapes = position === 'absolute';
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        const clips = style.overflowX !== 'visible';
        if (!escapes && clips) return true;
        if (escapes && style.position !== 'static') {
          if (clips) return true;
          position = style.position;
          if (position === 'fixed') return false;
          escapes = position === 'absolute';
        }
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      if (clippedByScroller(el)) continue;
      const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const position = getComputedStyle(el).position;
      const text = (el.textContent ?? '').trim().slice(0, 30);
      offenders.push({
        right: Math.round(box.right),
        what: `<${el.tagName.toLowerCase()}${classes}>${position === 'static' ? '' : ` (position: ${position})`} "${text}" right edge at ${Math.round(box.right)}px`,
      });
    }
    offenders.sort((a, b) => b.right - a.right);
    return { overflow, offenders: offenders.slice(0, 8).map((o) => o.what) };
  });
}
