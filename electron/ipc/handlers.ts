import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';

export type Handler<K extends ChannelName> = (input: ParsedInput<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K>;

/** Every channel must have exactly one handler; the compiler checks completeness in registry.ts. */
export type Handlers = { [K in ChannelName]: Handler<K> };

/** The handlers one capability contributes: all of its domain's channels. */
export type DomainHandlers<D extends string> = {
  [K in ChannelName as K extends `${D}:${string}` ? K : never]: Handler<K>;
};
