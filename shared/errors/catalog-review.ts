import type { ErrorCatalog } from './types';

export const reviewErrors: ErrorCatalog = {};
