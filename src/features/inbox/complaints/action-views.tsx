import { isoDay } from "../../../calendar/index.ts";
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  PostForm,
  Select,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { conversationPath } from "../notes.ts";
import { COMPLAINT_LEVELS, COMPLAINT_OUTCOMES } from "../schema.ts";
import { type FinalAnswerForm, REGISTER_FIELDS, REGISTER_TEXT_MAX } from "./final-answer.ts";
import { HOLDING_REASONS_MAX } from "./holding-reply.ts";
import { ComplaintPanel, type ComplaintPanelData } from "./panel.tsx";
import { complaintPath, finalAnswerPath, holdingReplyPath } from "./paths.ts";
import { complaintReference, registerDay } from "./receipt.ts";

/** A complaint on its own page: the panel, until it sits in the conversation page. */
export function ComplaintPage({ v, data }: { v: ViewContext; data: ComplaintPanelData }) {
  const title = v.i18n.t("inbox.complaints.panel.title", { reference: complaintReference(data.entry) });
  return (
    <Layout v={v} title={title} narrow>
      <ComplaintPanel v={v} data={data} returnTo={complaintPath(data.conversationId)} />
      <p>
        <a href={conversationPath(data.conversationId)}>{v.i18n.t("inbox.complaints.conversation")}</a>
      </p>
    </Layout>
  );
}

/** The holding reply of a payment-service complaint: its reasons, and the date it promises. */
export function HoldingReplyPage(props: {
  v: ViewContext;
  data: ComplaintPanelData;
  reasons: string;
  errors?: FieldErrors | undefined;
}) {
  const { v, data, reasons, errors } = props;
  const { t } = v.i18n;
  const title = t("inbox.complaints.holding.title", { reference: complaintReference(data.entry) });
  return (
    <Layout v={v} title={title} narrow>
      <h1>{title}</h1>
      <p>
        {t("inbox.complaints.holding.intro", {
          until: registerDay(v.i18n, data.entry.answerBy),
          finalBy: registerDay(v.i18n, isoDay(data.standing.clocks.paymentFinalAnswerBy)),
        })}
      </p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={holdingReplyPath(data.conversationId)}>
        <TextArea
          v={v}
          name="reasons"
          label={t("inbox.complaints.holding.reasons")}
          hint={t("inbox.complaints.holding.reasonsHint")}
          value={reasons}
          errors={errors}
          required
          maxLength={HOLDING_REASONS_MAX}
        />
        <button type="submit">{t("inbox.complaints.holding.send")}</button>
      </PostForm>
      <p>
        <a href={conversationPath(data.conversationId)}>{t("inbox.complaints.conversation")}</a>
      </p>
    </Layout>
  );
}

/**
 * The final answer: its text (the remedies and the mediator's details prefilled, and a button
 * that puts them back), the outcome and what the register records with it.
 */
export function FinalAnswerPage(props: {
  v: ViewContext;
  data: ComplaintPanelData;
  form: FinalAnswerForm;
  errors?: FieldErrors | undefined;
}) {
  const { v, data, form, errors } = props;
  const { t } = v.i18n;
  const title = t("inbox.complaints.final.title", { reference: complaintReference(data.entry) });
  const options = <T extends string>(values: readonly T[], label: (value: T) => string) => [
    { value: "", label: t("inbox.complaints.final.choose") },
    ...values.map((value) => ({ value, label: label(value) })),
  ];
  return (
    <Layout v={v} title={title}>
      <h1>{title}</h1>
      <ComplaintPanel v={v} data={data} returnTo={finalAnswerPath(data.conversationId)} />
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={finalAnswerPath(data.conversationId)}>
        <Select
          v={v}
          name="outcome"
          label={t("inbox.complaints.final.outcome")}
          options={options(COMPLAINT_OUTCOMES, (o) => t(`inbox.complaints.outcome.${o}`))}
          value={form.outcome}
          errors={errors}
        />
        <TextArea
          v={v}
          name="body"
          label={t("inbox.complaints.final.body")}
          hint={t("inbox.complaints.final.bodyHint")}
          value={form.body}
          errors={errors}
          required
        />
        <p>
          <button type="submit" name="inserer" value="mediateur" class="button--secondary">
            {t("inbox.complaints.final.insertMediator")}
          </button>
        </p>
        <Field
          v={v}
          name="compensation"
          label={t("inbox.complaints.final.compensation")}
          hint={t("inbox.complaints.final.compensationHint")}
          value={form.compensation}
          errors={errors}
          inputMode="text"
        />
        {REGISTER_FIELDS.map((name) => (
          <Field
            key={name}
            v={v}
            name={name}
            label={t(`inbox.complaints.field.${name}`)}
            hint={t(`inbox.complaints.final.${name}Hint`)}
            value={form[name]}
            errors={errors}
            required
            maxLength={REGISTER_TEXT_MAX}
          />
        ))}
        <Select
          v={v}
          name="level"
          label={t("inbox.complaints.field.level")}
          options={COMPLAINT_LEVELS.map((l) => ({ value: l, label: t(`inbox.complaints.level.${l}`) }))}
          value={form.level}
          errors={errors}
        />
        <button type="submit">{t("inbox.complaints.final.send")}</button>
      </PostForm>
    </Layout>
  );
}
