import type { CliCommand } from '../types';
import { sealCommand } from './seal';
import { inspectCommand } from './inspect';
import { auditCommand } from './audit';
import { documentCommand } from './document';
import { verifyCommand } from './verify';
import { sidangCommand } from './sidang';
import { bursaCommand } from './bursa';
import { telaahCommand } from './telaah';
import { identitasCommand } from './identitas';
import { laporanCommand } from './laporan';
import { perbaruiCommand } from './perbarui';

/** Each capability registers its commands here (one import and one entry each). */
export const COMMANDS: CliCommand[] = [
  sealCommand,
  inspectCommand,
  auditCommand,
  documentCommand,
  verifyCommand,
  sidangCommand,
  bursaCommand,
  telaahCommand,
  identitasCommand,
  laporanCommand,
  perbaruiCommand,
];
