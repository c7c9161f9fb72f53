import type { CliCommand } from '../types';
import { sealCommand } from './seal';
import { inspectCommand } from './inspect';

/** Each capability registers its commands here (one import and one entry each). */
export const COMMANDS: CliCommand[] = [
  sealCommand,
  inspectCommand,
];
