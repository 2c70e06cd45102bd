import type { IssueRow } from "../../model/model.ts";
import type { PlanTaskRow } from "../../model/plans.ts";
import { agencyWords, leadingAgencies } from "../../model/agencies.ts";
import { foldText, stripMarkup } from "../../text/foldText.ts";
import type { PlanStructureContext } from "./planStructureContext.ts";
import { planOutline, type OutlineLine, type PartRole } from "./planOutline.ts";
import { agencyIds, asNamed, readAgencyList, type NamedAgency } from "./readAgencyList.ts";
import { inferredSection, papiPart, sectionOf, type TaskSection } from "./taskSections.ts";

/** A task while it is read: the row, its lines, and whether it named its own lead. */
interface OpenTask {
  row: PlanTaskRow;
  lines: [number, number];
  ownLead: boolean;
  lead: NamedAgency[];
}

interface TaskState {
  role: PartRole | null;
  part: string;
  top: TaskSection | null;
  section: TaskSection | null;
  /** A lettered sub-heading: a sub-dimension, or an agency that leads the items below it. */
  sub: { indicator_id: string | null; lead: NamedAgency[]; title: string; line: number } | null;
  /** "a) Nhiệm vụ, giải pháp" / "b) Trách nhiệm thực hiện" blocks (Cà Mau 126). */
  block: "tasks" | "responsibility" | null;
  tasks: OpenTask[];
  issues: IssueRow[];
}

const ASSIGNS = /:\s*phụ trách\s/iu;
type TextLine = Extract<OutlineLine, { kind: "item" | "paragraph" }>;
const COORDINATING =
  /phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+(.+?)(?=\s+(?:để|trong|nhằm|tham mưu|tăng cường|thực hiện|tổ chức|hướng dẫn|kiểm tra|tuyên truyền|triển khai|chỉ đạo|cùng cấp)\b|[;.:]|$)/u;

/** The agencies a task's text starts with (a bold lead-in, else the registry's names), and those the lead directs. */
function leadOf(ctx: PlanStructureContext, text: string, line: number, issues: IssueRow[]): { lead: NamedAgency[]; directed: NamedAgency[] } {
  const bold = /^\*\*(.+?)\*\*/.exec(text.trim());
  if (bold) {
    const read = readAgencyList(ctx, bold[1]!.replace(/\s+chỉ đạo\s+/u, "; "), line);
    if (read.agencies.some((a) => a.agency)) {
      issues.push(...read.issues);
      const directs = /chỉ đạo\s+(.+)$/u.exec(bold[1]!);
      const lead = directs ? read.agencies.filter((a) => !agencyWords(directs[1]!).join(" ").includes(agencyWords(a.as_written).join(" "))) : read.agencies;
      return { lead, directed: read.agencies.filter((a) => !lead.includes(a)) };
    }
  }
  const words = agencyWords(stripMarkup(text));
  const first = leadingAgencies(ctx.agencies, words);
  if (!first.agencies.length) return { lead: [], directed: [] };
  const rest = words.slice(first.taken);
  const directed = rest[0] === "chi" && rest[1] === "dao" ? leadingAgencies(ctx.agencies, rest.slice(2)).agencies : [];
  return { lead: asNamed(first.agencies), directed: asNamed(directed) };
}

function coordinatingOf(ctx: PlanStructureContext, text: string): NamedAgency[] {
  const m = COORDINATING.exec(stripMarkup(text));
  if (!m) return [];
  return asNamed(leadingAgencies(ctx.agencies, agencyWords(m[1]!)).agencies);
}

/** What a task's text names at its start: its lead and the agencies the lead directs, with the findings about them. */
type Leads = { lead: NamedAgency[]; directed: NamedAgency[]; issues: IssueRow[] };

function leadsOf(ctx: PlanStructureContext, o: TextLine): Leads {
  const issues: IssueRow[] = [];
  return { ...leadOf(ctx, o.text, o.line, issues), issues };
}

function openTask(ctx: PlanStructureContext, st: TaskState, o: TextLine, leads: Leads): void {
  const { line, text } = o;
  const s = st.section!;
  const { lead, directed } = leads;
  st.issues.push(...leads.issues);
  const marker = o.kind === "item" ? o.marker : "";
  // A "+" bullet continues the "-" item above it: it has that item's lead.
  const above = marker === "+" ? st.tasks.findLast((t) => t.lines[0] >= s.line && t.ownLead) : undefined;
  const lead2 = lead.length ? lead : above ? above.lead : st.sub?.lead.length ? st.sub.lead : s.lead;
  const dimension = s.indicator_id?.startsWith("papi.d") ? Number(s.indicator_id.slice(6, 7)) : null;
  const lead_in = /^([^:]{6,100}):\s/.exec(stripMarkup(text));
  const part = st.sub?.indicator_id ?? (lead_in ? papiPart(ctx, lead_in[1]!, dimension)?.id : null) ?? null;
  const coordinating = coordinatingOf(ctx, text);
  const row: PlanTaskRow = {
    plan_id: ctx.file,
    task_id: `${ctx.file}#t${st.tasks.length + 1}`,
    index: s.index,
    // A numbered item ("1.4." under "1.3. Sở Nội vụ:") is its own section; a plain "1." in a part is not.
    section: [st.part, marker.includes(".") && s.number && marker.split(".")[0] === s.number.split(".")[0] ? marker : s.number].filter(Boolean).join("."),
    section_title: [s.title, st.sub?.title].filter(Boolean).join(" — "),
    indicator_id: part ?? s.indicator_id,
    criterion: null,
    text: stripMarkup(text),
    lead_agencies: agencyIds(lead2),
    coordinating_agencies: agencyIds(coordinating.length ? coordinating : s.coordinating),
    directed_agencies: agencyIds(directed.length ? directed : s.directed),
    source_loc: `${ctx.file}:${line}`,
  };
  st.tasks.push({ row, lines: [line, line], ownLead: lead.length > 0, lead: lead2 });
}

/** "- Đơn vị chủ trì: Sở Nội vụ." / "- Đơn vị phối hợp: …": the block's tasks without a lead of their own get them. */
function readResponsibility(ctx: PlanStructureContext, st: TaskState, line: number, text: string): void {
  const m = /^Đơn vị (chủ trì|phối hợp)\s*:\s*(.+)$/iu.exec(stripMarkup(text));
  if (!m || !st.section) return;
  const read = readAgencyList(ctx, m[2]!.replace(/\.$/, ""), line);
  st.issues.push(...read.issues);
  const ids = agencyIds(read.agencies);
  const lead = foldText(m[1]!) === "chu tri";
  if (lead) st.section.lead = read.agencies;
  else st.section.coordinating = read.agencies;
  for (const t of st.tasks)
    if (t.row.section.endsWith(st.section.number) && t.lines[0] > st.section.line) {
      if (lead && !t.ownLead) t.row.lead_agencies = ids;
      if (!lead) t.row.coordinating_agencies = ids;
    }
}

function onHeading(ctx: PlanStructureContext, st: TaskState, o: Extract<OutlineLine, { kind: "heading" }>): void {
  const top = !o.number.includes(".");
  const section = sectionOf(ctx, o.number, o.title, o.line, top ? null : st.top);
  if (st.role === "organisation") section.indicator_id = null;
  if (top) st.top = section;
  st.section = section;
  st.sub = null;
  st.block = null;
  // A heading that is only agencies ("1.2. Sở Nội vụ:", "2. Công an tỉnh:") leads the items below it.
  const words = agencyWords(o.title);
  const named = leadingAgencies(ctx.agencies, words);
  if (named.agencies.length && named.taken >= words.length - 1) section.lead = asNamed(named.agencies);
}

function onSubheading(ctx: PlanStructureContext, st: TaskState, o: Extract<OutlineLine, { kind: "subheading" }>): void {
  const f = foldText(o.title);
  if (/^nhiem vu giai phap$/.test(f)) {
    if (st.block === "responsibility" && st.section) st.section = inferredSection(ctx, st.section, o.line, st.issues);
    st.block = "tasks";
    return;
  }
  if (/^trach nhiem thuc hien$/.test(f)) {
    st.block = "responsibility";
    return;
  }
  const s = st.section;
  const dimension = s?.indicator_id?.startsWith("papi.d") ? Number(s.indicator_id.slice(6, 7)) : null;
  const { lead } = leadOf(ctx, o.title, o.line, st.issues);
  st.sub = { indicator_id: papiPart(ctx, o.title, dimension)?.id ?? null, lead, title: lead.length ? "" : o.title, line: o.line };
}

/** Whether a line is read as a task: in a task or organisation part, in a section that is not the plan's purpose. */
function readsTasks(st: TaskState): boolean {
  return st.role !== "purpose" && !!st.section && !st.section.purpose;
}

function onText(ctx: PlanStructureContext, st: TaskState, o: TextLine): void {
  // An assignment ("Sở Nội vụ: Phụ trách lĩnh vực …") and the criteria listed under it are read by readAreaAssignments.
  if (!readsTasks(st) || ASSIGNS.test(o.text) || (st.role === "organisation" && /^\d{1,2}\.\d{1,2}\.?\s/.test(o.text))) return;
  if (st.block === "responsibility") {
    readResponsibility(ctx, st, o.line, o.text);
    return;
  }
  const last = st.tasks[st.tasks.length - 1];
  const leads = leadsOf(ctx, o);
  const startsWithAgency = leads.lead.length > 0;
  // An intro line ("Ủy ban nhân dân cấp huyện chỉ đạo Ủy ban nhân dân cấp xã:") leads the items below it.
  if (o.kind === "paragraph" && startsWithAgency && /:\s*$/.test(o.text)) {
    st.issues.push(...leads.issues);
    st.section!.lead = leads.lead;
    st.section!.directed = leads.directed;
    return;
  }
  if (
    o.kind === "paragraph" &&
    last &&
    !startsWithAgency &&
    last.row.section.endsWith(st.section!.number) &&
    last.lines[0] > (st.sub?.line ?? st.section!.line)
  ) {
    last.row.text += ` ${stripMarkup(o.text)}`;
    last.lines[1] = o.line;
    return;
  }
  // "5. Thủ trưởng các sở, ban, ngành: Nội vụ, Y tế, …": agencies and a list of names, no task: it leads the items below it.
  const listHead = o.kind === "item" && /^\d/.test(o.marker) ? /^([^:]+):\s*([^.]*)$/.exec(stripMarkup(o.text)) : null;
  if (listHead && o.kind === "item") {
    const words = agencyWords(listHead[1]!);
    const named = leadingAgencies(ctx.agencies, words);
    if (named.agencies.length && named.taken === words.length) {
      st.section = {
        ...sectionOf(ctx, o.marker, stripMarkup(o.text), o.line, st.top),
        indicator_id: null,
        lead: asNamed(named.agencies),
      };
      st.sub = null;
      return;
    }
  }
  openTask(ctx, st, o, leads);
}

/**
 * Reads a plan's tasks: every item of its task and organisation parts, with the section it sits
 * in (which ties it to a PAPI dimension or sub-dimension, a PAR INDEX area or the SIPAS part), its
 * lead agency (named at its start, or by the section's intro line, sub-heading or "Đơn vị chủ
 * trì"), the agencies it coordinates with and those its lead directs.
 */
export function readPlanTasks(ctx: PlanStructureContext): { tasks: PlanTaskRow[]; lines: Array<[number, number]>; issues: IssueRow[] } {
  const st: TaskState = { role: null, part: "", top: null, section: null, sub: null, block: null, tasks: [], issues: [] };
  for (const o of planOutline(ctx.lines, ctx.skip)) {
    if (o.kind === "end") st.role = "purpose";
    else if (o.kind === "part") {
      st.role = o.role;
      st.part = o.numeral;
      st.top = st.section = null;
      st.sub = null;
      st.block = null;
      if (o.role === "organisation") st.section = { ...sectionOf(ctx, "", o.title, o.line, null), indicator_id: null, lead: [] };
    } else if (o.kind === "heading") onHeading(ctx, st, o);
    else if (o.kind === "subheading") onSubheading(ctx, st, o);
    else onText(ctx, st, o);
  }
  return { tasks: st.tasks.map((t) => t.row), lines: st.tasks.map((t) => t.lines), issues: st.issues };
}
