// Opens an Office Open XML package (a zip) and turns every way it can be unreadable into a UserError
// whose Chinese sentence tells the admin what to do instead, never a stack trace.
import { unzipSync } from 'fflate';
import { UserError } from '../../../errors.ts';

/** The sentences a reader shows for each kind of unreadable file; they differ for Word and Excel. */
export interface PackageMessages {
  notZip: string;
  encryptedOrLegacy: string;
  /** A web page saved under an office extension, as web systems often export 「Word」 files. */
  webPage: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Password-protected .docx/.xlsx and legacy .doc/.xls are OLE compound files, not zips.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// A plan package is a few megabytes; refuse to inflate more than this (zip bombs).
const MAX_ENTRY_BYTES = 200 * 1024 * 1024;

// The first bytes of a web page or a Word "web page / MHT" export, after an optional BOM and blanks.
const WEB_PAGE = /^(\ufeff)?\s*(<!doctype html|<html|<table|<meta|mime-version:)/i;
const looksLikeWebPage = (bytes: Uint8Array) => WEB_PAGE.test(new TextDecoder('utf-8').decode(bytes.subarray(0, 512)));

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export const isOleFile = (bytes: Uint8Array) => startsWith(bytes, OLE_MAGIC);

/** Checks the file's first bytes before any library sees it, so the message can name the real problem. */
export function assertZipPackage(bytes: Uint8Array, messages: PackageMessages): void {
  if (bytes.length === 0) throw new UserError('文件是空的（0 字节），请重新导出或另存后再导入');
  if (isOleFile(bytes)) throw new UserError(messages.encryptedOrLegacy);
  if (startsWith(bytes, ZIP_MAGIC)) return;
  throw new UserError(looksLikeWebPage(bytes) ? messages.webPage : messages.notZip);
}

/** Inflates the entries whose names `wanted` accepts; a corrupt or truncated archive is a UserError. */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  messages: PackageMessages,
): Record<string, Uint8Array> {
  assertZipPackage(bytes, messages);
  try {
    return unzipSync(bytes, {
      filter: (file) => wanted(file.name) && file.originalSize <= MAX_ENTRY_BYTES,
    });
  } catch {
    throw new UserError(messages.notZip);
  }
}

export const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
