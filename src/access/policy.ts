import { Role } from './viewer';

/**
 * THE access policy, as data, deny by default (DESIGN §4). Every object field of the schema has a
 * classification here; every query and mutation has an entry; every role has a row scope per type.
 * A test walks the emitted schema and fails when anything is missing.
 */

/** 数据分级: data classification of a field. */
export enum Classification {
  PUBLIC = 'PUBLIC',
  INTERNAL = 'INTERNAL',
  SENSITIVE = 'SENSITIVE',
  RESTRICTED = 'RESTRICTED',
}

const RANK: Record<Classification, number> = { PUBLIC: 0, INTERNAL: 1, SENSITIVE: 2, RESTRICTED: 3 };

const P = Classification.PUBLIC;
const I = Classification.INTERNAL;
const S = Classification.SENSITIVE;
const R = Classification.RESTRICTED;

/** Shared record fields. */
const RECORD = { id: P, version: P, createdAt: I, updatedAt: I, archivedAt: I };

/** Field classification, per type and field. Relations are PUBLIC: the target type has its own scope and fields. */
export const FIELD_CLASSIFICATION: Readonly<Record<string, Readonly<Record<string, Classification>>>> = {
  Region: { ...RECORD, code: P, name: P, level: P, parent: P, children: P },
  Unit: { ...RECORD, name: P, kind: P, sector: P, region: P, cadres: P },
  Cadre: {
    ...RECORD,
    name: I,
    gender: I,
    birthDate: S,
    idCardNumber: R,
    phone: S,
    sector: P,
    category: P,
    rank: P,
    position: I,
    isPrincipalLeader: P,
    isYoungCadre: P,
    appointedAt: I,
    // The annexes' selection attributes: personnel information like position and appointedAt.
    managementLevel: I,
    isLeadershipTeamMember: I,
    principalPost: I,
    isSoeLeadershipMember: I,
    villageRole: I,
    isSelectedGraduate: I,
    isPartyAffairsCadre: I,
    civilServiceEntryDate: I,
    seniorLevelSince: I,
    status: P,
    unit: P,
    region: P,
    trainingRecords: P,
    assignments: P,
    compliance: I,
    coverage: I,
    learningMap: I,
  },
  TrainingRecord: {
    ...RECORD,
    mode: I,
    title: I,
    hours: I,
    creditedHours: I,
    days: I,
    startDate: I,
    endDate: I,
    externalId: I,
    recordedBy: I,
    verificationStatus: I,
    cadre: P,
    platform: P,
    trainingClass: P,
    course: P,
  },
  Platform: { ...RECORD, code: P, name: P, owner: P, isRecognised: P, url: P, trainingRecords: P },
  TrainingClass: {
    ...RECORD,
    name: P,
    kind: P,
    semester: P,
    startDate: P,
    endDate: P,
    days: P,
    capacity: P,
    institution: P,
    sessions: P,
    quotas: P,
    enrollments: P,
    enrolledCount: I,
  },
  Institution: {
    ...RECORD,
    name: P,
    shortName: P,
    kind: P,
    level: P,
    countyCategory: P,
    region: P,
    supervisor: P,
    subordinates: P,
    teachers: P,
    courses: P,
    classes: P,
  },
  Teacher: {
    ...RECORD,
    name: P,
    kind: P,
    source: P,
    title: P,
    specialties: P,
    isRenowned: P,
    phone: S,
    email: S,
    biography: P,
    institution: P,
    cadre: P,
    courses: P,
    poolMemberships: P,
    evaluations: P,
    averageScore: I,
  },
  Course: {
    ...RECORD,
    title: P,
    category: P,
    method: P,
    format: P,
    hours: P,
    description: P,
    status: P,
    firstPublishedAt: P,
    lastRevisedAt: P,
    institution: P,
    teachers: P,
    cases: P,
    awards: P,
  },
  TeachingCase: {
    ...RECORD,
    title: P,
    themes: P,
    summary: P,
    body: P,
    authors: P,
    year: P,
    status: P,
    firstPublishedAt: P,
    lastRevisedAt: P,
    region: P,
    institution: P,
    courses: P,
    collections: P,
    awards: P,
  },
  CaseCollection: { ...RECORD, title: P, year: P, institution: P, cases: P },
  CaseAward: { ...RECORD, name: P, level: P, year: P, teachingCase: P },
  CourseAward: { ...RECORD, name: P, level: P, year: P, course: P },
  TextbookAward: { ...RECORD, name: P, level: P, year: P, textbook: P },
  TeacherPoolMembership: { ...RECORD, year: P, poolName: P, teacher: P, publisher: P },
  Evaluation: {
    ...RECORD,
    targetKind: I,
    kind: I,
    score: I,
    comments: I,
    evaluator: I,
    period: I,
    course: P,
    teacher: P,
    trainingClass: P,
    institution: P,
    site: P,
  },
  OnsiteTeachingSite: { ...RECORD, name: P, theme: P, status: P, address: P, region: P, institution: P },
  ClassSession: {
    ...RECORD,
    title: P,
    date: P,
    hours: P,
    method: P,
    isLeaderLecture: P,
    venue: P,
    trainingClass: P,
    course: P,
    teacher: P,
    site: P,
  },
  ClassQuota: { ...RECORD, seats: I, unit: P, trainingClass: P },
  TrainingAssignment: { ...RECORD, status: I, decidedBy: I, decidedAt: I, note: I, cadre: P, trainingClass: P },
  Textbook: { ...RECORD, title: P, authors: P, publisher: P, year: P, isCaseTextbook: P, institution: P, awards: P },
  AuditEntry: {
    id: P,
    actor: I,
    role: I,
    agency: I,
    region: I,
    action: I,
    entity: I,
    entityIds: I,
    fields: I,
    sensitiveFields: I,
    requestId: I,
    at: I,
  },
  // Compliance (reporting/): a person's compliance and learning map are INTERNAL at the Cadre field;
  // the types below only structure them. Aggregates carry counts, never a person.
  CadreCompliance: { asOf: P, view: P, cadreGroup: P, groupBasis: P, colour: P, deadline: P, centralized: P, selfStudy: P, theoryTraining: P, reasons: P, cadre: P },
  CentralizedTrainingStatus: {
    requiredHours: P,
    requiredDays: P,
    hours: P,
    days: P,
    remainingHours: P,
    remainingDays: P,
    satisfiedBy: P,
    met: P,
    windowStart: P,
    windowEnd: P,
    deadline: P,
    planPeriod: P,
    periodShare: P,
    progress: P,
    expectedProgress: P,
    paceFrom: P,
    promoted: P,
    colour: P,
  },
  SelfStudyStatus: { requiredHours: P, hours: P, remainingHours: P, met: P, windowStart: P, windowEnd: P, progress: P, expectedProgress: P, colour: P },
  TheoryTrainingStatus: { cycleYears: P, lastCompletedAt: P, dueBy: P, met: P, colour: P },
  LearningMap: { from: P, to: P, totalHours: P, byYear: P, byCategory: P, byMode: P, byTheme: P, courses: P, institutions: P },
  LearningMapBucket: { key: P, label: P, hours: P, records: P },
  ComplianceSummary: { asOf: P, groupBy: P, total: P, groups: P },
  ComplianceSummaryGroup: { key: P, label: P, total: P, green: P, yellow: P, red: P, greenRate: P, yellowRate: P, redRate: P },
  OverdueCadreList: { totalCount: P, nodes: P },
  OverdueCadre: { colour: P, deadline: P, reasons: P, compliance: P, coverage: P, cadre: P },
  // Statistics (reporting/): counts and sums per group, never a person.
  StatisticsKey: { id: P, code: P, label: P },
  TrainingStatisticsKeys: { region: P, unit: P, category: P, sector: P, mode: P, year: P, quarter: P, institution: P, classKind: P },
  TrainingStatisticsRow: { keys: P, hours: P, days: P, people: P, records: P, averageHoursPerCadre: P },
  TrainingStatistics: { measures: P, groupBy: P, from: P, to: P, rows: P, total: P },
  AssignmentStatisticsKeys: { region: P, unit: P, year: P, institution: P },
  AssignmentStatisticsRow: { keys: P, nominated: P, approved: P, filed: P, attended: P, absent: P, makeupRequired: P, exempted: P },
  AssignmentStatistics: { groupBy: P, rows: P, total: P },
  ComplianceRule: {
    id: P,
    code: P,
    cadreGroup: P,
    minHours: P,
    minDays: P,
    periodKind: P,
    periodYears: P,
    modes: P,
    recognisedOnly: P,
    classKinds: P,
    promotionGraceMonths: P,
    yellowBehind: P,
    redBehind: P,
    validFrom: P,
    validTo: P,
    note: P,
  },
  HoursConversion: { id: P, code: P, creditedHours: P, capPerEvent: P, validFrom: P, validTo: P },
  PlanPeriod: { id: P, code: P, name: P, startDate: P, endDate: P },
  CadreGroupRule: { id: P, basis: P, key: P, label: P, cadreGroup: P, validFrom: P, validTo: P, note: P },
  // Coverage (reporting/): a person's coverage is INTERNAL at the Cadre field; the summary carries counts, never a person.
  CadreCoverage: { rule: P, status: P, trained: P, lastQualifyingAt: P, lastQualifyingRecord: P, cycleStart: P, nextDueBy: P, colour: P, reasons: P },
  CoverageSummary: { asOf: P, groupBy: P, rule: P, total: P, groups: P },
  CoverageSummaryGroup: { key: P, label: P, population: P, met: P, due: P, overdue: P, green: P, yellow: P, red: P, metShare: P, shareReached: P },
  CoverageRule: {
    id: P,
    code: P,
    name: P,
    basis: P,
    kind: P,
    managementLevels: P,
    principalPosts: P,
    villageRoles: P,
    leadershipTeam: P,
    young: P,
    soeLeadership: P,
    selectedGraduate: P,
    partyAffairs: P,
    newCivilServant: P,
    cycleKind: P,
    cycleMonths: P,
    warnMonths: P,
    shareMin: P,
    modes: P,
    classKinds: P,
    institutionLevels: P,
    institutionKinds: P,
    validFrom: P,
    validTo: P,
    note: P,
  },
  // Evaluation comparison (reporting/): averages of Evaluation.score (INTERNAL) per named teacher,
  // course, class, institution or site are as INTERNAL as the scores; names and ids are public.
  EvaluationStatistics: { subject: P, lowScoreThreshold: P, totalCount: I, rows: I, lowScorerCount: I, lowScorers: I },
  EvaluationSubjectStatistics: { subject: P, rank: I, count: I, average: I, min: I, max: I, byKind: I, byPeriod: I },
  EvaluationSubject: { id: P, kind: P, name: P },
  EvaluationScoreBucket: { kind: P, period: P, count: I, average: I, min: I, max: I },
  // Selections toward the plan's targets (reporting/): counts of public awards and the rule data.
  SelectionProgress: { periodCode: P, period: P, asOf: P, elapsedShare: P, indicators: P },
  SelectionIndicator: { code: P, name: P, measure: P, target: P, comparison: P, value: P, numerator: P, denominator: P, expected: P, status: P, byYear: P, ruleValidFrom: P, ruleNote: P },
  SelectionYear: { year: P, numerator: P, denominator: P, value: P, cumulative: P },
  CourseUpdateIndicators: { year: P, rows: P },
  CourseUpdateIndicator: {
    institutionId: P, institutionName: P, institutionKind: P, institutionLevel: P, measure: P, value: P, baseHours: P, updatedHours: P,
    threshold: P, comparison: P, met: P, ruleCode: P, ruleValidFrom: P, courseIds: P,
  },
  ImportRowResult: { index: P, externalId: P, status: P, errors: P, record: P, duplicateOf: P },
  ImportRowError: { field: P, message: P },
  // API plumbing: carries no record data of its own.
  PageInfo: { hasNextPage: P, hasPreviousPage: P, startCursor: P, endCursor: P },
  EnumType: { name: P, description: P, values: P },
  EnumValueLabel: { value: P, label: P },
  Me: { subject: P, role: P, agency: P, region: P, sector: P, permissions: P, limits: P },
  OperationLimits: { depth: P, aliases: P, rootFields: P, directives: P, tokens: P, cost: P, errors: P },
};

/** Types generated around read types (connections, edges, mutation payloads) carry only PUBLIC plumbing. */
export function isPlumbingType(name: string): boolean {
  return /(Connection|Edge|Payload)$/.test(name);
}

/** The highest classification each role may read in full. */
export const CLEARANCE: Readonly<Record<Role, Classification>> = {
  [Role.ADMIN]: R,
  [Role.ORG_DEPT]: R,
  [Role.INDUSTRY_BUREAU]: S,
  [Role.PARTY_SCHOOL]: I,
  [Role.CADRE]: S,
  [Role.REPORTER]: P,
};

export type FieldDecision = 'ALLOW' | 'MASK' | 'DENY' | 'OWN_ROWS';

/** Masks for fields a role may see only masked (above its clearance). */
export const MASKS: Readonly<Record<string, (value: string) => string>> = {
  // 350102********1234: region code and the last four, nothing that identifies the birth date.
  'Cadre.idCardNumber': (v) => (v.length >= 10 ? `${v.slice(0, 6)}${'*'.repeat(v.length - 10)}${v.slice(-4)}` : '*'.repeat(v.length)),
};

/** Roles that get a mask, instead of a denial, for masked fields above their clearance. */
export const MASKED_ROLES: ReadonlySet<Role> = new Set([Role.INDUSTRY_BUREAU]);

/**
 * Per-role exceptions to the clearance rule. OWN_ROWS: allowed on the role's own rows only
 * (a party school sees its own teachers' contacts, not other schools'), denied elsewhere.
 */
export const FIELD_OVERRIDES: Readonly<Partial<Record<Role, Readonly<Record<string, FieldDecision>>>>> = {
  [Role.PARTY_SCHOOL]: { 'Teacher.phone': 'OWN_ROWS', 'Teacher.email': 'OWN_ROWS' },
  // A cadre's clearance covers their own record; other people's contacts stay closed.
  [Role.CADRE]: { 'Teacher.phone': 'DENY', 'Teacher.email': 'DENY' },
};

/** The decision for one role on one field: computed once per role at start-up, not per row. */
export function decideField(role: Role, type: string, field: string): FieldDecision {
  const key = `${type}.${field}`;
  const override = FIELD_OVERRIDES[role]?.[key];
  if (override) return override;
  const level = FIELD_CLASSIFICATION[type]?.[field] ?? (isPlumbingType(type) ? P : undefined);
  if (level === undefined) return 'DENY';
  if (RANK[level] <= RANK[CLEARANCE[role]]) return 'ALLOW';
  if (MASKED_ROLES.has(role) && MASKS[key]) return 'MASK';
  return 'DENY';
}

const ALL_ROLES = Object.values(Role);
const WRITERS = [Role.ADMIN, Role.ORG_DEPT, Role.PARTY_SCHOOL, Role.INDUSTRY_BUREAU];
const SCHOOL_WRITERS = [Role.ADMIN, Role.ORG_DEPT, Role.PARTY_SCHOOL];
const ORG_WRITERS = [Role.ADMIN, Role.ORG_DEPT];
const ADMIN_ONLY = [Role.ADMIN];
/** Roles that may run aggregate queries (each over its own row scope). */
export const AGGREGATE_ROLES: readonly Role[] = [Role.ADMIN, Role.ORG_DEPT, Role.INDUSTRY_BUREAU, Role.PARTY_SCHOOL, Role.REPORTER];

/** Who may call each query. Rows are further limited by the row scope. */
export const QUERY_POLICY: Readonly<Record<string, readonly Role[]>> = {
  me: ALL_ROLES,
  enumTypes: ALL_ROLES,
  region: ALL_ROLES,
  regions: ALL_ROLES,
  unit: ALL_ROLES,
  units: ALL_ROLES,
  cadre: ALL_ROLES,
  cadres: ALL_ROLES,
  institution: ALL_ROLES,
  institutions: ALL_ROLES,
  teacher: ALL_ROLES,
  teachers: ALL_ROLES,
  course: ALL_ROLES,
  courses: ALL_ROLES,
  textbook: ALL_ROLES,
  textbooks: ALL_ROLES,
  teachingCase: ALL_ROLES,
  teachingCases: ALL_ROLES,
  caseCollection: ALL_ROLES,
  caseCollections: ALL_ROLES,
  onsiteTeachingSite: ALL_ROLES,
  onsiteTeachingSites: ALL_ROLES,
  trainingClass: ALL_ROLES,
  trainingClasses: ALL_ROLES,
  trainingAssignment: ALL_ROLES,
  trainingAssignments: ALL_ROLES,
  trainingRecord: ALL_ROLES,
  trainingRecords: ALL_ROLES,
  platform: ALL_ROLES,
  platforms: ALL_ROLES,
  evaluation: ALL_ROLES,
  evaluations: ALL_ROLES,
  auditEntries: ORG_WRITERS,
  // Aggregates: same row scope as the lists; a cadre token has no use for them.
  complianceSummary: AGGREGATE_ROLES,
  trainingStatistics: AGGREGATE_ROLES,
  assignmentStatistics: AGGREGATE_ROLES,
  // The people to notify (提醒通报): per-person, so not for reporting tools.
  overdueCadres: [Role.ADMIN, Role.ORG_DEPT, Role.INDUSTRY_BUREAU, Role.PARTY_SCHOOL],
  complianceRules: ALL_ROLES,
  cadreGroupRules: ALL_ROLES,
  planPeriods: ALL_ROLES,
  hoursConversions: ALL_ROLES,
  coverageSummary: AGGREGATE_ROLES,
  coverageRules: ALL_ROLES,
  // Scores are INTERNAL and a cadre's Evaluation scope is NONE: the roles that may read the scores
  // they compare (a reporting tool's clearance is PUBLIC; a cadre sees no evaluations).
  evaluationStatistics: [Role.ADMIN, Role.ORG_DEPT, Role.INDUSTRY_BUREAU, Role.PARTY_SCHOOL],
  // Counts of public awards (好课程、好教材、精品案例 are published selections): every role may list the
  // awards with a totalCount already, so refusing the counts to anyone would protect nothing.
  selectionProgress: ALL_ROLES,
  // Hours of institutions' class sessions and courses (reference data every role lists already), but a
  // management aggregate: the roles that run aggregates, each over its row scope; a cadre has no use for it.
  courseUpdateIndicators: AGGREGATE_ROLES,
};

/** Who may call each mutation. Which rows they may change is the ownership rule (access/ownership.ts). */
export const MUTATION_POLICY: Readonly<Record<string, readonly Role[]>> = {
  createRegion: ADMIN_ONLY,
  updateRegion: ADMIN_ONLY,
  archiveRegion: ADMIN_ONLY,
  createUnit: ORG_WRITERS,
  updateUnit: ORG_WRITERS,
  archiveUnit: ORG_WRITERS,
  createCadre: ORG_WRITERS,
  updateCadre: [Role.ADMIN, Role.ORG_DEPT, Role.INDUSTRY_BUREAU],
  archiveCadre: ORG_WRITERS,
  createTrainingRecord: WRITERS,
  updateTrainingRecord: WRITERS,
  archiveTrainingRecord: WRITERS,
  createPlatform: ADMIN_ONLY,
  updatePlatform: ADMIN_ONLY,
  archivePlatform: ADMIN_ONLY,
  createEvaluation: SCHOOL_WRITERS,
  updateEvaluation: SCHOOL_WRITERS,
  archiveEvaluation: SCHOOL_WRITERS,
  createInstitution: ORG_WRITERS,
  updateInstitution: SCHOOL_WRITERS,
  archiveInstitution: ORG_WRITERS,
  createTeacher: SCHOOL_WRITERS,
  updateTeacher: SCHOOL_WRITERS,
  archiveTeacher: SCHOOL_WRITERS,
  addTeacherToPool: SCHOOL_WRITERS,
  removeTeacherFromPool: SCHOOL_WRITERS,
  createCourse: SCHOOL_WRITERS,
  updateCourse: SCHOOL_WRITERS,
  reviewCourse: SCHOOL_WRITERS,
  archiveCourse: SCHOOL_WRITERS,
  addCourseAward: SCHOOL_WRITERS,
  removeCourseAward: SCHOOL_WRITERS,
  createTextbook: SCHOOL_WRITERS,
  updateTextbook: SCHOOL_WRITERS,
  archiveTextbook: SCHOOL_WRITERS,
  addTextbookAward: SCHOOL_WRITERS,
  removeTextbookAward: SCHOOL_WRITERS,
  createTeachingCase: SCHOOL_WRITERS,
  updateTeachingCase: SCHOOL_WRITERS,
  reviewTeachingCase: SCHOOL_WRITERS,
  archiveTeachingCase: SCHOOL_WRITERS,
  createCaseCollection: SCHOOL_WRITERS,
  updateCaseCollection: SCHOOL_WRITERS,
  archiveCaseCollection: SCHOOL_WRITERS,
  addCaseAward: SCHOOL_WRITERS,
  removeCaseAward: SCHOOL_WRITERS,
  createOnsiteTeachingSite: SCHOOL_WRITERS,
  updateOnsiteTeachingSite: SCHOOL_WRITERS,
  archiveOnsiteTeachingSite: SCHOOL_WRITERS,
  createTrainingClass: SCHOOL_WRITERS,
  updateTrainingClass: SCHOOL_WRITERS,
  archiveTrainingClass: SCHOOL_WRITERS,
  addClassSession: SCHOOL_WRITERS,
  updateClassSession: SCHOOL_WRITERS,
  removeClassSession: SCHOOL_WRITERS,
  setClassQuota: SCHOOL_WRITERS,
  createTrainingAssignment: SCHOOL_WRITERS,
  updateTrainingAssignment: SCHOOL_WRITERS,
  archiveTrainingAssignment: SCHOOL_WRITERS,
  transitionTrainingAssignment: SCHOOL_WRITERS,
  // Rows for cadres outside the caller's scope are answered "no such record" by the import itself.
  importTrainingRecords: WRITERS,
  addComplianceRuleVersion: ADMIN_ONLY,
  addCadreGroupRuleVersion: ADMIN_ONLY,
  addCoverageRuleVersion: ADMIN_ONLY,
};
