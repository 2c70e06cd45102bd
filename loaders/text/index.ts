/** The public face of `loaders/text/`: Pure text helpers every room uses: folding for matching, NFC, CSV and number parsing, sha256. */
export * from "./foldAligned.ts";
export * from "./foldText.ts";
export * from "./parseCsv.ts";
export * from "./parseNumber.ts";
export * from "./sha256.ts";
export * from "./toNfc.ts";
