import { z } from 'zod';
import { coreErrors } from './catalog-core';
import { intakeErrors } from './catalog-intake';
import { compareErrors } from './catalog-compare';
import { sessionErrors } from './catalog-session';
import { documentErrors } from './catalog-documents';
import { reviewErrors } from './catalog-review';
import { auditErrors } from './catalog-audit';
import { procedureErrors } from './catalog-procedure';
import { talentErrors } from './catalog-talent';
import type { ErrorCatalog } from './types';

export type { ErrorCatalog } from './types';

/** Every error a user can see, by code, in Bahasa Indonesia and English. */
export const ERROR_CATALOG: ErrorCatalog = {
  ...coreErrors, ...intakeErrors, ...compareErrors, ...sessionErrors, ...documentErrors, ...reviewErrors, ...auditErrors, ...procedureErrors,
  ...talentErrors,
};

export type ErrorParams = Record<string, string | number>;

/**
 * The one error type services throw for conditions the user must understand. The message shown is
 * chosen from the catalog by code, so the UI and the CLI say the same thing.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
    options?: { cause?: unknown },
  ) {
    super(formatError(code, params, 'id'), options);
    this.name = 'AppError';
  }
}

export function formatError(code: string, params: ErrorParams, lang: 'id' | 'en'): string {
  const entry = ERROR_CATALOG[code];
  if (!entry) return lang === 'id' ? `Terjadi kesalahan (${code}).` : `An error occurred (${code}).`;
  return entry[lang].replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** What crosses IPC for a failure. */
export const errorPayloadSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;
