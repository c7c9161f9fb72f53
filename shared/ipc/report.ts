import { channel } from './channel';
import { equityFilterSchema, equityReportSchema } from '../report/schemas';

/** Read-only reports over the open dataset. */
export const reportChannels = {
  'report:equity': channel(equityFilterSchema, equityReportSchema),
} as const;
