/**
 * One staff reply of the labelled corpus behind docs/inbox.md, with what a compliance officer
 * would say of it: `secrecy` when it confirms a client relationship or reveals account facts,
 * `credit` when it offers a credit with a rate or an amount without the legal sentence (the
 * terms of someone's own loan, "votre prêt de 15 000 € à 4,2 %", are secrecy, not advertising).
 * Written one by one, hits and near misses (general help a bank legitimately posts).
 */
export interface ReplyCase {
  text: string;
  secrecy: boolean;
  credit: boolean;
}

export const hit = (text: string): ReplyCase => ({ text, secrecy: true, credit: false });
export const fine = (text: string): ReplyCase => ({ text, secrecy: false, credit: false });
export const credit = (text: string): ReplyCase => ({ text, secrecy: false, credit: true });
