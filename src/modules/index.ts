import type { NonEmptyArray } from 'type-graphql';
import { RegionResolver } from './region/region.resolver';
import { UnitResolver } from './unit/unit.resolver';
import { CadreResolver } from './cadre/cadre.resolver';
import { MetaResolver } from './meta/meta.resolver';

/** Every resolver of the API. Add one line per module resolver. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RESOLVERS: NonEmptyArray<Function> = [
  MetaResolver,
  RegionResolver,
  UnitResolver,
  CadreResolver,
];
