import type { ErrorCatalog } from './types';

export const sessionErrors: ErrorCatalog = {};
