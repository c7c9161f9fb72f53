/** Channels of the documents capability; see contract.ts. */
export const documentsChannels = {} as const;
