import type { Locale } from "../../config.ts";
import type { AppContext } from "../../platform/context.ts";
import type { DomainError } from "../../platform/http/errors.ts";

/**
 * Where clients speak to the bank. Each source (private messages, the contact form, e-mail, the
 * community, newsroom comments, and later the social networks) gives the inbox what it heard as
 * an `Incoming` through `receive`, and registers how the bank's answer goes back to it. The core
 * knows sources only through this interface: a new one plugs in with `registerSource`.
 */
export interface Incoming {
  source: string;
  /** The source's name for the thread: all messages with the same key are one conversation. */
  threadKey: string;
  subject: string;
  /** Plain text (Markdown for members' messages). */
  body: string;
  from: { accountId?: number; email?: string; name: string; locale?: Locale };
  receivedAt: Date;
  /** The source's id of this message: the same id received twice is kept once. */
  externalId?: string;
  /** Where it can be seen at its source, when public. */
  sourceLink?: string;
  categorySlug?: string;
  /** The team it should go to, when the source knows (a community category's rule). */
  teamSlug?: string;
  emailHeaders?: Record<string, unknown>;
  attachments?: readonly CheckedAttachment[];
}

/** An attachment whose type was read from its bytes (features/inbox/attachments.ts). */
export interface CheckedAttachment {
  filename: string;
  mediaType: string;
  content: Buffer;
}

/** The bank's answer, as the source must deliver it. */
export interface Outgoing {
  messageId: number;
  conversationId: number;
  threadKey: string;
  subject: string;
  body: string;
  public: boolean;
  advisor: { id: number; displayName: string };
  correspondent: { accountId: number | null; email: string | null; displayName: string; locale: Locale };
  /** The external ids of the conversation's messages so far, oldest first (e-mail threading). */
  earlierExternalIds: readonly string[];
}

export interface InboxSource {
  name: string;
  /** Whether the bank may answer in public where the client spoke (then the public-reply guard applies). */
  publicReplies: boolean;
  /**
   * Delivers an answer, inside the command that records it (queue the e-mail in the outbox,
   * publish the post): it happens with the record or not at all. Returns the answer's id at the source.
   */
  deliver(ctx: AppContext, answer: Outgoing): Promise<{ externalId?: string }>;
  /**
   * Why the source cannot take a public answer in this thread now, if it knows before the answer
   * is written (a review not published yet, or already answered): asked by the composer's command,
   * so the advisor is told at once rather than when an approval comes.
   */
  refusesPublicAnswer?(ctx: AppContext, threadKey: string): Promise<DomainError | null>;
}

const sources = new Map<string, InboxSource>();

/** Called when a feature loads (its index.ts), before any request. */
export function registerSource(source: InboxSource): void {
  if (sources.has(source.name)) throw new Error(`the inbox source ${source.name} is registered twice`);
  sources.set(source.name, source);
}

export function sourceNamed(name: string): InboxSource {
  const source = sources.get(name);
  if (!source) throw new Error(`no inbox source named ${name}`);
  return source;
}

export function registeredSources(): readonly string[] {
  return [...sources.keys()];
}
