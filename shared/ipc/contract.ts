import type { z } from 'zod';
import { datasetChannels } from './dataset';
import { settingsChannels } from './settings';
import { intakeChannels } from './intake';
import { compareChannels } from './compare';
import { sessionChannels } from './session';
import { documentsChannels } from './documents';
import { reviewChannels } from './review';
import { reportChannels } from './report';
import { talentChannels } from './talent';
import { draftsChannels } from './drafts';
import type { ErrorPayload } from '../errors';

/** The one IPC contract: channel name → zod schemas of input and output. Nothing else crosses IPC. */
export const channels = {
  ...datasetChannels,
  ...settingsChannels,
  ...intakeChannels,
  ...compareChannels,
  ...sessionChannels,
  ...documentsChannels,
  ...reviewChannels,
  ...reportChannels,
  ...talentChannels,
  ...draftsChannels,
} as const;

type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What the renderer passes (defaults may be omitted). */
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
/** What the handler receives after validation. */
export type ParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

type Domain = ChannelName extends `${infer D}:${string}` ? D : never;

/** Every response is an envelope, so errors keep their code across the boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** The renderer's client: one namespace per domain, one function per channel; failures throw. */
export type Api = {
  [D in Domain]: {
    [K in ChannelName as K extends `${D}:${infer M}` ? M : never]: (
      input: ChannelInput<K>,
    ) => Promise<ChannelOutput<K>>;
  };
};

/**
 * window.api as the preload exposes it: the same shape, answering envelopes, because an Error's
 * code does not survive contextBridge. renderer/src/api.ts turns envelopes back into throws.
 */
export type BridgeApi = {
  [D in Domain]: {
    [K in ChannelName as K extends `${D}:${infer M}` ? M : never]: (
      input: ChannelInput<K>,
    ) => Promise<Envelope<ChannelOutput<K>>>;
  };
};
