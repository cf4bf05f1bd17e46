import type { ComponentChildren } from "preact";
import { isStaff } from "../auth/actor.ts";
import { assetUrl } from "../http/assets.ts";
import type { LayoutPlace, ViewContext } from "./context.ts";
import { LanguageSwitcher, SignOut } from "./header-parts.tsx";
import { ShortcutsDialog, StaffHeader } from "./staff-header.tsx";

interface LayoutProps {
  v: ViewContext;
  /** The page's own title; the bank's name is appended. */
  title: string;
  children: ComponentChildren;
  /** A narrow column for forms. */
  narrow?: boolean;
  description?: string | undefined;
  /** The one address of this content (without page-specific noise), for search engines and shares. */
  canonicalPath?: string;
  /** RSS and Atom feeds of what the page lists. */
  feeds?: { title: string; rss: string; atom: string };
  openGraphType?: "website" | "article";
  /** Features' pieces of the page (LayoutPart in context.ts) this page leaves out, by name. */
  without?: readonly string[];
}

/** The features' pieces for one place on the page, in the order the features added them. */
function Parts({ v, place, without }: { v: ViewContext; place: LayoutPlace; without: readonly string[] }) {
  return (
    <>
      {v.layoutParts
        .filter((part) => part.place === place && !without.includes(part.name))
        .map((part) => part.render(v))}
    </>
  );
}

function AccountMenu({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  if (!v.actor) {
    return (
      <ul class="account-menu">
        <li>
          <a href="/connexion">{t("nav.signIn")}</a>
        </li>
        <li>
          <a href="/inscription" class="button button--small">
            {t("nav.signUp")}
          </a>
        </li>
      </ul>
    );
  }
  return (
    <ul class="account-menu">
      {isStaff(v.actor) && (
        <li>
          <a href="/admin">{t("nav.staff")}</a>
        </li>
      )}
      <li>
        <a href="/notifications">
          {t("nav.notifications")}
          {v.unreadNotifications > 0 && (
            <>
              {" "}
              <span class="counter">{v.i18n.number(v.unreadNotifications)}</span>
              <span class="visually-hidden"> {t("nav.unread")}</span>
            </>
          )}
        </a>
      </li>
      <li>
        {/* The accessible name starts with the visible name (WCAG 2.5.3) and says where the link goes. */}
        <a href="/compte" aria-label={t("nav.accountOf", { name: v.actor.displayName })}>
          {v.actor.displayName}
        </a>
      </li>
      <li>
        <SignOut v={v} />
      </li>
    </ul>
  );
}

/**
 * htmx settings: no injected styles, no eval, no script from swapped HTML, same-origin only;
 * a rejected form (422) is swapped in like a page would be, so its messages show.
 */
const HTMX_CONFIG = {
  includeIndicatorStyles: false,
  allowEval: false,
  allowScriptTags: false,
  selfRequestsOnly: true,
  historyCacheSize: 0,
  responseHandling: [
    { code: "204", swap: false },
    { code: "[23]..", swap: true },
    { code: "422", swap: true },
    { code: "[45]..", swap: false, error: true },
  ],
};

export function Layout({
  v,
  title,
  children,
  narrow,
  description,
  canonicalPath,
  feeds,
  openGraphType = "website",
  without = [],
}: LayoutProps) {
  return (
    <html lang={v.i18n.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${v.bankName}`}</title>
        {description && <meta name="description" content={description} />}
        {canonicalPath && <link rel="canonical" href={new URL(canonicalPath, v.baseUrl).href} />}
        {canonicalPath && <meta property="og:url" content={new URL(canonicalPath, v.baseUrl).href} />}
        <meta property="og:site_name" content={v.bankName} />
        <meta property="og:title" content={title} />
        <meta property="og:type" content={openGraphType} />
        <meta property="og:locale" content={v.i18n.locale === "fr" ? "fr_FR" : "en_GB"} />
        {description && <meta property="og:description" content={description} />}
        {feeds && (
          <link rel="alternate" type="application/rss+xml" title={`${feeds.title} (RSS)`} href={feeds.rss} />
        )}
        {feeds && (
          <link
            rel="alternate"
            type="application/atom+xml"
            title={`${feeds.title} (Atom)`}
            href={feeds.atom}
          />
        )}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={assetUrl("app.css")} />
        {/* Progressive enhancement only: every page works without script. htmx is told not to
            inject styles or evaluate code, so the strict Content-Security-Policy holds. */}
        <meta name="htmx-config" content={JSON.stringify(HTMX_CONFIG)} />
        <script src={assetUrl("htmx.min.js")} defer />
        <script src={assetUrl("app.js")} defer />
        {v.staff && <script src={assetUrl("staff.js")} defer />}
        <link rel="icon" href={assetUrl("logo.svg")} type="image/svg+xml" />
      </head>
      {v.staff ? (
        <StaffBody v={v} narrow={narrow} without={without}>
          {children}
        </StaffBody>
      ) : (
        <PublicBody v={v} narrow={narrow} without={without}>
          {children}
        </PublicBody>
      )}
    </html>
  );
}

interface BodyProps {
  v: ViewContext;
  narrow: boolean | undefined;
  without: readonly string[];
  children: ComponentChildren;
}

/** What every page's body carries for the script (labels, the cookie choice). */
function bodyData(v: ViewContext) {
  const { t } = v.i18n;
  return {
    "data-mention-label": v.actor ? t("community.mention.label") : undefined,
    "data-masking-title": v.actor ? t("personalData.notice.title") : undefined,
    "data-audience": v.cookies.audience ? "1" : undefined,
    "data-videos": v.cookies.videos ? "1" : undefined,
    "data-video-title": t("cookies.video.frameTitle"),
    "data-video-hint": v.cookies.videos ? undefined : t("cookies.video.hint"),
  };
}

function Flash({ v }: { v: ViewContext }) {
  return v.flash ? (
    <div class="notice notice--success" role="status">
      {v.flash}
    </div>
  ) : null;
}

/**
 * The staff workspace: its own header (the areas the person may use, with what waits in each),
 * no public footer nor newsletter sign-up, denser type, and the keyboard shortcuts' list.
 */
function StaffBody({ v, narrow, without, children }: BodyProps) {
  return (
    <body {...bodyData(v)} class="staff">
      <a class="skip-link" href="#main">
        {v.i18n.t("nav.skipToContent")}
      </a>
      <Parts v={v} place="beforeHeader" without={without} />
      <StaffHeader v={v} />
      <main id="main" tabIndex={-1} class={narrow ? "page page--staff page--narrow" : "page page--staff"}>
        <Flash v={v} />
        {children}
      </main>
      <ShortcutsDialog v={v} />
    </body>
  );
}

function PublicBody({ v, narrow, without, children }: BodyProps) {
  const { t } = v.i18n;
  return (
    <body {...bodyData(v)}>
      <a class="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <Parts v={v} place="beforeHeader" without={without} />
      <header class="site-header">
        <div class="site-header__inner">
          <a href="/" class="brand">
            <img src={v.logoUrl ?? assetUrl("logo.svg")} alt="" width="32" height="32" />
            <span>{v.bankName}</span>
          </a>
          <nav aria-label={t("nav.main")} class="main-nav">
            <ul>
              <li>
                <a href="/" aria-current={v.currentUrl === "/" ? "page" : undefined}>
                  {t("nav.home")}
                </a>
              </li>
              <li>
                <a href="/actualites" aria-current={v.currentUrl === "/actualites" ? "page" : undefined}>
                  {t("nav.news")}
                </a>
              </li>
              <li>
                <a href="/avis" aria-current={v.currentUrl === "/avis" ? "page" : undefined}>
                  {t("nav.reviews")}
                </a>
              </li>
            </ul>
          </nav>
          <nav aria-label={t("nav.accountMenu")} class="account-nav">
            <AccountMenu v={v} />
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} class={narrow ? "page page--narrow" : "page"}>
        <Flash v={v} />
        {children}
      </main>
      <footer class="site-footer">
        <div class="site-footer__inner">
          <nav aria-label={t("footer.nav")}>
            <ul>
              <li>
                <a href="/contact">{t("footer.contact")}</a>
              </li>
              <li>
                <a href="/mentions-legales">{t("footer.legal")}</a>
              </li>
              <li>
                <a href="/confidentialite">{t("footer.privacy")}</a>
              </li>
              <li>
                <a href="/accessibilite">{t("footer.accessibility")}</a>
              </li>
              <li>
                <a href="/transparence">{t("footer.transparency")}</a>
              </li>
              <li>
                <a href="/mes-droits">{t("footer.rights")}</a>
              </li>
              <li>
                <a href="/cookies">{t("footer.cookies")}</a>
              </li>
            </ul>
          </nav>
          <Parts v={v} place="footer" without={without} />
          <LanguageSwitcher v={v} />
          <p class="site-footer__note">{t("footer.poweredBy")}</p>
        </div>
      </footer>
    </body>
  );
}
