/** Channels of the session capability; see contract.ts. */
export const sessionChannels = {} as const;
