/** The notebook's buttons: a typed `<button>` with its test id and click handler. */
import { el } from "../shared/dom.js";

/** A `type="button"` button labelled `label`, with `data-testid` and a click handler. */
export function button(label: string, testid: string, onClick: () => void, className = "chart-button"): HTMLButtonElement {
  const b = el("button", className, label);
  b.type = "button";
  b.dataset.testid = testid;
  b.addEventListener("click", onClick);
  return b;
}
