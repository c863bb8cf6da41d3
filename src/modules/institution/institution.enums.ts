import { defineEnum } from '../../core/enums';

export enum InstitutionKind {
  PARTY_SCHOOL = 'PARTY_SCHOOL',
  CADRE_COLLEGE = 'CADRE_COLLEGE',
  SOCIALIST_ACADEMY = 'SOCIALIST_ACADEMY',
  SECTOR_TRAINING = 'SECTOR_TRAINING',
  SOE_TRAINING = 'SOE_TRAINING',
  UNIVERSITY_BASE = 'UNIVERSITY_BASE',
  PARTY_SPIRIT_COLLEGE = 'PARTY_SPIRIT_COLLEGE',
  ONLINE_ACADEMY = 'ONLINE_ACADEMY',
}
defineEnum(InstitutionKind, 'InstitutionKind', '培训机构类型 (kind of training institution)', {
  PARTY_SCHOOL: '党校(行政学院)',
  CADRE_COLLEGE: '干部学院',
  SOCIALIST_ACADEMY: '社会主义学院',
  SECTOR_TRAINING: '行业系统培训机构',
  SOE_TRAINING: '国有企业培训机构',
  UNIVERSITY_BASE: '高校干部教育培训基地',
  PARTY_SPIRIT_COLLEGE: '党性教育学院(基地)',
  ONLINE_ACADEMY: '干部网络学院',
});

export enum InstitutionLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}
defineEnum(InstitutionLevel, 'InstitutionLevel', '机构层级 (administrative level of an institution)', {
  NATIONAL: '国家级（中央党校、国家级干部学院等）',
  PROVINCIAL: '省级',
  MUNICIPAL: '设区市级',
  COUNTY: '县级',
  TOWNSHIP: '乡镇(街道)级',
});

export enum CountySchoolCategory {
  INDEPENDENT_IMPROVEMENT = 'INDEPENDENT_IMPROVEMENT',
  COORDINATED_IMPROVEMENT = 'COORDINATED_IMPROVEMENT',
  CONSOLIDATION = 'CONSOLIDATION',
}
defineEnum(CountySchoolCategory, 'CountySchoolCategory', '县级党校分类 (county party school category)', {
  INDEPENDENT_IMPROVEMENT: '独立提升类',
  COORDINATED_IMPROVEMENT: '统筹提升类',
  CONSOLIDATION: '巩固达标类',
});
