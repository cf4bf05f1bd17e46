/**
 * A one-line field as it is kept (a subject, a name): line breaks and runs of white space become
 * one space. Such fields end up in e-mail headers and page titles, where a line break never belongs.
 */
export const oneLine = (value: string): string => value.replace(/\s+/g, " ").trim();
