import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Harness } from './harness';

/** One reply of a race, with when it was sent and answered (client clock, ms). */
export interface RaceReply<D = Record<string, any>> {
  status: number;
  data: D | null | undefined;
  errors: { message: string; extensions?: Record<string, any> }[] | undefined;
  sentAt: number;
  answeredAt: number;
}

export interface RaceCall<V = Record<string, any>> {
  doc: TypedDocumentNode<any, V> | DocumentNode;
  variables: V;
  /** Bearer token; defaults to the race's token. */
  token?: string;
}

const printed = new WeakMap<object, string>();
function text(doc: DocumentNode): string {
  let t = printed.get(doc);
  if (!t) printed.set(doc, (t = print(doc)));
  return t;
}

/**
 * Sends every call at once over real HTTP (one request each, all in flight before any answer is
 * read) and returns the replies in call order.
 */
export async function race(h: Harness, token: string, calls: readonly RaceCall[]): Promise<RaceReply[]> {
  const bodies = calls.map((c) => ({ body: { query: text(c.doc as DocumentNode), variables: c.variables }, token: c.token ?? token }));
  return Promise.all(
    bodies.map(async ({ body, token: t }) => {
      const sentAt = performance.now();
      const res = await h.post(body, { authorization: `Bearer ${t}` });
      return { status: res.status, data: res.body?.data, errors: res.body?.errors, sentAt, answeredAt: performance.now() };
    }),
  );
}

/** The error codes of a reply (empty for a success). */
export const codes = (r: RaceReply): string[] => (r.errors ?? []).map((e) => String(e.extensions?.code));

/** True when every request of a race was in flight at one moment (all sent before the first answer). */
export const overlapped = (replies: readonly RaceReply[]): boolean => Math.max(...replies.map((r) => r.sentAt)) < Math.min(...replies.map((r) => r.answeredAt));

/** A fixed-seed shuffle (mulberry32), so each trial orders its calls differently but reproducibly. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
