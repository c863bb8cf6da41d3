import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000Initial } from './Migration20261129000000Initial';
import { Migration20261129100000ComplianceRules } from './Migration20261129100000ComplianceRules';
import { Migration20261129120000ImportLookup } from './Migration20261129120000ImportLookup';
import { Migration20261202000000Concurrency } from './Migration20261202000000Concurrency';
import { Migration20261203000000RecordPlausibility } from './Migration20261203000000RecordPlausibility';
import { Migration20261204000000CadreAttributes } from './Migration20261204000000CadreAttributes';
import { Migration20261205000000CoverageRules } from './Migration20261205000000CoverageRules';
import { Migration20261205100000PlanPace } from './Migration20261205100000PlanPace';
import { Migration20261206000000PlanTargets } from './Migration20261206000000PlanTargets';
import { Migration20261206100000CourseUpdateTargets } from './Migration20261206100000CourseUpdateTargets';

/**
 * The committed migrations, listed explicitly so the same list runs from TypeScript (tests) and
 * from `dist/` (npm start) without globbing a folder that may be empty.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261129000000Initial', class: Migration20261129000000Initial },
  { name: 'Migration20261129100000ComplianceRules', class: Migration20261129100000ComplianceRules },
  { name: 'Migration20261129120000ImportLookup', class: Migration20261129120000ImportLookup },
  { name: 'Migration20261202000000Concurrency', class: Migration20261202000000Concurrency },
  { name: 'Migration20261203000000RecordPlausibility', class: Migration20261203000000RecordPlausibility },
  { name: 'Migration20261204000000CadreAttributes', class: Migration20261204000000CadreAttributes },
  { name: 'Migration20261205000000CoverageRules', class: Migration20261205000000CoverageRules },
  { name: 'Migration20261205100000PlanPace', class: Migration20261205100000PlanPace },
  { name: 'Migration20261206000000PlanTargets', class: Migration20261206000000PlanTargets },
  { name: 'Migration20261206100000CourseUpdateTargets', class: Migration20261206100000CourseUpdateTargets },
];
