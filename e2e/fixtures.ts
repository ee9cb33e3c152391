import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One readable line per failing node: rule, impact, selector and what axe says to fix. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ')}`);
      return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

interface Fixtures {
  /** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now and fails on any violation. */
  expectAxeClean: (page: Page, label?: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  expectAxeClean: async ({}, use, testInfo) => {
    await use(async (page, label) => {
      // Let finite animations (a dialog fading in) end: mid-fade colours fail the contrast check.
      await page.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
            .map((a) => a.finished.catch(() => undefined)),
        ),
      );
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      // analyze() opens a blank page in the context and closes it again; Chromium can leave the tested page in the
      // background after that and stop drawing it, so the next click waited forever for the element to be "stable"
      // (grants-follow-up.spec.ts, session 29: its trace has no frame for the 10 minutes after an axe check).
      await page.bringToFront();
      const name = label ?? new URL(page.url()).pathname;
      if (results.violations.length) {
        await testInfo.attach(`axe-${name}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
      }
      expect(results.violations, `axe violations on ${name}:\n\n${formatViolations(results.violations)}`).toHaveLength(0);
    });
  },
});

export { expect };
