import type { SeedStep } from './city';
import { seedSessions } from './session-content';
import { seedProcedure } from './procedure-content';
import { seedReportHistory } from './report-history';
import { seedTalent } from './talent';

/**
 * Extra seeding steps of the shipped demo and bench datasets, run in this order after the core city
 * (see SeedStep). A capability that seeds its own demo content exports a SeedStep from its own module
 * and is listed here; resources/demo.bpj is regenerated from them by scripts/ensure-demo.ts (never committed).
 */
export const DEMO_EXTRA_STEPS: SeedStep[] = [
  seedSessions, // past (selesai) and next (draf) sidang Baperjakat — electron/demo/session-content.ts
  seedProcedure, // election dates, a pledge review ending in a pemberhentian, a JPT item on the draft — electron/demo/procedure-content.ts
  seedReportHistory, // an earlier mufakat session deciding many requests, for the equity dashboard — electron/demo/report-history.ts
  seedTalent, // unit rumpun, a marked key post and three succession plans (one vacant, none ready) — electron/demo/talent.ts
];
