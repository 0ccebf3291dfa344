import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a route change, focus moves to the new screen's heading (or the main region), so keyboard and
 * screen-reader users start reading the new screen rather than staying on the link they left.
 * Not on the first load: the browser's own start position is right there.
 */
export function useFocusOnNavigation(key: string, main: RefObject<HTMLElement | null>): void {
  // Compared with the last key rather than flagged "first run", so a development double-run changes nothing.
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    const region = main.current;
    if (!region) return;
    const target = region.querySelector<HTMLElement>('h1') ?? region;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    // A new screen starts at its top, as a new page would.
    document.scrollingElement?.scrollTo({ top: 0 });
  }, [key, main]);
}
