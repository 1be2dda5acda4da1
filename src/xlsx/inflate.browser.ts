/**
 * The browser's `inflate.ts` (used by `browser.ts`, the reader bundle's entry): the same contract
 * with fflate's streaming inflater instead of Node's zlib. The data is fed in
 * slices so that a part inflating beyond `maxBytes` (a zip bomb lying about its size) is stopped
 * after at most one slice's worth of output (16 KB × 1032, the DEFLATE maximum ratio) instead of
 * being inflated in full first — zlib, too, stops at its limit.
 * Throws on invalid or truncated data and on output over the limit.
 */
import { Inflate } from "fflate";
import type { inflateRaw as NodeInflateRaw } from "./inflate";

const SLICE = 16 * 1024;

/**
 * Whether the stream has ended (its final block is complete): zlib ignores what follows, so the rest
 * is not fed (fflate would keep it, copying it again on every push). fflate's own test of its private
 * state (`s.f && !s.l`, as its Gunzip uses it); without that state, the rest is simply fed.
 */
function ended(inflater: Inflate): boolean {
  const state = (inflater as unknown as { s?: { f?: number; l?: unknown } }).s;
  return state !== undefined && state.f === 1 && !state.l;
}

export const inflateRaw: typeof NodeInflateRaw = (data, maxBytes) => {
  // zlib refuses an empty stream ("unexpected end of file"); fflate would return nothing.
  if (data.length === 0) throw new Error("unexpected end of file");
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  for (let at = 0; at < data.length && !(at > 0 && ended(inflater)); at += SLICE) {
    inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (total > maxBytes)
      throw new RangeError(`Cannot create a Buffer larger than ${maxBytes} bytes`);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
};
