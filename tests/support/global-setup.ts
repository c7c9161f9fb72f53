import { ensureDemo } from '../../scripts/ensure-demo';

/** The demo dataset is generated, not committed: make it (once) before any test reads it. */
export default function setup(): void {
  ensureDemo();
}
