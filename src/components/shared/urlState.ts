/**
 * Every selection lives in the URL, so a copied link reopens the same view and Back works.
 *
 *   const year = view(bindUrl(Inputs.select(years, {value: 2019}), "year", {parse: Number}));
 *
 * `bindUrl` sets the input from the URL on load, writes each change with history.pushState,
 * and on Back/Forward (popstate) sets the input from the URL again and re-dispatches `input`,
 * so the page's reactive cells re-run.
 */
export interface BindOptions<T> {
  parse?: (raw: string) => T;
  format?: (value: T) => string;
  /** replaceState instead of pushState (for text fields typed letter by letter). */
  replace?: boolean;
}

export function getParam(name: string, search: string = location.search): string | null {
  return new URLSearchParams(search).get(name);
}

export function setParams(params: Record<string, string | null>, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(location.href);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === "") url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  if (url.href === location.href) return;
  if (replace) history.replaceState(history.state, "", url);
  else history.pushState(history.state, "", url);
}

type ValueInput<T> = HTMLElement & { value: T };

export function bindUrl<T, I extends ValueInput<T>>(input: I, name: string, options: BindOptions<T> = {}): I {
  const parse = options.parse ?? ((raw: string) => raw as unknown as T);
  const format = options.format ?? ((v: T) => (Array.isArray(v) ? v.join(",") : String(v ?? "")));
  const initial = input.value;
  const fromUrl = () => {
    const raw = getParam(name);
    if (raw === null) return initial;
    try {
      const v = parse(raw);
      return v === undefined || (typeof v === "number" && Number.isNaN(v)) ? initial : v;
    } catch {
      return initial;
    }
  };
  const start = fromUrl();
  if (start !== initial) input.value = start;
  let syncing = false;
  input.addEventListener("input", () => {
    if (syncing) return;
    const v = input.value;
    setParams({ [name]: format(v) === format(initial) && getParam(name) === null ? null : format(v) }, { replace: options.replace });
  });
  window.addEventListener("popstate", () => {
    const v = fromUrl();
    if (format(v) === format(input.value)) return;
    syncing = true;
    input.value = v;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    syncing = false;
  });
  return input;
}

/** A comma-separated list parameter ("p=lao-cai,dak-lak"). */
export const listParam = {
  parse: (raw: string) =>
    raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  format: (v: string[]) => v.join(","),
};

/**
 * Binds an input whose value is an object of strings (e.g. an Inputs.form of text fields) to one
 * URL parameter per field.
 */
export function bindUrlFields<I extends HTMLElement & { value: Record<string, string> }>(
  input: I,
  names: string[],
  { replace = true }: { replace?: boolean } = {},
): I {
  const fromUrl = () => {
    const v = { ...input.value };
    for (const n of names) {
      const raw = getParam(n);
      if (raw !== null) v[n] = raw;
    }
    return v;
  };
  const start = fromUrl();
  if (names.some((n) => start[n] !== input.value[n])) input.value = start;
  let syncing = false;
  input.addEventListener("input", () => {
    if (syncing) return;
    setParams(Object.fromEntries(names.map((n) => [n, input.value[n] ?? null])), { replace });
  });
  window.addEventListener("popstate", () => {
    const v = fromUrl();
    if (names.every((n) => v[n] === input.value[n])) return;
    syncing = true;
    input.value = v;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    syncing = false;
  });
  return input;
}
