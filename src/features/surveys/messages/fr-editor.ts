/** The editor's messages, in French. */
export const frEditor = {} as const;
