import { decodeGlobalId } from '../core/read/ids';

/**
 * Decodes an agency or cadre claim (a global id such as base64url of `Institution:7`) to its key
 * when it names a record of `type`; anything else yields undefined (and so no rows).
 */
export function agencyPk(gid: string | undefined, type: string): number | undefined {
  return decodeGlobalId(gid, type)?.pk;
}
