/** Channels of the review capability; see contract.ts. */
export const reviewChannels = {} as const;
