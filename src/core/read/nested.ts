import { MAX_PAGE_SIZE, pageSize } from './connection';

/** Relation lists (e.g. `institution.teachers`) take `first`, default and maximum 100. */
export const NESTED_DEFAULT = MAX_PAGE_SIZE;

export function nestedLimit(first: number | null | undefined): number {
  return pageSize(first ?? NESTED_DEFAULT, 'first');
}
