import { foldText } from "../../text/foldText.ts";
import type { IndexId } from "../../model/model.ts";

/** The indices a text names: PAPI, PAR INDEX (Chỉ số cải cách hành chính), SIPAS (Chỉ số hài lòng). */
export function indicesOf(text: string): IndexId[] {
  const f = foldText(text);
  const out: IndexId[] = [];
  if (/\bpapi\b|hieu qua quan tri va hanh chinh cong/.test(f)) out.push("PAPI");
  if (/\bpar ?index\b|chi so cai cach hanh chinh|chi so cchc/.test(f)) out.push("PAR_INDEX");
  if (/\bsipas\b|chi so hai long/.test(f)) out.push("SIPAS");
  return out;
}
