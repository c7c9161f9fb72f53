import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where tests write screenshots and page renders. Running the tests must not rewrite tracked
 * files: pictures go to the ignored test-output/ unless UPDATE_SCREENSHOTS=1 asks for a
 * deliberate refresh of the committed docs/screenshots/.
 */
export const SCREENSHOT_DIR = resolve(process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-output/screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });
