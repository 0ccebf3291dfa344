/*
 * The browser the end-to-end tests and the UI benchmark run in: the system's Chromium (Debian's package), since
 * the test tools cannot download their own browser here. CHROMIUM_PATH points at another binary.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
