import {
  Csrf,
  ErrorSummary,
  Field,
  type FieldErrors,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { renderMarkdown } from "../../../text/markdown.ts";
import { AccountNav } from "../../accounts/components.tsx";
import type { PublicProfile } from "../../accounts/model.ts";
import { Author } from "../../community/components.tsx";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, ATTACHMENTS_PER_MESSAGE } from "../attachments.ts";
import type { ReceiptLink } from "../complaints/acknowledgement.ts";
import { ReceiptLinks } from "../complaints/receipt-links.tsx";
import type { Conversation } from "../conversation-access.ts";
import {
  BODY_MAX,
  conversationPath,
  MY_MESSAGES,
  type OwnConversationSummary,
  type ReadableMessage,
  SUBJECT_MAX,
  statusForMember,
} from "./private-messages.ts";
import { ATTACHMENT_FIELD } from "./uploads.ts";

export const ownAttachmentPath = (id: number) => `${MY_MESSAGES}/pieces-jointes/${id}`;

/** "Mes messages": the member's conversations with the bank, newest first. */
export function MyMessagesPage(props: {
  v: ViewContext;
  conversations: OwnConversationSummary[];
  receipts: ReceiptLink[];
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.member.title")}>
      <h1>{t("inbox.member.title")}</h1>
      <AccountNav v={v} current={MY_MESSAGES} />
      <p>{t("inbox.member.intro")}</p>
      <p>
        <a class="button" href={`${MY_MESSAGES}/nouveau`}>
          {t("inbox.member.write")}
        </a>
      </p>
      {props.conversations.length === 0 ? (
        <p>{t("inbox.member.none")}</p>
      ) : (
        <ul class="card-list">
          {props.conversations.map((c) => (
            <li key={c.id} class="card">
              <h2>
                <a href={conversationPath(c.id)}>{c.subject}</a>
              </h2>
              <p>
                <strong>{t(`inbox.member.status.${statusForMember(c.status)}`)}</strong> ·{" "}
                {v.i18n.dateTime(c.lastMessageAt)}
                {c.unreadAnswers > 0 && (
                  <>
                    {" "}
                    <span class="badge">{t("inbox.member.unreadAnswers", { count: c.unreadAnswers })}</span>
                  </>
                )}
              </p>
              {c.lastExcerpt && (
                <p>
                  {c.lastFromBank ? t("inbox.member.lastFromBank") : t("inbox.member.lastFromYou")}{" "}
                  {c.lastExcerpt}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <ReceiptLinks v={v} receipts={props.receipts} />
    </Layout>
  );
}

/** Up to three files, each read by its bytes on the server; the hint says what is accepted. */
function AttachmentInputs({ v, errors }: { v: ViewContext; errors: FieldErrors | undefined }) {
  const { t } = v.i18n;
  const problem = errors?.attachments;
  const described = problem ? "field-attachments-hint field-attachments-error" : "field-attachments-hint";
  return (
    <fieldset class={problem ? "field field--error" : "field"} id="field-attachments">
      <legend>{t("inbox.member.attachments")}</legend>
      <p class="field__hint" id="field-attachments-hint">
        {t("inbox.member.attachmentsHint", {
          count: ATTACHMENTS_PER_MESSAGE,
          size: Math.round(ATTACHMENT_MAX_BYTES / 1024 / 1024),
        })}
      </p>
      {problem && (
        <p class="field__error" id="field-attachments-error">
          <span class="visually-hidden">{t("form.errorPrefix")} </span>
          {t(problem)}
        </p>
      )}
      {Array.from({ length: ATTACHMENTS_PER_MESSAGE }, (_, i) => (
        <p key={i}>
          <label for={`field-attachment-${i + 1}`}>{t("inbox.member.attachmentN", { n: i + 1 })}</label>{" "}
          <input
            id={`field-attachment-${i + 1}`}
            name={ATTACHMENT_FIELD}
            type="file"
            accept={ATTACHMENT_TYPES.join(",")}
            aria-describedby={described}
          />
        </p>
      ))}
    </fieldset>
  );
}

export interface NewMessageValues {
  subject: string;
  body: string;
}

export function NewMessagePage(props: { v: ViewContext; values: NewMessageValues; errors?: FieldErrors }) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("inbox.member.new.title")} narrow>
      <p>
        <a href={MY_MESSAGES}>{t("inbox.member.title")}</a>
      </p>
      <h1>{t("inbox.member.new.title")}</h1>
      <p>{t("inbox.member.new.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={`${MY_MESSAGES}/nouveau`} enctype="multipart/form-data" novalidate>
        <Csrf v={v} />
        <Field
          v={v}
          name="subject"
          label={t("inbox.member.field.subject")}
          value={values.subject}
          errors={errors}
          required
          maxLength={SUBJECT_MAX}
        />
        <TextArea
          v={v}
          name="body"
          label={t("inbox.member.field.body")}
          hint={t("inbox.member.field.bodyHint")}
          value={values.body}
          errors={errors}
          required
          maxLength={BODY_MAX}
          rows={10}
        />
        <AttachmentInputs v={v} errors={errors} />
        <button type="submit" class="button">
          {t("inbox.member.new.submit")}
        </button>
      </form>
    </Layout>
  );
}

function MessageFiles({ v, message }: { v: ViewContext; message: ReadableMessage }) {
  if (message.attachments.length === 0) return null;
  return (
    <ul aria-label={v.i18n.t("inbox.member.attachments")}>
      {message.attachments.map((file) => (
        <li key={file.id}>
          <a href={ownAttachmentPath(file.id)} download={file.filename}>
            {file.filename}
          </a>{" "}
          ({v.i18n.t("inbox.member.fileSize", { size: Math.max(1, Math.round(file.size / 1024)) })})
        </li>
      ))}
    </ul>
  );
}

export function ConversationPage(props: {
  v: ViewContext;
  conversation: Conversation;
  messages: ReadableMessage[];
  advisors: Map<number, PublicProfile>;
  /** The dated acknowledgement, when this conversation is a complaint the bank acknowledged. */
  receipts: ReceiptLink[];
  reply?: string;
  errors?: FieldErrors;
}) {
  const { v, conversation, errors } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={conversation.subject} narrow>
      <p>
        <a href={MY_MESSAGES}>{t("inbox.member.title")}</a>
      </p>
      <h1>{conversation.subject}</h1>
      <p>
        <strong>{t(`inbox.member.status.${statusForMember(conversation.status)}`)}</strong>
      </p>
      <ReceiptLinks v={v} receipts={props.receipts} />
      <ol class="card-list" aria-label={t("inbox.member.messages")}>
        {props.messages.map((message) => (
          <li key={message.id} class="post" id={`message-${message.id}`}>
            <p class="post__header">
              {message.fromBank ? (
                <Author v={v} author={props.advisors.get(message.authorId ?? 0) ?? null} />
              ) : (
                <span class="author">{t("inbox.member.you")}</span>
              )}
              <span>{v.i18n.dateTime(message.at)}</span>
            </p>
            {/* Rendered by the safe Markdown settings: no raw HTML, checked links. */}
            <div class="post__body" dangerouslySetInnerHTML={{ __html: renderMarkdown(message.body) }} />
            <MessageFiles v={v} message={message} />
          </li>
        ))}
      </ol>
      <h2 id="reply-title">{t("inbox.member.reply.title")}</h2>
      {conversation.status === "resolved" && <p>{t("inbox.member.reply.reopens")}</p>}
      <ErrorSummary v={v} errors={errors} />
      <form
        method="post"
        action={`${conversationPath(conversation.id)}/repondre`}
        enctype="multipart/form-data"
        novalidate
        aria-labelledby="reply-title"
      >
        <Csrf v={v} />
        <TextArea
          v={v}
          name="body"
          label={t("inbox.member.field.body")}
          value={props.reply}
          errors={errors}
          required
          maxLength={BODY_MAX}
          rows={6}
        />
        <AttachmentInputs v={v} errors={errors} />
        <button type="submit" class="button">
          {t("inbox.member.reply.submit")}
        </button>
      </form>
    </Layout>
  );
}
