import { cue, type Lexicon, phrase, start } from "./lexicon.ts";

/** English: what clients write in English to a French bank (normalised: "don't" is "do not"). */
export const ENGLISH: Lexicon = {
  strongPositive: `excellent amazing awesome fantastic wonderful brilliant superb outstanding exceptional perfect*
    flawless* delighted thrilled love loved loving adore* best incredible phenomenal stellar fabulous
    marvellous marvelous terrific kudos bravo`,
  positive: `good great nice lovely pleasant friendly kind kindly helpful courteous polite professional*
    competent efficient* effective fast quick* prompt* responsive smooth* easy easily simple clear clearly
    convenient* reliable* trust* trustworthy happy glad pleased satisf* enjoy* appreciat* thank thanks
    thankful grateful gratitude recommend* impress* reassur* reliev* relief cool super top painless
    seamless* hassle attentive caring welcoming warm generous worth valuable useful handy intuitive
    beautiful solved resolved fixed sorted patient understanding supportive efficiency quality wow cheers
    star hero legend`,
  mildPositive: `ok okay fine better improve* improvement* decent fair acceptable normal finally free works
    working worked received arrived refunded credited correct correctly`,
  strongNegative: `terrible awful horrible horrendous atrocious appalling appalled disgrac* shameful disgust*
    pathetic ridiculous absurd unacceptable outrage* outrageous scandal* scam* scammer* fraudster* thie*
    crook* ripoff useless worthless incompeten* worst nightmare hell disaster* catastroph* crap* shit* damn*
    sucks lousy dreadful unbearable intolerable abysmal woeful shocking disgusting furious livid fuming hate* loath* rubbish garbage
    trash fiasco joke laughable farce insult* insulting contempt*`,
  negative: `bad poor* poorly unprofessional rude* impolite arrogant dismissive condescend* ignor* neglect*
    disappoint* dissatisf* unhappy unsatisf* upset* angry anger annoy* irritat* frustrat* exhaust* stress*
    anxious* worr* afraid scared mess messed chaos broken fail* failure* error* mistake* wrong* issue issues
    problem* trouble* glitch* bug bugs buggy crash* outage slow* delay* late lateness stuck block* blocked
    frozen freez* locked declin* refus* reject* denied deny* lost loss missing unauthori* suspicious* dodgy
    shady hidden overcharg* excessive* exorbitant expensive costly unfair* unjust* unreasonable confus*
    complicat* difficult* hard impossible unreachable unavailable unresponsive inefficient inadequate
    insufficient mediocre worse sad* unfortunate* unfortunately regret* complain* complaint* dispute*
    threat* harass* mislead* misled lies lied lying liar* cheat* trick* chase chased chasing endless*
    forever ages penalt* hassle headache* inconvenien* fraud* fraudulent stolen steal* stole rob robbed robbery
    scared upsetting shocked annoyance ignored nonsense pointless careless* sloppy messy awkward rip`,
  mildNegative: `fees fee charge charges charged wait waiting waited long expensive sorry apolog* still again
    unclear strange weird odd surprised surprising unexpected cancel* cancelled canceled`,
  expected: `received receive got arrived arrive answered answer answers replied reply replies response
    responded refunded refund credited processed working works worked resolved fixed solved sorted called
    heard helped help explanation solution acknowledged delivered sent authori* normal reachable possible
    acceptable update updates feedback back contacted informed notified honoured honored kept`,
  negators: "not no never nothing none nobody neither nor without hardly barely cannot lack lacking notyet",
  intensifiers: `very really so extremely totally completely absolutely utterly incredibly super truly deeply
    highly seriously terribly awfully insanely ridiculously bloody such most quite too`,
  diminishers: "slightly somewhat bit little fairly rather kinda partly",
  complaint: [
    cue(
      "still (?:charging|being charged|charged|not|no|nothing|waiting|have not|has not|had not|do not|does not|did not|cannot|can not|unresolved|blocked|the same|pending|missing|broken|charging|no word)",
      2,
    ),
    cue(
      "(?:no|zero|without) (?:answer|reply|response|update|news|solution|explanation|feedback|follow up|word|refund|apology|acknowledg\\w*|call back|callback|help)|nobody (?:answers|calls|replies|picks|gets back|cares|helps|responds|knows)|no one (?:answers|calls|replies|picks|gets back|cares|helps|responds|knows|has)|never (?:heard|got|received|replied|answered|called)",
      1.5,
    ),
    cue(
      "(?:for|since|over|after|it has been|been|already|almost|nearly|more than|waited|waiting) (?:over |more than |nearly |almost |about )?(?:\\d+|a|one|two|three|four|five|six|ten|several|many|few|couple of) (?:days?|weeks?|months?|hours?|years?|wks?)",
      1,
    ),
    cue(
      "(?:\\d+|two|three|four|five|six|ten|several) (?:days?|weeks?|months?|hours?) (?:waiting|of waiting|wait|later|and still|and nothing|without|to get|for a|to process|to refund|late|overdue)",
      1,
    ),
    cue(
      "twice|(?:\\d+)(?:st|nd|rd|th)? time|(?:second|third|fourth|fifth|tenth) time|once again|yet again|again and again|every single time|every time|(?:\\d+|two|three|four|five|six|several|multiple|many|countless|numerous) (?:times|calls|emails|e mails|letters|messages|attempts)|repeatedly",
      1.5,
    ),
    cue(
      "chas(?:e|ed|ing)|followed up|(?:keep|kept) following up|despite (?:my|several|multiple|repeated|numerous|many|all my)",
      1.5,
    ),
    cue(
      "(?:switch|switching|change|changing|move|moving|leave|leaving) (?:to another bank|banks?|this bank|your bank)|(?:close|closing) (?:my|all my|our) accounts?|take my (?:money|business|custom) elsewhere|lost a customer|losing a customer|never again|find another bank|another bank",
      2.5,
    ),
    cue(
      "ombudsman|regulator|fca|financial ombudsman|lawyer|solicitor|legal action|court|sue|suing|trading standards|report you|social media|trustpilot|go public",
      2,
    ),
    cue(
      "formal complaint|a complaint|complain\\w*|i dispute|disputing|dispute this|contest\\w*|(?:i want|i demand|i expect|i need) (?:a |my |to be )?refund\\w*|refund me|give me my money|i demand|we demand|demanding|compensat\\w*|goodwill gesture",
      1.5,
    ),
    cue(
      "(?:unjustified|unfair|hidden|excessive|ridiculous|outrageous|extortionate|unexplained|unauthorized|unauthorised|unexpected|surprise|absurd|crazy|insane) (?:fees?|charges?|costs?)|charged (?:me )?(?:twice|two times|again|without|for nothing|a fee)|double (?:charged|charge|debit|debited|payment)|debited twice|took (?:money|my money|fees)|overcharg\\w*",
      1.8,
    ),
    cue(
      "(?:can not|could not|unable to|impossible to|never able to) (?:reach|get through|get hold|speak|talk|contact|get an answer|log in|login|withdraw|pay)|on hold for|hung up|passed (?:from|around|between)|fobbed off|bounced (?:around|between)|run around|runaround|keep(?:s)? (?:telling|saying|sending)",
      1.8,
    ),
    cue(
      "(?:i am|i m|we are|we re|i was|i feel|very|so|really|extremely|deeply) (?:very |so |really |extremely |deeply |quite |beyond |absolutely |utterly )?(?:disappointed|unhappy|dissatisfied|frustrated|annoyed|angry|furious|fed up|upset|livid|appalled|disgusted|shocked|let down|not happy|not satisfied|not impressed)",
      1.5,
    ),
    cue(
      "fed up|sick (?:and tired )?of|had enough|enough is enough|last straw|this is a joke|what a joke|is a joke|ridiculous|unacceptable|not acceptable|not good enough|not ok|not okay|not normal|not right|how is this possible|how is that possible|how can (?:you|a bank|this)|why on earth|what is going on",
      1.8,
    ),
    cue(
      "(?:you|your bank|the bank|your staff|your advisor|your adviser|the branch|your app|your team|your system) (?:lost|blocked|refused|closed|charged|made|messed|failed|forgot|ignored|never|did not|have not|has not|keep|kept|froze|cancelled|canceled|declined)",
      1,
    ),
    cue(
      "(?:you|they|he|she|the advisor|the adviser|staff) (?:promised|told me|said|assured)|i was (?:promised|told|assured)|promise\\w*",
      1,
    ),
    cue(
      "worst (?:bank|service|customer|experience|app)|customer service (?:is )?(?:terrible|awful|useless|non existent|nonexistent|appalling|a joke)|non existent|nonexistent|never seen|without (?:warning|notice|explanation|reason|my consent|my permission|asking|any)",
      1.5,
    ),
    cue(
      "because of you|your fault|(?:do|does) you (?:even )?care|nobody cares|are you (?:kidding|joking|serious)|you must be joking|i will not forget|you have lost|you lost me|losing (?:my )?patience|lose (?:my )?patience|(?:do not|can not|fail to) understand (?:why|how)|why (?:does|did|do|is|should) (?:it|i|this) (?:take|taking|have to)|(?:i do not|i will not|i refuse to) accept|threaten\\w* to (?:leave|close|go|switch)|bothered|misleading|false advertising|never (?:mentioned|told|informed|explained|warned)|without (?:ever )?(?:mentioning|telling|informing|warning)|after (?:\\d+|ten|fifteen|twenty|thirty) years|(?:can not|will not|could not|did not) do anything|does nothing|do nothing|did nothing|i (?:am )?(?:asking|ask) you to (?:cancel|refund|remove|fix|explain|stop)|(?:will|can|could) you finally|stop (?:charging|sending|calling)|asked (?:me )?(?:for it )?again|ask (?:me )?(?:for it )?again",
      1.5,
    ),
    cue(
      "out of order|not working|does not work|do not work|stopped working|keeps? (?:crashing|failing|getting|logging|declining|refusing)|all the time|constantly|every (?:day|week|month)|(?:fix|sort) (?:it|this|that) (?:out)?|even though|another (?:error|mistake|problem|issue|failure|card|payment|charge|fee|outage|bug)|since (?:yesterday|this morning|monday|tuesday|wednesday|thursday|friday|last week|last month)",
      1,
    ),
    cue(
      "error|mistake|failed|broken|blocked|declined|rejected|frozen|locked out|missing|disappeared|vanished|lost",
      0.6,
    ),
    cue("i regret|regret (?:opening|choosing|joining)|shame on you|seriously|honestly", 0.8),
  ],
  request: [
    start(
      "(?:hi |hello |hey |dear \\w+ |good morning |good afternoon |hi there |quick question )*(?:how|what|where|when|which|who|is it possible|is there|are there|can i|could i|may i|can you|could you|would you|do you|does|do i|should i|would it|is it|are you|will i|will you|i was wondering|i wonder)",
      1,
    ),
    cue(
      "(?:i|we) (?:would like|d like|want|wish|am looking|m looking|need) to (?:know|open|apply|get|order|change|set|activate|increase|ask|find|understand|check|make|transfer|save|invest|book|arrange|update|add|request|learn|move)",
      1,
    ),
    cue(
      "(?:could|can|would) you (?:please )?(?:tell|explain|help|confirm|send|let|advise|clarify|point|give|indicate|call)|please (?:advise|let me know|confirm|explain|tell)",
      1,
    ),
    cue(
      "any (?:advice|tips|recommendations|idea|ideas|suggestions|experience)|does anyone|anyone know|has anyone|what do you (?:think|recommend|suggest)|your opinion|recommend",
      1,
    ),
    cue(
      "information (?:about|on|regarding)|info (?:about|on)|question (?:about|on|regarding)|quick question|a question|wondering|just checking|just to check|i would like to know",
      0.8,
    ),
    cue("thanks in advance|thank you in advance|many thanks in advance", 0.4),
    cue("just (?:asking|wondering|curious|to know|a question)|simple question|out of curiosity", 1.5),
    cue("notyet", 0.8),
  ],
  ironicPraise: [
    cue(
      "great job|good job|well done|nice work|nice one|way to go|congrat\\w*|bravo|thanks a lot|thanks so much|thank you so much|brilliant|fantastic|great|perfect|wonderful|amazing|excellent|lovely|love how|love the way|love it when|love waiting|just love|really love|what a (?:great|wonderful|fantastic|brilliant|lovely|superb|amazing) (?:service|bank|experience|way)|(?:what|such) (?:professionalism|efficiency|service|quality)|stellar|top notch|super",
      1,
    ),
  ],
  sarcasm: [
    cue(
      "thanks for nothing|thank you for nothing|thanks a lot for nothing|thanks for (?:making|leaving|keeping|losing|blocking|charging|ignoring|wasting|hanging up|the runaround)|thank you for (?:making|leaving|keeping|losing|blocking|charging|ignoring|wasting|hanging up|the runaround)|(?:love|enjoy) (?:being|waiting|paying|getting) (?:ignored|charged|on hold|hung up|for)",
      2.5,
    ),
  ],
  courtesy: [
    phrase(
      "thanks in advance|thank you in advance|many thanks in advance|thanks for your (?:help|reply|answer|time|attention)|thank you for your (?:help|reply|answer|time|attention)",
    ),
    phrase(
      "kind regards|best regards|warm regards|regards|best wishes|yours sincerely|yours faithfully|sincerely|have a (?:nice|good|great) (?:day|evening|weekend)|cheers",
    ),
    phrase("hello|hi|hey|dear|good morning|good afternoon|good evening|please"),
  ],
  payment: [
    phrase(
      "(?:debit|credit|bank|payment|visa|mastercard|contactless|virtual|new|replacement|my|the) cards?|cards?|contactless|tap to pay|chip and pin|pin|card payments?|payments?|pay (?:by|with|for|in|at|online|contactless)|purchases?|(?:charged|debited|taken) (?:\\w+ ){0,2}?(?:twice|three times|two times)|double charged|paid (?:by|with|online)|payee|payees|3d secure|3ds|cvv|cvc|card limit|spending limit|withdrawal limit|declined|chargeback",
    ),
    phrase(
      "transfers?|transferred|transferring|wire|wired|wire transfer|bank transfer|sepa|instant transfer|instant payment|standing orders?|faster payments?|bacs|chaps|swift|send money|sending money|sent money|beneficiary|beneficiaries",
    ),
    phrase("direct debits?|mandates?|debit order|recurring payment|subscription payment"),
    phrase(
      "withdraw(?:al|als|ing)?|withdrew|atm|atms|cash machines?|cashpoints?|cash point|cash deposit|deposit cash|deposited cash|swallowed my card|kept my card|retained my card",
    ),
    phrase("apple pay|google pay|samsung pay|paypal|wero|paylib|mobile payment|phone payment"),
    phrase(
      "fraud\\w*|scam\\w*|phishing|hacked|unauthori[sz]ed|(?:transactions?|payments?|charges?|debits?) (?:i (?:did not|never) (?:make|made|authori[sz]e)|i do not recognise|i do not recognize)|(?:did not|never) (?:make|made|authori[sz]e) (?:this|these|that|the)|unknown (?:transactions?|payments?|charges?|debits?)|stolen card|lost card|card (?:was |got )?(?:stolen|lost|blocked|frozen|cancelled|canceled|cloned|compromised)|block my card|freeze my card|cancel my card|transactions?",
    ),
  ],
  notPayment: [
    phrase(
      "(?:sim|id|identity|loyalty|gift|business|sd|memory|greeting|birthday|membership|library|health|insurance) cards?|card readers?|card insurance|insurance (?:on|with|of|for) (?:my |the |your )?cards?",
    ),
    phrase(
      "payment protection|ppi|pay (?:off|back) (?:my|the) (?:loan|mortgage)|pay (?:rise|slip|check|cheque)|payslip|(?:mortgage|loan) payments?|paid (?:off|back)",
    ),
    phrase("stop (?:a )?cheques?|cheques? (?:stopped|cancelled|canceled)"),
  ],
};
