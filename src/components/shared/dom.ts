/** The one DOM element helper of the site's components. */

/** Attributes of a new element, or just its class name. */
export type Attrs = Record<string, string> | string;

/**
 * A new element: `el("p", "note", "text")` or `el("a", { href, class: "x" }, child, "text")`.
 * Children that are strings become text (never HTML); null, undefined and false are skipped.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (typeof attrs === "string") {
    if (attrs) e.className = attrs;
  } else
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") e.className = v;
      else e.setAttribute(k, v);
    }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/**
 * Resolves once the browser has painted what is on the page now. A page's later sections await
 * it, so that its first chart is painted before they are drawn (Observable runs every ready cell
 * in one go otherwise, and the page shows nothing until all of them are done).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * What a page cell displays when it has nothing to show: an empty text node. Framework clears
 * what a cell showed only when the cell displays again, so a cell that shows something only
 * under a condition displays this otherwise (else its old output stays on the page).
 */
export function nothing(): Text {
  return document.createTextNode("");
}
