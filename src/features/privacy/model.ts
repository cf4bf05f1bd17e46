import type { Locale } from "../../config.ts";
import type { Db } from "../../db/connect.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ConsentChannel, Evidence, SuppressionKey } from "../consent/index.ts";

/** Privacy's shapes other features may know. */
export type { KeepReason } from "./personal-data-map.ts";

/** For the DPO's staff home: requests waiting, near or past their legal due day. */
export interface RequestDeadlines {
  /** Requests waiting for the DPO (identity checks included). */
  open: number;
  /** Due within `withinDays` days (when the DPO is reminded), not yet late. */
  dueSoon: number;
  withinDays: number;
  overdue: number;
}

/** Whom a right concerns: their account, their address, or both. */
export interface Person {
  accountId: number | null;
  email: string | null;
}

/**
 * What the features that hold people's data do for their rights (erasure, export, objection,
 * restriction), each registered with privacy when the application loads its features
 * (privacy/holders.ts): privacy asks them, it does not import them. Where each person's data is
 * held stays the personal-data map's to say (personal-data-map.ts).
 */
export interface Holders {
  subscriptions: SubscriptionHolder;
  words: WordsHolder;
  conversations: ConversationsHolder;
}

/** The newsletter: a person's subscriptions and the suppressions that outlive them. */
export interface SubscriptionHolder {
  /** Where the map finds the person beyond their account and address: their subscriber rows, the keyed hashes of every address they had. */
  keysOf(
    db: Pick<Db, "execute">,
    person: Person,
    key: SuppressionKey,
  ): Promise<{ subscriber: number[]; addressHash: string[] }>;
  /** Before an erasure: the objections and unsubscribes their subscriber rows carry go to the suppression list, so they outlive them. */
  keepSuppressionsOf(db: Pick<Db, "execute">, person: Person, key: SuppressionKey): Promise<void>;
  isSubscribed(ctx: AppContext, email: string): Promise<boolean>;
  hasObjected(ctx: AppContext, email: string): Promise<boolean>;
  isRestricted(ctx: AppContext, email: string): Promise<boolean>;
  /** Objection to marketing (art. 21(2)): immediate and absolute. */
  object(
    ctx: AppContext,
    person: { email: string; accountId?: number | null; locale: Locale },
    decision: { channel: ConsentChannel; evidence: Evidence },
  ): Promise<void>;
  /** A member's own choice from their account (their address is proven). */
  setMemberSubscription(
    ctx: AppContext,
    member: { id: number; email: string; locale: Locale },
    wanted: boolean,
    evidence: Evidence,
  ): Promise<"subscribed" | "confirm_by_mail" | "withdrawn" | "unchanged">;
  /** Restriction of processing (art. 18) set or lifted; how many subscriptions changed. */
  setRestriction(
    ctx: AppContext,
    person: { email: string; accountId: number | null },
    restricted: boolean,
  ): Promise<number>;
}

/** The community: a member's public words. */
export interface WordsHolder {
  /**
   * At their erasure, while their posts can still be found: their name out of others' posts
   * (when it is known), and their own words withdrawn when they asked.
   */
  eraseWordsOf(
    db: Pick<Db, "select" | "update" | "delete" | "execute">,
    member: { accountId: number; displayName: string | null },
    options: { withdrawPosts: boolean; locale: Locale; now: Date },
  ): Promise<void>;
}

/** The inbox: a person's conversations with the bank (messages, contact form, e-mail). */
export interface ConversationsHolder {
  /** Where the map finds the person in the inbox: the correspondents they are, and their conversations. */
  keysOf(
    db: Pick<Db, "execute">,
    person: Person,
  ): Promise<{ correspondent: number[]; conversation: number[] }>;
  /**
   * At their erasure, before the map is walked: every conversation of theirs that is not a
   * complaint in the register is cut from them and its texts erased (the conversation stays,
   * anonymous, for the bank's figures). Complaints stay whole for the legal period, still theirs,
   * which the map then reports as kept.
   */
  anonymiseConversationsOf(
    db: Pick<Db, "execute">,
    person: Person,
    options: { locale: Locale; now: Date },
  ): Promise<void>;
}
