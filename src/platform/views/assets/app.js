// Confiance's only hand-written script: small enhancements on top of pages that already work
// without it (htmx does the rest). Loaded with `defer`, same origin only (strict CSP).

/** New replies appear on an open topic's last page, as they are posted (Server-Sent Events). */
function followLiveReplies() {
  const list = document.querySelector("#replies-list[data-live-topic]");
  if (!list || !("EventSource" in window)) return;
  const announcer = document.getElementById("live-announcer");
  const source = new EventSource(`/t/${list.dataset.liveTopic}/direct`);
  source.addEventListener("reply", async (event) => {
    const { postId, position } = JSON.parse(event.data);
    if (document.getElementById(`message-${position}`)) return;
    const response = await fetch(`/messages/${postId}/fragment`, { headers: { "HX-Request": "true" } });
    if (!response.ok || document.getElementById(`message-${position}`)) return;
    list.insertAdjacentHTML("beforeend", await response.text());
    const added = document.getElementById(`message-${position}`);
    if (added && window.htmx) window.htmx.process(added);
    if (announcer) announcer.textContent = announcer.dataset.newReply ?? "";
  });
  window.addEventListener("pagehide", () => source.close());
}

/**
 * @mention suggestions in reply boxes: typing "@cla" lists matching members in a listbox;
 * arrows move, Enter or Tab inserts "@claire-martin-12 ", Escape closes.
 */
function suggestMentions() {
  const label = document.body.dataset.mentionLabel;
  if (!label) return;
  let box;
  let options = [];
  let active = -1;
  let timer;

  const close = (textarea) => {
    box?.remove();
    box = undefined;
    options = [];
    active = -1;
    textarea.removeAttribute("aria-controls");
    textarea.removeAttribute("aria-activedescendant");
  };

  const partial = (textarea) => {
    const before = textarea.value.slice(0, textarea.selectionStart);
    return /(^|\s)@([\p{L}\p{N}._-]{2,30})$/u.exec(before)?.[2];
  };

  const choose = (textarea, handle) => {
    const caret = textarea.selectionStart;
    const before = textarea.value.slice(0, caret).replace(/@[\p{L}\p{N}._-]*$/u, `@${handle} `);
    textarea.value = before + textarea.value.slice(caret);
    textarea.setSelectionRange(before.length, before.length);
    close(textarea);
    textarea.focus();
  };

  const highlight = (textarea, index) => {
    active = index;
    for (const [i, option] of options.entries()) option.setAttribute("aria-selected", String(i === index));
    if (options[index]) textarea.setAttribute("aria-activedescendant", options[index].id);
  };

  const show = (textarea, people) => {
    close(textarea);
    if (people.length === 0) return;
    box = document.createElement("ul");
    box.id = `${textarea.id}-mentions`;
    box.className = "mention-list";
    box.setAttribute("role", "listbox");
    box.setAttribute("aria-label", label);
    options = people.map((person, i) => {
      const option = document.createElement("li");
      option.id = `${box.id}-${i}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = `${person.displayName} — @${person.handle}`;
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(textarea, person.handle);
      });
      option.dataset.handle = person.handle;
      return option;
    });
    box.append(...options);
    textarea.after(box);
    textarea.setAttribute("aria-controls", box.id);
  };

  for (const textarea of document.querySelectorAll("textarea[name=body]:not([data-mentions])")) {
    textarea.dataset.mentions = "on";
    // A textarea keeps its own role (ARIA in HTML allows no other); these two attributes are
    // allowed on it and tell assistive technology about the list and the highlighted member.
    textarea.setAttribute("aria-autocomplete", "list");
    textarea.addEventListener("input", () => {
      clearTimeout(timer);
      const start = partial(textarea);
      if (!start) return close(textarea);
      timer = setTimeout(async () => {
        const response = await fetch(`/membres/suggestions?q=${encodeURIComponent(start)}`, {
          headers: { accept: "application/json" },
        });
        if (response.ok && !response.redirected) show(textarea, await response.json());
      }, 250);
    });
    textarea.addEventListener("keydown", (event) => {
      if (!box) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight(textarea, (active + step + options.length) % options.length);
      } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
        event.preventDefault();
        choose(textarea, options[active].dataset.handle);
      } else if (event.key === "Escape") {
        close(textarea);
      }
    });
    textarea.addEventListener("blur", () => close(textarea));
  }
}

/**
 * While a member writes, say what would be masked before it is published (personal data),
 * asking the server's own check (POST /api/v1/text/check). The same list appears without
 * script when the form is sent; this only says it earlier.
 */
function warnBeforeMasking() {
  const heading = document.body.dataset.maskingTitle;
  if (!heading) return;
  for (const textarea of document.querySelectorAll("textarea[name=body]:not([data-masking])")) {
    textarea.dataset.masking = "on";
    const form = textarea.form;
    const token = form?.querySelector("input[name=_csrf]")?.value;
    if (!token) continue;
    const live = document.createElement("div");
    live.className = "masking-live";
    live.setAttribute("aria-live", "polite");
    textarea.after(live);
    let timer;
    let asked = 0;
    textarea.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const turn = ++asked;
        const response = await fetch("/api/v1/text/check", {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": token },
          body: JSON.stringify({ text: textarea.value.slice(0, 20000) }),
        });
        if (!response.ok || turn !== asked) return;
        const { findings } = await response.json();
        live.replaceChildren();
        if (findings.length === 0) return;
        const counts = new Map();
        for (const finding of findings) counts.set(finding.label, (counts.get(finding.label) ?? 0) + 1);
        const title = document.createElement("p");
        title.className = "notice__title";
        title.textContent = heading;
        const list = document.createElement("ul");
        for (const [label, count] of counts) {
          const item = document.createElement("li");
          item.textContent = `${label} (${count})`;
          list.append(item);
        }
        const box = document.createElement("div");
        box.className = "notice notice--info";
        box.append(title, list);
        live.append(box);
      }, 600);
    });
  }
}

/**
 * The cookie banner as a dialog: it takes the focus when it opens, Escape refuses (closing means
 * refusing), and a choice made here keeps the page as it is (anything typed stays). Without
 * script the same form posts and comes back.
 */
function cookieBanner() {
  const banner = document.querySelector("[data-cookie-banner]");
  const form = banner?.querySelector("form");
  if (!banner || !form) return;
  const choose = async (value) => {
    const body = new URLSearchParams(new FormData(form));
    body.set("choice", value);
    const response = await fetch(form.action, {
      method: "POST",
      body,
      headers: { "HX-Request": "true" },
    }).catch(() => undefined);
    if (!response?.ok) {
      const input = Object.assign(document.createElement("input"), { type: "hidden", name: "choice", value });
      form.append(input);
      form.submit();
      return;
    }
    banner.remove();
    if (value === "none") delete document.body.dataset.audience;
    // The page's security policy was written before the choice: videos appear from a fresh load.
    if (value === "all" && document.querySelector("[data-video-link]")) {
      window.location.reload();
      return;
    }
    document.getElementById("main")?.focus();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    choose(event.submitter?.value ?? "none");
  });
  banner.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    choose("none");
  });
  document.getElementById("cookie-banner-title")?.focus();
}

const VIDEO_PLAYERS = [
  [
    /^https:\/\/(?:www\.)?youtube\.com\/watch\?(?:[^#]*&)?v=([\w-]{11})/,
    (id) => `https://www.youtube-nocookie.com/embed/${id}`,
  ],
  [/^https:\/\/youtu\.be\/([\w-]{11})/, (id) => `https://www.youtube-nocookie.com/embed/${id}`],
  [
    /^https:\/\/(?:www\.)?vimeo\.com\/(\d{1,12})(?:$|[/?#])/,
    (id) => `https://player.vimeo.com/video/${id}?dnt=1`,
  ],
];

/**
 * A YouTube or Vimeo link alone on its line in a post or article becomes the video's player, but
 * only for a visitor who allowed videos; for the others it stays a link, with a word on how to
 * see it here. Nothing from those sites loads before that choice (the page's policy forbids it).
 */
function showVideos() {
  const allowed = document.body.dataset.videos === "1";
  const hint = document.body.dataset.videoHint;
  for (const link of document.querySelectorAll(".post__body a[href], .article__body a[href]")) {
    const line = link.parentElement;
    if (line?.tagName !== "P" || line.textContent.trim() !== link.textContent.trim()) continue;
    const player = VIDEO_PLAYERS.map(([pattern, url]) => {
      const match = pattern.exec(link.href);
      return match ? url(match[1]) : undefined;
    }).find(Boolean);
    if (!player || line.dataset.videoLink !== undefined) continue;
    line.dataset.videoLink = "";
    if (allowed) {
      const frame = Object.assign(document.createElement("iframe"), {
        src: player,
        title: `${document.body.dataset.videoTitle ?? ""} ${link.textContent.trim()}`.trim(),
        loading: "lazy",
        allowFullscreen: true,
        referrerPolicy: "strict-origin-when-cross-origin",
      });
      frame.className = "video-player";
      line.after(frame);
    } else if (hint) {
      const note = document.createElement("p");
      note.className = "video-hint";
      note.append(Object.assign(document.createElement("a"), { href: "/cookies", textContent: hint }));
      line.after(note);
    }
  }
}

/**
 * The built-in audience measurement (consent-exempt: this site only, no cross-site identifier):
 * one beacon per page with its path and the site the visitor came from. None after an objection.
 */
function countVisit() {
  if (document.body.dataset.audience !== "1" || !navigator.sendBeacon) return;
  navigator.sendBeacon("/mesure", JSON.stringify({ p: location.pathname, r: document.referrer }));
}

/**
 * The inbox's conversation page: its keyboard shortcuts (listed on the page), a canned reply
 * inserted at the cursor without a round trip (the "insert" button re-renders the page without
 * script), and telling colleagues this advisor is writing a reply (at most twice a minute).
 */
function workConversation() {
  if (!document.querySelector("[data-inbox-conversation]")) return;
  const composer = document.getElementById("composer-body");
  const submit = (id) => document.getElementById(id)?.requestSubmit();
  const keys = {
    r: () => composer?.focus(),
    n: () => document.getElementById("note-body")?.focus(),
    a: () => submit("inbox-assign-me"),
    e: () => submit("inbox-resolve"),
    s: () => document.getElementById("snooze-until")?.focus(),
  };
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.target.closest?.("input, textarea, select, button, [contenteditable]")) return;
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  if (!composer) return;
  const token = composer.form?.querySelector("input[name=_csrf]")?.value;
  let reported = -Infinity;
  const writing = () => {
    if (!token || performance.now() - reported < 30_000) return;
    reported = performance.now();
    fetch(composer.dataset.composingUrl, { method: "POST", headers: { "x-csrf-token": token } });
  };
  composer.addEventListener("input", writing);
  const canned = document.getElementById("composer-canned");
  composer.form?.addEventListener("submit", (event) => {
    const text = canned?.selectedOptions[0]?.dataset.text;
    if (event.submitter?.value !== "insert" || !text) return;
    event.preventDefault();
    const start = composer.selectionStart ?? composer.value.length;
    const before = composer.value.slice(0, start).trimEnd();
    composer.setRangeText(
      before ? `\n\n${text}` : text,
      before.length,
      composer.selectionEnd ?? start,
      "end",
    );
    composer.focus();
    writing();
  });
}

function start() {
  cookieBanner();
  showVideos();
  countVisit();
  followLiveReplies();
  suggestMentions();
  warnBeforeMasking();
  workConversation();
}

// One's own reply can arrive twice: live, then as the answer to the post. Keep the latter.
document.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.target?.id !== "replies-list") return;
  for (const [, id] of event.detail.serverResponse.matchAll(/<article id="(message-\d+)"/g))
    document.getElementById(id)?.remove();
});

// htmx swaps in a fresh reply box after a reply: give it the same help.
document.addEventListener("htmx:afterSettle", () => {
  suggestMentions();
  warnBeforeMasking();
});
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
