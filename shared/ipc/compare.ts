/** Channels of the compare capability; see contract.ts. */
export const compareChannels = {} as const;
