/**
 * A chart's filled dots, drawn as one path per mark instead of a <circle> each: a first view
 * written at build holds every province's layer (the comparison page: some 900 circles, most of
 * them hidden), and the browser parses each before it can paint.
 *
 * A filled circle of radius r with a stroke of width w in the same colour covers a disc of
 * radius r + w/2; so does a zero-length segment stroked w + 2r wide with round caps. A dot mark
 * is drawn so only when that holds: its group's fill is its stroke (its own, or inherited from
 * the chart) with no opacity of either, and each of its children is a bare <circle> (cx, cy and
 * the same r, no tooltip). Any other mark — hollow dots, tooltips, varying radii — is left as
 * Plot drew it.
 */
const SVG_NS = "http://www.w3.org/2000/svg";
const CIRCLE_ATTRIBUTES = new Set(["cx", "cy", "r"]);
const OPACITIES = ["opacity", "fill-opacity", "stroke-opacity"];

/** The nearest value of an inherited presentation attribute, from the element up. */
function inherited(element: Element, name: string): string | null {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const value = e.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/** A mark whose dots can be one path: its segments and the stroke width that draws each disc; or null. */
function dotsAsSegments(group: Element): { d: string; strokeWidth: number } | null {
  const stroke = group.getAttribute("stroke");
  const width = Number(group.getAttribute("stroke-width"));
  if (!stroke || !(width >= 0) || inherited(group, "fill") !== stroke) return null;
  if (OPACITIES.some((name) => inherited(group, name) !== null)) return null;
  const circles = [...group.children];
  if (circles.length < 2) return null;
  const r = circles[0]!.getAttribute("r");
  const segments: string[] = [];
  for (const c of circles) {
    if (c.localName !== "circle" || c.children.length || c.getAttribute("r") !== r) return null;
    if ([...c.attributes].some((a) => !CIRCLE_ATTRIBUTES.has(a.name))) return null;
    const cx = c.getAttribute("cx");
    const cy = c.getAttribute("cy");
    if (cx === null || cy === null || !Number.isFinite(Number(cx)) || !Number.isFinite(Number(cy))) return null;
    segments.push(`M${cx},${cy}h0`);
  }
  return Number(r) > 0 ? { d: segments.join(""), strokeWidth: width + 2 * Number(r) } : null;
}

/** Every dot mark under `root` that can be drawn as one path, so drawn; returns how many. */
export function compactDots(root: Element): number {
  let compacted = 0;
  for (const group of root.querySelectorAll('g[aria-label="dot"]')) {
    const dots = dotsAsSegments(group);
    if (dots === null) continue;
    const path = group.ownerDocument.createElementNS(SVG_NS, "path");
    path.setAttribute("d", dots.d);
    group.replaceChildren(path);
    group.setAttribute("stroke-width", String(dots.strokeWidth));
    group.setAttribute("stroke-linecap", "round");
    compacted++;
  }
  return compacted;
}

/** The centres of a mark's dots, drawn either way: for tests and checks of a first view. */
export function dotCentres(group: Element): Array<[number, number]> {
  const circles = [...group.querySelectorAll("circle")].map((c) => [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))] as [number, number]);
  const paths = [...group.querySelectorAll("path")].flatMap((p) =>
    [...(p.getAttribute("d") ?? "").matchAll(/M(-?[\d.]+),(-?[\d.]+)h0/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]),
  );
  return [...circles, ...paths];
}
