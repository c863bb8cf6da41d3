/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 新增分组规则版本 (place a category or a rank in a group from validFrom; the version in force then ends that day) */
export type AddCadreGroupRuleVersionInput = {
  /** 依据 (CATEGORY or RANK) */
  basis: CadreGroupBasis;
  /** 分组 (A or B; with basis RANK, null ends the rank's rule so the category decides again) */
  cadreGroup?: CadreGroup | null | undefined;
  /** 干部类别 (with basis CATEGORY) */
  category?: CadreCategory | null | undefined;
  /** 说明 (note, e.g. the document that changed it) */
  note?: string | null | undefined;
  /** 职级 (with basis RANK) */
  rank?: CadreRank | null | undefined;
  /** 生效日期 (in force from this date) */
  validFrom: string;
};

/** 登记案例获奖 (record an award won by a case, e.g. 精品案例) */
export type AddCaseAwardInput = {
  /** 案例 (case id) */
  caseId: string | number;
  /** 获奖级别 (award level) */
  level: AwardLevel;
  /** 奖项名称 (award name) */
  name: string;
  /** 获奖年度 (year awarded, 2000–2100) */
  year: number;
};

/** 新增课表 (add a session to a class's timetable) */
export type AddClassSessionInput = {
  /** 班次 (training class id) */
  classId: string | number;
  /** 课程 (course id) */
  courseId?: string | number | null | undefined;
  /** 上课日期 (date; within the class's dates) */
  date: string;
  /** 学时 (hours; 0 to 24, one decimal place) */
  hours: number;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 是否领导干部授课 (taught by a leading cadre; default false) */
  isLeaderLecture?: boolean | null | undefined;
  /** 教学方式 (teaching method) */
  method: TeachingMethod;
  /** 现场教学点 (onsite teaching site id; onsite sessions only) */
  siteId?: string | number | null | undefined;
  /** 授课教师 (teacher id) */
  teacherId?: string | number | null | undefined;
  /** 课题 (session title) */
  title: string;
  /** 教学场所 (venue; default ONSITE when a site is given, else CLASSROOM) */
  venue?: SessionVenue | null | undefined;
};

/** 新增学时规则版本 (add a version of a compliance rule, in force from validFrom; the previous version ends that day) */
export type AddComplianceRuleVersionInput = {
  /** 适用分组 (the group it applies to; ALL for every group without its own row) */
  cadreGroup: CadreGroup;
  /** 计入的班次类型 (class kinds that count, for the theory cycle) */
  classKinds?: Array<ClassKind> | null | undefined;
  /** 规则种类 (which rule) */
  code: ComplianceRuleCode;
  /** 最低天数 (minimum days, the alternative to hours) */
  minDays?: number | null | undefined;
  /** 最低学时 (minimum hours) */
  minHours?: number | null | undefined;
  /** 计入的培训形式 (training modes that count) */
  modes: Array<TrainingMode>;
  /** 说明 (note, e.g. the document that changed it) */
  note?: string | null | undefined;
  /** 考核周期 (how the window is drawn) */
  periodKind: CompliancePeriodKind;
  /** 周期年数 (period length in years) */
  periodYears: number;
  /** 新提任宽限月数 (months a newly promoted cadre has to comply) */
  promotionGraceMonths?: number | null | undefined;
  /** 仅认可平台 (only recognised platforms count; default false) */
  recognisedOnly?: boolean | null | undefined;
  /** 红色阈值 (RED when behind by more than this share; default 0.3) */
  redBehind?: number | null | undefined;
  /** 生效日期 (in force from this date) */
  validFrom: string;
  /** 黄色阈值 (YELLOW when behind the pace line by more than this share of the requirement; default 0.1) */
  yellowBehind?: number | null | undefined;
};

/** 登记课程获奖 (record an award won by a course) */
export type AddCourseAwardInput = {
  /** 课程 (course id) */
  courseId: string | number;
  /** 获奖级别 (award level) */
  level: AwardLevel;
  /** 奖项名称 (award name, e.g. 全省干部教育培训好课程) */
  name: string;
  /** 获奖年度 (year awarded) */
  year: number;
};

/** 新增覆盖规则版本 (add a version of a coverage rule, in force from validFrom; the version in force then ends that day) */
export type AddCoverageRuleVersionInput = {
  /** 依据 (the plan annex, e.g. 附件3.2) */
  basis: string;
  /** 计入的班次类型 (empty: any) */
  classKinds?: Array<ClassKind> | null | undefined;
  /** 规则代码 (stable key: a new code starts a new rule, an existing one adds a version) */
  code: string;
  /** 周期 (how the cycle is drawn) */
  cycleKind: CoverageCycleKind;
  /** 周期月数 (required for ROLLING and FROM_ENTRY) */
  cycleMonths?: number | null | undefined;
  /** 计入的机构类型 (empty: any) */
  institutionKinds?: Array<InstitutionKind> | null | undefined;
  /** 计入的机构层级 (list every level that qualifies, e.g. 市级以上 = NATIONAL, PROVINCIAL, MUNICIPAL; empty: any) */
  institutionLevels?: Array<InstitutionLevel> | null | undefined;
  /** 规则种类 (per person, or a share of the population) */
  kind: CoverageKind;
  /** 党委领导班子成员 (null: no condition) */
  leadershipTeam?: boolean | null | undefined;
  /** 干部管理层级，任一 (PROVINCIAL, CITY, COUNTY, OTHER; empty: any) */
  managementLevels?: Array<string> | null | undefined;
  /** 计入的培训形式 (empty: any) */
  modes?: Array<TrainingMode> | null | undefined;
  /** 规则名称 (name in Chinese) */
  name: string;
  /** 新录用公务员 (null: no condition) */
  newCivilServant?: boolean | null | undefined;
  /** 说明 (note: the reading of the plan, the document that changed it) */
  note?: string | null | undefined;
  /** 党务干部 (null: no condition) */
  partyAffairs?: boolean | null | undefined;
  /** 主要职务，任一 (CITY_COUNTY_PRINCIPAL, TOWNSHIP_PRINCIPAL, TOWNSHIP_PARTY_BUILDING_DEPUTY, TOWNSHIP_ORGANIZATION_MEMBER, UNIT_PRINCIPAL) */
  principalPosts?: Array<string> | null | undefined;
  /** 选调生 (null: no condition) */
  selectedGraduate?: boolean | null | undefined;
  /** 最低比例 (required for SHARE rules, 0–1, three places) */
  shareMin?: number | null | undefined;
  /** 省管企业领导班子成员 (null: no condition) */
  soeLeadership?: boolean | null | undefined;
  /** 生效日期 (in force from this date) */
  validFrom: string;
  /** 村(社区)职务，任一 (PARTY_SECRETARY, COMMITTEE_DIRECTOR, FIRST_SECRETARY, WORK_TEAM_MEMBER, OTHER_VILLAGE_CADRE) */
  villageRoles?: Array<string> | null | undefined;
  /** 预警月数 (yellow from this many months before the due date; default 0) */
  warnMonths?: number | null | undefined;
  /** 年轻干部 (null: no condition) */
  young?: boolean | null | undefined;
};

/** 师资入库 (add a teacher to a published quality pool) */
export type AddTeacherToPoolInput = {
  /** 师资库名称 (name of the pool) */
  poolName?: string | null | undefined;
  /** 发布机构 (institution publishing the pool) */
  publisherId: string | number;
  /** 师资 (teacher id) */
  teacherId: string | number;
  /** 入库年度 (year the pool is published) */
  year: number;
};

/** 登记教材获奖 (record an award won by a textbook) */
export type AddTextbookAwardInput = {
  /** 获奖级别 (award level) */
  level: AwardLevel;
  /** 奖项名称 (award name, e.g. 全省干部教育培训好教材) */
  name: string;
  /** 教材 (textbook id) */
  textbookId: string | number;
  /** 获奖年度 (year awarded) */
  year: number;
};

/** 归档输入 (archive a record at a known version) */
export type ArchiveInput = {
  /** 记录标识 (id of the record) */
  id: string | number;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 调训操作 (training assignment workflow action) */
export type AssignmentAction =
  /** 审批同意 */
  | 'APPROVE'
  /** 免训 */
  | 'EXEMPT'
  /** 报备 */
  | 'FILE'
  /** 登记缺训 */
  | 'MARK_ABSENT'
  /** 登记参训（生成培训记录） */
  | 'MARK_ATTENDED'
  /** 要求补训 */
  | 'REQUIRE_MAKEUP'
  /** 撤销参训或缺训登记（删除生成的培训记录） */
  | 'UNDO_ATTENDANCE';

/** 调训统计维度 (dimension of assignment statistics) */
export type AssignmentStatisticsDimension =
  /** 按培训机构 */
  | 'INSTITUTION'
  /** 按干部所在行政区划 */
  | 'REGION'
  /** 按干部所在单位 */
  | 'UNIT'
  /** 按年度（班次开班日期） */
  | 'YEAR';

/** 调训统计筛选条件 (which assignments are counted) */
export type AssignmentStatisticsFilter = {
  /** 起始日期 (classes starting on or after this day) */
  from?: string | null | undefined;
  /** 培训机构 (the class's institution id) */
  institutionId?: string | number | null | undefined;
  /** 行政区划代码，含下级 (cadre's region code; the whole subtree) */
  regionCode?: string | null | undefined;
  /** 截止日期 (classes starting on or before this day) */
  to?: string | null | undefined;
  /** 单位 (cadre's unit id) */
  unitId?: string | number | null | undefined;
};

/** 调训状态 (status of a training assignment) */
export type AssignmentStatus =
  /** 缺训 */
  | 'ABSENT'
  /** 已审批 */
  | 'APPROVED'
  /** 已参训 */
  | 'ATTENDED'
  /** 已免训 */
  | 'EXEMPTED'
  /** 已报备 */
  | 'FILED'
  /** 需补训 */
  | 'MAKEUP_REQUIRED'
  /** 点名调训 */
  | 'NOMINATED';

/** 审计日志筛选条件 (audit log filter) */
export type AuditEntryFilter = {
  /** 操作 (action, exact, e.g. UPDATE) */
  action?: string | null | undefined;
  /** 操作人 (actor: token subject, exact) */
  actor?: string | null | undefined;
  /** 起始时间，含 (at or after this time) */
  atFrom?: string | null | undefined;
  /** 截止时间，含 (at or before this time) */
  atTo?: string | null | undefined;
  /** 对象类型 (entity type, exact, e.g. TrainingRecord) */
  entity?: string | null | undefined;
  /** 对象标识 (entries concerning this record id) */
  entityId?: string | null | undefined;
};

/** AuditEntry 排序方式 (ordering of AuditEntry lists) */
export type AuditEntryOrderBy =
  /** 按时间升序 */
  | 'AT_ASC'
  /** 按时间降序 */
  | 'AT_DESC'
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC';

/** 获奖级别 (award level) */
export type AwardLevel =
  /** 设区市级 */
  | 'MUNICIPAL'
  /** 全国 */
  | 'NATIONAL'
  /** 省级 */
  | 'PROVINCIAL';

/** 干部类别 (category in the plan's hours table, 附件1) */
export type CadreCategory =
  /** 县处级以上党政领导干部 */
  | 'COUNTY_LEADER_AND_ABOVE'
  /** 事业单位六级管理岗位以上人员 */
  | 'INSTITUTION_SENIOR_MANAGER'
  /** 一级主任科员及以下职级公务员 */
  | 'JUNIOR_CIVIL_SERVANT'
  /** 专业技术人员 */
  | 'PROFESSIONAL_TECHNICAL'
  /** 四级调研员及以上职级公务员 */
  | 'SENIOR_CIVIL_SERVANT'
  /** 国有企事业单位其他管理人员 */
  | 'SOE_OTHER_MANAGER'
  /** 国有企业相当职务层次以上领导人员 */
  | 'SOE_SENIOR_MANAGER'
  /** 乡科级党政领导干部 */
  | 'TOWNSHIP_LEADER';

/** 干部筛选条件 (cadre filter) */
export type CadreFilter = {
  /** 干部类别，任一 (any of these categories) */
  category?: Array<CadreCategory> | null | undefined;
  /** 党委(党组)领导班子成员 (leadership-team members only / none) */
  isLeadershipTeamMember?: boolean | null | undefined;
  /** 党务干部 (party-affairs cadres only / none) */
  isPartyAffairsCadre?: boolean | null | undefined;
  /** 一把手 (principal leaders only / none) */
  isPrincipalLeader?: boolean | null | undefined;
  /** 选调生 (selected graduates only / none) */
  isSelectedGraduate?: boolean | null | undefined;
  /** 国有企业领导班子成员 (SOE leadership-team members only / none) */
  isSoeLeadershipMember?: boolean | null | undefined;
  /** 年轻干部 (young cadres only / none) */
  isYoungCadre?: boolean | null | undefined;
  /** 姓名关键词 (name keyword) */
  keyword?: string | null | undefined;
  /** 干部管理层级，任一 (any of these management levels) */
  managementLevel?: Array<ManagementLevel> | null | undefined;
  /** 重点岗位，任一 (any of these posts) */
  principalPost?: Array<PrincipalPost> | null | undefined;
  /** 职级，任一 (any of these ranks) */
  rank?: Array<CadreRank> | null | undefined;
  /** 行政区划代码，含下级 (region code; the whole subtree) */
  regionCode?: string | null | undefined;
  /** 行业系统，任一 (any of these sectors) */
  sector?: Array<Sector> | null | undefined;
  /** 状态，任一 (any of these statuses) */
  status?: Array<CadreStatus> | null | undefined;
  /** 单位 (unit id) */
  unitId?: string | number | null | undefined;
  /** 村(社区)职务，任一 (any of these village roles) */
  villageRole?: Array<VillageRole> | null | undefined;
};

/** 学时要求分组 (cadre group in the hours table) */
export type CadreGroup =
  /** 甲类：县处级以上等，5年累计要求 */
  | 'A'
  /** 全部干部 */
  | 'ALL'
  /** 乙类：乡科级及以下等，每年要求 */
  | 'B';

/** 分组依据 (what placed the cadre in its group) */
export type CadreGroupBasis =
  /** 按干部类别 */
  | 'CATEGORY'
  /** 按职级（四级调研员及相当层次以上职级、县处级以上职务职级归甲类，附件1注） */
  | 'RANK';

/** Cadre 排序方式 (ordering of Cadre lists) */
export type CadreOrderBy =
  /** 按出生日期升序 */
  | 'BIRTH_DATE_ASC'
  /** 按出生日期降序 */
  | 'BIRTH_DATE_DESC'
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按姓名升序 */
  | 'NAME_ASC'
  /** 按姓名降序 */
  | 'NAME_DESC';

/** 职级 (rank) */
export type CadreRank =
  /** 厅局级正职 */
  | 'BUREAU_CHIEF'
  /** 厅局级副职 */
  | 'BUREAU_DEPUTY'
  /** 县处级正职 */
  | 'DIVISION_CHIEF'
  /** 县处级副职 */
  | 'DIVISION_DEPUTY'
  /** 其他(企业、事业、专业技术岗位) */
  | 'OTHER'
  /** 主任科员(一级至四级) */
  | 'PRINCIPAL_STAFF'
  /** 调研员(一级至四级) */
  | 'RESEARCHER'
  /** 乡科级正职 */
  | 'SECTION_CHIEF'
  /** 乡科级副职 */
  | 'SECTION_DEPUTY'
  /** 科员及以下 */
  | 'STAFF';

/** 干部状态 (status) */
export type CadreStatus =
  /** 在职 */
  | 'ACTIVE'
  /** 退休 */
  | 'RETIRED'
  /** 调出本省 */
  | 'TRANSFERRED_OUT';

/** 案例汇编筛选条件 (case collection filter) */
export type CaseCollectionFilter = {
  /** 收录案例 (collections containing this case) */
  caseId?: string | number | null | undefined;
  /** 编印机构 (institution id) */
  institutionId?: string | number | null | undefined;
  /** 汇编名称关键词 (title keyword) */
  keyword?: string | null | undefined;
  /** 年度起 (year from, inclusive) */
  yearFrom?: number | null | undefined;
  /** 年度止 (year to, inclusive) */
  yearTo?: number | null | undefined;
};

/** CaseCollection 排序方式 (ordering of CaseCollection lists) */
export type CaseCollectionOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按名称升序 */
  | 'TITLE_ASC'
  /** 按名称降序 */
  | 'TITLE_DESC'
  /** 按年度升序 */
  | 'YEAR_ASC'
  /** 按年度降序 */
  | 'YEAR_DESC';

/** 班次类型 (kind of class) */
export type ClassKind =
  /** 任职培训班 */
  | 'APPOINTMENT'
  /** 主体班次 */
  | 'MAIN'
  /** 初任培训班 */
  | 'ONBOARDING'
  /** 网络专题班 */
  | 'ONLINE_THEMATIC'
  /** 一把手专题研讨班 */
  | 'PRINCIPAL_LEADER'
  /** 行业系统培训班 */
  | 'SECTOR'
  /** 专题培训班 */
  | 'THEMATIC'
  /** 中青年干部培训班 */
  | 'YOUNG_CADRE';

/** 分色预警 (colour warning: on track, behind, far behind or overdue) */
export type ComplianceColour =
  /** 绿色：进度正常或已达标 */
  | 'GREEN'
  /** 红色：严重滞后或逾期未达标 */
  | 'RED'
  /** 黄色：进度滞后 */
  | 'YELLOW';

/** 汇总维度 (dimension of a compliance summary) */
export type ComplianceGroupBy =
  /** 按干部类别 */
  | 'CATEGORY'
  /** 按行政区划 */
  | 'REGION'
  /** 按行业系统 */
  | 'SECTOR'
  /** 按单位 */
  | 'UNIT';

/** 考核周期 (how the counting window is drawn) */
export type CompliancePeriodKind =
  /** 自然年度 */
  | 'CALENDAR_YEAR'
  /** 规划期（查询日所在的规划期，如2024—2028年；无规划期时按滚动年限） */
  | 'PLAN_PERIOD'
  /** 滚动年限（截至查询日的最近N年） */
  | 'ROLLING_YEARS';

/** 学时规则种类 (kind of compliance rule) */
export type ComplianceRuleCode =
  /** 集中培训学时或天数 */
  | 'CENTRALIZED'
  /** 网络自学学时 */
  | 'SELF_STUDY'
  /** 一把手和年轻干部系统理论培训周期 */
  | 'THEORY_CYCLE';

/** 统计口径 (how group A's five-year requirement is windowed) */
export type ComplianceView =
  /** 按规划期（默认）：2024—2028年累计，规划期内进入甲类的按比例折算 */
  | 'PLAN_PERIOD'
  /** 按滚动五年：截至统计日的最近5年 */
  | 'ROLLING';

/** 县级党校分类 (county party school category) */
export type CountySchoolCategory =
  /** 巩固达标类 */
  | 'CONSOLIDATION'
  /** 统筹提升类 */
  | 'COORDINATED_IMPROVEMENT'
  /** 独立提升类 */
  | 'INDEPENDENT_IMPROVEMENT';

/** 课程类别 (course category) */
export type CourseCategory =
  /** 履职能力培训 */
  | 'CAPABILITY'
  /** 知识培训 */
  | 'KNOWLEDGE'
  /** 党性教育 */
  | 'PARTY_SPIRIT'
  /** 理论教育 */
  | 'THEORY';

/** 课程筛选条件 (course library filter) */
export type CourseFilter = {
  /** 获奖级别，任一 (won an award of any of these levels) */
  awardLevel?: Array<AwardLevel> | null | undefined;
  /** 获奖年度 (won an award in this year; with awardLevel: the same award) */
  awardYear?: number | null | undefined;
  /** 获奖年度起，含 (won an award in or after this year; with awardLevel: the same award) */
  awardYearFrom?: number | null | undefined;
  /** 获奖年度止，含 (won an award in or before this year; with awardLevel: the same award) */
  awardYearTo?: number | null | undefined;
  /** 课程类别，任一 (any of these categories) */
  category?: Array<CourseCategory> | null | undefined;
  /** 授课形式，任一 (any of these formats) */
  format?: Array<CourseFormat> | null | undefined;
  /** 是否获奖 (with at least one award / with none) */
  hasAward?: boolean | null | undefined;
  /** 所属机构 (owning institution id) */
  institutionId?: string | number | null | undefined;
  /** 名称或简介关键词 (keyword in title or description) */
  keyword?: string | null | undefined;
  /** 教学方式，任一 (any of these methods) */
  method?: Array<TeachingMethod> | null | undefined;
  /** 审核状态，任一 (any of these review statuses) */
  status?: Array<ReviewStatus> | null | undefined;
  /** 授课师资 (courses taught by this teacher) */
  teacherId?: string | number | null | undefined;
};

/** 授课形式 (delivery format) */
export type CourseFormat =
  /** 线上线下融合 */
  | 'HYBRID'
  /** 线下面授 */
  | 'IN_PERSON'
  /** 网络课程 */
  | 'ONLINE';

/** Course 排序方式 (ordering of Course lists) */
export type CourseOrderBy =
  /** 按学时升序 */
  | 'HOURS_ASC'
  /** 按学时降序 */
  | 'HOURS_DESC'
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按课程名称升序 */
  | 'TITLE_ASC'
  /** 按课程名称降序 */
  | 'TITLE_DESC';

/** 课程更新度量 (how an institution's course update is measured) */
export type CourseUpdateMeasure =
  /** 网络学院当年新上线课程学时 */
  | 'NEW_COURSE_HOURS'
  /** 主体班次课程更新率（当年主体班次课时中新开发或修订课程的课时占比） */
  | 'UPDATED_SHARE';

/** 覆盖周期 (how the cycle of a coverage rule is drawn) */
export type CoverageCycleKind =
  /** 每个自然年度至少1次 */
  | 'CALENDAR_YEAR'
  /** 录用后N个月内（初任培训） */
  | 'FROM_ENTRY'
  /** 规划期内至少1次 */
  | 'PLAN_PERIOD'
  /** 滚动周期：上次参训后N个月内须再次参训 */
  | 'ROLLING';

/** 覆盖规则种类 (per-person requirement, or a share of the population) */
export type CoverageKind =
  /** 每人均须参训 */
  | 'PER_PERSON'
  /** 人群中参训比例不低于下限（个人不分色） */
  | 'SHARE';

/** 覆盖状态 (standing against one coverage rule) */
export type CoverageStatus =
  /** 本周期尚未参训，未过期限 */
  | 'DUE'
  /** 本周期已参训 */
  | 'MET'
  /** 已过期限仍未参训 */
  | 'OVERDUE';

/** 新增干部 (create a cadre) */
export type CreateCadreInput = {
  /** 任现职时间 (appointed at) */
  appointedAt?: string | null | undefined;
  /** 出生日期 (birth date) */
  birthDate: string;
  /** 干部类别 (category) */
  category: CadreCategory;
  /** 录用为公务员日期 (civil-service entry date; from the 16th birthday to today) */
  civilServiceEntryDate?: string | null | undefined;
  /** 性别 (gender) */
  gender: Gender;
  /** 身份证号 (ID-card number) */
  idCardNumber: string;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 是否党委(党组)领导班子成员 (leadership-team member; default false) */
  isLeadershipTeamMember?: boolean | null | undefined;
  /** 是否党务干部 (party-affairs cadre; default false) */
  isPartyAffairsCadre?: boolean | null | undefined;
  /** 是否一把手 (principal leader) */
  isPrincipalLeader?: boolean | null | undefined;
  /** 是否选调生 (selected graduate; default false) */
  isSelectedGraduate?: boolean | null | undefined;
  /** 是否国有企业领导班子成员 (SOE leadership-team member; default false) */
  isSoeLeadershipMember?: boolean | null | undefined;
  /** 是否年轻干部 (young cadre) */
  isYoungCadre?: boolean | null | undefined;
  /** 干部管理层级 (management level; default OTHER) */
  managementLevel?: ManagementLevel | null | undefined;
  /** 姓名 (name) */
  name: string;
  /** 联系电话 (phone) */
  phone?: string | null | undefined;
  /** 职务 (position) */
  position: string;
  /** 重点岗位 (principal post; not together with villageRole) */
  principalPost?: PrincipalPost | null | undefined;
  /** 职级 (rank) */
  rank: CadreRank;
  /** 行政区划 (region id; defaults to the unit's region) */
  regionId?: string | number | null | undefined;
  /** 行业系统 (sector; defaults to the unit's sector) */
  sector?: Sector | null | undefined;
  /** 任县处级或四级调研员以上时间 (at county/division level or 四级调研员 and above since; from the 16th birthday to today) */
  seniorLevelSince?: string | null | undefined;
  /** 单位 (unit id); region and sector default to the unit's */
  unitId: string | number;
  /** 村(社区)职务 (village or community role; not together with principalPost) */
  villageRole?: VillageRole | null | undefined;
};

/** 新增案例汇编 (create a case collection) */
export type CreateCaseCollectionInput = {
  /** 收录案例 (case ids) */
  caseIds?: Array<string | number> | null | undefined;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 编印机构 (institution id) */
  institutionId: string | number;
  /** 汇编名称 (title) */
  title: string;
  /** 编印年度 (year published) */
  year: number;
};

/** 新增课程 (create a course; it starts as DRAFT) */
export type CreateCourseInput = {
  /** 关联案例 (teaching case ids) */
  caseIds?: Array<string | number> | null | undefined;
  /** 课程类别 (category) */
  category: CourseCategory;
  /** 课程简介 (description) */
  description?: string | null | undefined;
  /** 授课形式 (delivery format) */
  format: CourseFormat;
  /** 学时 (hours, at least 0, one decimal place) */
  hours: number;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 所属机构 (owning institution id) */
  institutionId: string | number;
  /** 教学方式 (teaching method) */
  method: TeachingMethod;
  /** 授课师资 (teacher ids) */
  teacherIds?: Array<string | number> | null | undefined;
  /** 课程名称 (title) */
  title: string;
};

/** 新增评估 (create an evaluation of one target) */
export type CreateEvaluationInput = {
  /** 评语 (comments) */
  comments?: string | null | undefined;
  /** 评估人 (evaluator) */
  evaluator: string;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 评估类型 (kind of evaluation) */
  kind: EvaluationKind;
  /** 评估期间 (period, e.g. 2025 or 2025-SPRING) */
  period: string;
  /** 评分 (score, 0–100, at most two decimal places) */
  score: number;
  /** 评估对象 (id of the target; must be a Course, Teacher, TrainingClass, Institution or OnsiteTeachingSite id matching targetKind) */
  targetId: string | number;
  /** 评估对象类型 (what is evaluated) */
  targetKind: EvaluationTargetKind;
};

/** 新增培训机构 (create an institution) */
export type CreateInstitutionInput = {
  /** 县级党校分类 (county school category; only when level is COUNTY) */
  countyCategory?: CountySchoolCategory | null | undefined;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 机构类型 (kind) */
  kind: InstitutionKind;
  /** 机构层级 (level) */
  level: InstitutionLevel;
  /** 机构名称 (name) */
  name: string;
  /** 所在行政区划 (region id) */
  regionId: string | number;
  /** 简称 (short name) */
  shortName?: string | null | undefined;
  /** 上级指导机构 (supervising institution id, 上级党校业务指导) */
  supervisorId?: string | number | null | undefined;
};

/** 新增现场教学点 (create an onsite teaching site) */
export type CreateOnsiteTeachingSiteInput = {
  /** 地址 (address) */
  address?: string | null | undefined;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 管理机构 (managing institution id) */
  institutionId: string | number;
  /** 教学点名称 (name) */
  name: string;
  /** 所在行政区划 (region id) */
  regionId: string | number;
  /** 状态 (status; default ACTIVE) */
  status?: SiteStatus | null | undefined;
  /** 教学主题 (theme) */
  theme: string;
};

/** 新增培训平台 (create a platform) */
export type CreatePlatformInput = {
  /** 平台代码 (unique code; letters, digits, "_", "." or "-") */
  code: string;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 是否经组织人事部门认可 (recognised; default false) */
  isRecognised?: boolean | null | undefined;
  /** 平台名称 (name) */
  name: string;
  /** 主办单位 (owner) */
  owner: string;
  /** 平台网址 (http(s) URL) */
  url?: string | null | undefined;
};

/** 新增师资 (create a teacher) */
export type CreateTeacherInput = {
  /** 个人简介 (biography) */
  biography?: string | null | undefined;
  /** 对应干部 (cadre id; only for LEADING_CADRE or GRASSROOTS_CADRE teachers) */
  cadreId?: string | number | null | undefined;
  /** 电子邮箱 (email) */
  email?: string | null | undefined;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 所属机构 (home institution id) */
  institutionId?: string | number | null | undefined;
  /** 是否名师 (renowned teacher; default false) */
  isRenowned?: boolean | null | undefined;
  /** 师资类型 (full- or part-time) */
  kind: TeacherKind;
  /** 姓名 (name) */
  name: string;
  /** 联系电话 (phone) */
  phone?: string | null | undefined;
  /** 师资来源 (source) */
  source: TeacherSource;
  /** 专长领域 (specialties) */
  specialties?: Array<string> | null | undefined;
  /** 职称 (professional title) */
  title?: string | null | undefined;
};

/** 新增案例 (create a teaching case; it starts as a draft, 制作中) */
export type CreateTeachingCaseInput = {
  /** 作者 (authors) */
  authors?: Array<string> | null | undefined;
  /** 案例正文 (body) */
  body: string;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 来源机构 (source institution id) */
  institutionId: string | number;
  /** 案例所在行政区划 (region the case is about) */
  regionId?: string | number | null | undefined;
  /** 案例摘要 (summary) */
  summary: string;
  /** 案例主题 (themes, e.g. 木兰溪治理) */
  themes?: Array<string> | null | undefined;
  /** 案例标题 (title) */
  title: string;
  /** 年度 (year written, 1949–2100) */
  year: number;
};

/** 新增教材 (create a textbook) */
export type CreateTextbookInput = {
  /** 作者 (authors) */
  authors?: Array<string> | null | undefined;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 编写机构 (compiling institution id) */
  institutionId?: string | number | null | undefined;
  /** 是否案例教材 (case textbook; default false) */
  isCaseTextbook?: boolean | null | undefined;
  /** 出版社 (publisher) */
  publisher: string;
  /** 教材名称 (title) */
  title: string;
  /** 出版年份 (year published) */
  year: number;
};

/** 点名调训 (nominate a cadre for a class) */
export type CreateTrainingAssignmentInput = {
  /** 干部 (cadre id) */
  cadreId: string | number;
  /** 班次 (training class id) */
  classId: string | number;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 备注 (note) */
  note?: string | null | undefined;
};

/** 新增班次 (create a training class) */
export type CreateTrainingClassInput = {
  /** 计划人数 (capacity; more than 0) */
  capacity: number;
  /** 培训天数 (days; default the calendar days from start to end) */
  days?: number | null | undefined;
  /** 结业日期 (end date; not before the start date) */
  endDate: string;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 举办机构 (institution id) */
  institutionId: string | number;
  /** 班次类型 (kind) */
  kind: ClassKind;
  /** 班次名称 (name) */
  name: string;
  /** 学期 (semester, e.g. 2025-SPRING) */
  semester: string;
  /** 开班日期 (start date) */
  startDate: string;
};

/** 新增培训记录 (create a training record; the recording agency comes from your token) */
export type CreateTrainingRecordInput = {
  /** 干部 (cadre id) */
  cadreId: string | number;
  /** 班次 (training class id, when known) */
  classId?: string | number | null | undefined;
  /** 课程 (course id, when known) */
  courseId?: string | number | null | undefined;
  /** 认定学时 (credited hours; defaults to the reported hours; reported and credited hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day, where training days are the days when above 0, else the calendar days from start to end date) */
  creditedHours?: number | null | undefined;
  /** 培训天数 (days; default 0; days at most the calendar days from start to end date, both counted) */
  days?: number | null | undefined;
  /** 结束日期 (end date; not before the start date; days at most the calendar days from start to end date, both counted and reported and credited hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day, where training days are the days when above 0, else the calendar days from start to end date) */
  endDate: string;
  /** 平台记录编号 (the platform's own record id; unique per platform) */
  externalId?: string | null | undefined;
  /** 报送学时 (hours as reported; >= 0, one decimal place; reported and credited hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day, where training days are the days when above 0, else the calendar days from start to end date) */
  hours: number;
  /** 幂等键 (idempotency key, optional: 1–100 printable ASCII characters chosen by the client, e.g. a UUID per intended create. Sending the same create again with the same key under the same token subject returns the record the first call created, as it is now, and creates nothing — retry safely after a lost response. The same key with a different input or another mutation is a CONFLICT; a call that failed keeps no key, so it may be retried with the same key. Keys are remembered for 24 hours) */
  idempotencyKey?: string | null | undefined;
  /** 培训形式 (mode) */
  mode: TrainingMode;
  /** 来源平台 (platform id) */
  platformId?: string | number | null | undefined;
  /** 开始日期 (start date) */
  startDate: string;
  /** 培训名称 (title) */
  title: string;
  /** 核验状态 (verification status; default VERIFIED) */
  verificationStatus?: VerificationStatus | null | undefined;
};

/** 评估筛选条件 (evaluation filter) */
export type EvaluationFilter = {
  /** 被评班次 (training class id) */
  classId?: string | number | null | undefined;
  /** 被评课程 (course id) */
  courseId?: string | number | null | undefined;
  /** 被评培训机构 (institution id) */
  institutionId?: string | number | null | undefined;
  /** 评估类型，任一 (any of these kinds) */
  kind?: Array<EvaluationKind> | null | undefined;
  /** 评估期间，任一 (any of these periods, e.g. 2025-SPRING) */
  period?: Array<string> | null | undefined;
  /** 最高评分，含 (maximum score, inclusive) */
  scoreMax?: number | null | undefined;
  /** 最低评分，含 (minimum score, inclusive) */
  scoreMin?: number | null | undefined;
  /** 被评现场教学点 (onsite teaching site id) */
  siteId?: string | number | null | undefined;
  /** 评估对象类型，任一 (any of these target kinds) */
  targetKind?: Array<EvaluationTargetKind> | null | undefined;
  /** 被评师资 (teacher id) */
  teacherId?: string | number | null | undefined;
};

/** 评估类型 (kind of evaluation) */
export type EvaluationKind =
  /** 办学质量评估 */
  | 'QUALITY_ASSESSMENT'
  /** 督导听课 */
  | 'SUPERVISOR_OBSERVATION'
  /** 学员评课 */
  | 'TRAINEE_RATING';

/** Evaluation 排序方式 (ordering of Evaluation lists) */
export type EvaluationOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按评估期间升序 */
  | 'PERIOD_ASC'
  /** 按评估期间降序 */
  | 'PERIOD_DESC'
  /** 按评分升序 */
  | 'SCORE_ASC'
  /** 按评分降序 */
  | 'SCORE_DESC';

/** 评估统计筛选条件 (which evaluations are counted; every condition narrows your scope, never widens it) */
export type EvaluationStatisticsFilter = {
  /** 所属机构 (subjects of this institution: the institution itself, or the course, teacher, class or site it owns) */
  institutionId?: string | number | null | undefined;
  /** 评估类型，任一 (学员评课 / 督导听课 / 办学质量评估; default: all kinds) */
  kind?: Array<EvaluationKind> | null | undefined;
  /** 最少评估次数 (subjects with fewer evaluations are left out of the figures and the ranking; default 1) */
  minCount?: number | null | undefined;
  /** 评估期间，任一 (exactly these periods, e.g. 2025-SPRING) */
  period?: Array<string> | null | undefined;
  /** 起始年度，含 (evaluations whose period is in or after this year; the year is the period's first four digits) */
  yearFrom?: number | null | undefined;
  /** 截止年度，含 (evaluations whose period is in or before this year) */
  yearTo?: number | null | undefined;
};

/** 评估统计排序 (order of the subjects; ties by id) */
export type EvaluationStatisticsOrder =
  /** 平均分从低到高 */
  | 'AVERAGE_ASC'
  /** 平均分从高到低（即名次） */
  | 'AVERAGE_DESC'
  /** 评估次数从少到多 */
  | 'COUNT_ASC'
  /** 评估次数从多到少 */
  | 'COUNT_DESC';

/** 评估对象类型 (what an evaluation is about) */
export type EvaluationTargetKind =
  /** 班次 */
  | 'CLASS'
  /** 课程 */
  | 'COURSE'
  /** 培训机构 */
  | 'INSTITUTION'
  /** 现场教学点 */
  | 'SITE'
  /** 师资 */
  | 'TEACHER';

/** 性别 (gender) */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 导入结果 (outcome of one imported row) */
export type ImportRowStatus =
  /** 已接收 */
  | 'ACCEPTED'
  /** 冲突：同一编号此前导入的内容不同 */
  | 'CONFLICT'
  /** 重复培训：已记录一次并标记为重复，不重复计学时 */
  | 'DUPLICATE'
  /** 已拒收（见原因） */
  | 'REJECTED'
  /** 此前已导入，内容相同，未作改动 */
  | 'UNCHANGED';

/** 互认导入的一条培训记录 (one training record reported by a platform) */
export type ImportTrainingRecordInput = {
  /** 干部 (cadre id; or give idCardNumber) */
  cadreId?: string | number | null | undefined;
  /** 班次 (training class id, when known) */
  classId?: string | number | null | undefined;
  /** 课程 (course id, when known) */
  courseId?: string | number | null | undefined;
  /** 培训天数 (days reported; at most the calendar days from start to end date, both counted, or the row is REJECTED) */
  days?: number | null | undefined;
  /** 结束日期 (end date, YYYY-MM-DD) */
  endDate: string;
  /** 平台记录编号 (the platform's own id of the record; imports are idempotent on it) */
  externalId: string;
  /** 报送学时 (hours reported; when absent, days or sessions are converted; reported or converted hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day — the days when above 0, else the calendar days — or the row is REJECTED naming the field they came from) */
  hours?: number | null | undefined;
  /** 身份证号 (ID-card number identifying the cadre, when the platform has no cadre id) */
  idCardNumber?: string | null | undefined;
  /** 培训形式 (a TrainingMode value, e.g. ONLINE_SELF_STUDY) */
  mode: string;
  /** 学习次数 (centre-group sessions reported) */
  sessions?: number | null | undefined;
  /** 开始日期 (start date, YYYY-MM-DD) */
  startDate: string;
  /** 培训名称 (title) */
  title: string;
};

/** 培训机构筛选条件 (institution filter) */
export type InstitutionFilter = {
  /** 县级党校分类，任一 (any of these county school categories) */
  countyCategory?: Array<CountySchoolCategory> | null | undefined;
  /** 名称或简称关键词 (name or short-name keyword) */
  keyword?: string | null | undefined;
  /** 机构类型，任一 (any of these kinds) */
  kind?: Array<InstitutionKind> | null | undefined;
  /** 机构层级，任一 (any of these levels) */
  level?: Array<InstitutionLevel> | null | undefined;
  /** 行政区划代码，含下级 (region code; the whole subtree) */
  regionCode?: string | null | undefined;
  /** 上级指导机构 (institutions guided by this supervisor) */
  supervisorId?: string | number | null | undefined;
};

/** 培训机构类型 (kind of training institution) */
export type InstitutionKind =
  /** 干部学院 */
  | 'CADRE_COLLEGE'
  /** 干部网络学院 */
  | 'ONLINE_ACADEMY'
  /** 党校(行政学院) */
  | 'PARTY_SCHOOL'
  /** 党性教育学院(基地) */
  | 'PARTY_SPIRIT_COLLEGE'
  /** 行业系统培训机构 */
  | 'SECTOR_TRAINING'
  /** 社会主义学院 */
  | 'SOCIALIST_ACADEMY'
  /** 国有企业培训机构 */
  | 'SOE_TRAINING'
  /** 高校干部教育培训基地 */
  | 'UNIVERSITY_BASE';

/** 机构层级 (administrative level of an institution) */
export type InstitutionLevel =
  /** 县级 */
  | 'COUNTY'
  /** 设区市级 */
  | 'MUNICIPAL'
  /** 国家级（中央党校、国家级干部学院等） */
  | 'NATIONAL'
  /** 省级 */
  | 'PROVINCIAL'
  /** 乡镇(街道)级 */
  | 'TOWNSHIP';

/** Institution 排序方式 (ordering of Institution lists) */
export type InstitutionOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按名称升序 */
  | 'NAME_ASC'
  /** 按名称降序 */
  | 'NAME_DESC';

/** 干部管理层级 (which organisation department manages the cadre) */
export type ManagementLevel =
  /** 市管干部 */
  | 'CITY'
  /** 县管干部 */
  | 'COUNTY'
  /** 其他 */
  | 'OTHER'
  /** 省管干部 */
  | 'PROVINCIAL';

/** 现场教学点筛选条件 (onsite teaching site filter) */
export type OnsiteTeachingSiteFilter = {
  /** 管理机构 (managing institution id) */
  institutionId?: string | number | null | undefined;
  /** 关键词，匹配名称、主题、地址 (keyword over name, theme and address) */
  keyword?: string | null | undefined;
  /** 行政区划代码，含下级 (region code; the whole subtree) */
  regionCode?: string | null | undefined;
  /** 状态，任一 (any of these statuses) */
  status?: Array<SiteStatus> | null | undefined;
  /** 教学主题，任一 (any of these themes, matched exactly) */
  theme?: Array<string> | null | undefined;
};

/** OnsiteTeachingSite 排序方式 (ordering of OnsiteTeachingSite lists) */
export type OnsiteTeachingSiteOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按名称升序 */
  | 'NAME_ASC'
  /** 按名称降序 */
  | 'NAME_DESC';

/** 目标状态 (status of an indicator against its target) */
export type PlanTargetStatus =
  /** 进度滞后 */
  | 'BEHIND'
  /** 已达标 */
  | 'MET'
  /** 暂无数据（占比的基数为0） */
  | 'NO_DATA'
  /** 进度正常（不低于按期均匀推进的应达值） */
  | 'ON_TRACK'
  /** 仅报告（无量化目标） */
  | 'REPORTED';

/** 培训平台筛选条件 (platform filter) */
export type PlatformFilter = {
  /** 是否认可 (recognised platforms only / unrecognised only) */
  isRecognised?: boolean | null | undefined;
  /** 关键词，匹配代码、名称或主办单位 (keyword in code, name or owner) */
  keyword?: string | null | undefined;
};

/** Platform 排序方式 (ordering of Platform lists) */
export type PlatformOrderBy =
  /** 按平台代码升序 */
  | 'CODE_ASC'
  /** 按平台代码降序 */
  | 'CODE_DESC'
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按平台名称升序 */
  | 'NAME_ASC'
  /** 按平台名称降序 */
  | 'NAME_DESC';

/** 重点岗位 (a post the plan's annexes select on) */
export type PrincipalPost =
  /** 市县党政正职 */
  | 'CITY_COUNTY_PRINCIPAL'
  /** 乡镇(街道)组织委员 */
  | 'TOWNSHIP_ORGANIZATION_MEMBER'
  /** 乡镇(街道)分管党建工作副书记 */
  | 'TOWNSHIP_PARTY_BUILDING_DEPUTY'
  /** 乡镇(街道)党政正职 */
  | 'TOWNSHIP_PRINCIPAL'
  /** 其他单位主要负责人 */
  | 'UNIT_PRINCIPAL';

/** 撤销案例获奖 (remove an award recorded in error) */
export type RemoveCaseAwardInput = {
  /** 获奖记录 (award id) */
  id: string | number;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 审核操作 (review workflow action) */
export type ReviewAction =
  /** 审核通过 */
  | 'APPROVE'
  /** 发布 */
  | 'PUBLISH'
  /** 退回修改 */
  | 'REJECT'
  /** 下线 */
  | 'RETIRE'
  /** 修订(回到制作) */
  | 'REVISE'
  /** 提交审核 */
  | 'SUBMIT';

/** 课程审核操作 (apply a review workflow action to a course) */
export type ReviewCourseInput = {
  /** 审核操作 (action: SUBMIT, APPROVE, REJECT, PUBLISH, RETIRE, REVISE) */
  action: ReviewAction;
  /** 课程 (course id) */
  id: string | number;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 审核状态 (review workflow status) */
export type ReviewStatus =
  /** 审核通过待发布 */
  | 'APPROVED'
  /** 制作中 */
  | 'DRAFT'
  /** 审核中 */
  | 'IN_REVIEW'
  /** 已发布 */
  | 'PUBLISHED'
  /** 已下线 */
  | 'RETIRED';

/** 案例审核操作 (move a case through the review workflow: 制作 → 审核 → 发布 → 更新/下线) */
export type ReviewTeachingCaseInput = {
  /** 审核操作 (the action; one not allowed from the current status is a CONFLICT) */
  action: ReviewAction;
  /** 案例 (case id) */
  id: string | number;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 角色 (role carried by the token) */
export type Role =
  /** 系统管理员 */
  | 'ADMIN'
  /** 干部本人 */
  | 'CADRE'
  /** 行业主管部门 */
  | 'INDUSTRY_BUREAU'
  /** 组织部门 */
  | 'ORG_DEPT'
  /** 党校(行政学院)、干部学院等培训机构 */
  | 'PARTY_SCHOOL'
  /** 报表工具 */
  | 'REPORTER';

/** 达标方式 (which alternative satisfies the requirement) */
export type SatisfiedBy =
  /** 按天数达标 */
  | 'DAYS'
  /** 按学时达标 */
  | 'HOURS';

/** 行业系统 (industry system supervised by a bureau) */
export type Sector =
  /** 农业农村系统 */
  | 'AGRICULTURE'
  /** 教育系统 */
  | 'EDUCATION'
  /** 金融系统 */
  | 'FINANCE'
  /** 卫生健康系统 */
  | 'HEALTH'
  /** 党政机关 */
  | 'PARTY_GOV'
  /** 政法系统 */
  | 'POLITICAL_LEGAL'
  /** 专业技术人才(人社厅) */
  | 'PROFESSIONAL_TECH'
  /** 宣传思想文化系统 */
  | 'PROPAGANDA'
  /** 国资国企系统(国资委) */
  | 'SOE';

/** 指标度量 (how an indicator is measured) */
export type SelectionMeasure =
  /** 数量 */
  | 'COUNT'
  /** 占比 */
  | 'SHARE';

/** 教学场所 (where a session takes place) */
export type SessionVenue =
  /** 课堂教学 */
  | 'CLASSROOM'
  /** 网络教学 */
  | 'ONLINE'
  /** 现场教学 */
  | 'ONSITE';

/** 名额分配 (allocate seats of a class to a unit; 0 seats withdraws the allocation) */
export type SetClassQuotaInput = {
  /** 班次 (training class id) */
  classId: string | number;
  /** 分配名额 (seats; 0 withdraws the allocation; all allocations together stay within the capacity) */
  seats: number;
  /** 单位 (unit id) */
  unitId: string | number;
  /** 版本号 (version of the unit's current allocation as you last read it; omit when the unit has none yet) */
  version?: number | null | undefined;
};

/** 现场教学点状态 (status of an onsite teaching site) */
export type SiteStatus =
  /** 正常使用 */
  | 'ACTIVE'
  /** 已调整 */
  | 'ADJUSTED'
  /** 已撤销 */
  | 'REVOKED';

/** 统计维度 (dimension of training statistics) */
export type StatisticsDimension =
  /** 按干部类别 */
  | 'CATEGORY'
  /** 按班次类型 */
  | 'CLASS_KIND'
  /** 按培训机构（班次所属） */
  | 'INSTITUTION'
  /** 按培训形式 */
  | 'MODE'
  /** 按季度（结束日期） */
  | 'QUARTER'
  /** 按干部所在行政区划 */
  | 'REGION'
  /** 按行业系统 */
  | 'SECTOR'
  /** 按干部所在单位 */
  | 'UNIT'
  /** 按年度（结束日期） */
  | 'YEAR';

/** 统计指标 (measure of training statistics) */
export type StatisticsMeasure =
  /** 人均认定学时 */
  | 'AVERAGE_HOURS_PER_CADRE'
  /** 培训天数合计 */
  | 'DAYS'
  /** 认定学时合计 */
  | 'HOURS'
  /** 参训人数（去重） */
  | 'PEOPLE'
  /** 培训记录条数 */
  | 'RECORDS';

/** 比较方式 (how a value is compared with its target) */
export type TargetComparison =
  /** 不低于（≥） */
  | 'GE'
  /** 高于（>） */
  | 'GT';

/** 师资筛选条件 (faculty pool filter, as schools browse it) */
export type TeacherFilter = {
  /** 所属机构 (home institution id) */
  institutionId?: string | number | null | undefined;
  /** 是否名师 (renowned teachers only / none) */
  isRenowned?: boolean | null | undefined;
  /** 姓名关键词 (name keyword) */
  keyword?: string | null | undefined;
  /** 师资类型，任一 (any of these kinds) */
  kind?: Array<TeacherKind> | null | undefined;
  /** 师资库发布机构 (member of a quality pool published by this institution) */
  poolPublisherId?: string | number | null | undefined;
  /** 入库年度 (member of a quality pool published that year) */
  poolYear?: number | null | undefined;
  /** 所属机构的行政区划代码，含下级 (home institution's region code; the whole subtree) */
  regionCode?: string | null | undefined;
  /** 师资来源，任一 (any of these sources) */
  source?: Array<TeacherSource> | null | undefined;
  /** 专长领域，任一 (has any of these specialties) */
  specialty?: Array<string> | null | undefined;
};

/** 师资类型 (full- or part-time) */
export type TeacherKind =
  /** 专职 */
  | 'FULL_TIME'
  /** 兼职 */
  | 'PART_TIME';

/** Teacher 排序方式 (ordering of Teacher lists) */
export type TeacherOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按姓名升序 */
  | 'NAME_ASC'
  /** 按姓名降序 */
  | 'NAME_DESC';

/** 师资来源 (where a teacher comes from) */
export type TeacherSource =
  /** 先进典型 */
  | 'ADVANCED_MODEL'
  /** 专家学者 */
  | 'EXPERT_SCHOLAR'
  /** 基层干部 */
  | 'GRASSROOTS_CADRE'
  /** 领导干部 */
  | 'LEADING_CADRE'
  /** 党校(行政学院)、干部学院教师 */
  | 'SCHOOL_FACULTY';

/** 案例筛选条件 (teaching case filter) */
export type TeachingCaseFilter = {
  /** 案例汇编 (cases in this collection) */
  collectionId?: string | number | null | undefined;
  /** 是否获奖 (true: cases with an award, e.g. 精品案例; false: without) */
  hasAward?: boolean | null | undefined;
  /** 来源机构 (source institution id) */
  institutionId?: string | number | null | undefined;
  /** 关键词，检索标题、摘要、正文，支持中文 (keyword over title, summary and body; works for Chinese text) */
  keyword?: string | null | undefined;
  /** 行政区划代码，含下级 (region code; the whole subtree) */
  regionCode?: string | null | undefined;
  /** 审核状态，任一 (any of these review statuses) */
  status?: Array<ReviewStatus> | null | undefined;
  /** 案例主题，任一 (cases with any of these themes) */
  theme?: Array<string> | null | undefined;
  /** 年度起 (year from, inclusive) */
  yearFrom?: number | null | undefined;
  /** 年度止 (year to, inclusive) */
  yearTo?: number | null | undefined;
};

/** TeachingCase 排序方式 (ordering of TeachingCase lists) */
export type TeachingCaseOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按标题升序 */
  | 'TITLE_ASC'
  /** 按标题降序 */
  | 'TITLE_DESC'
  /** 按年度升序 */
  | 'YEAR_ASC'
  /** 按年度降序 */
  | 'YEAR_DESC';

/** 教学方式 (teaching method) */
export type TeachingMethod =
  /** 案例式 */
  | 'CASE'
  /** 辩论式 */
  | 'DEBATE'
  /** 体验式 */
  | 'EXPERIENTIAL'
  /** 访谈式 */
  | 'INTERVIEW'
  /** 讲授式 */
  | 'LECTURE'
  /** 现场教学 */
  | 'ONSITE'
  /** 研讨式 */
  | 'SEMINAR'
  /** 模拟式 */
  | 'SIMULATION';

/** 教材筛选条件 (textbook filter) */
export type TextbookFilter = {
  /** 获奖级别，任一 (won an award of any of these levels) */
  awardLevel?: Array<AwardLevel> | null | undefined;
  /** 获奖年度 (won an award in this year; with awardLevel: the same award) */
  awardYear?: number | null | undefined;
  /** 获奖年度起，含 (won an award in or after this year; with awardLevel: the same award) */
  awardYearFrom?: number | null | undefined;
  /** 获奖年度止，含 (won an award in or before this year; with awardLevel: the same award) */
  awardYearTo?: number | null | undefined;
  /** 是否获奖 (with at least one award / with none) */
  hasAward?: boolean | null | undefined;
  /** 编写机构 (compiling institution id) */
  institutionId?: string | number | null | undefined;
  /** 是否案例教材 (case textbooks only / none) */
  isCaseTextbook?: boolean | null | undefined;
  /** 名称、作者或出版社关键词 (keyword in title, authors or publisher) */
  keyword?: string | null | undefined;
  /** 出版年份起 (published in or after this year) */
  yearFrom?: number | null | undefined;
  /** 出版年份止 (published in or before this year) */
  yearTo?: number | null | undefined;
};

/** Textbook 排序方式 (ordering of Textbook lists) */
export type TextbookOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按教材名称升序 */
  | 'TITLE_ASC'
  /** 按教材名称降序 */
  | 'TITLE_DESC'
  /** 按出版年份升序 */
  | 'YEAR_ASC'
  /** 按出版年份降序 */
  | 'YEAR_DESC';

/** 调训筛选条件 (training assignment filter) */
export type TrainingAssignmentFilter = {
  /** 干部 (cadre id) */
  cadreId?: string | number | null | undefined;
  /** 班次 (training class id) */
  classId?: string | number | null | undefined;
  /** 调训状态，任一 (any of these statuses) */
  status?: Array<AssignmentStatus> | null | undefined;
};

/** TrainingAssignment 排序方式 (ordering of TrainingAssignment lists) */
export type TrainingAssignmentOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC';

/** 班次筛选条件 (training class filter) */
export type TrainingClassFilter = {
  /** 日期范围起 (running on or after this date) */
  dateFrom?: string | null | undefined;
  /** 日期范围止 (running on or before this date) */
  dateTo?: string | null | undefined;
  /** 举办机构 (institution id) */
  institutionId?: string | number | null | undefined;
  /** 班次名称关键词 (name keyword) */
  keyword?: string | null | undefined;
  /** 班次类型，任一 (any of these kinds) */
  kind?: Array<ClassKind> | null | undefined;
  /** 学期，任一 (any of these semesters, e.g. 2025-SPRING) */
  semester?: Array<string> | null | undefined;
};

/** TrainingClass 排序方式 (ordering of TrainingClass lists) */
export type TrainingClassOrderBy =
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按班次名称升序 */
  | 'NAME_ASC'
  /** 按班次名称降序 */
  | 'NAME_DESC'
  /** 按开班日期升序 */
  | 'START_DATE_ASC'
  /** 按开班日期降序 */
  | 'START_DATE_DESC';

/** 培训形式 (mode of training; the first four are centralized training) */
export type TrainingMode =
  /** 中心组学习 */
  | 'CENTER_GROUP_STUDY'
  /** 脱产培训 */
  | 'FULL_TIME_TRAINING'
  /** 集中宣讲、专题讲座 */
  | 'LECTURE_BRIEFING'
  /** 网络自学 */
  | 'ONLINE_SELF_STUDY'
  /** 网络专题培训 */
  | 'ONLINE_THEMATIC';

/** 培训记录筛选条件 (training record filter) */
export type TrainingRecordFilter = {
  /** 干部 (cadre id) */
  cadreId?: string | number | null | undefined;
  /** 班次 (training class id) */
  classId?: string | number | null | undefined;
  /** 课程 (course id) */
  courseId?: string | number | null | undefined;
  /** 日期范围起 (range start, inclusive): 与范围有交集的记录，即结束日期不早于此日 (records overlapping the range: endDate >= dateFrom) */
  dateFrom?: string | null | undefined;
  /** 日期范围止 (range end, inclusive): 与范围有交集的记录，即开始日期不晚于此日 (records overlapping the range: startDate <= dateTo) */
  dateTo?: string | null | undefined;
  /** 培训形式，任一 (any of these modes) */
  mode?: Array<TrainingMode> | null | undefined;
  /** 来源平台 (platform id) */
  platformId?: string | number | null | undefined;
  /** 干部所在行政区划代码，含下级 (region code of the cadre; the whole subtree) */
  regionCode?: string | null | undefined;
  /** 核验状态，任一 (any of these verification statuses) */
  verificationStatus?: Array<VerificationStatus> | null | undefined;
};

/** TrainingRecord 排序方式 (ordering of TrainingRecord lists) */
export type TrainingRecordOrderBy =
  /** 按结束日期升序 */
  | 'END_DATE_ASC'
  /** 按结束日期降序 */
  | 'END_DATE_DESC'
  /** 按编号升序 */
  | 'ID_ASC'
  /** 按编号降序 */
  | 'ID_DESC'
  /** 按开始日期升序 */
  | 'START_DATE_ASC'
  /** 按开始日期降序 */
  | 'START_DATE_DESC';

/** 培训统计筛选条件 (which records are counted; every condition narrows your scope, never widens it) */
export type TrainingStatisticsFilter = {
  /** 干部类别，任一 (cadre category, any of these) */
  category?: Array<CadreCategory> | null | undefined;
  /** 起始日期 (records whose end date is on or after this day) */
  from?: string | null | undefined;
  /** 培训形式，任一 (record mode, any of these) */
  mode?: Array<TrainingMode> | null | undefined;
  /** 行政区划代码，含下级 (cadre's region code; the whole subtree; outside your scope: no rows) */
  regionCode?: string | null | undefined;
  /** 行业系统，任一 (cadre's sector, any of these) */
  sector?: Array<Sector> | null | undefined;
  /** 截止日期 (records whose end date is on or before this day) */
  to?: string | null | undefined;
  /** 单位 (cadre's unit id) */
  unitId?: string | number | null | undefined;
  /** 核验状态，任一 (default: VERIFIED only, as compliance counts them) */
  verificationStatus?: Array<VerificationStatus> | null | undefined;
};

/** 调训流程操作 (move a training assignment through its workflow) */
export type TransitionTrainingAssignmentInput = {
  /** 操作 (the action: approve, file, mark attended or absent, make-up, exempt, undo) */
  action: AssignmentAction;
  /** 调训 (assignment id) */
  id: string | number;
  /** 备注 (note; replaces the current note when given) */
  note?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改干部 (update a cadre; absent fields stay unchanged) */
export type UpdateCadreInput = {
  /** 任现职时间 (appointed at) */
  appointedAt?: string | null | undefined;
  /** 出生日期 (birth date) */
  birthDate?: string | null | undefined;
  /** 干部类别 (category) */
  category?: CadreCategory | null | undefined;
  /** 录用为公务员日期 (civil-service entry date; null clears it; from the 16th birthday to today) */
  civilServiceEntryDate?: string | null | undefined;
  /** 性别 (gender) */
  gender?: Gender | null | undefined;
  /** 干部 (cadre id) */
  id: string | number;
  /** 身份证号 (ID-card number) */
  idCardNumber?: string | null | undefined;
  /** 是否党委(党组)领导班子成员 (leadership-team member) */
  isLeadershipTeamMember?: boolean | null | undefined;
  /** 是否党务干部 (party-affairs cadre) */
  isPartyAffairsCadre?: boolean | null | undefined;
  /** 是否一把手 (principal leader) */
  isPrincipalLeader?: boolean | null | undefined;
  /** 是否选调生 (selected graduate) */
  isSelectedGraduate?: boolean | null | undefined;
  /** 是否国有企业领导班子成员 (SOE leadership-team member) */
  isSoeLeadershipMember?: boolean | null | undefined;
  /** 是否年轻干部 (young cadre) */
  isYoungCadre?: boolean | null | undefined;
  /** 干部管理层级 (management level) */
  managementLevel?: ManagementLevel | null | undefined;
  /** 姓名 (name) */
  name?: string | null | undefined;
  /** 联系电话 (phone) */
  phone?: string | null | undefined;
  /** 职务 (position) */
  position?: string | null | undefined;
  /** 重点岗位 (principal post; null clears it; not together with villageRole) */
  principalPost?: PrincipalPost | null | undefined;
  /** 职级 (rank) */
  rank?: CadreRank | null | undefined;
  /** 行政区划 (region id) */
  regionId?: string | number | null | undefined;
  /** 行业系统 (sector) */
  sector?: Sector | null | undefined;
  /** 任县处级或四级调研员以上时间 (at county/division level or 四级调研员 and above since; null clears it; from the 16th birthday to today) */
  seniorLevelSince?: string | null | undefined;
  /** 状态 (status) */
  status?: CadreStatus | null | undefined;
  /** 单位 (unit id; 人事调动 — a transfer keeps the history) */
  unitId?: string | number | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
  /** 村(社区)职务 (village or community role; null clears it; not together with principalPost) */
  villageRole?: VillageRole | null | undefined;
};

/** 修改案例汇编 (update a case collection; absent fields stay unchanged) */
export type UpdateCaseCollectionInput = {
  /** 收录案例 (case ids; replaces the whole list) */
  caseIds?: Array<string | number> | null | undefined;
  /** 案例汇编 (collection id) */
  id: string | number;
  /** 编印机构 (institution id) */
  institutionId?: string | number | null | undefined;
  /** 汇编名称 (title) */
  title?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
  /** 编印年度 (year published) */
  year?: number | null | undefined;
};

/** 修改课表 (update a session; absent fields stay unchanged, null clears a link) */
export type UpdateClassSessionInput = {
  /** 课程 (course id; null clears it) */
  courseId?: string | number | null | undefined;
  /** 上课日期 (date; within the class's dates) */
  date?: string | null | undefined;
  /** 学时 (hours; 0 to 24, one decimal place) */
  hours?: number | null | undefined;
  /** 课表 (session id) */
  id: string | number;
  /** 是否领导干部授课 (taught by a leading cadre) */
  isLeaderLecture?: boolean | null | undefined;
  /** 教学方式 (teaching method) */
  method?: TeachingMethod | null | undefined;
  /** 现场教学点 (onsite teaching site id; null clears it) */
  siteId?: string | number | null | undefined;
  /** 授课教师 (teacher id; null clears it) */
  teacherId?: string | number | null | undefined;
  /** 课题 (session title) */
  title?: string | null | undefined;
  /** 教学场所 (venue) */
  venue?: SessionVenue | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改课程 (update a course; absent fields stay unchanged; status changes go through reviewCourse) */
export type UpdateCourseInput = {
  /** 关联案例 (teaching case ids; replaces the whole list) */
  caseIds?: Array<string | number> | null | undefined;
  /** 课程类别 (category) */
  category?: CourseCategory | null | undefined;
  /** 课程简介 (description; null clears it) */
  description?: string | null | undefined;
  /** 授课形式 (delivery format) */
  format?: CourseFormat | null | undefined;
  /** 学时 (hours, at least 0, one decimal place) */
  hours?: number | null | undefined;
  /** 课程 (course id) */
  id: string | number;
  /** 所属机构 (owning institution id) */
  institutionId?: string | number | null | undefined;
  /** 教学方式 (teaching method) */
  method?: TeachingMethod | null | undefined;
  /** 授课师资 (teacher ids; replaces the whole list) */
  teacherIds?: Array<string | number> | null | undefined;
  /** 课程名称 (title) */
  title?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改评估 (update an evaluation; the target is fixed, absent fields stay unchanged) */
export type UpdateEvaluationInput = {
  /** 评语 (comments; null clears them) */
  comments?: string | null | undefined;
  /** 评估人 (evaluator) */
  evaluator?: string | null | undefined;
  /** 评估 (evaluation id) */
  id: string | number;
  /** 评估类型 (kind of evaluation) */
  kind?: EvaluationKind | null | undefined;
  /** 评估期间 (period) */
  period?: string | null | undefined;
  /** 评分 (score, 0–100) */
  score?: number | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改培训机构 (update an institution; absent fields stay unchanged) */
export type UpdateInstitutionInput = {
  /** 县级党校分类 (county school category; only when level is COUNTY; null clears it) */
  countyCategory?: CountySchoolCategory | null | undefined;
  /** 培训机构 (institution id) */
  id: string | number;
  /** 机构类型 (kind) */
  kind?: InstitutionKind | null | undefined;
  /** 机构层级 (level) */
  level?: InstitutionLevel | null | undefined;
  /** 机构名称 (name) */
  name?: string | null | undefined;
  /** 所在行政区划 (region id) */
  regionId?: string | number | null | undefined;
  /** 简称 (short name; null clears it) */
  shortName?: string | null | undefined;
  /** 上级指导机构 (supervising institution id; null clears it) */
  supervisorId?: string | number | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改现场教学点 (update an onsite teaching site; absent fields stay unchanged) */
export type UpdateOnsiteTeachingSiteInput = {
  /** 地址 (address; null clears it) */
  address?: string | null | undefined;
  /** 现场教学点 (site id) */
  id: string | number;
  /** 管理机构 (managing institution id) */
  institutionId?: string | number | null | undefined;
  /** 教学点名称 (name) */
  name?: string | null | undefined;
  /** 所在行政区划 (region id) */
  regionId?: string | number | null | undefined;
  /** 状态 (status: 正常使用/已调整/已撤销) */
  status?: SiteStatus | null | undefined;
  /** 教学主题 (theme) */
  theme?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改培训平台 (update a platform; absent fields stay unchanged) */
export type UpdatePlatformInput = {
  /** 平台代码 (unique code) */
  code?: string | null | undefined;
  /** 培训平台 (platform id) */
  id: string | number;
  /** 是否经组织人事部门认可 (recognised) */
  isRecognised?: boolean | null | undefined;
  /** 平台名称 (name) */
  name?: string | null | undefined;
  /** 主办单位 (owner) */
  owner?: string | null | undefined;
  /** 平台网址 (http(s) URL; null clears it) */
  url?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改师资 (update a teacher; absent fields stay unchanged) */
export type UpdateTeacherInput = {
  /** 个人简介 (biography; null clears it) */
  biography?: string | null | undefined;
  /** 对应干部 (cadre id; null clears it) */
  cadreId?: string | number | null | undefined;
  /** 电子邮箱 (email; null clears it) */
  email?: string | null | undefined;
  /** 师资 (teacher id) */
  id: string | number;
  /** 所属机构 (home institution id; null clears it) */
  institutionId?: string | number | null | undefined;
  /** 是否名师 (renowned teacher) */
  isRenowned?: boolean | null | undefined;
  /** 师资类型 (full- or part-time) */
  kind?: TeacherKind | null | undefined;
  /** 姓名 (name) */
  name?: string | null | undefined;
  /** 联系电话 (phone; null clears it) */
  phone?: string | null | undefined;
  /** 师资来源 (source) */
  source?: TeacherSource | null | undefined;
  /** 专长领域 (specialties; replaces the list) */
  specialties?: Array<string> | null | undefined;
  /** 职称 (professional title; null clears it) */
  title?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改案例 (update a draft case; absent fields stay unchanged. A case under review or published is revised first: reviewTeachingCase REVISE) */
export type UpdateTeachingCaseInput = {
  /** 作者 (authors; replaces the list) */
  authors?: Array<string> | null | undefined;
  /** 案例正文 (body) */
  body?: string | null | undefined;
  /** 案例 (case id) */
  id: string | number;
  /** 来源机构 (source institution id) */
  institutionId?: string | number | null | undefined;
  /** 案例所在行政区划 (region id; null clears it) */
  regionId?: string | number | null | undefined;
  /** 案例摘要 (summary) */
  summary?: string | null | undefined;
  /** 案例主题 (themes; replaces the list) */
  themes?: Array<string> | null | undefined;
  /** 案例标题 (title) */
  title?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
  /** 年度 (year written) */
  year?: number | null | undefined;
};

/** 修改教材 (update a textbook; absent fields stay unchanged) */
export type UpdateTextbookInput = {
  /** 作者 (authors; replaces the list) */
  authors?: Array<string> | null | undefined;
  /** 教材 (textbook id) */
  id: string | number;
  /** 编写机构 (compiling institution id; null clears it) */
  institutionId?: string | number | null | undefined;
  /** 是否案例教材 (case textbook) */
  isCaseTextbook?: boolean | null | undefined;
  /** 出版社 (publisher) */
  publisher?: string | null | undefined;
  /** 教材名称 (title) */
  title?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
  /** 出版年份 (year published) */
  year?: number | null | undefined;
};

/** 修改调训备注 (update the note of a training assignment) */
export type UpdateTrainingAssignmentInput = {
  /** 调训 (assignment id) */
  id: string | number;
  /** 备注 (note; null clears it) */
  note?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改班次 (update a training class; absent fields stay unchanged) */
export type UpdateTrainingClassInput = {
  /** 计划人数 (capacity; not below the seats already allocated) */
  capacity?: number | null | undefined;
  /** 培训天数 (days) */
  days?: number | null | undefined;
  /** 结业日期 (end date; not before the start date) */
  endDate?: string | null | undefined;
  /** 班次 (training class id) */
  id: string | number;
  /** 举办机构 (institution id) */
  institutionId?: string | number | null | undefined;
  /** 班次类型 (kind) */
  kind?: ClassKind | null | undefined;
  /** 班次名称 (name) */
  name?: string | null | undefined;
  /** 学期 (semester, e.g. 2025-AUTUMN) */
  semester?: string | null | undefined;
  /** 开班日期 (start date) */
  startDate?: string | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 修改培训记录 (update a training record; absent fields stay unchanged) */
export type UpdateTrainingRecordInput = {
  /** 干部 (cadre id; corrects a record entered for the wrong cadre) */
  cadreId?: string | number | null | undefined;
  /** 班次 (training class id; null clears it) */
  classId?: string | number | null | undefined;
  /** 课程 (course id; null clears it) */
  courseId?: string | number | null | undefined;
  /** 认定学时 (credited hours; reported and credited hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day, where training days are the days when above 0, else the calendar days from start to end date) */
  creditedHours?: number | null | undefined;
  /** 培训天数 (days; days at most the calendar days from start to end date, both counted) */
  days?: number | null | undefined;
  /** 结束日期 (end date; not before the start date; days at most the calendar days from start to end date, both counted and reported and credited hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day, where training days are the days when above 0, else the calendar days from start to end date) */
  endDate?: string | null | undefined;
  /** 平台记录编号 (the platform's own record id; null clears it) */
  externalId?: string | null | undefined;
  /** 报送学时 (hours as reported; when credited hours equalled the reported hours and are not given, they follow; reported and credited hours at most RECORD_MAX_HOURS_PER_DAY (default 8) per training day, where training days are the days when above 0, else the calendar days from start to end date) */
  hours?: number | null | undefined;
  /** 培训记录 (training record id) */
  id: string | number;
  /** 培训形式 (mode) */
  mode?: TrainingMode | null | undefined;
  /** 来源平台 (platform id; null clears it) */
  platformId?: string | number | null | undefined;
  /** 开始日期 (start date) */
  startDate?: string | null | undefined;
  /** 培训名称 (title) */
  title?: string | null | undefined;
  /** 核验状态 (verification status) */
  verificationStatus?: VerificationStatus | null | undefined;
  /** 版本号 (the version you last read) */
  version: number;
};

/** 核验状态 (verification status of a record) */
export type VerificationStatus =
  /** 重复记录 */
  | 'DUPLICATE'
  /** 待核验 */
  | 'PENDING'
  /** 核验未通过 */
  | 'REJECTED'
  /** 已核验 */
  | 'VERIFIED';

/** 村(社区)职务 (village or community role) */
export type VillageRole =
  /** 村(居)委会主任 */
  | 'COMMITTEE_DIRECTOR'
  /** 驻村第一书记 */
  | 'FIRST_SECRETARY'
  /** 村(社区)其他干部 */
  | 'OTHER_VILLAGE_CADRE'
  /** 村(社区)党组织书记 */
  | 'PARTY_SECRETARY'
  /** 驻村工作队员 */
  | 'WORK_TEAM_MEMBER';

export type TrainingAssignmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingAssignmentByIdQuery = { trainingAssignment: { id: string, status: AssignmentStatus | null, decidedBy: string | null, decidedAt: string | null, note: string | null, version: number, archivedAt: string | null, cadre: { id: string, name: string | null }, trainingClass: { id: string, name: string } } };

export type TrainingAssignmentsPageQueryVariables = Exact<{
  filter?: TrainingAssignmentFilter | null | undefined;
  orderBy?: TrainingAssignmentOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type TrainingAssignmentsPageQuery = { trainingAssignments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: AssignmentStatus | null, cadre: { id: string }, trainingClass: { id: string } }> } };

export type CadreAssignmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CadreAssignmentsQuery = { cadre: { id: string, assignments: Array<{ id: string, status: AssignmentStatus | null, trainingClass: { id: string } }> } };

export type TrainingAssignmentWrittenFragment = { id: string, status: AssignmentStatus | null, decidedBy: string | null, decidedAt: string | null, note: string | null, version: number, archivedAt: string | null, cadre: { id: string }, trainingClass: { id: string, enrolledCount: number | null } };

export type CreateTrainingAssignmentMutationVariables = Exact<{
  input: CreateTrainingAssignmentInput;
}>;


export type CreateTrainingAssignmentMutation = { createTrainingAssignment: { trainingAssignment: { id: string, status: AssignmentStatus | null, decidedBy: string | null, decidedAt: string | null, note: string | null, version: number, archivedAt: string | null, cadre: { id: string }, trainingClass: { id: string, enrolledCount: number | null } } } };

export type UpdateTrainingAssignmentMutationVariables = Exact<{
  input: UpdateTrainingAssignmentInput;
}>;


export type UpdateTrainingAssignmentMutation = { updateTrainingAssignment: { trainingAssignment: { id: string, status: AssignmentStatus | null, decidedBy: string | null, decidedAt: string | null, note: string | null, version: number, archivedAt: string | null, cadre: { id: string }, trainingClass: { id: string, enrolledCount: number | null } } } };

export type ArchiveTrainingAssignmentMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveTrainingAssignmentMutation = { archiveTrainingAssignment: { trainingAssignment: { id: string, status: AssignmentStatus | null, decidedBy: string | null, decidedAt: string | null, note: string | null, version: number, archivedAt: string | null, cadre: { id: string }, trainingClass: { id: string, enrolledCount: number | null } } } };

export type TransitionTrainingAssignmentMutationVariables = Exact<{
  input: TransitionTrainingAssignmentInput;
}>;


export type TransitionTrainingAssignmentMutation = { transitionTrainingAssignment: { trainingAssignment: { id: string, status: AssignmentStatus | null, decidedBy: string | null, decidedAt: string | null, note: string | null, version: number, archivedAt: string | null, cadre: { id: string }, trainingClass: { id: string, enrolledCount: number | null } }, trainingRecord: { id: string, mode: TrainingMode | null, title: string | null, hours: number | null, creditedHours: number | null, days: number | null, startDate: string | null, endDate: string | null, verificationStatus: VerificationStatus | null } | null } };

export type AuditEntriesPageQueryVariables = Exact<{
  filter?: AuditEntryFilter | null | undefined;
  orderBy?: AuditEntryOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEntriesPageQuery = { auditEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, actor: string | null, role: Role | null, agency: string | null, region: string | null, action: string | null, entity: string | null, entityIds: Array<string> | null, fields: Array<string> | null, sensitiveFields: Array<string> | null, requestId: string | null, at: string | null }> } };

export type BenchQ1TeacherQueryVariables = Exact<{
  id: string | number;
}>;


export type BenchQ1TeacherQuery = { teacher: { id: string, name: string, kind: TeacherKind, source: TeacherSource, title: string | null, specialties: Array<string>, isRenowned: boolean, email: string | null, institution: { id: string, name: string, kind: InstitutionKind } | null } };

export type BenchQ2TeachersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BenchQ2TeachersQuery = { teachers: { nodes: Array<{ id: string, name: string, title: string | null, institution: { id: string, name: string } | null, courses: Array<{ id: string, title: string, hours: number }> }> } };

export type BenchQ3CadresQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BenchQ3CadresQuery = { cadres: { nodes: Array<{ id: string, name: string | null, category: CadreCategory, unit: { id: string, name: string }, trainingRecords: Array<{ id: string, title: string | null, hours: number | null, startDate: string | null, course: { id: string, title: string, institution: { id: string, name: string } } | null }> }> } };

export type BenchQ4PoolQueryVariables = Exact<{
  filter?: TeacherFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type BenchQ4PoolQuery = { teachers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, title: string | null, isRenowned: boolean, institution: { id: string, name: string } | null, poolMemberships: Array<{ year: number, publisher: { name: string } }> } }> } };

export type BenchM1CreateRecordMutationVariables = Exact<{
  input: CreateTrainingRecordInput;
}>;


export type BenchM1CreateRecordMutation = { createTrainingRecord: { trainingRecord: { id: string, version: number } } };

export type BenchR3TrainingStatisticsQueryVariables = Exact<{
  measures: Array<StatisticsMeasure> | StatisticsMeasure;
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: TrainingStatisticsFilter | null | undefined;
}>;


export type BenchR3TrainingStatisticsQuery = { trainingStatistics: { measures: Array<StatisticsMeasure>, groupBy: Array<StatisticsDimension>, from: string | null, to: string | null, rows: Array<{ hours: number | null, days: number | null, people: number | null, records: number | null, averageHoursPerCadre: number | null, keys: { region: { id: string | null, code: string | null, label: string } | null, year: { id: string | null, code: string | null, label: string } | null } }>, total: { hours: number | null, days: number | null, people: number | null, records: number | null, averageHoursPerCadre: number | null, keys: { region: { id: string | null, code: string | null, label: string } | null, year: { id: string | null, code: string | null, label: string } | null } } } };

export type BenchR2CoverageSummaryQueryVariables = Exact<{
  rule: string;
  groupBy: ComplianceGroupBy;
  asOf?: string | null | undefined;
}>;


export type BenchR2CoverageSummaryQuery = { coverageSummary: { asOf: string, groupBy: ComplianceGroupBy, rule: { code: string, kind: CoverageKind, shareMin: number | null }, total: { key: string | null, label: string | null, population: number, met: number, due: number, overdue: number, green: number, yellow: number, red: number, metShare: number, shareReached: boolean | null }, groups: Array<{ key: string | null, label: string | null, population: number, met: number, due: number, overdue: number, green: number, yellow: number, red: number, metShare: number, shareReached: boolean | null }> } };

export type CadreByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CadreByIdQuery = { cadre: { id: string, name: string | null, gender: Gender | null, birthDate: string | null, idCardNumber: string | null, phone: string | null, sector: Sector, category: CadreCategory, rank: CadreRank, position: string | null, isPrincipalLeader: boolean, isYoungCadre: boolean, appointedAt: string | null, status: CadreStatus, version: number, archivedAt: string | null, unit: { id: string, name: string }, region: { code: string, name: string } } };

export type CadresPageQueryVariables = Exact<{
  filter?: CadreFilter | null | undefined;
  orderBy?: CadreOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type CadresPageQuery = { cadres: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string | null, birthDate: string | null } }> } };

export type CadresWithTrainingQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: CadreFilter | null | undefined;
}>;


export type CadresWithTrainingQuery = { cadres: { nodes: Array<{ id: string, name: string | null, unit: { name: string }, region: { code: string, name: string }, trainingRecords: Array<{ id: string, mode: TrainingMode | null, hours: number | null, startDate: string | null, course: { id: string, title: string, institution: { id: string, name: string } } | null }> }> } };

export type CreateCadreMutationVariables = Exact<{
  input: CreateCadreInput;
}>;


export type CreateCadreMutation = { createCadre: { cadre: { id: string, name: string | null, version: number, sector: Sector, unit: { id: string }, region: { code: string } } } };

export type UpdateCadreMutationVariables = Exact<{
  input: UpdateCadreInput;
}>;


export type UpdateCadreMutation = { updateCadre: { cadre: { id: string, name: string | null, position: string | null, version: number, unit: { id: string } } } };

export type ArchiveCadreMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveCadreMutation = { archiveCadre: { cadre: { id: string, version: number, archivedAt: string | null } } };

export type ComplianceFieldsFragment = { asOf: string, view: ComplianceView, cadreGroup: CadreGroup, groupBasis: CadreGroupBasis, colour: ComplianceColour, deadline: string | null, reasons: Array<string>, centralized: { requiredHours: number | null, requiredDays: number | null, hours: number, days: number, remainingHours: number, remainingDays: number, satisfiedBy: SatisfiedBy | null, met: boolean, windowStart: string, windowEnd: string, deadline: string, planPeriod: string | null, periodShare: number, progress: number, expectedProgress: number, paceFrom: string, promoted: boolean, colour: ComplianceColour } | null, selfStudy: { requiredHours: number | null, hours: number, remainingHours: number, met: boolean, windowStart: string, windowEnd: string, progress: number, expectedProgress: number, colour: ComplianceColour } | null, theoryTraining: { cycleYears: number, lastCompletedAt: string | null, dueBy: string | null, met: boolean, colour: ComplianceColour } | null };

export type CadreComplianceQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  view?: ComplianceView | null | undefined;
}>;


export type CadreComplianceQuery = { cadre: { id: string, compliance: { asOf: string, view: ComplianceView, cadreGroup: CadreGroup, groupBasis: CadreGroupBasis, colour: ComplianceColour, deadline: string | null, reasons: Array<string>, centralized: { requiredHours: number | null, requiredDays: number | null, hours: number, days: number, remainingHours: number, remainingDays: number, satisfiedBy: SatisfiedBy | null, met: boolean, windowStart: string, windowEnd: string, deadline: string, planPeriod: string | null, periodShare: number, progress: number, expectedProgress: number, paceFrom: string, promoted: boolean, colour: ComplianceColour } | null, selfStudy: { requiredHours: number | null, hours: number, remainingHours: number, met: boolean, windowStart: string, windowEnd: string, progress: number, expectedProgress: number, colour: ComplianceColour } | null, theoryTraining: { cycleYears: number, lastCompletedAt: string | null, dueBy: string | null, met: boolean, colour: ComplianceColour } | null } | null } };

export type CadresCompliancePageQueryVariables = Exact<{
  filter?: CadreFilter | null | undefined;
  first?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CadresCompliancePageQuery = { cadres: { nodes: Array<{ id: string, name: string | null, compliance: { colour: ComplianceColour, deadline: string | null, centralized: { hours: number, days: number, remainingHours: number, colour: ComplianceColour } | null, selfStudy: { hours: number, colour: ComplianceColour } | null } | null }> } };

export type CadreLearningMapQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type CadreLearningMapQuery = { cadre: { id: string, learningMap: { from: string, to: string, totalHours: number, byYear: Array<{ key: string, label: string, hours: number, records: number }>, byCategory: Array<{ key: string, label: string, hours: number, records: number }>, byMode: Array<{ key: string, label: string, hours: number, records: number }>, byTheme: Array<{ key: string, label: string, hours: number, records: number }>, courses: Array<{ id: string, title: string }>, institutions: Array<{ id: string, name: string }> } | null } };

export type ComplianceSummaryQueryVariables = Exact<{
  groupBy: ComplianceGroupBy;
  asOf?: string | null | undefined;
  filter?: CadreFilter | null | undefined;
  view?: ComplianceView | null | undefined;
}>;


export type ComplianceSummaryQuery = { complianceSummary: { asOf: string, groupBy: ComplianceGroupBy, total: { key: string | null, label: string | null, total: number, green: number, yellow: number, red: number, greenRate: number, yellowRate: number, redRate: number }, groups: Array<{ key: string | null, label: string | null, total: number, green: number, yellow: number, red: number, greenRate: number, yellowRate: number, redRate: number }> } };

export type OverdueCadresQueryVariables = Exact<{
  asOf?: string | null | undefined;
  filter?: CadreFilter | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  view?: ComplianceView | null | undefined;
}>;


export type OverdueCadresQuery = { overdueCadres: { totalCount: number, nodes: Array<{ colour: ComplianceColour, deadline: string | null, reasons: Array<string>, cadre: { id: string, name: string | null } | null, compliance: { colour: ComplianceColour, centralized: { remainingHours: number, deadline: string } | null } | null, coverage: Array<{ status: CoverageStatus, colour: ComplianceColour | null, nextDueBy: string | null, rule: { code: string } }> }> } };

export type ComplianceRulesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ComplianceRulesQuery = { complianceRules: Array<{ id: string, code: string, cadreGroup: CadreGroup, minHours: number | null, minDays: number | null, periodKind: string, periodYears: number, modes: Array<string>, recognisedOnly: boolean, classKinds: Array<string>, promotionGraceMonths: number | null, yellowBehind: number, redBehind: number, validFrom: string, validTo: string | null }> };

export type HoursConversionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HoursConversionsQuery = { hoursConversions: Array<{ id: string, code: string, creditedHours: number, capPerEvent: number | null, validFrom: string, validTo: string | null }> };

export type AddComplianceRuleVersionMutationVariables = Exact<{
  input: AddComplianceRuleVersionInput;
}>;


export type AddComplianceRuleVersionMutation = { addComplianceRuleVersion: { rule: { id: string, code: string, cadreGroup: CadreGroup, minHours: number | null, minDays: number | null, validFrom: string, validTo: string | null }, previous: { id: string, validFrom: string, validTo: string | null } | null } };

export type CadreGroupRulesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type CadreGroupRulesQuery = { cadreGroupRules: Array<{ id: string, basis: CadreGroupBasis, key: string, label: string, cadreGroup: CadreGroup, validFrom: string, validTo: string | null, note: string | null }> };

export type AddCadreGroupRuleVersionMutationVariables = Exact<{
  input: AddCadreGroupRuleVersionInput;
}>;


export type AddCadreGroupRuleVersionMutation = { addCadreGroupRuleVersion: { rule: { basis: CadreGroupBasis, key: string, cadreGroup: CadreGroup, validFrom: string, validTo: string | null } | null, previous: { basis: CadreGroupBasis, key: string, cadreGroup: CadreGroup, validFrom: string, validTo: string | null } | null } };

export type PlanPeriodsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PlanPeriodsQuery = { planPeriods: Array<{ id: string, code: string, name: string, startDate: string, endDate: string }> };

export type CourseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CourseByIdQuery = { course: { id: string, title: string, category: CourseCategory, method: TeachingMethod, format: CourseFormat, hours: number, description: string | null, status: ReviewStatus, firstPublishedAt: string | null, lastRevisedAt: string | null, version: number, archivedAt: string | null, institution: { id: string }, teachers: Array<{ id: string, name: string }>, cases: Array<{ id: string, title: string }>, awards: Array<{ id: string, name: string, level: AwardLevel, year: number }> } };

export type CoursesPageQueryVariables = Exact<{
  filter?: CourseFilter | null | undefined;
  orderBy?: CourseOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type CoursesPageQuery = { courses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, hours: number }> } };

export type CreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type CreateCourseMutation = { createCourse: { course: { id: string, title: string, category: CourseCategory, method: TeachingMethod, format: CourseFormat, hours: number, description: string | null, status: ReviewStatus, version: number, institution: { id: string }, teachers: Array<{ id: string }>, cases: Array<{ id: string }> } } };

export type UpdateCourseMutationVariables = Exact<{
  input: UpdateCourseInput;
}>;


export type UpdateCourseMutation = { updateCourse: { course: { id: string, title: string, hours: number, description: string | null, status: ReviewStatus, version: number, institution: { id: string }, teachers: Array<{ id: string }>, cases: Array<{ id: string }> } } };

export type ReviewCourseMutationVariables = Exact<{
  input: ReviewCourseInput;
}>;


export type ReviewCourseMutation = { reviewCourse: { course: { id: string, status: ReviewStatus, firstPublishedAt: string | null, lastRevisedAt: string | null, version: number } } };

export type ArchiveCourseMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveCourseMutation = { archiveCourse: { course: { id: string, version: number, archivedAt: string | null } } };

export type AddCourseAwardMutationVariables = Exact<{
  input: AddCourseAwardInput;
}>;


export type AddCourseAwardMutation = { addCourseAward: { award: { id: string, name: string, level: AwardLevel, year: number, version: number, course: { id: string } }, course: { id: string, awards: Array<{ id: string, name: string }> } } };

export type RemoveCourseAwardMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type RemoveCourseAwardMutation = { removeCourseAward: { award: { id: string, archivedAt: string | null }, course: { id: string, awards: Array<{ id: string }> } } };

export type CoverageRuleFieldsFragment = { id: string, code: string, name: string, basis: string, kind: CoverageKind, managementLevels: Array<string>, principalPosts: Array<string>, villageRoles: Array<string>, leadershipTeam: boolean | null, young: boolean | null, soeLeadership: boolean | null, selectedGraduate: boolean | null, partyAffairs: boolean | null, newCivilServant: boolean | null, cycleKind: CoverageCycleKind, cycleMonths: number | null, warnMonths: number, shareMin: number | null, modes: Array<string>, classKinds: Array<string>, institutionLevels: Array<string>, institutionKinds: Array<string>, validFrom: string, validTo: string | null, note: string | null };

export type CadreCoverageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type CadreCoverageQuery = { cadre: { id: string, coverage: Array<{ status: CoverageStatus, trained: boolean, lastQualifyingAt: string | null, cycleStart: string | null, nextDueBy: string | null, colour: ComplianceColour | null, reasons: Array<string>, rule: { code: string, name: string, basis: string, kind: CoverageKind }, lastQualifyingRecord: { id: string, title: string | null } | null }> | null } };

export type CadresCoveragePageQueryVariables = Exact<{
  filter?: CadreFilter | null | undefined;
  first?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CadresCoveragePageQuery = { cadres: { nodes: Array<{ id: string, coverage: Array<{ status: CoverageStatus, nextDueBy: string | null, colour: ComplianceColour | null, rule: { code: string } }> | null }> } };

export type CadresCoverageAndCompliancePageQueryVariables = Exact<{
  filter?: CadreFilter | null | undefined;
  first?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CadresCoverageAndCompliancePageQuery = { cadres: { nodes: Array<{ id: string, compliance: { colour: ComplianceColour } | null, coverage: Array<{ status: CoverageStatus, colour: ComplianceColour | null, rule: { code: string } }> | null }> } };

export type CoverageGroupFieldsFragment = { key: string | null, label: string | null, population: number, met: number, due: number, overdue: number, green: number, yellow: number, red: number, metShare: number, shareReached: boolean | null };

export type CoverageSummaryQueryVariables = Exact<{
  rule: string;
  groupBy: ComplianceGroupBy;
  asOf?: string | null | undefined;
  filter?: CadreFilter | null | undefined;
}>;


export type CoverageSummaryQuery = { coverageSummary: { asOf: string, groupBy: ComplianceGroupBy, rule: { code: string, kind: CoverageKind, shareMin: number | null }, total: { key: string | null, label: string | null, population: number, met: number, due: number, overdue: number, green: number, yellow: number, red: number, metShare: number, shareReached: boolean | null }, groups: Array<{ key: string | null, label: string | null, population: number, met: number, due: number, overdue: number, green: number, yellow: number, red: number, metShare: number, shareReached: boolean | null }> } };

export type CoverageRulesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type CoverageRulesQuery = { coverageRules: Array<{ id: string, code: string, name: string, basis: string, kind: CoverageKind, managementLevels: Array<string>, principalPosts: Array<string>, villageRoles: Array<string>, leadershipTeam: boolean | null, young: boolean | null, soeLeadership: boolean | null, selectedGraduate: boolean | null, partyAffairs: boolean | null, newCivilServant: boolean | null, cycleKind: CoverageCycleKind, cycleMonths: number | null, warnMonths: number, shareMin: number | null, modes: Array<string>, classKinds: Array<string>, institutionLevels: Array<string>, institutionKinds: Array<string>, validFrom: string, validTo: string | null, note: string | null }> };

export type AddCoverageRuleVersionMutationVariables = Exact<{
  input: AddCoverageRuleVersionInput;
}>;


export type AddCoverageRuleVersionMutation = { addCoverageRuleVersion: { rule: { id: string, code: string, name: string, basis: string, kind: CoverageKind, managementLevels: Array<string>, principalPosts: Array<string>, villageRoles: Array<string>, leadershipTeam: boolean | null, young: boolean | null, soeLeadership: boolean | null, selectedGraduate: boolean | null, partyAffairs: boolean | null, newCivilServant: boolean | null, cycleKind: CoverageCycleKind, cycleMonths: number | null, warnMonths: number, shareMin: number | null, modes: Array<string>, classKinds: Array<string>, institutionLevels: Array<string>, institutionKinds: Array<string>, validFrom: string, validTo: string | null, note: string | null }, previous: { id: string, code: string, name: string, basis: string, kind: CoverageKind, managementLevels: Array<string>, principalPosts: Array<string>, villageRoles: Array<string>, leadershipTeam: boolean | null, young: boolean | null, soeLeadership: boolean | null, selectedGraduate: boolean | null, partyAffairs: boolean | null, newCivilServant: boolean | null, cycleKind: CoverageCycleKind, cycleMonths: number | null, warnMonths: number, shareMin: number | null, modes: Array<string>, classKinds: Array<string>, institutionLevels: Array<string>, institutionKinds: Array<string>, validFrom: string, validTo: string | null, note: string | null } | null } };

export type EvaluationFieldsFragment = { id: string, version: number, targetKind: EvaluationTargetKind | null, kind: EvaluationKind | null, score: number | null, comments: string | null, evaluator: string | null, period: string | null, archivedAt: string | null, course: { id: string, title: string } | null, teacher: { id: string, name: string } | null, trainingClass: { id: string, name: string } | null, institution: { id: string, name: string } | null, site: { id: string, name: string } | null };

export type EvaluationByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EvaluationByIdQuery = { evaluation: { id: string, version: number, targetKind: EvaluationTargetKind | null, kind: EvaluationKind | null, score: number | null, comments: string | null, evaluator: string | null, period: string | null, archivedAt: string | null, course: { id: string, title: string } | null, teacher: { id: string, name: string } | null, trainingClass: { id: string, name: string } | null, institution: { id: string, name: string } | null, site: { id: string, name: string } | null } };

export type EvaluationsPageQueryVariables = Exact<{
  filter?: EvaluationFilter | null | undefined;
  orderBy?: EvaluationOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type EvaluationsPageQuery = { evaluations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, targetKind: EvaluationTargetKind | null, kind: EvaluationKind | null, score: number | null, period: string | null }> } };

export type CreateEvaluationMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type CreateEvaluationMutation = { createEvaluation: { evaluation: { id: string, version: number, targetKind: EvaluationTargetKind | null, kind: EvaluationKind | null, score: number | null, comments: string | null, evaluator: string | null, period: string | null, archivedAt: string | null, course: { id: string, title: string } | null, teacher: { id: string, name: string } | null, trainingClass: { id: string, name: string } | null, institution: { id: string, name: string } | null, site: { id: string, name: string } | null } } };

export type UpdateEvaluationMutationVariables = Exact<{
  input: UpdateEvaluationInput;
}>;


export type UpdateEvaluationMutation = { updateEvaluation: { evaluation: { id: string, version: number, targetKind: EvaluationTargetKind | null, kind: EvaluationKind | null, score: number | null, comments: string | null, evaluator: string | null, period: string | null, archivedAt: string | null, course: { id: string, title: string } | null, teacher: { id: string, name: string } | null, trainingClass: { id: string, name: string } | null, institution: { id: string, name: string } | null, site: { id: string, name: string } | null } } };

export type ArchiveEvaluationMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveEvaluationMutation = { archiveEvaluation: { evaluation: { id: string, version: number, archivedAt: string | null } } };

export type InstitutionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionByIdQuery = { institution: { id: string, name: string, shortName: string | null, kind: InstitutionKind, level: InstitutionLevel, countyCategory: CountySchoolCategory | null, version: number, archivedAt: string | null, region: { code: string }, supervisor: { id: string, name: string } | null, subordinates: Array<{ id: string, name: string }>, teachers: Array<{ id: string, name: string }>, courses: Array<{ id: string, title: string }>, classes: Array<{ id: string, name: string }> } };

export type InstitutionsPageQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
  orderBy?: InstitutionOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type InstitutionsPageQuery = { institutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: InstitutionKind, level: InstitutionLevel, countyCategory: CountySchoolCategory | null }> } };

export type CreateInstitutionMutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type CreateInstitutionMutation = { createInstitution: { institution: { id: string, name: string, shortName: string | null, kind: InstitutionKind, level: InstitutionLevel, countyCategory: CountySchoolCategory | null, version: number, region: { code: string }, supervisor: { id: string } | null } } };

export type UpdateInstitutionMutationVariables = Exact<{
  input: UpdateInstitutionInput;
}>;


export type UpdateInstitutionMutation = { updateInstitution: { institution: { id: string, name: string, shortName: string | null, kind: InstitutionKind, level: InstitutionLevel, countyCategory: CountySchoolCategory | null, version: number, region: { code: string }, supervisor: { id: string } | null } } };

export type ArchiveInstitutionMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveInstitutionMutation = { archiveInstitution: { institution: { id: string, version: number, archivedAt: string | null } } };

export type EnumLabelsQueryVariables = Exact<{
  names?: Array<string> | string | null | undefined;
}>;


export type EnumLabelsQuery = { enumTypes: Array<{ name: string, description: string, values: Array<{ value: string, label: string }> }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, role: Role, agency: string | null, region: string | null, sector: string | null } };

export type OnsiteTeachingSiteByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OnsiteTeachingSiteByIdQuery = { onsiteTeachingSite: { id: string, name: string, theme: string, status: SiteStatus, address: string | null, version: number, archivedAt: string | null, region: { code: string }, institution: { id: string } } };

export type OnsiteTeachingSitesPageQueryVariables = Exact<{
  filter?: OnsiteTeachingSiteFilter | null | undefined;
  orderBy?: OnsiteTeachingSiteOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type OnsiteTeachingSitesPageQuery = { onsiteTeachingSites: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, theme: string, status: SiteStatus }> } };

export type OnsiteTeachingSiteWrittenFragment = { id: string, name: string, theme: string, status: SiteStatus, address: string | null, version: number, archivedAt: string | null, region: { code: string }, institution: { id: string } };

export type CreateOnsiteTeachingSiteMutationVariables = Exact<{
  input: CreateOnsiteTeachingSiteInput;
}>;


export type CreateOnsiteTeachingSiteMutation = { createOnsiteTeachingSite: { onsiteTeachingSite: { id: string, name: string, theme: string, status: SiteStatus, address: string | null, version: number, archivedAt: string | null, region: { code: string }, institution: { id: string } } } };

export type UpdateOnsiteTeachingSiteMutationVariables = Exact<{
  input: UpdateOnsiteTeachingSiteInput;
}>;


export type UpdateOnsiteTeachingSiteMutation = { updateOnsiteTeachingSite: { onsiteTeachingSite: { id: string, name: string, theme: string, status: SiteStatus, address: string | null, version: number, archivedAt: string | null, region: { code: string }, institution: { id: string } } } };

export type ArchiveOnsiteTeachingSiteMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveOnsiteTeachingSiteMutation = { archiveOnsiteTeachingSite: { onsiteTeachingSite: { id: string, version: number, archivedAt: string | null } } };

export type PlatformFieldsFragment = { id: string, version: number, code: string, name: string, owner: string, isRecognised: boolean, url: string | null, archivedAt: string | null };

export type PlatformByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformByIdQuery = { platform: { id: string, version: number, code: string, name: string, owner: string, isRecognised: boolean, url: string | null, archivedAt: string | null, trainingRecords: Array<{ id: string, title: string | null }> } };

export type PlatformsPageQueryVariables = Exact<{
  filter?: PlatformFilter | null | undefined;
  orderBy?: PlatformOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type PlatformsPageQuery = { platforms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, isRecognised: boolean }> } };

export type CreatePlatformMutationVariables = Exact<{
  input: CreatePlatformInput;
}>;


export type CreatePlatformMutation = { createPlatform: { platform: { id: string, version: number, code: string, name: string, owner: string, isRecognised: boolean, url: string | null, archivedAt: string | null } } };

export type UpdatePlatformMutationVariables = Exact<{
  input: UpdatePlatformInput;
}>;


export type UpdatePlatformMutation = { updatePlatform: { platform: { id: string, version: number, code: string, name: string, owner: string, isRecognised: boolean, url: string | null, archivedAt: string | null } } };

export type ArchivePlatformMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchivePlatformMutation = { archivePlatform: { platform: { id: string, version: number, code: string, name: string, owner: string, isRecognised: boolean, url: string | null, archivedAt: string | null } } };

export type EvaluationSubjectStatisticsFieldsFragment = { rank: number | null, count: number | null, average: number | null, min: number | null, max: number | null, subject: { id: string, kind: EvaluationTargetKind, name: string }, byKind: Array<{ kind: EvaluationKind | null, period: string | null, count: number | null, average: number | null, min: number | null, max: number | null }> | null, byPeriod: Array<{ kind: EvaluationKind | null, period: string | null, count: number | null, average: number | null, min: number | null, max: number | null }> | null };

export type EvaluationStatisticsQueryVariables = Exact<{
  subject: EvaluationTargetKind;
  filter?: EvaluationStatisticsFilter | null | undefined;
  lowScoreThreshold?: number | null | undefined;
  first?: number | null | undefined;
  orderBy?: EvaluationStatisticsOrder | null | undefined;
}>;


export type EvaluationStatisticsQuery = { evaluationStatistics: { subject: EvaluationTargetKind, lowScoreThreshold: number, totalCount: number | null, lowScorerCount: number | null, rows: Array<{ rank: number | null, count: number | null, average: number | null, min: number | null, max: number | null, subject: { id: string, kind: EvaluationTargetKind, name: string }, byKind: Array<{ kind: EvaluationKind | null, period: string | null, count: number | null, average: number | null, min: number | null, max: number | null }> | null, byPeriod: Array<{ kind: EvaluationKind | null, period: string | null, count: number | null, average: number | null, min: number | null, max: number | null }> | null }> | null, lowScorers: Array<{ rank: number | null, count: number | null, average: number | null, min: number | null, max: number | null, subject: { id: string, kind: EvaluationTargetKind, name: string }, byKind: Array<{ kind: EvaluationKind | null, period: string | null, count: number | null, average: number | null, min: number | null, max: number | null }> | null, byPeriod: Array<{ kind: EvaluationKind | null, period: string | null, count: number | null, average: number | null, min: number | null, max: number | null }> | null }> | null } };

export type SelectionProgressQueryVariables = Exact<{
  periodCode?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type SelectionProgressQuery = { selectionProgress: { periodCode: string, asOf: string, elapsedShare: number, period: { id: string, code: string, name: string, startDate: string, endDate: string }, indicators: Array<{ code: string, name: string, measure: SelectionMeasure, target: number | null, comparison: TargetComparison | null, value: number | null, numerator: number, denominator: number | null, expected: number | null, status: PlanTargetStatus, ruleValidFrom: string | null, ruleNote: string | null, byYear: Array<{ year: number, numerator: number, denominator: number | null, value: number | null, cumulative: number | null }> }> } };

export type CoursesByAwardQueryVariables = Exact<{
  filter?: CourseFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CoursesByAwardQuery = { courses: { totalCount: number, nodes: Array<{ id: string, title: string, method: TeachingMethod, awards: Array<{ name: string, level: AwardLevel, year: number }> }> } };

export type TextbooksByAwardQueryVariables = Exact<{
  filter?: TextbookFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type TextbooksByAwardQuery = { textbooks: { totalCount: number, nodes: Array<{ id: string, title: string, isCaseTextbook: boolean, awards: Array<{ name: string, level: AwardLevel, year: number }> }> } };

export type CourseUpdateIndicatorsQueryVariables = Exact<{
  year: number;
  institutionId?: string | number | null | undefined;
}>;


export type CourseUpdateIndicatorsQuery = { courseUpdateIndicators: { year: number, rows: Array<{ institutionId: string, institutionName: string, institutionKind: InstitutionKind, institutionLevel: InstitutionLevel, measure: CourseUpdateMeasure, value: number | null, baseHours: number | null, updatedHours: number, threshold: number | null, comparison: TargetComparison | null, met: boolean | null, ruleCode: string | null, ruleValidFrom: string | null, courseIds: Array<string> }> } };

export type TrainingStatisticsRowFieldsFragment = { hours: number | null, days: number | null, people: number | null, records: number | null, averageHoursPerCadre: number | null, keys: { region: { id: string | null, code: string | null, label: string } | null, unit: { id: string | null, code: string | null, label: string } | null, category: { id: string | null, code: string | null, label: string } | null, sector: { id: string | null, code: string | null, label: string } | null, mode: { id: string | null, code: string | null, label: string } | null, year: { id: string | null, code: string | null, label: string } | null, quarter: { id: string | null, code: string | null, label: string } | null, institution: { id: string | null, code: string | null, label: string } | null, classKind: { id: string | null, code: string | null, label: string } | null } };

export type TrainingStatisticsQueryVariables = Exact<{
  measures: Array<StatisticsMeasure> | StatisticsMeasure;
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: TrainingStatisticsFilter | null | undefined;
}>;


export type TrainingStatisticsQuery = { trainingStatistics: { measures: Array<StatisticsMeasure>, groupBy: Array<StatisticsDimension>, from: string | null, to: string | null, rows: Array<{ hours: number | null, days: number | null, people: number | null, records: number | null, averageHoursPerCadre: number | null, keys: { region: { id: string | null, code: string | null, label: string } | null, unit: { id: string | null, code: string | null, label: string } | null, category: { id: string | null, code: string | null, label: string } | null, sector: { id: string | null, code: string | null, label: string } | null, mode: { id: string | null, code: string | null, label: string } | null, year: { id: string | null, code: string | null, label: string } | null, quarter: { id: string | null, code: string | null, label: string } | null, institution: { id: string | null, code: string | null, label: string } | null, classKind: { id: string | null, code: string | null, label: string } | null } }>, total: { hours: number | null, days: number | null, people: number | null, records: number | null, averageHoursPerCadre: number | null, keys: { region: { id: string | null, code: string | null, label: string } | null, unit: { id: string | null, code: string | null, label: string } | null, category: { id: string | null, code: string | null, label: string } | null, sector: { id: string | null, code: string | null, label: string } | null, mode: { id: string | null, code: string | null, label: string } | null, year: { id: string | null, code: string | null, label: string } | null, quarter: { id: string | null, code: string | null, label: string } | null, institution: { id: string | null, code: string | null, label: string } | null, classKind: { id: string | null, code: string | null, label: string } | null } } } };

export type AssignmentStatisticsRowFieldsFragment = { nominated: number, approved: number, filed: number, attended: number, absent: number, makeupRequired: number, exempted: number, keys: { region: { id: string | null, code: string | null, label: string } | null, unit: { id: string | null, code: string | null, label: string } | null, year: { id: string | null, code: string | null, label: string } | null, institution: { id: string | null, code: string | null, label: string } | null } };

export type AssignmentStatisticsQueryVariables = Exact<{
  groupBy: Array<AssignmentStatisticsDimension> | AssignmentStatisticsDimension;
  filter?: AssignmentStatisticsFilter | null | undefined;
}>;


export type AssignmentStatisticsQuery = { assignmentStatistics: { groupBy: Array<AssignmentStatisticsDimension>, rows: Array<{ nominated: number, approved: number, filed: number, attended: number, absent: number, makeupRequired: number, exempted: number, keys: { region: { id: string | null, code: string | null, label: string } | null, unit: { id: string | null, code: string | null, label: string } | null, year: { id: string | null, code: string | null, label: string } | null, institution: { id: string | null, code: string | null, label: string } | null } }>, total: { nominated: number, approved: number, filed: number, attended: number, absent: number, makeupRequired: number, exempted: number, keys: { region: { id: string | null, code: string | null, label: string } | null, unit: { id: string | null, code: string | null, label: string } | null, year: { id: string | null, code: string | null, label: string } | null, institution: { id: string | null, code: string | null, label: string } | null } } } };

export type TeacherByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TeacherByIdQuery = { teacher: { id: string, name: string, kind: TeacherKind, source: TeacherSource, title: string | null, specialties: Array<string>, isRenowned: boolean, phone: string | null, email: string | null, biography: string | null, version: number, archivedAt: string | null, averageScore: number | null, institution: { id: string, name: string } | null, cadre: { id: string, name: string | null } | null, courses: Array<{ id: string, title: string }>, poolMemberships: Array<{ id: string, year: number, poolName: string | null, version: number, publisher: { id: string } }>, evaluations: Array<{ id: string, score: number | null }> } };

export type TeachersPageQueryVariables = Exact<{
  filter?: TeacherFilter | null | undefined;
  orderBy?: TeacherOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type TeachersPageQuery = { teachers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string }> } };

export type TeacherPoolBrowseQueryVariables = Exact<{
  filter?: TeacherFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type TeacherPoolBrowseQuery = { teachers: { nodes: Array<{ id: string, name: string, averageScore: number | null, institution: { name: string, region: { code: string } } | null, courses: Array<{ title: string, institution: { name: string } }>, poolMemberships: Array<{ year: number, publisher: { name: string } }> }> } };

export type CreateTeacherMutationVariables = Exact<{
  input: CreateTeacherInput;
}>;


export type CreateTeacherMutation = { createTeacher: { teacher: { id: string, name: string, kind: TeacherKind, source: TeacherSource, title: string | null, specialties: Array<string>, isRenowned: boolean, phone: string | null, email: string | null, biography: string | null, version: number, institution: { id: string } | null, cadre: { id: string } | null } } };

export type UpdateTeacherMutationVariables = Exact<{
  input: UpdateTeacherInput;
}>;


export type UpdateTeacherMutation = { updateTeacher: { teacher: { id: string, name: string, kind: TeacherKind, source: TeacherSource, title: string | null, specialties: Array<string>, isRenowned: boolean, phone: string | null, email: string | null, biography: string | null, version: number, institution: { id: string } | null, cadre: { id: string } | null } } };

export type ArchiveTeacherMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveTeacherMutation = { archiveTeacher: { teacher: { id: string, version: number, archivedAt: string | null } } };

export type AddTeacherToPoolMutationVariables = Exact<{
  input: AddTeacherToPoolInput;
}>;


export type AddTeacherToPoolMutation = { addTeacherToPool: { membership: { id: string, year: number, poolName: string | null, version: number, archivedAt: string | null, publisher: { id: string }, teacher: { id: string } }, teacher: { id: string, poolMemberships: Array<{ id: string, year: number }> } } };

export type RemoveTeacherFromPoolMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type RemoveTeacherFromPoolMutation = { removeTeacherFromPool: { membership: { id: string, archivedAt: string | null }, teacher: { id: string, poolMemberships: Array<{ id: string, year: number }> } } };

export type TeachingCaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TeachingCaseByIdQuery = { teachingCase: { id: string, title: string, themes: Array<string>, summary: string, body: string, authors: Array<string>, year: number, status: ReviewStatus, firstPublishedAt: string | null, lastRevisedAt: string | null, version: number, archivedAt: string | null, region: { code: string } | null, institution: { id: string }, courses: Array<{ id: string, title: string }>, collections: Array<{ id: string, title: string }>, awards: Array<{ id: string, name: string, level: AwardLevel, year: number }> } };

export type TeachingCasesPageQueryVariables = Exact<{
  filter?: TeachingCaseFilter | null | undefined;
  orderBy?: TeachingCaseOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type TeachingCasesPageQuery = { teachingCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, year: number, status: ReviewStatus, themes: Array<string> }> } };

export type TeachingCaseWrittenFragment = { id: string, title: string, themes: Array<string>, summary: string, body: string, authors: Array<string>, year: number, status: ReviewStatus, firstPublishedAt: string | null, lastRevisedAt: string | null, version: number, archivedAt: string | null, region: { code: string } | null, institution: { id: string } };

export type CreateTeachingCaseMutationVariables = Exact<{
  input: CreateTeachingCaseInput;
}>;


export type CreateTeachingCaseMutation = { createTeachingCase: { teachingCase: { id: string, title: string, themes: Array<string>, summary: string, body: string, authors: Array<string>, year: number, status: ReviewStatus, firstPublishedAt: string | null, lastRevisedAt: string | null, version: number, archivedAt: string | null, region: { code: string } | null, institution: { id: string } } } };

export type UpdateTeachingCaseMutationVariables = Exact<{
  input: UpdateTeachingCaseInput;
}>;


export type UpdateTeachingCaseMutation = { updateTeachingCase: { teachingCase: { id: string, title: string, themes: Array<string>, summary: string, body: string, authors: Array<string>, year: number, status: ReviewStatus, firstPublishedAt: string | null, lastRevisedAt: string | null, version: number, archivedAt: string | null, region: { code: string } | null, institution: { id: string } } } };

export type ReviewTeachingCaseMutationVariables = Exact<{
  input: ReviewTeachingCaseInput;
}>;


export type ReviewTeachingCaseMutation = { reviewTeachingCase: { teachingCase: { id: string, status: ReviewStatus, version: number, firstPublishedAt: string | null, lastRevisedAt: string | null } } };

export type ArchiveTeachingCaseMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveTeachingCaseMutation = { archiveTeachingCase: { teachingCase: { id: string, version: number, archivedAt: string | null } } };

export type AddCaseAwardMutationVariables = Exact<{
  input: AddCaseAwardInput;
}>;


export type AddCaseAwardMutation = { addCaseAward: { caseAward: { id: string, name: string, level: AwardLevel, year: number, version: number, teachingCase: { id: string } }, teachingCase: { id: string, awards: Array<{ id: string, name: string }> } } };

export type RemoveCaseAwardMutationVariables = Exact<{
  input: RemoveCaseAwardInput;
}>;


export type RemoveCaseAwardMutation = { removeCaseAward: { removedId: string, teachingCase: { id: string, awards: Array<{ id: string, name: string }> } } };

export type CaseCollectionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseCollectionByIdQuery = { caseCollection: { id: string, title: string, year: number, version: number, archivedAt: string | null, institution: { id: string }, cases: Array<{ id: string, title: string }> } };

export type CaseCollectionsPageQueryVariables = Exact<{
  filter?: CaseCollectionFilter | null | undefined;
  orderBy?: CaseCollectionOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type CaseCollectionsPageQuery = { caseCollections: { totalCount: number, nodes: Array<{ id: string, title: string, year: number }> } };

export type CreateCaseCollectionMutationVariables = Exact<{
  input: CreateCaseCollectionInput;
}>;


export type CreateCaseCollectionMutation = { createCaseCollection: { caseCollection: { id: string, title: string, year: number, version: number, institution: { id: string }, cases: Array<{ id: string }> } } };

export type UpdateCaseCollectionMutationVariables = Exact<{
  input: UpdateCaseCollectionInput;
}>;


export type UpdateCaseCollectionMutation = { updateCaseCollection: { caseCollection: { id: string, title: string, year: number, version: number, cases: Array<{ id: string }> } } };

export type ArchiveCaseCollectionMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveCaseCollectionMutation = { archiveCaseCollection: { caseCollection: { id: string, version: number, archivedAt: string | null } } };

export type TextbookByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TextbookByIdQuery = { textbook: { id: string, title: string, authors: Array<string>, publisher: string, year: number, isCaseTextbook: boolean, version: number, archivedAt: string | null, institution: { id: string } | null, awards: Array<{ id: string, name: string, level: AwardLevel, year: number }> } };

export type TextbooksPageQueryVariables = Exact<{
  filter?: TextbookFilter | null | undefined;
  orderBy?: TextbookOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type TextbooksPageQuery = { textbooks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, year: number }> } };

export type CreateTextbookMutationVariables = Exact<{
  input: CreateTextbookInput;
}>;


export type CreateTextbookMutation = { createTextbook: { textbook: { id: string, title: string, authors: Array<string>, publisher: string, year: number, isCaseTextbook: boolean, version: number, institution: { id: string } | null } } };

export type UpdateTextbookMutationVariables = Exact<{
  input: UpdateTextbookInput;
}>;


export type UpdateTextbookMutation = { updateTextbook: { textbook: { id: string, title: string, authors: Array<string>, publisher: string, year: number, isCaseTextbook: boolean, version: number, institution: { id: string } | null } } };

export type ArchiveTextbookMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveTextbookMutation = { archiveTextbook: { textbook: { id: string, version: number, archivedAt: string | null } } };

export type AddTextbookAwardMutationVariables = Exact<{
  input: AddTextbookAwardInput;
}>;


export type AddTextbookAwardMutation = { addTextbookAward: { award: { id: string, name: string, level: AwardLevel, year: number, version: number, textbook: { id: string } }, textbook: { id: string, awards: Array<{ id: string, name: string }> } } };

export type RemoveTextbookAwardMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type RemoveTextbookAwardMutation = { removeTextbookAward: { award: { id: string, archivedAt: string | null }, textbook: { id: string, awards: Array<{ id: string }> } } };

export type TrainingClassByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingClassByIdQuery = { trainingClass: { id: string, name: string, kind: ClassKind, semester: string, startDate: string, endDate: string, days: number, capacity: number, version: number, archivedAt: string | null, enrolledCount: number | null, institution: { id: string }, sessions: Array<{ id: string, title: string, date: string, hours: number, method: TeachingMethod, isLeaderLecture: boolean, venue: SessionVenue, course: { id: string } | null, teacher: { id: string } | null, site: { id: string } | null }>, quotas: Array<{ id: string, seats: number | null, version: number, unit: { id: string } }>, enrollments: Array<{ id: string, status: AssignmentStatus | null, cadre: { id: string } }> } };

export type TrainingClassesPageQueryVariables = Exact<{
  filter?: TrainingClassFilter | null | undefined;
  orderBy?: TrainingClassOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type TrainingClassesPageQuery = { trainingClasses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, semester: string, startDate: string, enrolledCount: number | null }> } };

export type TrainingClassWrittenFragment = { id: string, name: string, kind: ClassKind, semester: string, startDate: string, endDate: string, days: number, capacity: number, version: number, archivedAt: string | null, institution: { id: string } };

export type CreateTrainingClassMutationVariables = Exact<{
  input: CreateTrainingClassInput;
}>;


export type CreateTrainingClassMutation = { createTrainingClass: { trainingClass: { id: string, name: string, kind: ClassKind, semester: string, startDate: string, endDate: string, days: number, capacity: number, version: number, archivedAt: string | null, institution: { id: string } } } };

export type UpdateTrainingClassMutationVariables = Exact<{
  input: UpdateTrainingClassInput;
}>;


export type UpdateTrainingClassMutation = { updateTrainingClass: { trainingClass: { id: string, name: string, kind: ClassKind, semester: string, startDate: string, endDate: string, days: number, capacity: number, version: number, archivedAt: string | null, institution: { id: string } } } };

export type ArchiveTrainingClassMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveTrainingClassMutation = { archiveTrainingClass: { trainingClass: { id: string, version: number, archivedAt: string | null } } };

export type ClassSessionWrittenFragment = { id: string, title: string, date: string, hours: number, method: TeachingMethod, isLeaderLecture: boolean, venue: SessionVenue, version: number, archivedAt: string | null, trainingClass: { id: string }, course: { id: string } | null, teacher: { id: string } | null, site: { id: string } | null };

export type AddClassSessionMutationVariables = Exact<{
  input: AddClassSessionInput;
}>;


export type AddClassSessionMutation = { addClassSession: { classSession: { id: string, title: string, date: string, hours: number, method: TeachingMethod, isLeaderLecture: boolean, venue: SessionVenue, version: number, archivedAt: string | null, trainingClass: { id: string }, course: { id: string } | null, teacher: { id: string } | null, site: { id: string } | null } } };

export type UpdateClassSessionMutationVariables = Exact<{
  input: UpdateClassSessionInput;
}>;


export type UpdateClassSessionMutation = { updateClassSession: { classSession: { id: string, title: string, date: string, hours: number, method: TeachingMethod, isLeaderLecture: boolean, venue: SessionVenue, version: number, archivedAt: string | null, trainingClass: { id: string }, course: { id: string } | null, teacher: { id: string } | null, site: { id: string } | null } } };

export type RemoveClassSessionMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type RemoveClassSessionMutation = { removeClassSession: { classSession: { id: string, version: number, archivedAt: string | null } } };

export type SetClassQuotaMutationVariables = Exact<{
  input: SetClassQuotaInput;
}>;


export type SetClassQuotaMutation = { setClassQuota: { classQuota: { id: string, seats: number | null, version: number, unit: { id: string }, trainingClass: { id: string } } | null, trainingClass: { id: string, quotas: Array<{ seats: number | null, unit: { id: string } }> } } };

export type ImportTrainingRecordsMutationVariables = Exact<{
  platform: string | number;
  records: Array<ImportTrainingRecordInput> | ImportTrainingRecordInput;
}>;


export type ImportTrainingRecordsMutation = { importTrainingRecords: { accepted: number, duplicates: number, unchanged: number, conflicts: number, rejected: number, rows: Array<{ index: number, externalId: string | null, status: ImportRowStatus, errors: Array<{ field: string, message: string }>, record: { id: string, hours: number | null, creditedHours: number | null, verificationStatus: VerificationStatus | null } | null, duplicateOf: { id: string } | null }> } };

export type ImportTrainingRecordsCountsMutationVariables = Exact<{
  platform: string | number;
  records: Array<ImportTrainingRecordInput> | ImportTrainingRecordInput;
}>;


export type ImportTrainingRecordsCountsMutation = { importTrainingRecords: { accepted: number, duplicates: number, unchanged: number, conflicts: number, rejected: number } };

export type TrainingRecordFieldsFragment = { id: string, version: number, mode: TrainingMode | null, title: string | null, hours: number | null, creditedHours: number | null, days: number | null, startDate: string | null, endDate: string | null, externalId: string | null, recordedBy: string | null, verificationStatus: VerificationStatus | null, archivedAt: string | null, cadre: { id: string, name: string | null } | null, platform: { id: string, code: string } | null, trainingClass: { id: string, name: string } | null, course: { id: string, title: string } | null };

export type TrainingRecordByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingRecordByIdQuery = { trainingRecord: { id: string, version: number, mode: TrainingMode | null, title: string | null, hours: number | null, creditedHours: number | null, days: number | null, startDate: string | null, endDate: string | null, externalId: string | null, recordedBy: string | null, verificationStatus: VerificationStatus | null, archivedAt: string | null, cadre: { id: string, name: string | null } | null, platform: { id: string, code: string } | null, trainingClass: { id: string, name: string } | null, course: { id: string, title: string } | null } };

export type TrainingRecordsPageQueryVariables = Exact<{
  filter?: TrainingRecordFilter | null | undefined;
  orderBy?: TrainingRecordOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type TrainingRecordsPageQuery = { trainingRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string | null, startDate: string | null, endDate: string | null } }> } };

export type CreateTrainingRecordMutationVariables = Exact<{
  input: CreateTrainingRecordInput;
}>;


export type CreateTrainingRecordMutation = { createTrainingRecord: { trainingRecord: { id: string, version: number, mode: TrainingMode | null, title: string | null, hours: number | null, creditedHours: number | null, days: number | null, startDate: string | null, endDate: string | null, externalId: string | null, recordedBy: string | null, verificationStatus: VerificationStatus | null, archivedAt: string | null, cadre: { id: string, name: string | null } | null, platform: { id: string, code: string } | null, trainingClass: { id: string, name: string } | null, course: { id: string, title: string } | null } } };

export type UpdateTrainingRecordMutationVariables = Exact<{
  input: UpdateTrainingRecordInput;
}>;


export type UpdateTrainingRecordMutation = { updateTrainingRecord: { trainingRecord: { id: string, version: number, mode: TrainingMode | null, title: string | null, hours: number | null, creditedHours: number | null, days: number | null, startDate: string | null, endDate: string | null, externalId: string | null, recordedBy: string | null, verificationStatus: VerificationStatus | null, archivedAt: string | null, cadre: { id: string, name: string | null } | null, platform: { id: string, code: string } | null, trainingClass: { id: string, name: string } | null, course: { id: string, title: string } | null } } };

export type ArchiveTrainingRecordMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveTrainingRecordMutation = { archiveTrainingRecord: { trainingRecord: { id: string, version: number, archivedAt: string | null } } };

export const TrainingAssignmentWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAssignmentWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}}]}}]}}]} as unknown as DocumentNode<TrainingAssignmentWrittenFragment, unknown>;
export const ComplianceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CadreCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"view"}},{"kind":"Field","name":{"kind":"Name","value":"cadreGroup"}},{"kind":"Field","name":{"kind":"Name","value":"groupBasis"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"centralized"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDays"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDays"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"planPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"periodShare"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"paceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"promoted"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theoryTraining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}}]}}]} as unknown as DocumentNode<ComplianceFieldsFragment, unknown>;
export const CoverageRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"managementLevels"}},{"kind":"Field","name":{"kind":"Name","value":"principalPosts"}},{"kind":"Field","name":{"kind":"Name","value":"villageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"young"}},{"kind":"Field","name":{"kind":"Name","value":"soeLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"selectedGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"partyAffairs"}},{"kind":"Field","name":{"kind":"Name","value":"newCivilServant"}},{"kind":"Field","name":{"kind":"Name","value":"cycleKind"}},{"kind":"Field","name":{"kind":"Name","value":"cycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"warnMonths"}},{"kind":"Field","name":{"kind":"Name","value":"shareMin"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"classKinds"}},{"kind":"Field","name":{"kind":"Name","value":"institutionLevels"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKinds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<CoverageRuleFieldsFragment, unknown>;
export const CoverageGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageSummaryGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"metShare"}},{"kind":"Field","name":{"kind":"Name","value":"shareReached"}}]}}]} as unknown as DocumentNode<CoverageGroupFieldsFragment, unknown>;
export const EvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EvaluationFieldsFragment, unknown>;
export const OnsiteTeachingSiteWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteTeachingSiteWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteTeachingSite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OnsiteTeachingSiteWrittenFragment, unknown>;
export const PlatformFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"isRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<PlatformFieldsFragment, unknown>;
export const EvaluationSubjectStatisticsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSubjectStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSubjectStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<EvaluationSubjectStatisticsFieldsFragment, unknown>;
export const TrainingStatisticsRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingStatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursPerCadre"}}]}}]} as unknown as DocumentNode<TrainingStatisticsRowFieldsFragment, unknown>;
export const AssignmentStatisticsRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentStatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"filed"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"makeupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"exempted"}}]}}]} as unknown as DocumentNode<AssignmentStatisticsRowFieldsFragment, unknown>;
export const TeachingCaseWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeachingCaseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeachingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TeachingCaseWrittenFragment, unknown>;
export const TrainingClassWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingClassWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TrainingClassWrittenFragment, unknown>;
export const ClassSessionWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassSessionWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderLecture"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClassSessionWrittenFragment, unknown>;
export const TrainingRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"creditedHours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TrainingRecordFieldsFragment, unknown>;
export const TrainingAssignmentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingAssignmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingAssignmentByIdQuery, TrainingAssignmentByIdQueryVariables>;
export const TrainingAssignmentsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingAssignmentsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAssignmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAssignmentOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingAssignmentsPageQuery, TrainingAssignmentsPageQueryVariables>;
export const CadreAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadreAssignmentsQuery, CadreAssignmentsQueryVariables>;
export const CreateTrainingAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingAssignmentWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAssignmentWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingAssignmentMutation, CreateTrainingAssignmentMutationVariables>;
export const UpdateTrainingAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingAssignmentWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAssignmentWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingAssignmentMutation, UpdateTrainingAssignmentMutationVariables>;
export const ArchiveTrainingAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTrainingAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTrainingAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingAssignmentWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAssignmentWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}}]}}]}}]} as unknown as DocumentNode<ArchiveTrainingAssignmentMutation, ArchiveTrainingAssignmentMutationVariables>;
export const TransitionTrainingAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionTrainingAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionTrainingAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionTrainingAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingAssignmentWritten"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"creditedHours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingAssignmentWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}}]}}]}}]} as unknown as DocumentNode<TransitionTrainingAssignmentMutation, TransitionTrainingAssignmentMutationVariables>;
export const AuditEntriesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntriesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesPageQuery, AuditEntriesPageQueryVariables>;
export const BenchQ1TeacherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchQ1Teacher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"isRenowned"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<BenchQ1TeacherQuery, BenchQ1TeacherQueryVariables>;
export const BenchQ2TeachersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchQ2Teachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchQ2TeachersQuery, BenchQ2TeachersQueryVariables>;
export const BenchQ3CadresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchQ3Cadres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchQ3CadresQuery, BenchQ3CadresQueryVariables>;
export const BenchQ4PoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchQ4Pool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isRenowned"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchQ4PoolQuery, BenchQ4PoolQueryVariables>;
export const BenchM1CreateRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchM1CreateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<BenchM1CreateRecordMutation, BenchM1CreateRecordMutationVariables>;
export const BenchR3TrainingStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchR3TrainingStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsMeasure"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingStatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursPerCadre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursPerCadre"}}]}}]}}]}}]} as unknown as DocumentNode<BenchR3TrainingStatisticsQuery, BenchR3TrainingStatisticsQueryVariables>;
export const BenchR2CoverageSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchR2CoverageSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"shareMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"metShare"}},{"kind":"Field","name":{"kind":"Name","value":"shareReached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"metShare"}},{"kind":"Field","name":{"kind":"Name","value":"shareReached"}}]}}]}}]}}]} as unknown as DocumentNode<BenchR2CoverageSummaryQuery, BenchR2CoverageSummaryQueryVariables>;
export const CadreByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isPrincipalLeader"}},{"kind":"Field","name":{"kind":"Name","value":"isYoungCadre"}},{"kind":"Field","name":{"kind":"Name","value":"appointedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CadreByIdQuery, CadreByIdQueryVariables>;
export const CadresPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadresPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadresPageQuery, CadresPageQueryVariables>;
export const CadresWithTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadresWithTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadresWithTrainingQuery, CadresWithTrainingQueryVariables>;
export const CreateCadreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCadreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCadreMutation, CreateCadreMutationVariables>;
export const UpdateCadreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCadreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCadreMutation, UpdateCadreMutationVariables>;
export const ArchiveCadreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveCadreMutation, ArchiveCadreMutationVariables>;
export const CadreComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceView"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CadreCompliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"view"}},{"kind":"Field","name":{"kind":"Name","value":"cadreGroup"}},{"kind":"Field","name":{"kind":"Name","value":"groupBasis"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"centralized"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDays"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDays"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"planPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"periodShare"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"paceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"promoted"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theoryTraining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}}]}}]} as unknown as DocumentNode<CadreComplianceQuery, CadreComplianceQueryVariables>;
export const CadresCompliancePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadresCompliancePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"centralized"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadresCompliancePageQuery, CadresCompliancePageQueryVariables>;
export const CadreLearningMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreLearningMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadreLearningMapQuery, CadreLearningMapQueryVariables>;
export const ComplianceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceView"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"greenRate"}},{"kind":"Field","name":{"kind":"Name","value":"yellowRate"}},{"kind":"Field","name":{"kind":"Name","value":"redRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"greenRate"}},{"kind":"Field","name":{"kind":"Name","value":"yellowRate"}},{"kind":"Field","name":{"kind":"Name","value":"redRate"}}]}}]}}]}}]} as unknown as DocumentNode<ComplianceSummaryQuery, ComplianceSummaryQueryVariables>;
export const OverdueCadresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueCadres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceView"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueCadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"centralized"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueCadresQuery, OverdueCadresQueryVariables>;
export const ComplianceRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cadreGroup"}},{"kind":"Field","name":{"kind":"Name","value":"minHours"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"periodYears"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"classKinds"}},{"kind":"Field","name":{"kind":"Name","value":"promotionGraceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"yellowBehind"}},{"kind":"Field","name":{"kind":"Name","value":"redBehind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<ComplianceRulesQuery, ComplianceRulesQueryVariables>;
export const HoursConversionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoursConversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursConversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"creditedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capPerEvent"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<HoursConversionsQuery, HoursConversionsQueryVariables>;
export const AddComplianceRuleVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComplianceRuleVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddComplianceRuleVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComplianceRuleVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cadreGroup"}},{"kind":"Field","name":{"kind":"Name","value":"minHours"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<AddComplianceRuleVersionMutation, AddComplianceRuleVersionMutationVariables>;
export const CadreGroupRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreGroupRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreGroupRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cadreGroup"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CadreGroupRulesQuery, CadreGroupRulesQueryVariables>;
export const AddCadreGroupRuleVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCadreGroupRuleVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCadreGroupRuleVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCadreGroupRuleVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cadreGroup"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cadreGroup"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<AddCadreGroupRuleVersionMutation, AddCadreGroupRuleVersionMutationVariables>;
export const PlanPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<PlanPeriodsQuery, PlanPeriodsQueryVariables>;
export const CourseByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<CourseByIdQuery, CourseByIdQueryVariables>;
export const CoursesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoursesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]} as unknown as DocumentNode<CoursesPageQuery, CoursesPageQueryVariables>;
export const CreateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCourseMutation, CreateCourseMutationVariables>;
export const UpdateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCourseMutation, UpdateCourseMutationVariables>;
export const ReviewCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewCourseMutation, ReviewCourseMutationVariables>;
export const ArchiveCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveCourseMutation, ArchiveCourseMutationVariables>;
export const AddCourseAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCourseAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCourseAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCourseAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCourseAwardMutation, AddCourseAwardMutationVariables>;
export const RemoveCourseAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCourseAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCourseAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCourseAwardMutation, RemoveCourseAwardMutationVariables>;
export const CadreCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"lastQualifyingAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastQualifyingRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycleStart"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<CadreCoverageQuery, CadreCoverageQueryVariables>;
export const CadresCoveragePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadresCoveragePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadresCoveragePageQuery, CadresCoveragePageQueryVariables>;
export const CadresCoverageAndCompliancePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadresCoverageAndCompliancePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadresCoverageAndCompliancePageQuery, CadresCoverageAndCompliancePageQueryVariables>;
export const CoverageSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"shareMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageSummaryGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"metShare"}},{"kind":"Field","name":{"kind":"Name","value":"shareReached"}}]}}]} as unknown as DocumentNode<CoverageSummaryQuery, CoverageSummaryQueryVariables>;
export const CoverageRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"managementLevels"}},{"kind":"Field","name":{"kind":"Name","value":"principalPosts"}},{"kind":"Field","name":{"kind":"Name","value":"villageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"young"}},{"kind":"Field","name":{"kind":"Name","value":"soeLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"selectedGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"partyAffairs"}},{"kind":"Field","name":{"kind":"Name","value":"newCivilServant"}},{"kind":"Field","name":{"kind":"Name","value":"cycleKind"}},{"kind":"Field","name":{"kind":"Name","value":"cycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"warnMonths"}},{"kind":"Field","name":{"kind":"Name","value":"shareMin"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"classKinds"}},{"kind":"Field","name":{"kind":"Name","value":"institutionLevels"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKinds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<CoverageRulesQuery, CoverageRulesQueryVariables>;
export const AddCoverageRuleVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCoverageRuleVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCoverageRuleVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCoverageRuleVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageRuleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"managementLevels"}},{"kind":"Field","name":{"kind":"Name","value":"principalPosts"}},{"kind":"Field","name":{"kind":"Name","value":"villageRoles"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"}},{"kind":"Field","name":{"kind":"Name","value":"young"}},{"kind":"Field","name":{"kind":"Name","value":"soeLeadership"}},{"kind":"Field","name":{"kind":"Name","value":"selectedGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"partyAffairs"}},{"kind":"Field","name":{"kind":"Name","value":"newCivilServant"}},{"kind":"Field","name":{"kind":"Name","value":"cycleKind"}},{"kind":"Field","name":{"kind":"Name","value":"cycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"warnMonths"}},{"kind":"Field","name":{"kind":"Name","value":"shareMin"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"classKinds"}},{"kind":"Field","name":{"kind":"Name","value":"institutionLevels"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKinds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<AddCoverageRuleVersionMutation, AddCoverageRuleVersionMutationVariables>;
export const EvaluationByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EvaluationByIdQuery, EvaluationByIdQueryVariables>;
export const EvaluationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationsPageQuery, EvaluationsPageQueryVariables>;
export const CreateEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateEvaluationMutation, CreateEvaluationMutationVariables>;
export const UpdateEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateEvaluationMutation, UpdateEvaluationMutationVariables>;
export const ArchiveEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveEvaluationMutation, ArchiveEvaluationMutationVariables>;
export const InstitutionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"countyCategory"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionByIdQuery, InstitutionByIdQueryVariables>;
export const InstitutionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"countyCategory"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsPageQuery, InstitutionsPageQueryVariables>;
export const CreateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"countyCategory"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateInstitutionMutation, CreateInstitutionMutationVariables>;
export const UpdateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"countyCategory"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const ArchiveInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveInstitutionMutation, ArchiveInstitutionMutationVariables>;
export const EnumLabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnumLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<EnumLabelsQuery, EnumLabelsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OnsiteTeachingSiteByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnsiteTeachingSiteById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onsiteTeachingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OnsiteTeachingSiteByIdQuery, OnsiteTeachingSiteByIdQueryVariables>;
export const OnsiteTeachingSitesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnsiteTeachingSitesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteTeachingSiteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteTeachingSiteOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onsiteTeachingSites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OnsiteTeachingSitesPageQuery, OnsiteTeachingSitesPageQueryVariables>;
export const CreateOnsiteTeachingSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOnsiteTeachingSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOnsiteTeachingSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOnsiteTeachingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onsiteTeachingSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteTeachingSiteWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteTeachingSiteWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteTeachingSite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOnsiteTeachingSiteMutation, CreateOnsiteTeachingSiteMutationVariables>;
export const UpdateOnsiteTeachingSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOnsiteTeachingSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOnsiteTeachingSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOnsiteTeachingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onsiteTeachingSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteTeachingSiteWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteTeachingSiteWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteTeachingSite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateOnsiteTeachingSiteMutation, UpdateOnsiteTeachingSiteMutationVariables>;
export const ArchiveOnsiteTeachingSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOnsiteTeachingSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOnsiteTeachingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onsiteTeachingSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveOnsiteTeachingSiteMutation, ArchiveOnsiteTeachingSiteMutationVariables>;
export const PlatformByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"isRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<PlatformByIdQuery, PlatformByIdQueryVariables>;
export const PlatformsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isRecognised"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformsPageQuery, PlatformsPageQueryVariables>;
export const CreatePlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlatformInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlatform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"isRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<CreatePlatformMutation, CreatePlatformMutationVariables>;
export const UpdatePlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlatformInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlatform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"isRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<UpdatePlatformMutation, UpdatePlatformMutationVariables>;
export const ArchivePlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePlatform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"isRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<ArchivePlatformMutation, ArchivePlatformMutationVariables>;
export const EvaluationStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationTargetKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationStatisticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lowScoreThreshold"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationStatisticsOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"lowScoreThreshold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lowScoreThreshold"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lowScoreThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSubjectStatisticsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lowScorerCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowScorers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSubjectStatisticsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSubjectStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSubjectStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<EvaluationStatisticsQuery, EvaluationStatisticsQueryVariables>;
export const SelectionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelectionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedShare"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"ruleNote"}}]}}]}}]}}]} as unknown as DocumentNode<SelectionProgressQuery, SelectionProgressQueryVariables>;
export const CoursesByAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoursesByAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoursesByAwardQuery, CoursesByAwardQueryVariables>;
export const TextbooksByAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TextbooksByAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TextbookFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textbooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isCaseTextbook"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TextbooksByAwardQuery, TextbooksByAwardQueryVariables>;
export const CourseUpdateIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseUpdateIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseUpdateIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"institutionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"baseHours"}},{"kind":"Field","name":{"kind":"Name","value":"updatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruleValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"courseIds"}}]}}]}}]}}]} as unknown as DocumentNode<CourseUpdateIndicatorsQuery, CourseUpdateIndicatorsQueryVariables>;
export const TrainingStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsMeasure"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingStatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingStatisticsRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingStatisticsRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingStatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"averageHoursPerCadre"}}]}}]} as unknown as DocumentNode<TrainingStatisticsQuery, TrainingStatisticsQueryVariables>;
export const AssignmentStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentStatisticsDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentStatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentStatisticsRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentStatisticsRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentStatisticsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentStatisticsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"filed"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"makeupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"exempted"}}]}}]} as unknown as DocumentNode<AssignmentStatisticsQuery, AssignmentStatisticsQueryVariables>;
export const TeacherByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"isRenowned"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"poolName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<TeacherByIdQuery, TeacherByIdQueryVariables>;
export const TeachersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeachersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TeachersPageQuery, TeachersPageQueryVariables>;
export const TeacherPoolBrowseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherPoolBrowse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"poolMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeacherPoolBrowseQuery, TeacherPoolBrowseQueryVariables>;
export const CreateTeacherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeacher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeacherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"isRenowned"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTeacherMutation, CreateTeacherMutationVariables>;
export const UpdateTeacherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeacher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeacherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"isRenowned"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"biography"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTeacherMutation, UpdateTeacherMutationVariables>;
export const ArchiveTeacherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTeacher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTeacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveTeacherMutation, ArchiveTeacherMutationVariables>;
export const AddTeacherToPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTeacherToPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTeacherToPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTeacherToPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"poolName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddTeacherToPoolMutation, AddTeacherToPoolMutationVariables>;
export const RemoveTeacherFromPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeacherFromPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeacherFromPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTeacherFromPoolMutation, RemoveTeacherFromPoolMutationVariables>;
export const TeachingCaseByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeachingCaseById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<TeachingCaseByIdQuery, TeachingCaseByIdQueryVariables>;
export const TeachingCasesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeachingCasesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeachingCaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeachingCaseOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachingCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}}]}}]}}]}}]} as unknown as DocumentNode<TeachingCasesPageQuery, TeachingCasesPageQueryVariables>;
export const CreateTeachingCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeachingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeachingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeachingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeachingCaseWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeachingCaseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeachingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTeachingCaseMutation, CreateTeachingCaseMutationVariables>;
export const UpdateTeachingCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeachingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeachingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeachingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeachingCaseWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeachingCaseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeachingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateTeachingCaseMutation, UpdateTeachingCaseMutationVariables>;
export const ReviewTeachingCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewTeachingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewTeachingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewTeachingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRevisedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewTeachingCaseMutation, ReviewTeachingCaseMutationVariables>;
export const ArchiveTeachingCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTeachingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTeachingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveTeachingCaseMutation, ArchiveTeachingCaseMutationVariables>;
export const AddCaseAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"teachingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCaseAwardMutation, AddCaseAwardMutationVariables>;
export const RemoveCaseAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCaseAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCaseAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCaseAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"teachingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCaseAwardMutation, RemoveCaseAwardMutationVariables>;
export const CaseCollectionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseCollectionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CaseCollectionByIdQuery, CaseCollectionByIdQueryVariables>;
export const CaseCollectionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseCollectionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCollectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCollectionOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCollections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<CaseCollectionsPageQuery, CaseCollectionsPageQueryVariables>;
export const CreateCaseCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCaseCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseCollectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCaseCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCollection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCaseCollectionMutation, CreateCaseCollectionMutationVariables>;
export const UpdateCaseCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCaseCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseCollectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCaseCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCollection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCaseCollectionMutation, UpdateCaseCollectionMutationVariables>;
export const ArchiveCaseCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCaseCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCaseCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCollection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveCaseCollectionMutation, ArchiveCaseCollectionMutationVariables>;
export const TextbookByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TextbookById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isCaseTextbook"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<TextbookByIdQuery, TextbookByIdQueryVariables>;
export const TextbooksPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TextbooksPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TextbookFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TextbookOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textbooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<TextbooksPageQuery, TextbooksPageQueryVariables>;
export const CreateTextbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTextbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTextbookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTextbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isCaseTextbook"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTextbookMutation, CreateTextbookMutationVariables>;
export const UpdateTextbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTextbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTextbookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTextbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isCaseTextbook"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTextbookMutation, UpdateTextbookMutationVariables>;
export const ArchiveTextbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTextbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTextbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveTextbookMutation, ArchiveTextbookMutationVariables>;
export const AddTextbookAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTextbookAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTextbookAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTextbookAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"textbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"textbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddTextbookAwardMutation, AddTextbookAwardMutationVariables>;
export const RemoveTextbookAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTextbookAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTextbookAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"textbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTextbookAwardMutation, RemoveTextbookAwardMutationVariables>;
export const TrainingClassByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingClassById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderLecture"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingClassByIdQuery, TrainingClassByIdQueryVariables>;
export const TrainingClassesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingClassesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClassFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClassOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingClassesPageQuery, TrainingClassesPageQueryVariables>;
export const CreateTrainingClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingClassWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingClassWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingClassMutation, CreateTrainingClassMutationVariables>;
export const UpdateTrainingClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingClassWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingClassWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingClassMutation, UpdateTrainingClassMutationVariables>;
export const ArchiveTrainingClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTrainingClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTrainingClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveTrainingClassMutation, ArchiveTrainingClassMutationVariables>;
export const AddClassSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClassSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddClassSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassSessionWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassSessionWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderLecture"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddClassSessionMutation, AddClassSessionMutationVariables>;
export const UpdateClassSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClassSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClassSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassSessionWritten"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassSessionWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaderLecture"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateClassSessionMutation, UpdateClassSessionMutationVariables>;
export const RemoveClassSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClassSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClassSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveClassSessionMutation, RemoveClassSessionMutationVariables>;
export const SetClassQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClassQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetClassQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClassQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classQuota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetClassQuotaMutation, SetClassQuotaMutationVariables>;
export const ImportTrainingRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTrainingRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportTrainingRecordInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTrainingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"creditedHours"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportTrainingRecordsMutation, ImportTrainingRecordsMutationVariables>;
export const ImportTrainingRecordsCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTrainingRecordsCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"records"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportTrainingRecordInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTrainingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"records"},"value":{"kind":"Variable","name":{"kind":"Name","value":"records"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}}]} as unknown as DocumentNode<ImportTrainingRecordsCountsMutation, ImportTrainingRecordsCountsMutationVariables>;
export const TrainingRecordByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRecordById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"creditedHours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TrainingRecordByIdQuery, TrainingRecordByIdQueryVariables>;
export const TrainingRecordsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRecordsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecordOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingRecordsPageQuery, TrainingRecordsPageQueryVariables>;
export const CreateTrainingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"creditedHours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingRecordMutation, CreateTrainingRecordMutationVariables>;
export const UpdateTrainingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"creditedHours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingRecordMutation, UpdateTrainingRecordMutationVariables>;
export const ArchiveTrainingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTrainingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTrainingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveTrainingRecordMutation, ArchiveTrainingRecordMutationVariables>;