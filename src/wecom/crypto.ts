// WeCom callback crypto (document/path/90238, 101033), as pure functions over explicit inputs.
// @wecom/crypto does the AES and SHA-1 work; this wrapper adds what it leaves out: a constant-time
// signature check, the receive-id check, and a typed error for every malformed input.
import { timingSafeEqual, randomBytes } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

/** The keys of one callback channel. receiveId is the CorpID for the app, '' for the intelligent bot. */
export interface CallbackKeys {
  token: string;
  aesKey: string;
  receiveId: string;
}

/** The signed query WeCom sends with every callback. */
export interface SignedQuery {
  signature: string;
  timestamp: string;
  nonce: string;
}

export type CryptoFailure = 'signature' | 'receive_id' | 'malformed';

/** 'signature' and 'receive_id' mean "not from WeCom" (401); 'malformed' means bad ciphertext (400). */
export class WecomCryptoError extends Error {
  override name = 'WecomCryptoError';
  constructor(readonly kind: CryptoFailure, message: string) {
    super(message);
  }
}

const AES_KEY = /^[A-Za-z0-9+/]{43}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export const isValidAesKey = (aesKey: string): boolean =>
  AES_KEY.test(aesKey) && Buffer.from(aesKey + '=', 'base64').length === 32;

export const sign = (token: string, timestamp: string, nonce: string, encrypted: string): string =>
  getSignature(token, timestamp, nonce, encrypted);

/** Compares in constant time; a length mismatch is simply false. */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function verifySignature(token: string, query: SignedQuery, encrypted: string): void {
  const expected = sign(token, query.timestamp, query.nonce, encrypted);
  if (!sameText(expected, query.signature.toLowerCase())) {
    throw new WecomCryptoError('signature', 'msg_signature does not match');
  }
}

/** Decrypts one payload and checks the receive id. Throws WecomCryptoError, never anything else. */
export function decryptPayload(keys: CallbackKeys, encrypted: string): string {
  // WeCom pads to a multiple of 32 bytes, so valid ciphertext is base64 of n×32 bytes.
  const bytes = BASE64.test(encrypted) ? Buffer.from(encrypted, 'base64') : null;
  if (!bytes || bytes.length === 0 || bytes.length % 32 !== 0) {
    throw new WecomCryptoError('malformed', 'ciphertext is not base64 of whole AES blocks');
  }
  let opened: ReturnType<typeof decrypt>;
  try {
    opened = decrypt(keys.aesKey, encrypted);
  } catch {
    throw new WecomCryptoError('malformed', 'ciphertext does not decrypt');
  }
  // The library neither checks the padding nor the length field: sealing the result again with the
  // same random prefix must give back exactly the input, or the plaintext layout was not WeCom's.
  if (opened.random.length !== 16 || encrypt(keys.aesKey, opened.message, opened.id, opened.random) !== encrypted) {
    throw new WecomCryptoError('malformed', 'plaintext layout is invalid');
  }
  if (opened.id !== keys.receiveId) throw new WecomCryptoError('receive_id', 'receive id does not match');
  return opened.message;
}

/** Verifies the signature, then decrypts: the order WeCom's own library uses. */
export function openCallback(keys: CallbackKeys, query: SignedQuery, encrypted: string): string {
  verifySignature(keys.token, query, encrypted);
  return decryptPayload(keys, encrypted);
}

export function encryptPayload(keys: CallbackKeys, plaintext: string, random: Buffer = randomBytes(16)): string {
  return encrypt(keys.aesKey, plaintext, keys.receiveId, random);
}

export interface SealedReply {
  encrypted: string;
  signature: string;
  timestamp: string;
  nonce: string;
}

/** Encrypts and signs a passive reply (or, in the stand-in, a callback). */
export function seal(
  keys: CallbackKeys,
  plaintext: string,
  timestamp: string,
  nonce: string,
  random?: Buffer,
): SealedReply {
  const encrypted = encryptPayload(keys, plaintext, random);
  return { encrypted, signature: sign(keys.token, timestamp, nonce, encrypted), timestamp, nonce };
}

export const randomNonce = (): string => String(randomBytes(6).readUIntBE(0, 6));
