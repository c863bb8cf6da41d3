/** Enum codes as they are stored in the database (mirrors src/modules/*\/*.enums.ts). */
export type SiteStatusCode = 'ACTIVE' | 'ADJUSTED' | 'REVOKED';
export type ReviewStatusCode = 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'PUBLISHED' | 'RETIRED';
export type AwardLevelCode = 'NATIONAL' | 'PROVINCIAL' | 'MUNICIPAL';
export type CourseCategoryCode = 'THEORY' | 'PARTY_SPIRIT' | 'CAPABILITY' | 'KNOWLEDGE';
export type TeachingMethodCode = 'LECTURE' | 'CASE' | 'SIMULATION' | 'EXPERIENTIAL' | 'SEMINAR' | 'INTERVIEW' | 'ONSITE' | 'DEBATE';
export type CourseFormatCode = 'IN_PERSON' | 'ONLINE' | 'HYBRID';
export type TeacherSourceCode = 'SCHOOL_FACULTY' | 'LEADING_CADRE' | 'EXPERT_SCHOLAR' | 'ADVANCED_MODEL' | 'GRASSROOTS_CADRE';
export type TeacherKindCode = 'FULL_TIME' | 'PART_TIME';
export type CadreCategoryCode =
  | 'COUNTY_LEADER_AND_ABOVE'
  | 'SENIOR_CIVIL_SERVANT'
  | 'SOE_SENIOR_MANAGER'
  | 'INSTITUTION_SENIOR_MANAGER'
  | 'TOWNSHIP_LEADER'
  | 'JUNIOR_CIVIL_SERVANT'
  | 'SOE_OTHER_MANAGER'
  | 'PROFESSIONAL_TECHNICAL';
export type CadreRankCode =
  | 'BUREAU_CHIEF'
  | 'BUREAU_DEPUTY'
  | 'DIVISION_CHIEF'
  | 'DIVISION_DEPUTY'
  | 'RESEARCHER'
  | 'SECTION_CHIEF'
  | 'SECTION_DEPUTY'
  | 'PRINCIPAL_STAFF'
  | 'STAFF'
  | 'OTHER';
export type CadreStatusCode = 'ACTIVE' | 'TRANSFERRED_OUT' | 'RETIRED';
export type ClassKindCode = 'MAIN' | 'THEMATIC' | 'ONBOARDING' | 'APPOINTMENT' | 'YOUNG_CADRE' | 'ONLINE_THEMATIC' | 'PRINCIPAL_LEADER' | 'SECTOR';
export type SessionVenueCode = 'CLASSROOM' | 'ONSITE' | 'ONLINE';
export type AssignmentStatusCode = 'NOMINATED' | 'APPROVED' | 'FILED' | 'ATTENDED' | 'ABSENT' | 'MAKEUP_REQUIRED' | 'EXEMPTED';
export type TrainingModeCode = 'FULL_TIME_TRAINING' | 'CENTER_GROUP_STUDY' | 'ONLINE_THEMATIC' | 'LECTURE_BRIEFING' | 'ONLINE_SELF_STUDY';
export type VerificationStatusCode = 'PENDING' | 'VERIFIED' | 'REJECTED' | 'DUPLICATE';
export type EvaluationKindCode = 'TRAINEE_RATING' | 'SUPERVISOR_OBSERVATION' | 'QUALITY_ASSESSMENT';
export type EvaluationTargetKindCode = 'COURSE' | 'TEACHER' | 'CLASS' | 'INSTITUTION' | 'SITE';
