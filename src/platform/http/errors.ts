import type { MessageKey } from "../i18n/index.ts";

/**
 * A failure the person can understand and act on: it carries an HTTP status, a stable code for
 * the API and a catalogue key for the page. Anything else that is thrown is a bug (500).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messageKey: MessageKey,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export const notFound = () => new DomainError("not_found", 404, "error.404.body");
export const forbidden = () => new DomainError("forbidden", 403, "error.403.body");
