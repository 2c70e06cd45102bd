/**
 * The SQL notebook's labels in both languages, and the number of rows its quick chart draws at
 * most (a label states it).
 */
import type { Text } from "../shared/i18n.js";

/** Rows drawn in the quick chart at most (the table and downloads keep every row). */
export const CHART_ROWS = 5000;

const T = {
  examples: { vi: "Ví dụ có sẵn", en: "Worked examples" },
  examplesHint: { vi: "Bấm một ví dụ để nạp và chạy truy vấn.", en: "Click an example to load and run its query." },
  editor: { vi: "Truy vấn SQL (DuckDB)", en: "SQL query (DuckDB)" },
  run: { vi: "Chạy", en: "Run" },
  runHint: { vi: "Ctrl+Enter (⌘+Enter trên Mac) để chạy", en: "Ctrl+Enter (⌘+Enter on a Mac) runs the query" },
  loading: { vi: "Đang tải DuckDB-wasm và các bảng…", en: "Loading DuckDB-wasm and the tables…" },
  ready: { vi: "Sẵn sàng", en: "Ready" },
  running: { vi: "Đang chạy…", en: "Running…" },
  failedStart: { vi: "Không khởi động được DuckDB-wasm", en: "DuckDB-wasm could not start" },
  schema: { vi: "Bảng và cột", en: "Tables and columns" },
  schemaHint: { vi: "Bấm tên bảng hoặc cột để chèn vào truy vấn.", en: "Click a table or column name to insert it." },
  offline: {
    vi: "DuckDB ở đây không đọc được URL hay tệp (truy cập bên ngoài bị tắt): chỉ truy vấn được các bảng đã đăng ký bên cạnh.",
    en: "DuckDB here cannot read URLs or files (external access is disabled): only the registered tables listed beside can be queried.",
  },
  error: { vi: "Lỗi SQL", en: "SQL error" },
  hintExternal: {
    vi: "Trang này không cho DuckDB đọc URL, tệp hay cài tiện ích mở rộng; hãy dùng các bảng đã đăng ký.",
    en: "This page does not let DuckDB read URLs or files or install extensions; use the registered tables.",
  },
  hintTable: { vi: "Xem danh sách bảng và cột bên cạnh trình soạn thảo.", en: "See the tables and columns listed beside the editor." },
  hintSyntax: { vi: "Kiểm tra cú pháp gần vị trí được chỉ ra.", en: "Check the syntax near the position shown." },
  rows: { vi: "dòng", en: "rows" },
  noRows: { vi: "Truy vấn chạy xong, không có dòng nào.", en: "The query ran and returned no rows." },
  downloadCsv: { vi: "Tải CSV", en: "Download CSV" },
  downloadJson: { vi: "Tải JSON", en: "Download JSON" },
  share: { vi: "Liên kết tái tạo kết quả", en: "Link that reproduces this result" },
  copy: { vi: "Sao chép", en: "Copy" },
  copied: { vi: "Đã sao chép", en: "Copied" },
  prev: { vi: "‹ Trước", en: "‹ Previous" },
  next: { vi: "Sau ›", en: "Next ›" },
  page: { vi: "Trang", en: "Page" },
  chart: { vi: "Biểu đồ nhanh", en: "Quick chart" },
  chartType: { vi: "Loại", en: "Type" },
  auto: { vi: "tự động", en: "automatic" },
  line: { vi: "Đường", en: "Line" },
  bar: { vi: "Cột ngang", en: "Bar" },
  scatter: { vi: "Điểm (tán xạ)", en: "Scatter" },
  none: { vi: "Không vẽ", en: "None" },
  noSeries: { vi: "(không)", en: "(none)" },
  series: { vi: "Nhóm", en: "Series" },
  noChart: {
    vi: "Kết quả này không có cột số để vẽ; chọn cột x, y ở trên nếu muốn.",
    en: "This result has no numeric column to chart; pick x and y above if you wish.",
  },
  chartCapped: { vi: `Biểu đồ chỉ vẽ ${CHART_ROWS} dòng đầu.`, en: `The chart draws the first ${CHART_ROWS} rows only.` },
  resultTitle: { vi: "Kết quả truy vấn", en: "Query result" },
  source: {
    vi: "Truy vấn SQL trên các bảng đã xuất bản của PAPI Explorer (DuckDB-wasm trong trình duyệt)",
    en: "SQL query over PAPI Explorer's published tables (DuckDB-wasm in the browser)",
  },
  nullValue: { vi: "NULL: không có giá trị", en: "NULL: no value" },
  coverage: {
    vi: "Dữ liệu hiện có chỉ gồm vài tỉnh (số liệu trích từ văn bản kế hoạch), nên nhiều ví dụ trả về ít hoặc không có dòng nào. Người dựng trang thêm được đủ 63 tỉnh bằng bộ dữ liệu PAPI chính thức (xem trang Dữ liệu).",
    en: "The data holds only a few provinces (figures read from plan documents), so many examples return few or no rows. Whoever builds the site can add all 63 provinces from the official PAPI files (see the Data page).",
  },
} satisfies Record<string, Text>;

export const NOTEBOOK_LABELS = T;
