import { CadreComplianceResolver } from './cadre-compliance.resolver';
import { CadreComplianceFieldsResolver, LearningMapResolver, ReportingResolver } from './reporting.resolver';

/** The reporting floor's resolvers: compliance, learning maps and summaries over the modules' records. */
export const REPORTING_RESOLVERS: Function[] = [CadreComplianceResolver, CadreComplianceFieldsResolver, LearningMapResolver, ReportingResolver];
