import { defineEnum } from '../../core/enums';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
defineEnum(Gender, 'Gender', '性别 (gender)', { MALE: '男', FEMALE: '女' });

/** The eight categories of the plan's hours table (附件1); the first four form group A, the rest group B. */
export enum CadreCategory {
  COUNTY_LEADER_AND_ABOVE = 'COUNTY_LEADER_AND_ABOVE',
  SENIOR_CIVIL_SERVANT = 'SENIOR_CIVIL_SERVANT',
  SOE_SENIOR_MANAGER = 'SOE_SENIOR_MANAGER',
  INSTITUTION_SENIOR_MANAGER = 'INSTITUTION_SENIOR_MANAGER',
  TOWNSHIP_LEADER = 'TOWNSHIP_LEADER',
  JUNIOR_CIVIL_SERVANT = 'JUNIOR_CIVIL_SERVANT',
  SOE_OTHER_MANAGER = 'SOE_OTHER_MANAGER',
  PROFESSIONAL_TECHNICAL = 'PROFESSIONAL_TECHNICAL',
}
defineEnum(CadreCategory, 'CadreCategory', '干部类别 (category in the plan\'s hours table, 附件1)', {
  COUNTY_LEADER_AND_ABOVE: '县处级以上党政领导干部',
  SENIOR_CIVIL_SERVANT: '四级调研员及以上职级公务员',
  SOE_SENIOR_MANAGER: '国有企业相当职务层次以上领导人员',
  INSTITUTION_SENIOR_MANAGER: '事业单位六级管理岗位以上人员',
  TOWNSHIP_LEADER: '乡科级党政领导干部',
  JUNIOR_CIVIL_SERVANT: '一级主任科员及以下职级公务员',
  SOE_OTHER_MANAGER: '国有企事业单位其他管理人员',
  PROFESSIONAL_TECHNICAL: '专业技术人员',
});

export enum CadreRank {
  BUREAU_CHIEF = 'BUREAU_CHIEF',
  BUREAU_DEPUTY = 'BUREAU_DEPUTY',
  DIVISION_CHIEF = 'DIVISION_CHIEF',
  DIVISION_DEPUTY = 'DIVISION_DEPUTY',
  RESEARCHER = 'RESEARCHER',
  SECTION_CHIEF = 'SECTION_CHIEF',
  SECTION_DEPUTY = 'SECTION_DEPUTY',
  PRINCIPAL_STAFF = 'PRINCIPAL_STAFF',
  STAFF = 'STAFF',
  OTHER = 'OTHER',
}
defineEnum(CadreRank, 'CadreRank', '职级 (rank)', {
  BUREAU_CHIEF: '厅局级正职',
  BUREAU_DEPUTY: '厅局级副职',
  DIVISION_CHIEF: '县处级正职',
  DIVISION_DEPUTY: '县处级副职',
  RESEARCHER: '调研员(一级至四级)',
  SECTION_CHIEF: '乡科级正职',
  SECTION_DEPUTY: '乡科级副职',
  PRINCIPAL_STAFF: '主任科员(一级至四级)',
  STAFF: '科员及以下',
  OTHER: '其他(企业、事业、专业技术岗位)',
});

export enum CadreStatus {
  ACTIVE = 'ACTIVE',
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
  RETIRED = 'RETIRED',
}
defineEnum(CadreStatus, 'CadreStatus', '干部状态 (status)', {
  ACTIVE: '在职',
  TRANSFERRED_OUT: '调出本省',
  RETIRED: '退休',
});

/** 干部管理权限: which level's organisation department manages the cadre (附件2–5 select on it). */
export enum ManagementLevel {
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  OTHER = 'OTHER',
}
defineEnum(ManagementLevel, 'ManagementLevel', '干部管理层级 (which organisation department manages the cadre)', {
  PROVINCIAL: '省管干部',
  CITY: '市管干部',
  COUNTY: '县管干部',
  OTHER: '其他',
});

/** The posts the plan's annexes name (附件3.2, 附件5.9). */
export enum PrincipalPost {
  CITY_COUNTY_PRINCIPAL = 'CITY_COUNTY_PRINCIPAL',
  TOWNSHIP_PRINCIPAL = 'TOWNSHIP_PRINCIPAL',
  TOWNSHIP_PARTY_BUILDING_DEPUTY = 'TOWNSHIP_PARTY_BUILDING_DEPUTY',
  TOWNSHIP_ORGANIZATION_MEMBER = 'TOWNSHIP_ORGANIZATION_MEMBER',
  UNIT_PRINCIPAL = 'UNIT_PRINCIPAL',
}
defineEnum(PrincipalPost, 'PrincipalPost', '重点岗位 (a post the plan\'s annexes select on)', {
  CITY_COUNTY_PRINCIPAL: '市县党政正职',
  TOWNSHIP_PRINCIPAL: '乡镇(街道)党政正职',
  TOWNSHIP_PARTY_BUILDING_DEPUTY: '乡镇(街道)分管党建工作副书记',
  TOWNSHIP_ORGANIZATION_MEMBER: '乡镇(街道)组织委员',
  UNIT_PRINCIPAL: '其他单位主要负责人',
});

/** 村(社区)干部 roles (附件5.9). */
export enum VillageRole {
  PARTY_SECRETARY = 'PARTY_SECRETARY',
  COMMITTEE_DIRECTOR = 'COMMITTEE_DIRECTOR',
  FIRST_SECRETARY = 'FIRST_SECRETARY',
  WORK_TEAM_MEMBER = 'WORK_TEAM_MEMBER',
  OTHER_VILLAGE_CADRE = 'OTHER_VILLAGE_CADRE',
}
defineEnum(VillageRole, 'VillageRole', '村(社区)职务 (village or community role)', {
  PARTY_SECRETARY: '村(社区)党组织书记',
  COMMITTEE_DIRECTOR: '村(居)委会主任',
  FIRST_SECRETARY: '驻村第一书记',
  WORK_TEAM_MEMBER: '驻村工作队员',
  OTHER_VILLAGE_CADRE: '村(社区)其他干部',
});
