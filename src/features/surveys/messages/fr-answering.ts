/** The answering's messages, in French. */
export const frAnswering = {} as const;
