import { assetUrl } from "../http/assets.ts";
import type { MessageKey } from "../i18n/index.ts";
import type { StaffAreaLink, ViewContext } from "./context.ts";
import { LanguageSwitcher, SignOut } from "./header-parts.tsx";

/** The area the page belongs to: the longest address the current one starts with. */
function currentArea(areas: readonly StaffAreaLink[], url: string): StaffAreaLink | undefined {
  const path = url.split("?")[0] ?? url;
  return areas
    .filter((area) => path === area.href || path.startsWith(`${area.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/** An area's count: the number, then its words for screen readers; kept in the page at 0 so the script can show it. */
function Waiting({ v, area }: { v: ViewContext; area: StaffAreaLink }) {
  const { t, number } = v.i18n;
  const waiting = area.waiting;
  if (!waiting) return null;
  return (
    <span class="staff-nav__waiting" data-live-count={area.live} hidden={waiting.count === 0}>
      {" "}
      <span class="counter">{number(waiting.count)}</span>
      <span class="visually-hidden"> {t(waiting.label)}</span>
      {waiting.urgent && waiting.urgent.count > 0 && (
        <span class="staff-nav__urgent"> {t(waiting.urgent.label, { count: waiting.urgent.count })}</span>
      )}
    </span>
  );
}

/**
 * The staff workspace's header: the workspace's home (the brand), the areas the person may use
 * with what waits in each, then their own links: the public site, their account, the language,
 * the keyboard shortcuts (shown by the script, which makes them work) and signing out.
 */
export function StaffHeader({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  const areas = v.staff?.areas ?? [];
  const current = currentArea(areas, v.currentUrl);
  const path = v.currentUrl.split("?")[0];
  return (
    <header class="staff-header">
      <div class="staff-header__inner">
        <a href="/admin" class="brand brand--staff" aria-current={path === "/admin" ? "page" : undefined}>
          <img src={v.logoUrl ?? assetUrl("logo.svg")} alt="" width="24" height="24" />
          <span>
            {v.bankName} <span class="brand__area">{t("nav.staff")}</span>
          </span>
        </a>
        <nav aria-label={t("staffNav.label")} class="staff-nav">
          <ul>
            {areas.map((area) => (
              <li key={area.href}>
                <a
                  href={area.href}
                  aria-current={area === current ? (path === area.href ? "page" : "true") : undefined}
                >
                  {t(area.title)}
                  <Waiting v={v} area={area} />
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t("nav.accountMenu")} class="staff-account">
          <ul class="account-menu">
            <li>
              <a href="/">{t("staffNav.publicSite")}</a>
            </li>
            {v.actor && (
              <li>
                <a href="/compte" aria-label={t("nav.accountOf", { name: v.actor.displayName })}>
                  {v.actor.displayName}
                </a>
              </li>
            )}
            <li hidden data-shortcuts-open>
              <button type="button" class="link-button" aria-haspopup="dialog" aria-controls="shortcuts">
                {t("staffNav.shortcuts")}
              </button>
            </li>
            <li>
              <LanguageSwitcher v={v} />
            </li>
            <li>
              <SignOut v={v} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** The keyboard shortcuts of the workspace (staff.js makes them work), and how to read them. */
const SHORTCUTS: readonly [keys: readonly string[], what: MessageKey][] = [
  [["?"], "shortcuts.help"],
  [["g", "i"], "shortcuts.inbox"],
  [["g", "h"], "shortcuts.home"],
  [["j"], "shortcuts.next"],
  [["k"], "shortcuts.previous"],
  [["Entrée"], "shortcuts.open"],
  [["/"], "shortcuts.search"],
  [["r"], "shortcuts.reply"],
  [["n"], "shortcuts.note"],
  [["a"], "shortcuts.assignMe"],
  [["e"], "shortcuts.resolve"],
  [["s"], "shortcuts.snooze"],
  [["Échap"], "shortcuts.close"],
];

const KEY_NAMES: Record<string, Record<"fr" | "en", string>> = {
  Entrée: { fr: "Entrée", en: "Enter" },
  Échap: { fr: "Échap", en: "Esc" },
};

/**
 * The list of shortcuts, as a dialog the `?` key (or the header's button) opens; without script
 * it is never shown, since nothing would make the keys work.
 */
export function ShortcutsDialog({ v }: { v: ViewContext }) {
  const { t, locale } = v.i18n;
  return (
    <dialog id="shortcuts" class="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t("shortcuts.title")}</h2>
      <dl class="shortcuts__list">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} class="shortcuts__item">
            <dt>
              {keys.map((key, i) => (
                <>
                  {i > 0 && ` ${t("shortcuts.then")} `}
                  <kbd>{KEY_NAMES[key]?.[locale] ?? key}</kbd>
                </>
              ))}
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit">{t("shortcuts.dismiss")}</button>
      </form>
    </dialog>
  );
}
