import { BadInputError, NotFoundError } from '../errors';

/**
 * The global-id codec, the only one: ids are opaque to clients, base64url of `Type:key` (a
 * positive int4 key). Everything that encodes or decodes one goes through here.
 */
export function toGlobalId(type: string, pk: number | string): string {
  return Buffer.from(`${type}:${pk}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  pk: number;
}

/**
 * The type and key of a global id, or undefined when `gid` is not one (or, given `type`, names
 * another type). Never throws: the callers below decide what a bad id means where they are.
 */
export function decodeGlobalId(gid: unknown, type?: string): DecodedGlobalId | undefined {
  if (typeof gid !== 'string' || gid.length === 0 || gid.length > 64 || !/^[A-Za-z0-9_-]+$/.test(gid)) return undefined;
  const m = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(Buffer.from(gid, 'base64url').toString('utf8'));
  if (!m || (type !== undefined && m[1] !== type)) return undefined;
  const pk = Number(m[2]);
  return pk > 2147483647 ? undefined : { type: m[1], pk };
}

/**
 * Decodes an id given as an input reference (`input.unitId`): a malformed id or an id of another
 * type is bad input naming the path.
 */
export function refPk(gid: string, type: string, path: string): number {
  const d = decodeGlobalId(gid);
  if (!d) throw BadInputError.invalid(path, 'not a valid id');
  if (d.type !== type) throw BadInputError.unknownReference(path, type);
  return d.pk;
}

/**
 * Decodes an id used for a lookup (`cadre(id:)`): a malformed id is bad input, a well-formed id of
 * another type is simply not found (nothing about other types leaks).
 */
export function lookupPk(gid: string, type: string, path = 'id'): number {
  const d = decodeGlobalId(gid);
  if (!d) throw BadInputError.invalid(path, 'not a valid id');
  if (d.type !== type) throw NotFoundError.forEntity(type, gid);
  return d.pk;
}
