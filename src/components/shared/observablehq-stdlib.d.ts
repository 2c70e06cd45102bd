// Minimal type declarations for the parts of Framework's standard library
// (import "observablehq:stdlib", resolved by Observable Framework at build
// time) used by the TypeScript components in src/components/.
declare module "observablehq:stdlib" {
  export interface FileAttachmentHandle {
    readonly name: string;
    readonly mimeType: string;
    readonly href: string;
    url(): Promise<string>;
    arrayBuffer(): Promise<ArrayBuffer>;
    text(encoding?: string): Promise<string>;
    json(): Promise<unknown>;
    blob(): Promise<Blob>;
    /** The handle itself (see data.ts: a member call keeps Framework from adding implicit CDN imports). */
    valueOf(): FileAttachmentHandle;
    /** File size in bytes (Framework registers it at build time). */
    readonly size: number;
  }
  /** The argument must be a static string literal (Framework finds the file at build time). */
  export function FileAttachment(name: string): FileAttachmentHandle;
}
