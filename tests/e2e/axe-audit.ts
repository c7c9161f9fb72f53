import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0/2.1 level A and AA: the rules the issue measures the app against. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeFinding { screen: string; rule: string; impact: string; targets: string[]; sample: string }

/**
 * Runs axe-core on what the page shows now. Returns the serious/critical findings (what the
 * tests fail on) and prints the moderate/minor ones as counts, so they stay visible.
 */
export async function auditScreen(page: Page, screen: string): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const findings = results.violations.map((v) => ({
    screen, rule: v.id, impact: v.impact ?? 'unknown', targets: v.nodes.map((n) => n.target.join(' ')),
    // The first offending element and why, so a failure names what to fix.
    sample: `${v.nodes[0]?.html.slice(0, 300) ?? ''} — ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').slice(0, 300) ?? ''}`,
  }));
  const minor = findings.filter((f) => !BLOCKING.has(f.impact));
  if (minor.length) console.log(`[axe] ${screen}: ${minor.map((f) => `${f.rule}(${f.impact}) ×${f.targets.length}`).join(', ')}`);
  return findings.filter((f) => BLOCKING.has(f.impact));
}

/** One line per finding, for a failure message a reader can act on. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `${f.screen}: ${f.rule} [${f.impact}] ${f.targets.slice(0, 8).join(' | ')}${f.targets.length > 8 ? ` (+${f.targets.length - 8})` : ''}\n    e.g. ${f.sample}`).join('\n');
}
