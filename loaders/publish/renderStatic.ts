import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";

/**
 * Runs page code that builds DOM nodes (charts through Plot, cards, tables) in Node, against a
 * document of its own, and returns the nodes' HTML: a page's first view, written into the page
 * at build so that it shows before any script has run. The page's scripts replace it with the
 * live view. Nothing is fetched; the globals the page code expects are set for the call only.
 *
 * What the page code hides (`hidden`: a chart's table view) is written empty: before the page's
 * scripts run nothing can show it (the button that does is the live page's), and the live view
 * writes it again. It was a fifth of the overview's first view.
 */
/** A DOM node as page code returns it (the Node library is typed without the DOM). */
export interface StaticNode {
  outerHTML?: string;
}

/** The part of an element renderStatic edits (the Node library is typed without the DOM). */
interface StaticElement {
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): Iterable<StaticElement>;
  replaceChildren(): void;
}

export async function renderStatic(build: () => StaticNode[] | Promise<StaticNode[]>): Promise<string> {
  const { window, document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const names = ["window", "document", "Node", "Element", "HTMLElement", "SVGElement", "Text", "DocumentFragment"] as const;
  const g = globalThis as Record<string, unknown>;
  const saved = names.map((n) => [n, g[n]] as const);
  const w = window as unknown as Record<string, unknown>;
  for (const n of names) g[n] = n === "window" ? window : n === "document" ? document : w[n];
  try {
    const nodes = await build();
    return roundGeometry(
      nodes
        .map((n) => {
          if (typeof n.outerHTML !== "string") throw new Error("renderStatic: the page code returned a node that is not an element");
          const element = n as StaticNode & StaticElement;
          for (const hidden of element.querySelectorAll("[hidden]")) hidden.replaceChildren();
          if (element.hasAttribute("hidden")) element.replaceChildren();
          return n.outerHTML;
        })
        .join(""),
    );
  } finally {
    for (const [n, v] of saved) g[n] = v;
  }
}

const GEOMETRY = /(\s(?:cx|cy|r|x|y|x1|x2|y1|y2|width|height|d|transform|points)=")([^"]*)"/g;
const LONG_DECIMAL = /-?\d*\.\d{3,}(?:e-?\d+)?/g;

/**
 * SVG geometry attributes (cx, d, transform…) with their numbers to two decimals: a hundredth of
 * a pixel is below what a screen shows, and Plot writes up to 16 digits (a first view of 63
 * provinces' lines weighs a third less). Text and other attributes are left as they are.
 */
export function roundGeometry(html: string): string {
  return html.replace(GEOMETRY, (_, name: string, value: string) => `${name}${value.replace(LONG_DECIMAL, (n) => String(Number(Number(n).toFixed(2))))}"`);
}

/**
 * HTML safe to paste into a Framework page's Markdown: no blank line (which would end the HTML
 * block) and no `${` (which would start an inline expression).
 */
export function markdownSafeHtml(html: string): string {
  return html.replace(/\n\s*\n/g, "\n").replaceAll("${", "&#36;{");
}

/** The line of a page's Markdown template where its first view goes. */
export const FIRST_VIEW_MARKER = "<!-- first view, written at build -->";

/**
 * A page's Markdown (for a Framework page loader): its template with the first view written in at
 * the marker, in `<div id="first-view">` (the page's live view removes it; style.css hides it
 * where it would show the wrong view).
 */
export function pageWithFirstView(template: URL, html: string, className = "first-view", { without = [] }: { without?: string[] } = {}): string {
  let text = readFileSync(template, "utf8");
  if (!text.includes(FIRST_VIEW_MARKER)) throw new Error(`${template.pathname}: no "${FIRST_VIEW_MARKER}" line`);
  for (const name of without) text = withoutBlock(text, name, template.pathname);
  return text.replace(FIRST_VIEW_MARKER, `<div id="first-view" class="${className}">${markdownSafeHtml(html)}</div>`);
}

/**
 * The page's text without its block `name`: from the line that opens `<!-- name` to the line
 * `<!-- /name -->`, both included (a part the page holds only in some builds). A block that is
 * not there is an error: the page and its loader disagree.
 */
export function withoutBlock(text: string, name: string, where = "page"): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`<!-- ${name}:`) || l === `<!-- ${name} -->`);
  const end = lines.indexOf(`<!-- /${name} -->`);
  if (start < 0 || end < start) throw new Error(`${where}: no block "<!-- ${name} … <!-- /${name} -->"`);
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join("\n");
}
