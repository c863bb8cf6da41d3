/**
 * 单位: where the demo cadres work and which agencies act in the hub (organisation departments,
 * industry bureaus, SOEs, hospitals, schools, townships…). Order fixes the ids (1 = 中共福建省委组织部).
 */
export type UnitKindCode =
  | 'PARTY_COMMITTEE_DEPT'
  | 'GOVERNMENT_DEPT'
  | 'PEOPLES_CONGRESS_CPPCC'
  | 'JUDICIAL_PROCURATORIAL'
  | 'MASS_ORGANIZATION'
  | 'STATE_OWNED_ENTERPRISE'
  | 'PUBLIC_INSTITUTION'
  | 'UNIVERSITY'
  | 'TOWNSHIP';

export type SectorCode =
  | 'PARTY_GOV'
  | 'SOE'
  | 'EDUCATION'
  | 'HEALTH'
  | 'POLITICAL_LEGAL'
  | 'PROPAGANDA'
  | 'FINANCE'
  | 'AGRICULTURE'
  | 'PROFESSIONAL_TECH';

export interface UnitSeed {
  name: string;
  kind: UnitKindCode;
  region: string;
  sector: SectorCode;
  /** The unit's organisation department role (组织部门) for its region, used for decided-by names. */
  orgDept?: true;
}

const P = 'PARTY_COMMITTEE_DEPT' as const;
const G = 'GOVERNMENT_DEPT' as const;
const SOE = 'STATE_OWNED_ENTERPRISE' as const;
const PI = 'PUBLIC_INSTITUTION' as const;
const T = 'TOWNSHIP' as const;

export const UNITS: readonly UnitSeed[] = [
  // —— 省直 (province) ——
  { name: '中共福建省委组织部', kind: P, region: '350000', sector: 'PARTY_GOV', orgDept: true },
  { name: '中共福建省委宣传部', kind: P, region: '350000', sector: 'PROPAGANDA' },
  { name: '中共福建省委政法委员会', kind: P, region: '350000', sector: 'POLITICAL_LEGAL' },
  { name: '中共福建省委办公厅', kind: P, region: '350000', sector: 'PARTY_GOV' },
  { name: '福建省人民政府办公厅', kind: G, region: '350000', sector: 'PARTY_GOV' },
  { name: '福建省发展和改革委员会', kind: G, region: '350000', sector: 'PARTY_GOV' },
  { name: '福建省人民政府国有资产监督管理委员会', kind: G, region: '350000', sector: 'SOE' },
  { name: '福建省人力资源和社会保障厅', kind: G, region: '350000', sector: 'PROFESSIONAL_TECH' },
  { name: '福建省教育厅', kind: G, region: '350000', sector: 'EDUCATION' },
  { name: '福建省卫生健康委员会', kind: G, region: '350000', sector: 'HEALTH' },
  { name: '福建省农业农村厅', kind: G, region: '350000', sector: 'AGRICULTURE' },
  { name: '福建省地方金融管理局', kind: G, region: '350000', sector: 'FINANCE' },
  { name: '福建省生态环境厅', kind: G, region: '350000', sector: 'PARTY_GOV' },
  { name: '福建省应急管理厅', kind: G, region: '350000', sector: 'PARTY_GOV' },
  { name: '福建省公安厅', kind: G, region: '350000', sector: 'POLITICAL_LEGAL' },
  { name: '福建省高级人民法院', kind: 'JUDICIAL_PROCURATORIAL', region: '350000', sector: 'POLITICAL_LEGAL' },
  { name: '福建省人民检察院', kind: 'JUDICIAL_PROCURATORIAL', region: '350000', sector: 'POLITICAL_LEGAL' },
  { name: '福建省人大常委会办公厅', kind: 'PEOPLES_CONGRESS_CPPCC', region: '350000', sector: 'PARTY_GOV' },
  { name: '福建省总工会', kind: 'MASS_ORGANIZATION', region: '350000', sector: 'PARTY_GOV' },
  { name: '共青团福建省委员会', kind: 'MASS_ORGANIZATION', region: '350000', sector: 'PARTY_GOV' },
  { name: '福建省能源石化集团有限责任公司', kind: SOE, region: '350000', sector: 'SOE' },
  { name: '福建省港口集团有限责任公司', kind: SOE, region: '350000', sector: 'SOE' },
  { name: '福建省电子信息（集团）有限责任公司', kind: SOE, region: '350000', sector: 'SOE' },
  { name: '福建省投资开发集团有限责任公司', kind: SOE, region: '350000', sector: 'SOE' },
  { name: '福建省农村信用社联合社', kind: SOE, region: '350000', sector: 'FINANCE' },
  { name: '福建省立医院', kind: PI, region: '350000', sector: 'HEALTH' },
  { name: '福建医科大学附属协和医院', kind: PI, region: '350000', sector: 'HEALTH' },
  { name: '福建师范大学', kind: 'UNIVERSITY', region: '350000', sector: 'EDUCATION' },
  { name: '福州大学', kind: 'UNIVERSITY', region: '350000', sector: 'EDUCATION' },
  { name: '福建日报社（福建日报报业集团）', kind: PI, region: '350000', sector: 'PROPAGANDA' },
  // —— 福州 ——
  { name: '中共福州市委组织部', kind: P, region: '350100', sector: 'PARTY_GOV', orgDept: true },
  { name: '福州市人民政府办公厅', kind: G, region: '350100', sector: 'PARTY_GOV' },
  { name: '福州市教育局', kind: G, region: '350100', sector: 'EDUCATION' },
  { name: '福州城市建设投资集团有限公司', kind: SOE, region: '350100', sector: 'SOE' },
  { name: '福建海峡银行股份有限公司', kind: SOE, region: '350100', sector: 'FINANCE' },
  { name: '福州第一中学', kind: PI, region: '350100', sector: 'EDUCATION' },
  { name: '中共福州市鼓楼区委组织部', kind: P, region: '350102', sector: 'PARTY_GOV', orgDept: true },
  { name: '福州市鼓楼区鼓东街道办事处', kind: T, region: '350102', sector: 'PARTY_GOV' },
  { name: '中共福清市委组织部', kind: P, region: '350181', sector: 'PARTY_GOV', orgDept: true },
  { name: '福清市龙田镇人民政府', kind: T, region: '350181', sector: 'PARTY_GOV' },
  { name: '平潭综合实验区党群工作部', kind: P, region: '350128', sector: 'PARTY_GOV', orgDept: true },
  { name: '平潭综合实验区经济发展局', kind: G, region: '350128', sector: 'PARTY_GOV' },
  // —— 厦门 ——
  { name: '中共厦门市委组织部', kind: P, region: '350200', sector: 'PARTY_GOV', orgDept: true },
  { name: '中共厦门市委宣传部', kind: P, region: '350200', sector: 'PROPAGANDA' },
  { name: '厦门市发展和改革委员会', kind: G, region: '350200', sector: 'PARTY_GOV' },
  { name: '厦门市人民政府国有资产监督管理委员会', kind: G, region: '350200', sector: 'SOE' },
  { name: '厦门市卫生健康委员会', kind: G, region: '350200', sector: 'HEALTH' },
  { name: '厦门市公安局', kind: G, region: '350200', sector: 'POLITICAL_LEGAL' },
  { name: '厦门国贸控股集团有限公司', kind: SOE, region: '350200', sector: 'SOE' },
  { name: '厦门建发集团有限公司', kind: SOE, region: '350200', sector: 'SOE' },
  { name: '厦门象屿集团有限公司', kind: SOE, region: '350200', sector: 'SOE' },
  { name: '厦门大学附属中山医院', kind: PI, region: '350203', sector: 'HEALTH' },
  { name: '厦门双十中学', kind: PI, region: '350206', sector: 'EDUCATION' },
  { name: '中共厦门市思明区委组织部', kind: P, region: '350203', sector: 'PARTY_GOV', orgDept: true },
  { name: '厦门市思明区鹭江街道办事处', kind: T, region: '350203', sector: 'PARTY_GOV' },
  // —— 莆田 ——
  { name: '中共莆田市委组织部', kind: P, region: '350300', sector: 'PARTY_GOV', orgDept: true },
  { name: '莆田市水利局', kind: G, region: '350300', sector: 'PARTY_GOV' },
  { name: '中共莆田市荔城区委组织部', kind: P, region: '350304', sector: 'PARTY_GOV', orgDept: true },
  { name: '莆田市荔城区黄石镇人民政府', kind: T, region: '350304', sector: 'PARTY_GOV' },
  { name: '仙游县教育局', kind: G, region: '350322', sector: 'EDUCATION' },
  // —— 三明 ——
  { name: '中共三明市委组织部', kind: P, region: '350400', sector: 'PARTY_GOV', orgDept: true },
  { name: '三明市医疗保障局', kind: G, region: '350400', sector: 'HEALTH' },
  { name: '三明市第一医院', kind: PI, region: '350404', sector: 'HEALTH' },
  { name: '中共宁化县委组织部', kind: P, region: '350424', sector: 'PARTY_GOV', orgDept: true },
  { name: '宁化县石壁镇人民政府', kind: T, region: '350424', sector: 'PARTY_GOV' },
  // —— 泉州 ——
  { name: '中共泉州市委组织部', kind: P, region: '350500', sector: 'PARTY_GOV', orgDept: true },
  { name: '泉州市发展和改革委员会', kind: G, region: '350500', sector: 'PARTY_GOV' },
  { name: '泉州市第一医院', kind: PI, region: '350503', sector: 'HEALTH' },
  { name: '中共晋江市委组织部', kind: P, region: '350582', sector: 'PARTY_GOV', orgDept: true },
  { name: '晋江市人民政府办公室', kind: G, region: '350582', sector: 'PARTY_GOV' },
  { name: '晋江市教育局', kind: G, region: '350582', sector: 'EDUCATION' },
  { name: '晋江市人民法院', kind: 'JUDICIAL_PROCURATORIAL', region: '350582', sector: 'POLITICAL_LEGAL' },
  { name: '晋江市陈埭镇人民政府', kind: T, region: '350582', sector: 'PARTY_GOV' },
  { name: '晋江市医院', kind: PI, region: '350582', sector: 'HEALTH' },
  // —— 漳州 ——
  { name: '中共漳州市委组织部', kind: P, region: '350600', sector: 'PARTY_GOV', orgDept: true },
  { name: '漳州市自然资源局', kind: G, region: '350600', sector: 'PARTY_GOV' },
  { name: '中共东山县委组织部', kind: P, region: '350626', sector: 'PARTY_GOV', orgDept: true },
  { name: '东山县陈城镇人民政府', kind: T, region: '350626', sector: 'PARTY_GOV' },
  { name: '东山县林业局', kind: G, region: '350626', sector: 'AGRICULTURE' },
  // —— 南平 ——
  { name: '中共南平市委组织部', kind: P, region: '350700', sector: 'PARTY_GOV', orgDept: true },
  { name: '南平市科学技术局', kind: G, region: '350700', sector: 'PROFESSIONAL_TECH' },
  { name: '武夷山市人民政府办公室', kind: G, region: '350782', sector: 'PARTY_GOV' },
  { name: '武夷山市星村镇人民政府', kind: T, region: '350782', sector: 'PARTY_GOV' },
  // —— 龙岩 ——
  { name: '中共龙岩市委组织部', kind: P, region: '350800', sector: 'PARTY_GOV', orgDept: true },
  { name: '龙岩市第一医院', kind: PI, region: '350802', sector: 'HEALTH' },
  { name: '龙岩投资发展集团有限公司', kind: SOE, region: '350800', sector: 'SOE' },
  { name: '中共长汀县委组织部', kind: P, region: '350821', sector: 'PARTY_GOV', orgDept: true },
  { name: '长汀县河田镇人民政府', kind: T, region: '350821', sector: 'PARTY_GOV' },
  { name: '长汀县水土保持事业局', kind: PI, region: '350821', sector: 'AGRICULTURE' },
  { name: '中共上杭县委组织部', kind: P, region: '350823', sector: 'PARTY_GOV', orgDept: true },
  { name: '上杭县古田镇人民政府', kind: T, region: '350823', sector: 'PARTY_GOV' },
  { name: '上杭县才溪镇人民政府', kind: T, region: '350823', sector: 'PARTY_GOV' },
  // —— 宁德 ——
  { name: '中共宁德市委组织部', kind: P, region: '350900', sector: 'PARTY_GOV', orgDept: true },
  { name: '宁德市农业农村局', kind: G, region: '350900', sector: 'AGRICULTURE' },
  { name: '中共古田县委组织部', kind: P, region: '350922', sector: 'PARTY_GOV', orgDept: true },
  { name: '古田县大桥镇人民政府', kind: T, region: '350922', sector: 'PARTY_GOV' },
  { name: '古田县医院', kind: PI, region: '350922', sector: 'HEALTH' },
  { name: '中共屏南县委组织部', kind: P, region: '350923', sector: 'PARTY_GOV', orgDept: true },
  { name: '屏南县熙岭乡人民政府', kind: T, region: '350923', sector: 'PARTY_GOV' },
  { name: '寿宁县下党乡人民政府', kind: T, region: '350924', sector: 'PARTY_GOV' },
];
