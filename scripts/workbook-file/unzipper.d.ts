/** The part of unzipper (exceljs's own zip reader, pinned in package.json) that read-xlsx.ts uses. */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';

  export interface File {
    path: string;
    type: 'Directory' | 'File';
    uncompressedSize: number;
    stream(): Readable;
    buffer(): Promise<Buffer>;
  }

  export interface CentralDirectory {
    files: File[];
  }

  export const Open: {
    file(path: string): Promise<CentralDirectory>;
  };
}
