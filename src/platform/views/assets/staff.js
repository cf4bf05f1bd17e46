// The staff workspace's script, loaded on staff pages only: the inbox's live counts and list, and
// the keyboard shortcuts. Every page works without it (links and forms); this only saves steps.

/** The counts of the header's areas that have a live stream, and the inbox's list when shown. */
function followInbox() {
  const counters = document.querySelectorAll("[data-live-count]");
  const url = counters[0]?.dataset.liveCount;
  if (!url || !("EventSource" in window)) return;
  const numbers = new Intl.NumberFormat(document.documentElement.lang);
  const source = new EventSource(url);
  let refreshing;
  source.addEventListener("inbox", (event) => {
    const { unread } = JSON.parse(event.data);
    for (const counter of document.querySelectorAll(`[data-live-count="${url}"]`)) {
      counter.hidden = unread === 0;
      const number = counter.querySelector(".counter");
      if (number) number.textContent = numbers.format(unread);
    }
    if (!document.querySelector("[data-inbox-list]")) return;
    clearTimeout(refreshing);
    refreshing = setTimeout(refreshList, 150);
  });
  window.addEventListener("pagehide", () => source.close());
}

/** The list as the server shows it now, swapped in place; the chosen conversation stays chosen. */
async function refreshList() {
  const list = document.querySelector("[data-inbox-list]");
  const response = await fetch(location.href, { headers: { "HX-Request": "true" } });
  if (!list || !response.ok) return;
  const chosen = list.querySelector("[data-selected]")?.dataset.conversation;
  const hadFocus = list.contains(document.activeElement);
  const focusedRow = document.activeElement?.closest?.("[data-conversation]")?.dataset.conversation;
  const template = document.createElement("template");
  template.innerHTML = await response.text();
  const fresh = template.content.querySelector("[data-inbox-list]");
  if (!fresh) return;
  list.replaceWith(fresh);
  const again = (id) => id && fresh.querySelector(`[data-conversation="${id}"]`);
  const selected = again(chosen);
  if (selected) selected.dataset.selected = "";
  if (hadFocus) (again(focusedRow)?.querySelector("a") ?? fresh.querySelector("a"))?.focus();
  const announcer = document.getElementById("inbox-announcer");
  if (announcer) {
    announcer.textContent = "";
    setTimeout(() => {
      announcer.textContent = announcer.dataset.updated ?? "";
    }, 50);
  }
}

/** j and k move through a list's conversations (the focus goes to its link: Enter opens it). */
function move(step) {
  const rows = [...document.querySelectorAll("[data-inbox-list] [data-conversation]")];
  if (rows.length === 0) return;
  const current = rows.findIndex((row) => row.hasAttribute("data-selected"));
  const next = rows[current < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, current + step))];
  for (const row of rows) row.removeAttribute("data-selected");
  next.dataset.selected = "";
  next.querySelector("a")?.focus();
}

/** The workspace's keys, listed in the dialog `?` opens (the layout's ShortcutsDialog). */
function shortcuts() {
  const dialog = document.getElementById("shortcuts");
  const opener = document.querySelector("[data-shortcuts-open]");
  if (!dialog || typeof dialog.showModal !== "function") return;
  const show = () => {
    if (!dialog.open) dialog.showModal();
  };
  if (opener) {
    opener.hidden = false;
    opener.querySelector("button")?.addEventListener("click", show);
  }
  let after;
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || dialog.open) return;
    if (target.closest?.("input, textarea, select, [contenteditable]")) return;
    const key = event.key;
    if (after === "g") {
      after = undefined;
      const places = { i: "/admin/boite", h: "/admin" };
      if (places[key]) {
        event.preventDefault();
        location.assign(places[key]);
      }
      return;
    }
    if (key === "?") {
      event.preventDefault();
      show();
    } else if (key === "g") {
      after = "g";
      setTimeout(() => {
        after = undefined;
      }, 1500);
    } else if (key === "j" || key === "k") {
      event.preventDefault();
      move(key === "j" ? 1 : -1);
    } else if (key === "/") {
      const search = document.querySelector("main input[type=search]");
      if (search) {
        event.preventDefault();
        search.focus();
      }
    }
  });
}

function start() {
  followInbox();
  shortcuts();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
