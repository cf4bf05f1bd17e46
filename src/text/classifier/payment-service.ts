import { LEXICONS } from "./lexicons.ts";
import { matchesAny } from "./words.ts";

/**
 * Does the message concern a payment service in the sense of PSD2 (annex I): card payments and
 * cards (blocked, lost, stolen, contactless, mobile wallets), transfers, direct debits, cash
 * withdrawals and deposits, unauthorised or fraudulent payment operations. Cheques are not a
 * payment service under PSD2; nor are loans, savings, insurance or account fees on their own.
 * What only looks like a payment word ("carte vitale", a cheque's "opposition") is removed first.
 */
export function concernsPaymentService(flat: string): boolean {
  let text = flat;
  for (const pattern of LEXICONS.notPayment) text = text.replace(pattern, " ");
  return matchesAny(text, LEXICONS.payment);
}
