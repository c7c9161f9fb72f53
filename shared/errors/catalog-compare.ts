import type { ErrorCatalog } from './types';

export const compareErrors: ErrorCatalog = {};
