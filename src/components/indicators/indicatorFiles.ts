/**
 * The /indicators page's build-time files (indicatorPageData.ts): the head, and one file per
 * picker group (GROUP_KEYS), fetched when the page first shows an indicator of that group.
 * Framework needs each file named literally to build it.
 */
import { FileAttachment } from "observablehq:stdlib";
import type { IndicatorPageHead, IndicatorGroupFile } from "./indicatorPageData.js";

export const headFile = FileAttachment("../../data/indicator-page.json");

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

export async function pageHead(): Promise<IndicatorPageHead> {
  return (await headFile.json()) as IndicatorPageHead;
}
