import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { readPlanDocument } from "../../loaders/read/index.ts";
import { agencyWords, defaultAgencyRegistry, leadingAgencies, matchAgency } from "../../loaders/model/index.ts";
import type { PlanParts, PlanTargetRow } from "../../loaders/model/index.ts";

const SEEDS = new URL("../../data/documents/", import.meta.url);
const seed = (name: string) => readPlanDocument(readFileSync(new URL(name, SEEDS), "utf8"), name);
const partsOf = (name: string): PlanParts => seed(name).plans!;

const LAO_CAI = "lao-cai-papi-plan-2020-151-kh-ubnd.txt";
const CA_MAU_126 = "ca-mau-par-sipas-plan-2025-126-kh-ubnd.txt";
const CA_MAU_117 = "ca-mau-papi-plan-2024-117-kh-ubnd.txt";
const DAK_LAK = "dak-lak-papi-plan-2024.txt";
const LUC_BA = "luc-ba-commune-papi-plan-2024-171-kh-ubnd.txt";

const pick = (t: PlanTargetRow) => [t.category, t.rule, t.index, t.scope, t.indicator_id, t.year, t.base_year, t.value, t.group, t.rank_scope];

describe("the plan registry of the five seed plans", () => {
  it("has one row per plan, field by field", () => {
    const rows = [CA_MAU_117, CA_MAU_126, DAK_LAK, LAO_CAI, LUC_BA].map((f) => {
      const p = partsOf(f).plans[0]!;
      return [p.number, p.date, p.issuer, p.level, p.province_code, p.commune, p.indices, p.results_year, p.target_years];
    });
    expect(rows).toEqual([
      ["117/KH-UBND", "2024-05-16", "UBND tỉnh Cà Mau", "province", "96", null, "PAPI", 2023, "2024"],
      ["126/KH-UBND", "2025-05-05", "UBND tỉnh Cà Mau", "province", "96", null, "PAR_INDEX,SIPAS", 2024, "2025"],
      [null, "2024-05", "UBND tỉnh Đắk Lắk", "province", "66", null, "PAPI", 2023, "2024"],
      ["151/KH-UBND", "2020-05-16", "UBND tỉnh Lào Cai", "province", "10", null, "PAPI", 2019, "2020"],
      ["171/KH-UBND", "2024-03-25", "UBND xã Lục Ba", "commune", "19", "Lục Ba", "PAPI", null, ""],
    ]);
    expect(partsOf(CA_MAU_117).plans[0]!.source_loc).toBe(`${CA_MAU_117}:5`);
  });
});

describe("targets in words", () => {
  it("Cà Mau 117: the PAPI total of 2024 improves on 2023", () => {
    const t = partsOf(CA_MAU_117).targets;
    expect(t.map(pick)).toEqual([["qualitative", "score_improves", "PAPI", "indicator", "papi.total", 2024, 2023, null, null, null]]);
    expect(t[0]!.source_loc).toBe(`${CA_MAU_117}:15`);
    expect(t[0]!.status).toBe("not_yet_known");
  });

  it("Đắk Lắk: the rank of 2024 improves on 2023 (the 2023 results named first in the sentence are not the target year)", () => {
    const t = partsOf(DAK_LAK).targets.filter((x) => x.category !== "commitment");
    expect(t.map(pick)).toEqual([["qualitative", "rank_improves", "PAPI", "indicator", "papi.total", 2024, 2023, null, null, null]]);
  });

  it("Lào Cai: the numeric targets as before — total, eight dimensions with groups, two rank targets", () => {
    const t = partsOf(LAO_CAI).targets;
    expect(t.every((x) => x.category === "numeric")).toBe(true);
    expect(t.filter((x) => x.rule === "score_at_least").map((x) => [x.indicator_id, x.value])).toEqual([
      ["papi.total", 46.4],
      ["papi.d1", 5.36],
      ["papi.d2", 5.6],
      ["papi.d3", 5.03],
      ["papi.d4", 6.8],
      ["papi.d5", 7.6],
      ["papi.d6", 7.4],
      ["papi.d7", 4.31],
      ["papi.d8", 4.3],
    ]);
    expect(t.filter((x) => x.rule === "rank_at_most").map((x) => [x.value, x.rank_scope])).toEqual([
      [10, "national"],
      [1, "northwest"],
    ]);
    expect(t.filter((x) => x.rule === "group_at_least")).toHaveLength(9);
    expect(t.find((x) => x.rule === "rank_at_most")!.text).toMatch(/^Năm 2020, phần đầu .*top 10/);
  });

  it("Cà Mau 126: rank, high group, maintained and improved criteria, and the operational commitments with their owners", () => {
    const t = partsOf(CA_MAU_126).targets;
    expect(t.filter((x) => x.category === "qualitative").map(pick)).toEqual([
      ["qualitative", "rank_improves", "PAR_INDEX", "indicator", "par.total", 2025, 2024, null, null, null],
      ["qualitative", "high_group", "PAR_INDEX", "indicator", "par.total", 2025, null, null, null, "national"],
      ["qualitative", "score_not_lower", "PAR_INDEX", "each_criterion", "par.total", 2025, 2024, null, null, null],
      ["qualitative", "score_improves", "PAR_INDEX", "each_dimension", "par.total", 2025, 2024, null, null, null],
      ["qualitative", "score_improves", "SIPAS", "each_dimension", "sipas.total", 2025, 2024, null, null, null],
      ["qualitative", "raise_unmaxed", "PAR_INDEX", "each_criterion", "par.total", 2025, 2024, null, null, null],
      ["qualitative", "raise_unmaxed", "SIPAS", "each_criterion", "sipas.total", 2025, 2024, null, null, null],
    ]);
    const commitments = t.filter((x) => x.category === "commitment");
    expect(commitments.length).toBe(13);
    const owner = (words: RegExp) => commitments.find((x) => words.test(x.text))!.owner;
    expect(owner(/100% hồ sơ các cấp được giải quyết đúng hạn/)).toBe("van-phong-ubnd-tinh");
    expect(owner(/ít nhất 03 sáng kiến/)).toBe("so-noi-vu");
    expect(owner(/giải ngân/)).toBe("so-tai-chinh");
    // The repeated block is read once: no commitment comes from its second copy.
    expect(commitments.every((x) => Number(x.source_loc.split(":")[1]) < 38 || Number(x.source_loc.split(":")[1]) > 66)).toBe(true);
  });

  it("Lục Ba: a commune plan with aims and tasks but no measurable target", () => {
    expect(partsOf(LUC_BA).targets).toEqual([]);
  });
});

describe("the Cà Mau 117 appendix: a lead agency for every dimension and sub-dimension", () => {
  const a = partsOf(CA_MAU_117).agencies;
  it("reads every row of both tables (continued over the page break with a typo in the header)", () => {
    const ids = new Set(a.map((x) => x.indicator_id));
    // The two dimensions given an agency of their own (D1, D7) and all 28 sub-dimensions of 2024.
    expect(ids.size).toBe(2 + 28);
    expect(a.filter((x) => x.assigned === "direct").map((x) => [x.indicator_id, x.agency_id])).toEqual([
      ["papi.d1", "so-noi-vu"],
      ["papi.d2.access_info", "so-tu-phap"],
      ["papi.d2.poverty_lists", "so-ldtbxh"],
      ["papi.d2.communal_budgets", "so-tai-chinh"],
      ["papi.d2.land_use", "so-tnmt"],
      ["papi.d3.interactions", "so-noi-vu"],
      ["papi.d3.appeals", "thanh-tra-tinh"],
      ["papi.d3.justice", "so-tu-phap"],
      ["papi.d4.local_government", "thanh-tra-tinh"],
      ["papi.d4.service_delivery", "thanh-tra-tinh"],
      ["papi.d4.recruitment", "so-noi-vu"],
      ["papi.d4.willingness", "thanh-tra-tinh"],
      ["papi.d5.certification", "van-phong-ubnd-tinh"],
      ["papi.d5.land_titles", "so-tnmt"],
      ["papi.d5.commune_procedures", "van-phong-ubnd-tinh"],
      ["papi.d6.health", "so-y-te"],
      ["papi.d6.education", "so-gddt"],
      ["papi.d6.infrastructure", "so-cong-thuong"],
      ["papi.d6.infrastructure", "so-tnmt"],
      ["papi.d6.infrastructure", "so-gtvt"],
      ["papi.d6.security", "cong-an-tinh"],
      ["papi.d7", "so-tnmt"],
      ["papi.d8.portal_use", "van-phong-ubnd-tinh"],
      ["papi.d8.internet", "so-tttt"],
      ["papi.d8.e_responsiveness", "van-phong-ubnd-tinh"],
    ]);
  });

  it("gives a dimension's agency to its parts listed without one, and keeps the bracketed unit as a note", () => {
    expect(a.filter((x) => x.assigned === "via_dimension").map((x) => x.indicator_id)).toEqual([
      "papi.d1.civic_knowledge",
      "papi.d1.opportunities",
      "papi.d1.elections",
      "papi.d1.contributions",
      "papi.d7.seriousness",
      "papi.d7.air",
      "papi.d7.water",
    ]);
    expect(a.find((x) => x.indicator_id === "papi.d5.certification")!.note).toBe("trực tiếp là Trung tâm Giải quyết TTHC tỉnh");
    expect(a.find((x) => x.indicator_id === "papi.d6.infrastructure")!.source_loc).toBe(`${CA_MAU_117}:178`);
  });
});

describe("the Cà Mau 126 assignment of PAR INDEX areas and criteria", () => {
  const a = partsOf(CA_MAU_126).agencies;
  it("reads areas with their exceptions and criteria listed below an agency", () => {
    expect(a.map((x) => [x.indicator_id, x.criterion, x.agency_id])).toEqual([
      ["par.a1", null, "so-noi-vu"],
      ["par.a4", null, "so-noi-vu"],
      ["par.a5", null, "so-noi-vu"],
      ["par.a2", null, "so-tu-phap"],
      ["par.a3", null, "van-phong-ubnd-tinh"],
      ["par.a1", "1.6", "van-phong-ubnd-tinh"],
      ["par.a1", "1.7", "van-phong-ubnd-tinh"],
      ["par.a7", "7.3", "van-phong-ubnd-tinh"],
      ["par.a8", "8.5", "van-phong-ubnd-tinh"],
      ["par.a6", null, "so-tai-chinh"],
      ["par.a8", "8.2", "so-tai-chinh"],
      ["par.a8", "8.3", "so-tai-chinh"],
      ["par.a8", "8.4", "so-tai-chinh"],
      ["par.a7", "7.1", "so-khcn"],
      ["par.a7", "7.2", "so-khcn"],
    ]);
    expect(a[0]!.note).toBe("trừ tiêu chí 1.6 và 1.7");
  });
});

describe("tasks and their lead agencies", () => {
  it("Cà Mau 117: a section's intro line leads its bullets, a bold lead-in names the lead", () => {
    const t = partsOf(CA_MAU_117).tasks;
    const d1 = t.filter((x) => x.indicator_id === "papi.d1");
    expect(d1.map((x) => [x.lead_agencies, x.directed_agencies])).toEqual([
      ["ubnd-cap-huyen", "ubnd-cap-xa"],
      ["ubnd-cap-huyen", "ubnd-cap-xa"],
      ["ubnd-cap-huyen", "ubnd-cap-xa"],
    ]);
    expect(t.find((x) => x.text.startsWith("Thanh tra tỉnh, Sở Nội vụ"))!.lead_agencies).toBe("thanh-tra-tinh; so-noi-vu");
    // A "+" bullet continues the item above it.
    expect(t.find((x) => x.text.startsWith("Thường xuyên theo dõi, chấn chỉnh"))!.lead_agencies).toBe("so-ban-nganh; trung-tam-tthc-tinh; ubnd-cap-huyen");
  });

  it("Cà Mau 126: tasks attach to PAR INDEX areas (headings lost are numbered by order, with a warning) and take the block's lead", () => {
    const r = seed(CA_MAU_126);
    const t = r.plans!.tasks;
    const areas = [...new Set(t.map((x) => `${x.indicator_id}:${x.lead_agencies}`))];
    expect(areas).toEqual([
      "par.a1:so-noi-vu",
      "par.a2:so-tu-phap",
      "par.a3:van-phong-ubnd-tinh",
      "par.a4:so-noi-vu",
      "par.a5:so-noi-vu",
      "par.a6:so-tai-chinh",
      "par.a7:so-khcn; trung-tam-tthc-tinh",
      "par.a8:so-tai-chinh; van-phong-ubnd-tinh",
      "sipas.total:ubnd-cac-cap",
      "sipas.total:trung-tam-tthc-tinh; ubnd-cap-xa",
      "sipas.total:trung-tam-tthc-tinh",
      "sipas.total:so-ban-nganh; ubnd-cap-xa",
      "null:",
      "null:so-ban-nganh; co-quan-lien-quan",
      "null:so-tai-chinh",
      "null:so-noi-vu",
    ]);
    expect(r.issues.filter((i) => i.kind === "inferred_section").map((i) => i.source_loc)).toEqual([69, 96, 105, 115].map((l) => `${CA_MAU_126}:${l}`));
    expect(t.find((x) => x.indicator_id === "par.a4")!.coordinating_agencies).toBe("so-ban-nganh; ubnd-cap-xa; don-vi-su-nghiep; co-quan-lien-quan");
  });

  it("Lục Ba: lettered sub-headings tie tasks to sub-dimensions; the organisation part names commune officers", () => {
    const t = partsOf(LUC_BA).tasks;
    expect(t.filter((x) => x.indicator_id === "papi.d6.health")).toHaveLength(2);
    expect(t.filter((x) => x.indicator_id === "papi.d6.security")).toHaveLength(1);
    expect(t.find((x) => x.text.startsWith("Công chức Văn hóa"))!.coordinating_agencies).toBe("cong-chuc-vp-tk-xa");
  });
});

const fixture = (body: string) =>
  `Số: 12/KH-UBND\n\nSơn La, ngày 10 tháng 4 năm 2024\n\nKẾ HOẠCH\nNâng cao Chỉ số PAPI năm 2024 của tỉnh Sơn La\n\nI. MỤC TIÊU\n\n${body}\n`;

describe("other phrasings (fixtures)", () => {
  const targets = (body: string) => readPlanDocument(fixture(body), "fixture.txt").plans!.targets.map(pick);
  it("reads 'tăng ít nhất 5 bậc', 'nhóm 20 tỉnh dẫn đầu', 'không giảm so với năm trước', 'không có chỉ số nào thuộc nhóm thấp nhất'", () => {
    expect(targets("- Phấn đấu năm 2024 Chỉ số PAPI của tỉnh tăng ít nhất 5 bậc so với năm 2023.")).toEqual([
      ["qualitative", "rank_improves_by", "PAPI", "indicator", "papi.total", 2024, 2023, 5, null, null],
    ]);
    expect(targets("- Phấn đấu Chỉ số PAPI năm 2024 đứng trong nhóm 20 tỉnh dẫn đầu cả nước.")).toEqual([
      // read as a figure by the prose reader: a numeric rank target
      ["numeric", "rank_at_most", "PAPI", "indicator", "papi.total", 2024, null, 20, null, "national"],
    ]);
    expect(targets("- Phấn đấu Chỉ số nội dung “Kiểm soát tham nhũng trong khu vực công” năm 2024 không giảm so với năm trước.")).toEqual([
      ["qualitative", "score_not_lower", "PAPI", "indicator", "papi.d4", 2024, 2023, null, null, null],
    ]);
    expect(targets("- Phấn đấu năm 2024 không có chỉ số nội dung nào của Chỉ số PAPI thuộc nhóm đạt điểm thấp nhất.")).toEqual([
      ["qualitative", "no_lowest_group", "PAPI", "each_dimension", "papi.total", 2024, 2023, null, "TN", null],
    ]);
  });

  it("reads a commune plan's targets, for its province", () => {
    const text = `Số: 30/KH-UBND\n\nPhú Thịnh, ngày 2 tháng 4 năm 2024\n\nKẾ HOẠCH\nNâng cao chỉ số PAPI xã Phú Thịnh năm 2024\n\nThực hiện Kế hoạch của UBND huyện Đại Từ.\n\nI. MỤC ĐÍCH\n\n- Phấn đấu Chỉ số PAPI năm 2024 của tỉnh Thái Nguyên cải thiện so với năm 2023; tiếp tục duy trì trong nhóm đạt điểm cao nhất.\n`;
    const p = readPlanDocument(text, "commune.txt").plans!;
    expect(p.plans[0]!.level).toBe("commune");
    expect(p.targets.map((t) => [t.rule, t.province_code, t.year, t.base_year, t.group])).toEqual([
      ["score_improves", "19", 2024, 2023, null],
      ["group_at_least", "19", 2024, null, "CN"],
    ]);
  });

  it("does not read past results as targets", () => {
    expect(targets("Năm 2023, Chỉ số PAPI của tỉnh tăng 5 bậc so với năm 2022 và thuộc nhóm đạt điểm trung bình cao.")).toEqual([]);
  });
});

describe("agency names", () => {
  const reg = defaultAgencyRegistry();
  it("meet in the registry however they are written", () => {
    for (const name of ["UBND cấp huyện", "Ủy ban nhân dân các huyện, thành phố", "Chủ tịch UBND cấp huyện", "ủy ban nhân dân cấp huyện"])
      expect(matchAgency(reg, name)?.id).toBe("ubnd-cap-huyen");
    expect(matchAgency(reg, "Sở Lao động, Thương binh và Xã hội")?.id).toBe("so-ldtbxh");
    expect(matchAgency(reg, "Sở Lao động - Thương binh và Xã hội")?.renamed_2025_vi).toMatch(/Sở Nội vụ/);
  });

  it("are read one after another at the start of a sentence, whatever joins them (property)", () => {
    const names = reg.agencies.map((a) => a.name_vi);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(", ", "; ", " và ", ", Chủ tịch "),
        (list, joiner) => {
          const found = leadingAgencies(reg, agencyWords(`${list.join(joiner)} tăng cường kiểm tra`)).agencies.map((a) => a.name_vi);
          expect(found).toEqual(list);
        },
      ),
    );
  });

  it("an unknown name is kept as written, with a warning naming file:line", () => {
    const r = readPlanDocument(
      fixture("| Chỉ số nội dung | Cơ quan đầu mối theo dõi, đôn đốc |\n|---|---|\n| 1. Tham gia của người dân ở cấp cơ sở | Sở Ngoại vụ |"),
      "fx.txt",
    );
    expect(r.plans!.agencies.map((a) => [a.indicator_id, a.agency_id, a.agency_as_written])).toEqual([["papi.d1", null, "Sở Ngoại vụ"]]);
    expect(r.issues.filter((i) => i.kind === "unknown_agency").map((i) => i.source_loc)).toEqual(["fx.txt:12"]);
  });

  it("an appendix row naming an agency but no numbered indicator is named in a warning, not guessed", () => {
    const r = readPlanDocument(fixture("| Chỉ số nội dung | Cơ quan đầu mối theo dõi, đôn đốc |\n|---|---|\n| Các nội dung chung | Sở Nội vụ |"), "fx.txt");
    expect(r.plans!.agencies).toEqual([]);
    expect(r.issues.filter((i) => i.kind === "skipped_row").map((i) => i.source_loc)).toEqual(["fx.txt:12"]);
  });
});
