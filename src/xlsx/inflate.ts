/**
 * Raw DEFLATE data (a ZIP part) → its bytes, refusing output beyond `maxBytes`: Node's zlib, which
 * stops as soon as the limit is passed (a part that lies about its size cannot fill memory). The
 * browser's reader uses `inflate.browser.ts` instead (same contract, fflate).
 * Throws on invalid or truncated data and on output over the limit.
 */
import { inflateRawSync } from "node:zlib";

export function inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array {
  return inflateRawSync(data, { maxOutputLength: maxBytes });
}
