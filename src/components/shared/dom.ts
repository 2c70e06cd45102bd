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
