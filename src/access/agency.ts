/**
 * Decodes an agency or cadre claim (a global id such as base64url of `Institution:7`) to its key
 * when it names a record of `type`; anything else yields undefined (and so no rows).
 */
export function agencyPk(gid: string | undefined, type: string): number | undefined {
  if (!gid || gid.length > 64 || !/^[A-Za-z0-9_-]+$/.test(gid)) return undefined;
  const m = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(Buffer.from(gid, 'base64url').toString('utf8'));
  if (!m || m[1] !== type) return undefined;
  const pk = Number(m[2]);
  return pk <= 2147483647 ? pk : undefined;
}
