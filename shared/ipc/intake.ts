/** Channels of the intake capability; see contract.ts. */
export const intakeChannels = {} as const;
