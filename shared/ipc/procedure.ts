import { z } from 'zod';
import { channel, noInput } from './channel';
import { fileHandleSchema, handleIdSchema } from './file-handle';
import { isoDateSchema } from '../domain/common';
import { calonPanselSchema, prosedurJptSchema } from '../session/procedure';
import { sessionDeltaSchema } from '../session/record-delta';
import { jadwalPilkadaSchema, jendelaPilkadaSchema } from '../session/election-window';

const id = z.string().min(1).max(60);
const savedOutput = z.object({ ok: z.literal(true), savedAt: z.string().nullable() });
const actOutput = savedOutput.extend({ delta: sessionDeltaSchema });

/** Procedure channels of the session domain (spread into sessionChannels). */
export const procedureChannels = {
  'session:setProcedure': channel(z.object({ itemId: id, prosedur: prosedurJptSchema }), actOutput),
  /** Native open dialog for the pansel's CSV; the answer is a handle for `session:readPanselCsv`. */
  'session:choosePanselCsv': channel(noInput, z.object({ file: fileHandleSchema.nullable() })),
  /** Reads the pansel's three names from the CSV behind the handle (peringkat, nama, nip); nothing is saved yet. */
  'session:readPanselCsv': channel(z.object({ file: handleIdSchema }).strict(), z.object({ calon: z.array(calonPanselSchema) })),
  'session:electionSchedule': channel(noInput, z.object({ jadwal: jadwalPilkadaSchema, jendela: z.array(jendelaPilkadaSchema) })),
  'session:setElectionSchedule': channel(jadwalPilkadaSchema, savedOutput),
  'session:recordMendagriApproval': channel(
    z.object({ sidangId: id, nomor: z.string().trim().min(3).max(120), tanggal: isoDateSchema }), actOutput,
  ),
  /** Refuses (PILKADA_BUTUH_PERSETUJUAN) when the session's documents must wait for the Minister's approval. */
  'session:documentsAllowed': channel(z.object({ sidangId: id }), z.object({ ok: z.literal(true) })),
} as const;
