import { type LabelledMessage, labelled } from "./corpus.ts";
import { FRESH_HELD_OUT_ROWS } from "./corpus-fresh-held-out.ts";
import { FRESH_TUNING_ROWS } from "./corpus-fresh-tuning.ts";

/**
 * A second labelled corpus, written after the first to test whether the rules generalise: 222
 * messages (two thirds French) from situations the first corpus had few of — complaints told only
 * by facts ("on m'a prélevé deux fois"), long letters, SMS style, sarcasm — and hard negatives that
 * ask about a problem without complaining ("que faire si ma carte est avalée ?"). Two halves written
 * apart from the same situations: the rules may be tuned on the first; the second is held out.
 */
export const FRESH_CORPUS: LabelledMessage[] = [
  ...labelled(FRESH_TUNING_ROWS, () => false),
  ...labelled(FRESH_HELD_OUT_ROWS, () => true),
];
