import { cue, type Facts, phrase } from "./lexicon.ts";

const OWED =
  "(?:arrived?|received|credited|paid|released|transferred|refunded|processed|returned|closed|fixed|resolved|sorted|answered|replied|called|come through|gone through|go through|come|turned up|shown up|show up|been \\w+)";
const TIME = "(?:a|an|one|two|three|four|five|six|several|\\d+) (?:days?|weeks?|months?|hours?)";
const BANK =
  "(?:you|they|the bank|your bank|the branch|the advisor|the adviser|your staff|the app|your app|it|he|she|the atm|the machine|the cash machine|the cashpoint)";

/**
 * English facts of dissatisfaction: something went wrong *for the client* ("I was charged
 * twice", "my transfer has been pending for a week", "nobody will call me back"), told without a
 * single emotional word. And the frames that make a problem a question ("what should I do if…").
 */
export const ENGLISH_FACTS: Facts = {
  adverse: [
    cue(
      `(?:has|have|had|did|does|do) (?:still )?(?:not|never) (?:yet )?(?:been )?${OWED}|never ${OWED}|still (?:not|has not|have not|had not) (?:been )?${OWED}|(?:has|have) not ${OWED} (?:yet|at all)`,
      1.5,
    ),
    cue(
      "(?:charged|debited|taken|paid|billed|deducted|came out|went out|left my account|left the account) (?:\\w+ ){0,4}?(?:twice|three times|two times|four times|again)|(?:keep|keeps|kept) (?:paying|charging|taking|debiting)|still (?:being |getting )?(?:charged|debited|taken|paid)|(?:debited|charged|taken) anyway|duplicate (?:payment|charge|transaction|debit)",
      1.8,
    ),
    cue(
      "pending (?:for|since)|still pending|has been pending|sitting (?:with|in|on) (?:\\w+ ){0,2}?for|stuck (?:for|since|in)|on hold for",
      1.8,
    ),
    cue(
      "instead of|does not match|do not match|short by|someone else s|(?:is|are|was) (?:still )?(?:wrong|incorrect)|by mistake|in error|by chance|found out|(?:gave|gives|give) me nothing|nothing came out|did not (?:give|dispense|pay out)",
      1.5,
    ),
    cue(
      "no longer|removed (?:the|my)|without (?:telling|asking|warning|notice|my|any|informing|consulting)|(?:i|we) (?:never|did not) (?:asked|ask|made|make|authori[sz]ed?|order\\w*|sign\\w*|agree\\w*)|that i never|even though i (?:told|asked|cancelled|canceled|informed|said)",
      1.8,
    ),
    cue(
      `${BANK} (?:have |has |had )?(?:closed|blocked|froze|frozen|cancelled|canceled|refused|declined|renewed|increased|raised|moved|withdrew|withdrawn|lost|kept|swallowed|ate|took|charged|hung up)|(?:was|were|has been|have been|had been|got) (?:\\w+ )?(?:declined|refused|rejected|blocked|frozen|cancelled|canceled|closed|withdrawn|kept|swallowed|retained|taken|stolen by|used by)|approved (?:\\w+ ){0,3}?then|refus\\w* to (?:refund|pay|release|open|help)`,
      1.2,
    ),
    cue(
      "told me to (?:\\w+ ){0,8}?told me to|another (?:\\S+ ){0,3}?(?:fee|charge|error|mistake|problem|outage|payment)|nobody|no one|had to (?:borrow|pay|cancel|wait|call|go|find)|embarrass\\w*|humiliat\\w*|out of pocket|lost (?:my|the|our) (?:booking|tickets?|deposit|house|sale|flight)|can not (?:see|access|use|pay|log in|login|withdraw)",
      1.5,
    ),
    cue(
      `that was ${TIME} ago|(?:it is|it s|today is) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|${TIME} (?:later|on) (?:and|still|nothing)|(?:sent|asked|applied|reported|requested|submitted) (?:\\w+ ){0,6}?(?:${TIME} ago|on the \\d+\\w*|on \\d+|in (?:january|february|march|april|may|june|july|august|september|october|november|december))|for (?:a|one|two|three|four|five|six|several|\\d+) (?:days?|weeks?|months?)`,
      1,
    ),
    cue(
      "please (?:correct|fix|rectify|refund|reverse|cancel) (?:it|this|that|the|my)|i (?:ask|request|demand) (?:that you |you to )?(?:correct|refund|reverse|rectify)",
      1.8,
    ),
  ],
  settled: [
    cue(
      "(?:has|have) (?:now |already |finally )?been (?:refunded|reversed|corrected|fixed|sorted|resolved|credited back)|(?:problem|issue|matter) (?:is |has been )?(?:now |finally )?(?:solved|resolved|fixed|sorted)|all sorted|sorted now",
      1.8,
    ),
  ],
  hypothetical: [
    phrase(
      "what (?:should|do|can|would) (?:i|we) do|what happens|in case|if (?:i|my|the|a|an|it|someone|somebody|one|we)|how (?:do|can|should|would) (?:i|we|you)|how long|is (?:it|that|this) (?:normal|possible)|is there a way",
    ),
  ],
};
