import { CadreComplianceResolver } from './cadre-compliance.resolver';
import { CadreCoverageResolver } from './cadre-coverage.resolver';
import { CadreCoverageFieldsResolver, CoverageResolver } from './coverage.resolver';
import { CadreComplianceFieldsResolver, LearningMapResolver, OverdueCadreResolver, ReportingResolver } from './reporting.resolver';
import { StatisticsResolver } from './statistics.resolver';
import { GroupRulesResolver } from './group-rules.resolver';
import { EvaluationStatisticsResolver } from './evaluation-statistics.resolver';
import { SelectionProgressResolver } from './selection-progress.resolver';
import { CourseUpdateResolver } from './course-update.resolver';

/** The reporting floor's resolvers: compliance, coverage, learning maps, summaries and statistics over the modules' records. */
export const REPORTING_RESOLVERS: Function[] = [
  CadreComplianceResolver,
  CadreComplianceFieldsResolver,
  CadreCoverageResolver,
  CadreCoverageFieldsResolver,
  CoverageResolver,
  LearningMapResolver,
  ReportingResolver,
  OverdueCadreResolver,
  StatisticsResolver,
  GroupRulesResolver,
  EvaluationStatisticsResolver,
  SelectionProgressResolver,
  CourseUpdateResolver,
];
