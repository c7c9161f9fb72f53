import type { ErrorCatalog } from './types';

export const documentErrors: ErrorCatalog = {};
