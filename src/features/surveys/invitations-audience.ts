import type { Locale } from "../../config.ts";
import type { AppContext } from "../../platform/context.ts";
import { normaliseEmail, staffAmong, verifiedMembers } from "../accounts/index.ts";
import { contactsChosen, objectingAmong } from "../newsletter/index.ts";
import { optedOut } from "./invitations-opt-out.ts";

/**
 * Who a wave's invitations go to: contacts chosen by lists and tags (the CRM's, as a campaign
 * chooses them), members with a verified address, or both; each person once (by address, their
 * account's language first), and never someone who objected to being written to (the
 * suppression list: an unsubscribe, an objection, a bounce, a complaint; or a restriction) nor
 * whose last word in the consent ledger on survey invitations is a withdrawal.
 */
export interface AudienceChoice {
  /** Contacts from the CRM: in any of these lists (none: every list), with every one of these tags. */
  contacts: boolean;
  listIds: readonly number[];
  tags: readonly string[];
  /** Every member (role "member") with an active account and a verified address. */
  members: boolean;
}

export interface Invitee {
  /** Normalised, lower case: one invitation per address and wave. */
  email: string;
  locale: Locale;
  accountId: number | null;
}

export interface Audience {
  invitees: Invitee[];
  /** Addresses chosen but left out because the person objected or opted out (counted, never listed). */
  objected: number;
}

export async function chooseInvitees(ctx: AppContext, choice: AudienceChoice): Promise<Audience> {
  const byEmail = new Map<string, Invitee>();
  if (choice.members)
    for (const member of await verifiedMembers(ctx)) {
      const email = normaliseEmail(member.email).toLowerCase();
      byEmail.set(email, { email, locale: member.locale ?? ctx.config.defaultLocale, accountId: member.id });
    }
  if (choice.contacts)
    for (const contact of await contactsChosen(ctx, choice)) {
      const email = normaliseEmail(contact.email).toLowerCase();
      if (!byEmail.has(email))
        byEmail.set(email, { email, locale: contact.locale, accountId: contact.accountId });
    }
  const refusing = await refusingInvitations(ctx, [...byEmail.keys()]);
  // The bank's own people (a contact with a staff address or account) are never asked.
  const staff = await staffAmong(ctx.db, {
    emails: [...byEmail.keys()],
    accountIds: [...byEmail.values()].flatMap((invitee) => (invitee.accountId ? [invitee.accountId] : [])),
  });
  return {
    invitees: [...byEmail.values()].filter(
      (invitee) =>
        !refusing.has(invitee.email) &&
        !staff.emails.has(invitee.email) &&
        !(invitee.accountId && staff.accountIds.has(invitee.accountId)),
    ),
    objected: refusing.size,
  };
}

/** Among these addresses, those not to invite: objecting (newsletter's list) or opted out of surveys (the ledger). */
export async function refusingInvitations(ctx: AppContext, emails: readonly string[]): Promise<Set<string>> {
  const refusing = await objectingAmong(ctx, emails);
  const out = await optedOut(ctx);
  for (const email of emails) {
    const address = normaliseEmail(email).toLowerCase();
    if (out.has(address)) refusing.add(address);
  }
  return refusing;
}
