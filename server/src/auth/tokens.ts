import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

/** `bytes` random bytes as lowercase base32 without padding (8 characters per 5 bytes). */
export function randomToken(bytes: number): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
}
