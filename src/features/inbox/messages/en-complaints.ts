import type { frComplaints } from "./fr-complaints.ts";

export const enComplaints: Record<keyof typeof frComplaints, string> = {
  "inbox.complaints.notRegistered":
    "This conversation is not in the register of complaints: first confirm that it is a complaint.",
  "inbox.complaints.answered": "This complaint has already had its final answer.",
  "inbox.complaints.acknowledge.answered":
    "This complaint has already had its final answer: an acknowledgement is no longer needed.",
  "inbox.complaints.acknowledged":
    'Acknowledgement sent: the client receives it by e-mail and, if a member, finds it dated in "My messages".',
  "inbox.complaints.pendingApproval":
    "Your answer is waiting for a colleague's approval: it will go out, and the register be kept, once approved.",
  "inbox.complaints.conversation": "See the conversation",

  "audit.inbox.complaint_registered": "Complaint entered in the register",
  "audit.inbox.complaint_acknowledged": "Complaint acknowledged",
  "audit.inbox.complaint_holding_reply": "Holding reply to a complaint",
  "audit.inbox.complaint_answered": "Final answer to a complaint",

  "inbox.complaints.channel.private_message": "private message",
  "inbox.complaints.channel.contact_form": "contact form",
  "inbox.complaints.channel.email": "e-mail",
  "inbox.complaints.channel.community": "community (public)",
  "inbox.complaints.channel.review": "client review (public)",
  "inbox.complaints.channel.newsroom_comment": "news comment (public)",

  "inbox.complaints.clock.done": "done on {date}",
  "inbox.complaints.clock.doneLate": "done on {date}, late",
  "inbox.complaints.clock.late": "{count, plural, one {# day} other {# days}} late",
  "inbox.complaints.clock.today": "last day today",
  "inbox.complaints.clock.left.ouvrable":
    "in {count, plural, one {# working day} other {# working days}} (Monday to Saturday)",
  "inbox.complaints.clock.left.business": "in {count, plural, one {# business day} other {# business days}}",
  "inbox.complaints.clock.left.calendar": "in {count, plural, one {# day} other {# days}}",

  "inbox.complaints.panel.title": "Complaint {reference}",
  "inbox.complaints.panel.received": "Received on",
  "inbox.complaints.panel.paymentService": "payment service",
  "inbox.complaints.panel.acknowledgeBy": "Acknowledgement (10 jours ouvrables)",
  "inbox.complaints.panel.answerBy": "Final answer (2 months)",
  "inbox.complaints.panel.answerByPayment": "Final answer (15 business days, payment service)",
  "inbox.complaints.panel.answerByHeld": "Final answer (35 business days, after a holding reply)",
  "inbox.complaints.panel.holdingReply": "Holding reply",
  "inbox.complaints.panel.holdingReplySent": "sent on {date}, for these reasons:",
  "inbox.complaints.panel.outcome": "Outcome",
  "inbox.complaints.panel.compensation": "compensation of {amount}",
  "inbox.complaints.panel.awaitingApproval": "final answer awaiting approval",
  "inbox.complaints.panel.allClocks": "Every legal clock",
  "inbox.complaints.panel.clockAcknowledge": "Acknowledgement: by {date}",
  "inbox.complaints.panel.clockAnswer": "Answer (2 months): by {date}",
  "inbox.complaints.panel.clockPayment": "Payment service (15 business days): by {date}",
  "inbox.complaints.panel.clockPaymentFinal":
    "Payment service after a holding reply (35 business days): by {date}",
  "inbox.complaints.panel.acknowledge": "Send the acknowledgement",
  "inbox.complaints.panel.holdingReplyAction": "Send a holding reply",
  "inbox.complaints.panel.finalAnswer": "Write the final answer",

  "inbox.complaints.receipt.subject": "Acknowledgement of your complaint",
  "inbox.complaints.receipt.greeting": "Hello {name},",
  "inbox.complaints.receipt.received": 'We have received your complaint of {date} ({channel}): "{subject}".',
  "inbox.complaints.receipt.reference": "Its reference: {reference}. Please quote it when you write to us.",
  "inbox.complaints.receipt.answerBy": "We will give you our answer by {date} at the latest.",
  "inbox.complaints.receipt.answerByPayment":
    "It concerns a payment service: we will give you our answer by {date} at the latest.",
  "inbox.complaints.receipt.dated": "Acknowledgement issued on {date}.",
  "inbox.complaints.receipt.open": "See the acknowledgement",
  "inbox.complaints.receipt.title": "Acknowledgement — complaint {reference}",
  "inbox.complaints.receipts.title": "Acknowledgements of your complaints",
  "inbox.complaints.receipts.link": 'Complaint {reference} — "{subject}", acknowledged on {date}',
  "inbox.complaints.receipt.print": "You can print this page or save it as a PDF from your browser.",

  "inbox.complaints.holding.title": "Holding reply — complaint {reference}",
  "inbox.complaints.holding.intro":
    "A complaint about a payment service is answered within 15 business days, here by {until}. If that is impossible for reasons beyond your control, send a holding reply giving them before that date: the final answer is then due by {finalBy} (35 business days).",
  "inbox.complaints.holding.reasons": "Reasons for the delay",
  "inbox.complaints.holding.reasonsHint":
    "They are written to the client as they are, with the date of the final answer.",
  "inbox.complaints.holding.reasonsNeeded": "Give the reasons for the delay (10 to 2,000 characters).",
  "inbox.complaints.holding.tooLate":
    "The 15 business days are over: the law allows a holding reply only before they end. Send the final answer without waiting.",
  "inbox.complaints.holding.notPayment": "A holding reply is only for complaints about a payment service.",
  "inbox.complaints.holding.already": "A holding reply has already been sent for this complaint.",
  "inbox.complaints.holding.send": "Send the holding reply",
  "inbox.complaints.holding.sent": "Holding reply sent: the final answer is due within 35 business days.",
  "inbox.complaints.holding.body":
    "Hello,\n\nWe have received your complaint. We cannot give you our final answer within 15 business days, for the following reason:\n{reasons}\n\nYou will receive our final answer by {date} at the latest. We apologise for the delay.",

  "inbox.complaints.final.pending":
    "A final answer already waits for a colleague's approval: it will leave as it is or be refused. Your text is kept; send it after their decision.",
  "inbox.complaints.final.title": "Final answer — complaint {reference}",
  "inbox.complaints.final.outcome": "Outcome of the complaint",
  "inbox.complaints.final.choose": "Choose…",
  "inbox.complaints.final.body": "Answer to the client",
  "inbox.complaints.final.bodyHint":
    "Sent privately. A rejection, even partial, must give the remedies and the mediator's contact details: they are prefilled at the end.",
  "inbox.complaints.final.insertMediator": "Insert the remedies and the mediator",
  "inbox.complaints.final.remedies":
    "If this answer does not satisfy you, you may refer the matter to the mediator free of charge, in writing or online, within one year of your written complaint to us:",
  "inbox.complaints.final.compensation": "Goodwill gesture or refund (in euros)",
  "inbox.complaints.final.compensationHint": "Leave empty if there is none. For example: 25.50",
  "inbox.complaints.final.productHint": "For example: current account, card, transfer, mortgage, savings",
  "inbox.complaints.final.categoryHint":
    "For example: fees, execution of an operation, information, quality of service, fraud",
  "inbox.complaints.final.rootCauseHint":
    "For example: human error, IT incident, procedure, third party, no malfunction",
  "inbox.complaints.final.send": "Send the final answer",
  "inbox.complaints.final.sent": "Final answer sent and entered in the register.",
  "inbox.complaints.final.bodyNeeded": "Write the answer to the client.",
  "inbox.complaints.final.mediatorMissing":
    'This answer rejects the complaint, at least in part: it must give the remedies and the mediator\'s contact details as configured. Use the "Insert the remedies and the mediator" button.',
  "inbox.complaints.final.outcomeNeeded": "Choose the outcome: upheld, partly upheld or rejected.",
  "inbox.complaints.final.levelNeeded": "Choose the level that answers.",
  "inbox.complaints.final.compensationFormat": "Write an amount in euros, for example 25 or 25.50.",
  "inbox.complaints.final.registerText": "Fill in this field of the register (120 characters at most).",

  "inbox.complaints.outcome.upheld": "upheld",
  "inbox.complaints.outcome.partly_upheld": "partly upheld",
  "inbox.complaints.outcome.rejected": "rejected",
  "inbox.complaints.level.advisor": "advisor",
  "inbox.complaints.level.complaints_department": "complaints department",
  "inbox.complaints.level.mediator": "mediator",
  "inbox.complaints.status.open": "open",
  "inbox.complaints.status.late": "late",
  "inbox.complaints.status.answered": "answered",

  "inbox.complaints.field.reference": "Reference",
  "inbox.complaints.field.receivedAt": "Received at",
  "inbox.complaints.field.receivedOn": "Received on",
  "inbox.complaints.field.channel": "Channel",
  "inbox.complaints.field.sourceLink": "Link to the source",
  "inbox.complaints.field.product": "Product",
  "inbox.complaints.field.category": "Category",
  "inbox.complaints.field.rootCause": "Root cause",
  "inbox.complaints.field.level": "Level",
  "inbox.complaints.field.paymentService": "Payment service",
  "inbox.complaints.field.acknowledgeBy": "Acknowledgement due",
  "inbox.complaints.field.acknowledgedAt": "Acknowledged on",
  "inbox.complaints.field.holdingReplyAt": "Holding reply on",
  "inbox.complaints.field.answerBy": "Answer due",
  "inbox.complaints.field.answeredAt": "Answered on",
  "inbox.complaints.field.outcome": "Outcome",
  "inbox.complaints.field.compensation": "Compensation (euros)",

  "inbox.complaints.register.title": "Register of complaints",
  "inbox.complaints.register.intro":
    "Every confirmed complaint is entered here, with its legal clocks. The register is never deleted; it is kept for the retention of the register of processing.",
  "inbox.complaints.register.summary":
    "Complaints and their legal clocks, the export for the annual return, the summary by product and root cause.",
  "inbox.complaints.register.year": "Year",
  "inbox.complaints.register.status": "Status",
  "inbox.complaints.register.every": "All",
  "inbox.complaints.register.filter": "Filter",
  "inbox.complaints.register.export": "Export as CSV (annual return)",
  "inbox.complaints.register.none": "No complaint matches.",
  "inbox.complaints.summary.title": "{year} by product and root cause",
  "inbox.complaints.summary.received": "Received",
  "inbox.complaints.summary.answered": "Answered",
  "inbox.complaints.summary.inTime": "In time",
  "inbox.complaints.summary.median": "Median time to answer",
  "inbox.complaints.summary.days": "{count, plural, one {# day} other {# days}}",
  "inbox.complaints.summary.notYet": "not given",
  "inbox.complaints.labels.title": "Errors of the automatic labels",
  "inbox.complaints.labels.intro":
    "Measured on the labels advisors confirmed or corrected: a false negative is a complaint the classifier missed.",
  "inbox.complaints.labels.reviewed": "Conversations reviewed",
  "inbox.complaints.labels.complaintFalsePositives": "Wrongly flagged as complaints (false positives)",
  "inbox.complaints.labels.complaintFalseNegatives": "Complaints missed (false negatives)",
  "inbox.complaints.labels.paymentFalsePositives": "Wrongly flagged as payment services",
  "inbox.complaints.labels.paymentFalseNegatives": "Payment services missed",
};
