import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The serious and critical WCAG problems axe sees on the screen as it is now. */
export async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** No serious or critical WCAG problem that axe can see on the screen as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const bad = await seriousViolations(page);
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
    [],
  );
}

/** The kiosk screens' two reference sizes: a typical 13" touch screen and a 1080p one. */
export const SCREEN_SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

/** A screenshot at each reference size (name-WIDTHxHEIGHT), each checked with axe as it is. */
export async function atBothSizes(
  page: Page,
  screenshot: (name: string) => Promise<void>,
  name: string,
): Promise<void> {
  for (const [width, height] of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    await screenshot(`${name}-${width}x${height}`);
    await expectAccessible(page);
  }
}
