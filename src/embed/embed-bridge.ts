import type { BuiltinData } from '../data/builtin-data';

/** Starts the postMessage API v1 for a host page (embed mode). Returns a function that stops it. */
export function startEmbedBridge(_data: BuiltinData): () => void {
  return () => {};
}
