import type { CliCommand } from '../types';

/** Each capability registers its commands here (one import and one entry each). */
export const COMMANDS: CliCommand[] = [];
