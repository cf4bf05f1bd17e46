import type { MessageKey } from "../i18n/index.ts";
import type { ViewContext } from "./context.ts";
import { Layout } from "./layout.tsx";

const TITLES: Record<number, MessageKey> = {
  400: "error.400.title",
  401: "error.401.title",
  403: "error.403.title",
  404: "error.404.title",
  413: "error.413.title",
  414: "error.414.title",
  415: "error.415.title",
  429: "error.429.title",
  500: "error.500.title",
  503: "error.503.title",
};

export function errorTitleKey(status: number): MessageKey {
  return TITLES[status] ?? (status >= 500 ? "error.500.title" : "error.400.title");
}

export function ErrorPage(props: {
  v: ViewContext;
  status: number;
  messageKey: MessageKey;
  requestId: string;
}) {
  const { t } = props.v.i18n;
  return (
    <Layout v={props.v} title={t(errorTitleKey(props.status))} narrow>
      <h1>{t(errorTitleKey(props.status))}</h1>
      <p>{t(props.messageKey)}</p>
      {props.status === 401 && (
        <p>
          <a class="button" href="/connexion">
            {t("nav.signIn")}
          </a>
        </p>
      )}
      <p>
        <a href="/">{t("error.backHome")}</a>
      </p>
      {props.status >= 500 && (
        <p class="muted">
          {t("error.requestId")} <code>{props.requestId}</code>
        </p>
      )}
    </Layout>
  );
}
