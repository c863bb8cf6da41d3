import { CadreComplianceResolver } from './cadre-compliance.resolver';
import { CadreComplianceFieldsResolver, LearningMapResolver, ReportingResolver } from './reporting.resolver';
import { StatisticsResolver } from './statistics.resolver';
import { GroupRulesResolver } from './group-rules.resolver';

/** The reporting floor's resolvers: compliance, learning maps, summaries and statistics over the modules' records. */
export const REPORTING_RESOLVERS: Function[] = [CadreComplianceResolver, CadreComplianceFieldsResolver, LearningMapResolver, ReportingResolver, StatisticsResolver, GroupRulesResolver];
