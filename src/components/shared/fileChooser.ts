/**
 * A file input that speaks the page's language: the browser's own button says "Choose File" /
 * "No file chosen" in the browser's language whatever the page's. The real input stays (hidden
 * to the eye, reachable by keyboard and screen readers); the element's `value` is the chosen
 * File or null, and it sends `input` events, so a page can `view()` it.
 */
import { el } from "./dom.js";
import { t, type Text } from "./i18n.js";

let counter = 0;

export function fileChooser(o: { label: Text | string; accept?: string }): HTMLElement & { value: File | null } {
  const id = `file-chooser-${++counter}`;
  const input = el("input", { type: "file", id, class: "file-chooser-input" });
  if (o.accept) input.accept = o.accept;
  const none = t({ vi: "Chưa chọn tệp", en: "No file chosen" });
  const name = el("span", { class: "file-chooser-name", "aria-live": "polite" }, none);
  const box = el(
    "div",
    { class: "file-chooser" },
    el("label", { for: id, class: "file-chooser-label" }, t(o.label)),
    input,
    el("label", { for: id, class: "chart-button file-chooser-button", "aria-hidden": "true" }, t({ vi: "Chọn tệp…", en: "Choose a file…" })),
    name,
  ) as unknown as HTMLElement & { value: File | null };
  box.value = null;
  input.addEventListener("input", (event) => {
    event.stopPropagation();
    box.value = input.files?.[0] ?? null;
    name.textContent = box.value ? box.value.name : none;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
  return box;
}
