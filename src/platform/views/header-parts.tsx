import { LOCALES } from "../../config.ts";
import { LANGUAGE_NAMES } from "../i18n/index.ts";
import { PostForm } from "./components.tsx";
import type { ViewContext } from "./context.ts";

/** Pieces both headers show: the public site's and the staff workspace's. */

/** Signing out: a form, so that no link prefetch or crawler signs anyone out. */
export function SignOut({ v }: { v: ViewContext }) {
  return (
    <PostForm v={v} action="/deconnexion" class="inline-form">
      <button type="submit" class="link-button">
        {v.i18n.t("nav.signOut")}
      </button>
    </PostForm>
  );
}

/** French or English, for the page and the pages after it (a form: works without script). */
export function LanguageSwitcher({ v }: { v: ViewContext }) {
  const { t, locale } = v.i18n;
  return (
    <form method="post" action="/langue" class="language-switcher">
      <input type="hidden" name="next" value={v.currentUrl} />
      <fieldset class="language-switcher__choices">
        <legend>{t("footer.language")}</legend>
        {LOCALES.map((code) => (
          <button
            key={code}
            type="submit"
            name="locale"
            value={code}
            lang={code}
            aria-pressed={locale === code ? "true" : "false"}
          >
            {LANGUAGE_NAMES[code]}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
