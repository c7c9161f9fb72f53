import { z } from 'zod';
import { channel, noInput } from './channel';

/** App preferences (electron-store). Never personal data. */
export const settingsSchema = z.object({
  language: z.enum(['id', 'en']).default('id'),
  colorScheme: z.enum(['light', 'dark']).default('light'),
  projectorMode: z.boolean().default(false),
  /** Minutes of inactivity before the dataset locks itself. */
  autoLockMinutes: z.number().int().min(1).max(240).default(10),
  recentFiles: z.array(z.string()).max(10).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsChannels = {
  'settings:get': channel(noInput, settingsSchema),
  'settings:update': channel(settingsSchema.partial().omit({ recentFiles: true }), settingsSchema),
} as const;
