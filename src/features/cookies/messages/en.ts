import type { fr } from "./fr.ts";

/** The cookie choice's messages, in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  "cookies.banner.title": "Your cookie choices",
  "cookies.banner.text":
    "This site uses cookies it cannot work without, and an anonymous audience measurement that never leaves our servers. With your consent, it also shows videos from YouTube and Vimeo, which then set their own cookies. You can change your mind at any time with the “Manage my cookies” link at the bottom of every page.",
  "cookies.banner.acceptAll": "Accept all",
  "cookies.banner.refuseAll": "Refuse all",
  "cookies.banner.customise": "Customise",
  "cookies.banner.close": "Continue without accepting",
  "cookies.page.title": "Manage my cookies",
  "cookies.page.intro":
    "Choose what you accept, purpose by purpose. Nothing is switched on without your consent, and refusing is as easy as accepting. Your choice is kept for {months} months, then we ask again.",
  "cookies.current":
    "You made your choice on {date}; we will ask again on {renewal}. Your consent number: {id}.",
  "cookies.current.none": "You have not chosen yet: nothing that needs your consent is switched on.",
  "cookies.purpose.video.title": "Videos from external platforms",
  "cookies.purpose.video.description":
    "Shows videos published on YouTube or Vimeo in the pages. The platform then receives your IP address and may set its cookies. Without your consent, the video stays a plain link.",
  "cookies.partners": "Companies involved:",
  "cookies.partnerPolicy": "its privacy policy",
  "cookies.audience.title": "Audience measurement (exempt from consent)",
  "cookies.audience.description":
    "We count page views and the sites visitors come from, with a random number that belongs to this site (cookie “cf_mesure”, 13 months at most, never extended). Nothing is shared or combined with other data, and the raw data is erased after 25 months. You can object to it.",
  "cookies.save": "Save my choices",
  "cookies.saved": "Your cookie choices are saved.",
  "cookies.inventory.title": "What this site keeps in your browser",
  "cookies.inventory.name": "Name",
  "cookies.inventory.purpose": "What it is for",
  "cookies.inventory.lifetime": "Lifetime",
  "cookies.inventory.kind": "Kind",
  "cookies.kind.essential": "Strictly necessary",
  "cookies.kind.exempt": "Exempt from consent",
  "cookies.kind.consent": "Needs your consent",
  "cookies.item.session": "Keeps you signed in.",
  "cookies.item.csrf": "Protects your forms against requests forged by other sites.",
  "cookies.item.flash": "Shows a confirmation on the next page.",
  "cookies.item.locale": "Remembers the language you chose.",
  "cookies.item.oidc": "Completes a sign-in through the bank's identity provider.",
  "cookies.item.choice": "Remembers your cookie choices.",
  "cookies.item.audience": "Counts visits anonymously, for this site only.",
  "cookies.item.history": "Lets the back button work after the page updates itself (tab storage).",
  "cookies.life.session": "Until you sign out (30 days at most)",
  "cookies.life.browser": "Until the browser closes",
  "cookies.life.minute": "1 minute",
  "cookies.life.year": "1 year",
  "cookies.life.tenMinutes": "10 minutes",
  "cookies.life.choice": "{months} months",
  "cookies.life.audience": "13 months at most, never extended",
  "cookies.life.tab": "Until the tab closes",
};
