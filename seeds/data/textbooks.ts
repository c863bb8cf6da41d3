import type { AwardLevelCode } from './types';

/** 教材 (synthetic titles and authors in the style of provincial cadre-training readers). */
export interface TextbookSeed {
  title: string;
  authors: string[];
  publisher: string;
  year: number;
  isCaseTextbook: boolean;
  institution: string | null;
  awards: readonly (readonly [string, AwardLevelCode, number])[];
}

export const TEXTBOOKS: readonly TextbookSeed[] = [
  { title: '习近平新时代中国特色社会主义思想专题学习读本（干部培训版）', authors: ['中共福建省委党校编写组'], publisher: '福建人民出版社', year: 2023, isCaseTextbook: false, institution: 'PROV', awards: [['福建省干部教育培训好教材', 'PROVINCIAL', 2024]] },
  { title: '“四下基层”工作方法案例读本', authors: ['陈建华', '林晓敏'], publisher: '福建人民出版社', year: 2023, isCaseTextbook: true, institution: 'CITY:350900', awards: [['全国干部教育培训好教材', 'NATIONAL', 2024], ['福建省干部教育培训好教材', 'PROVINCIAL', 2023]] },
  { title: '晋江经验案例研究', authors: ['许志强', '蔡丽娟', '洪文'], publisher: '福建人民出版社', year: 2022, isCaseTextbook: true, institution: 'COUNTY:350582', awards: [['福建省干部教育培训好教材', 'PROVINCIAL', 2023]] },
  { title: '生态文明建设的福建实践：木兰溪与长汀案例', authors: ['郑明', '黄静'], publisher: '海峡书局', year: 2021, isCaseTextbook: true, institution: 'PROV', awards: [['福建省干部教育培训好教材', 'PROVINCIAL', 2022]] },
  { title: '古田会议与党的建设', authors: ['古田干部学院教研室'], publisher: '中共中央党校出版社', year: 2020, isCaseTextbook: false, institution: 'GUTIAN', awards: [] },
  { title: '谷文昌精神读本', authors: ['谷文昌干部学院编写组'], publisher: '福建人民出版社', year: 2021, isCaseTextbook: false, institution: 'GWC', awards: [['漳州市干部教育培训好教材', 'MUNICIPAL', 2022]] },
  { title: '县域治理现代化案例选编', authors: ['林建国', '吴晓燕', '张宇'], publisher: '厦门大学出版社', year: 2024, isCaseTextbook: true, institution: 'XMU', awards: [] },
  { title: '领导干部应急管理能力读本', authors: ['刘海峰', '王芳'], publisher: '福建人民出版社', year: 2022, isCaseTextbook: false, institution: 'PROV', awards: [] },
  { title: '数字福建建设简明读本', authors: ['杨思远', '曾丽'], publisher: '福建教育出版社', year: 2023, isCaseTextbook: false, institution: 'ONLINE', awards: [['福建省干部教育培训好教材', 'PROVINCIAL', 2024]] },
  { title: '闽西红色文化与党性教育', authors: ['赖永福', '廖秀英'], publisher: '海峡文艺出版社', year: 2021, isCaseTextbook: false, institution: 'CITY:350800', awards: [['龙岩市干部教育培训好教材', 'MUNICIPAL', 2022]] },
  { title: '乡村振兴福建案例', authors: ['詹德培', '游雪梅'], publisher: '福建人民出版社', year: 2024, isCaseTextbook: true, institution: 'CITY:350700', awards: [] },
  { title: '国有企业党建工作实务', authors: ['福建省能源石化集团党校编写组'], publisher: '党建读物出版社', year: 2022, isCaseTextbook: false, institution: 'SOE', awards: [] },
  { title: '依法行政与法治政府建设读本', authors: ['苏明辉', '柯婷'], publisher: '福建人民出版社', year: 2025, isCaseTextbook: false, institution: 'PROV', awards: [] },
  { title: '两岸融合发展概论', authors: ['周嘉铭', '何颖'], publisher: '鹭江出版社', year: 2023, isCaseTextbook: false, institution: 'SOCIALIST', awards: [] },
  { title: '历史文化名城保护：福州与泉州的实践', authors: ['翁宏', '施琳'], publisher: '海峡书局', year: 2025, isCaseTextbook: true, institution: 'CITY:350100', awards: [['福州市干部教育培训好教材', 'MUNICIPAL', 2025]] },
  { title: '中小学校长专业发展读本', authors: ['福建教育学院编写组'], publisher: '福建教育出版社', year: 2022, isCaseTextbook: false, institution: 'EDU', awards: [] },
];
