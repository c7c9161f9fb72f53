import type { ErrorCatalog } from './types';

export const intakeErrors: ErrorCatalog = {};
