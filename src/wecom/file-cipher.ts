// Intelligent-bot file and image messages carry a URL whose content is encrypted (document/path/100719):
// AES-256-CBC with the 32-byte key (base64, as an EncodingAESKey), IV = its first 16 bytes, PKCS#7 padded
// to a multiple of 32 bytes. Pure functions; the stand-in encrypts with the same code.
import { createCipheriv, createDecipheriv } from 'node:crypto';

export class FileCipherError extends Error {
  override name = 'FileCipherError';
}

function keyBytes(aesKey: string): Buffer {
  const key = Buffer.from(aesKey.replace(/=+$/, '') + '=', 'base64');
  if (key.length !== 32) throw new FileCipherError('file key is not 32 bytes');
  return key;
}

export function decryptBotFile(cipherBytes: Uint8Array, aesKey: string): Buffer {
  const key = keyBytes(aesKey);
  if (cipherBytes.length === 0 || cipherBytes.length % 16 !== 0) throw new FileCipherError('file is not whole AES blocks');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(cipherBytes), decipher.final()]);
  const pad = padded[padded.length - 1];
  if (pad < 1 || pad > 32 || pad > padded.length || !padded.subarray(padded.length - pad).every((b) => b === pad)) {
    throw new FileCipherError('file padding is invalid (wrong key?)');
  }
  return padded.subarray(0, padded.length - pad);
}

export function encryptBotFile(plainBytes: Uint8Array, aesKey: string): Buffer {
  const key = keyBytes(aesKey);
  const pad = 32 - (plainBytes.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plainBytes, Buffer.alloc(pad, pad)])), cipher.final()]);
}
