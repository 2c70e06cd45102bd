/**
 * The /indicators page's files per picker group (indicatorPageData.ts, GROUP_KEYS), each fetched
 * when the page first shows an indicator of that group (the head file is fetched by the page).
 * Framework needs each file named literally to build it.
 */
import { FileAttachment } from "observablehq:stdlib";
import type { IndicatorGroupFile } from "./indicatorPageData.js";

const GROUP_FILES: Record<string, ReturnType<typeof FileAttachment>> = {
  total: FileAttachment("../../data/indicator-page/total.json"),
  d1: FileAttachment("../../data/indicator-page/d1.json"),
  d2: FileAttachment("../../data/indicator-page/d2.json"),
  d3: FileAttachment("../../data/indicator-page/d3.json"),
  d4: FileAttachment("../../data/indicator-page/d4.json"),
  d5: FileAttachment("../../data/indicator-page/d5.json"),
  d6: FileAttachment("../../data/indicator-page/d6.json"),
  d7: FileAttachment("../../data/indicator-page/d7.json"),
  d8: FileAttachment("../../data/indicator-page/d8.json"),
  other: FileAttachment("../../data/indicator-page/other.json"),
};

const loaded = new Map<string, Promise<IndicatorGroupFile>>();

/** A group's file, fetched once. */
export function groupFile(key: string): Promise<IndicatorGroupFile> {
  const file = GROUP_FILES[key];
  if (!file) return Promise.resolve({});
  let p = loaded.get(key);
  if (!p) loaded.set(key, (p = file.json() as Promise<IndicatorGroupFile>));
  return p;
}
