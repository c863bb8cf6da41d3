/**
 * 培训机构: the provincial party school, the Gutian and Gu Wenchang cadre colleges, the online academy,
 * the socialist academy, the nine municipal party schools (supervised by the provincial school), county
 * party schools in all three county-school categories (supervised by their city's school), and sector,
 * SOE and university training bases; last, the national institutions Fujian sends its 省管干部 to
 * (附件5.1's rotation). Order fixes the ids (1 = 中共福建省委党校（福建行政学院）).
 */
export type InstitutionKindCode =
  | 'PARTY_SCHOOL'
  | 'CADRE_COLLEGE'
  | 'SOCIALIST_ACADEMY'
  | 'SECTOR_TRAINING'
  | 'SOE_TRAINING'
  | 'UNIVERSITY_BASE'
  | 'PARTY_SPIRIT_COLLEGE'
  | 'ONLINE_ACADEMY';
export type InstitutionLevelCode = 'NATIONAL' | 'PROVINCIAL' | 'MUNICIPAL' | 'COUNTY';
export type CountyCategoryCode = 'INDEPENDENT_IMPROVEMENT' | 'COORDINATED_IMPROVEMENT' | 'CONSOLIDATION';

export interface InstitutionSeed {
  /** Stable key used by the other seed files to refer to the institution. */
  key: string;
  name: string;
  shortName: string;
  kind: InstitutionKindCode;
  level: InstitutionLevelCode;
  region: string;
  countyCategory?: CountyCategoryCode;
  /** Key of the supervising institution (上级党校业务指导). */
  supervisor?: string;
}

export const CITY_SCHOOLS: readonly (readonly [string, string])[] = [
  ['350100', '福州'],
  ['350200', '厦门'],
  ['350300', '莆田'],
  ['350400', '三明'],
  ['350500', '泉州'],
  ['350600', '漳州'],
  ['350700', '南平'],
  ['350800', '龙岩'],
  ['350900', '宁德'],
];

const COUNTY_SCHOOLS: readonly (readonly [string, string, string, CountyCategoryCode])[] = [
  // [county code, full name, short name, category]; supervisor = the city school of the county's city
  ['350582', '中共晋江市委党校', '晋江市委党校', 'INDEPENDENT_IMPROVEMENT'],
  ['350181', '中共福清市委党校', '福清市委党校', 'INDEPENDENT_IMPROVEMENT'],
  ['350821', '中共长汀县委党校', '长汀县委党校', 'INDEPENDENT_IMPROVEMENT'],
  ['350102', '中共福州市鼓楼区委党校', '鼓楼区委党校', 'COORDINATED_IMPROVEMENT'],
  ['350203', '中共厦门市思明区委党校', '思明区委党校', 'COORDINATED_IMPROVEMENT'],
  ['350304', '中共莆田市荔城区委党校', '荔城区委党校', 'COORDINATED_IMPROVEMENT'],
  ['350823', '中共上杭县委党校', '上杭县委党校', 'COORDINATED_IMPROVEMENT'],
  ['350922', '中共古田县委党校', '古田县委党校', 'CONSOLIDATION'],
  ['350424', '中共宁化县委党校', '宁化县委党校', 'CONSOLIDATION'],
  ['350923', '中共屏南县委党校', '屏南县委党校', 'CONSOLIDATION'],
  ['350626', '中共东山县委党校', '东山县委党校', 'CONSOLIDATION'],
];

/** 中央党校（国家行政学院）, the four national cadre colleges and a national SOE training centre (level NATIONAL). */
const national = (key: string, name: string, shortName: string, kind: InstitutionKindCode): InstitutionSeed => ({ key, name, shortName, kind, level: 'NATIONAL', region: '350000' });
const NATIONAL_INSTITUTIONS: readonly InstitutionSeed[] = [
  national('NAT:CPS', '中共中央党校（国家行政学院）', '中央党校', 'PARTY_SCHOOL'),
  national('NAT:PUDONG', '中国浦东干部学院', '浦东干部学院', 'CADRE_COLLEGE'),
  national('NAT:JINGGANGSHAN', '中国井冈山干部学院', '井冈山干部学院', 'CADRE_COLLEGE'),
  national('NAT:YANAN', '中国延安干部学院', '延安干部学院', 'CADRE_COLLEGE'),
  national('NAT:DALIAN', '中国大连高级经理学院', '大连高级经理学院', 'CADRE_COLLEGE'),
  national('NAT:SASAC', '国务院国资委干部教育培训中心', '国资委培训中心', 'SOE_TRAINING'),
];

export const INSTITUTIONS: readonly InstitutionSeed[] = [
  { key: 'PROV', name: '中共福建省委党校（福建行政学院）', shortName: '省委党校', kind: 'PARTY_SCHOOL', level: 'PROVINCIAL', region: '350000' },
  { key: 'GUTIAN', name: '古田干部学院', shortName: '古田干部学院', kind: 'CADRE_COLLEGE', level: 'PROVINCIAL', region: '350823' },
  { key: 'GWC', name: '谷文昌干部学院', shortName: '谷文昌干部学院', kind: 'CADRE_COLLEGE', level: 'PROVINCIAL', region: '350626' },
  { key: 'ONLINE', name: '福建干部网络学院', shortName: '干部网院', kind: 'ONLINE_ACADEMY', level: 'PROVINCIAL', region: '350000' },
  { key: 'SOCIALIST', name: '福建省社会主义学院', shortName: '省社院', kind: 'SOCIALIST_ACADEMY', level: 'PROVINCIAL', region: '350000' },
  ...CITY_SCHOOLS.map(([code, city]): InstitutionSeed => ({
    key: `CITY:${code}`,
    name: `中共${city}市委党校（${city}行政学院）`,
    shortName: `${city}市委党校`,
    kind: 'PARTY_SCHOOL',
    level: 'MUNICIPAL',
    region: code,
    supervisor: 'PROV',
  })),
  ...COUNTY_SCHOOLS.map(([code, name, shortName, category]): InstitutionSeed => ({
    key: `COUNTY:${code}`,
    name,
    shortName,
    kind: 'PARTY_SCHOOL',
    level: 'COUNTY',
    region: code,
    countyCategory: category,
    supervisor: `CITY:${code.slice(0, 4)}00`,
  })),
  { key: 'SOE', name: '福建省能源石化集团有限责任公司党校（培训中心）', shortName: '能化集团培训中心', kind: 'SOE_TRAINING', level: 'PROVINCIAL', region: '350000' },
  { key: 'XMU', name: '厦门大学干部教育培训基地', shortName: '厦大培训基地', kind: 'UNIVERSITY_BASE', level: 'PROVINCIAL', region: '350203' },
  { key: 'EDU', name: '福建教育学院', shortName: '福建教育学院', kind: 'SECTOR_TRAINING', level: 'PROVINCIAL', region: '350000' },
  // National institutions (level NATIONAL) are outside Fujian, and the demo's regions are Fujian's only:
  // they carry the province's region (350000), read as "the region whose cadres are sent there", not
  // as their location (seeds/README.md). Their classes are the ones the province sends cadres to.
  ...NATIONAL_INSTITUTIONS,
];

