import { BadInputError, NotFoundError } from '../errors';

/** Global IDs are opaque to clients: base64url of `Type:key`. */
export function toGlobalId(type: string, pk: number | string): string {
  return Buffer.from(`${type}:${pk}`, 'utf8').toString('base64url');
}

interface Decoded {
  type: string;
  pk: number;
}

function decode(gid: string): Decoded | undefined {
  if (typeof gid !== 'string' || gid.length === 0 || gid.length > 64 || !/^[A-Za-z0-9_-]+$/.test(gid)) return undefined;
  const text = Buffer.from(gid, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(text);
  if (!m) return undefined;
  const pk = Number(m[2]);
  if (pk > 2147483647) return undefined;
  return { type: m[1], pk };
}

/**
 * Decodes an id given as an input reference (`input.unitId`): a malformed id or an id of another
 * type is bad input naming the path.
 */
export function refPk(gid: string, type: string, path: string): number {
  const d = decode(gid);
  if (!d) throw BadInputError.invalid(path, 'not a valid id');
  if (d.type !== type) throw BadInputError.unknownReference(path, type);
  return d.pk;
}

/**
 * Decodes an id used for a lookup (`cadre(id:)`): a malformed id is bad input, a well-formed id of
 * another type is simply not found (nothing about other types leaks).
 */
export function lookupPk(gid: string, type: string, path = 'id'): number {
  const d = decode(gid);
  if (!d) throw BadInputError.invalid(path, 'not a valid id');
  if (d.type !== type) throw NotFoundError.forEntity(type, gid);
  return d.pk;
}
