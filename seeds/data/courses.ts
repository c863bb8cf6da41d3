import type { CourseCategoryCode, TeachingMethodCode } from './types';

/**
 * Course templates. Each becomes one in-person course per owner (institution keys; `CITY*` = every
 * municipal party school, `COUNTY*` = every county party school); `online: true` also yields an online
 * version in the Fujian cadre online academy's library.
 */
export interface CourseTemplate {
  title: string;
  category: CourseCategoryCode;
  method: TeachingMethodCode;
  owners: readonly string[];
  /** Teacher specialty the course draws on. */
  specialty: string;
  /** Case themes the course uses (for course_case links). */
  themes?: readonly string[];
  /** Onsite site key, for ONSITE courses. */
  site?: string;
  online?: true;
  hybrid?: true;
  description?: string;
}

const XI = '习近平新时代中国特色社会主义思想';

export const COURSE_TEMPLATES: readonly CourseTemplate[] = [
  // —— 理论教育 THEORY ——
  { title: '习近平新时代中国特色社会主义思想的世界观和方法论', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350200', 'CITY:350500'], specialty: XI, online: true },
  { title: '深刻领悟“两个确立”的决定性意义', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350100'], specialty: XI, online: true },
  { title: '深入学习贯彻党的二十大精神', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350300', 'CITY:350700', 'COUNTY:350582'], specialty: XI, online: true },
  { title: '学习贯彻党的二十届三中全会精神 进一步全面深化改革', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350200', 'CITY:350900'], specialty: XI, online: true },
  { title: '习近平经济思想的核心要义与实践要求', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350500'], specialty: '经济管理', online: true },
  { title: '习近平生态文明思想在福建的孕育与实践', category: 'THEORY', method: 'CASE', owners: ['PROV', 'CITY:350800'], specialty: '生态文明', themes: ['长汀水土流失治理', '木兰溪治理'], online: true },
  { title: '习近平法治思想的核心要义', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350600'], specialty: '法治建设', online: true },
  { title: '习近平文化思想与文化强省建设', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350500'], specialty: '文化建设', themes: ['历史文化保护'] },
  { title: '总体国家安全观与新时代国家安全', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350400'], specialty: '国家安全', online: true },
  { title: '中国式现代化的本质要求与重大原则', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350100', 'CITY:350800', 'COUNTY:350181'], specialty: XI, online: true },
  { title: '马克思主义基本原理与当代中国', category: 'THEORY', method: 'LECTURE', owners: ['PROV'], specialty: '马克思主义理论' },
  { title: '因地制宜发展新质生产力', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350900', 'XMU'], specialty: '经济管理', themes: ['新质生产力'], online: true },
  { title: '习近平总书记在福建工作期间的重要理念和重大实践', category: 'THEORY', method: 'CASE', owners: ['PROV', 'CITY:350100', 'CITY:350900'], specialty: XI, themes: ['四下基层', '晋江经验', '木兰溪治理', '数字福建'], online: true },
  { title: '全过程人民民主的理论与实践', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'SOCIALIST'], specialty: '政治学' },
  { title: '坚持以人民为中心的发展思想', category: 'THEORY', method: 'SEMINAR', owners: ['CITY:350300', 'COUNTY:350821'], specialty: XI },
  { title: '《习近平著作选读》专题研讨', category: 'THEORY', method: 'SEMINAR', owners: ['PROV', 'CITY:350200'], specialty: XI },
  { title: '《摆脱贫困》导读与研讨', category: 'THEORY', method: 'SEMINAR', owners: ['CITY:350900', 'COUNTY:350922', 'COUNTY:350923'], specialty: '乡村振兴', themes: ['宁德摆脱贫困'] },
  { title: '辩证唯物主义和历史唯物主义', category: 'THEORY', method: 'LECTURE', owners: ['PROV'], specialty: '马克思主义理论' },
  { title: '完整准确全面贯彻新发展理念', category: 'THEORY', method: 'LECTURE', owners: ['CITY:350400', 'CITY:350600', 'COUNTY:350424'], specialty: '经济管理' },
  { title: '习近平关于“三农”工作的重要论述', category: 'THEORY', method: 'LECTURE', owners: ['PROV', 'CITY:350700'], specialty: '乡村振兴', online: true },
  { title: '辩论式教学：如何理解发展与安全的关系', category: 'THEORY', method: 'DEBATE', owners: ['PROV', 'CITY:350200'], specialty: '国家安全' },
  { title: '扎实推动共同富裕的理论逻辑与实践路径', category: 'THEORY', method: 'SEMINAR', owners: ['PROV', 'CITY:350500'], specialty: '经济管理' },
  { title: '统一战线理论与新时代统战工作', category: 'THEORY', method: 'LECTURE', owners: ['SOCIALIST'], specialty: '政治学' },
  // —— 党性教育 PARTY_SPIRIT ——
  { title: '古田会议精神与新时代党的建设', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['GUTIAN', 'CITY:350800'], specialty: '党史党建', themes: ['古田会议'], online: true },
  { title: '现场教学：古田会议会址', category: 'PARTY_SPIRIT', method: 'ONSITE', owners: ['GUTIAN'], specialty: '党性教育', site: 'GUTIAN_MEETING', themes: ['古田会议'] },
  { title: '现场教学：才溪乡调查纪念馆', category: 'PARTY_SPIRIT', method: 'ONSITE', owners: ['GUTIAN', 'COUNTY:350823'], specialty: '党性教育', site: 'CAIXI', themes: ['调查研究'] },
  { title: '情景教学：重温古田会议', category: 'PARTY_SPIRIT', method: 'SIMULATION', owners: ['GUTIAN'], specialty: '党性教育', themes: ['古田会议'] },
  { title: '谷文昌精神的时代价值', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['GWC', 'CITY:350600'], specialty: '党性教育', themes: ['谷文昌精神'], online: true },
  { title: '现场教学：谷文昌纪念馆', category: 'PARTY_SPIRIT', method: 'ONSITE', owners: ['GWC', 'COUNTY:350626'], specialty: '党性教育', site: 'GUWENCHANG', themes: ['谷文昌精神'] },
  { title: '现场教学：东山赤山林场木麻黄防护林', category: 'PARTY_SPIRIT', method: 'ONSITE', owners: ['GWC'], specialty: '生态文明', site: 'CHISHAN', themes: ['谷文昌精神'] },
  { title: '访谈教学：对话谷文昌精神的传承者', category: 'PARTY_SPIRIT', method: 'INTERVIEW', owners: ['GWC'], specialty: '党性教育', themes: ['谷文昌精神'] },
  { title: '体验式教学：重走红军路', category: 'PARTY_SPIRIT', method: 'EXPERIENTIAL', owners: ['GUTIAN', 'CITY:350800', 'COUNTY:350821'], specialty: '红色文化' },
  { title: '党章党规党纪专题学习', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['PROV', 'CITY*'], specialty: '党史党建', online: true },
  { title: '以案为鉴：警示教育专题', category: 'PARTY_SPIRIT', method: 'CASE', owners: ['PROV', 'CITY:350200', 'CITY:350600', 'COUNTY*'], specialty: '党史党建', online: true },
  { title: '推动全面从严治党向纵深发展', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['PROV', 'CITY:350400'], specialty: '党史党建', themes: ['全面从严治党'] },
  { title: '中国共产党的自我革命', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['PROV', 'GUTIAN'], specialty: '党史党建', themes: ['自我革命'], online: true },
  { title: '弘扬伟大建党精神', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['CITY:350100', 'CITY:350300', 'COUNTY:350304'], specialty: '党史党建' },
  { title: '中央苏区历史与红色文化传承', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['CITY:350800', 'CITY:350400', 'COUNTY:350424'], specialty: '红色文化', themes: ['红色资源'] },
  { title: '现场教学：宁化中央红军长征出发地', category: 'PARTY_SPIRIT', method: 'ONSITE', owners: ['COUNTY:350424', 'CITY:350400'], specialty: '红色文化', site: 'NINGHUA', themes: ['长征精神'] },
  { title: '现场教学：下党乡“难忘下党”', category: 'PARTY_SPIRIT', method: 'ONSITE', owners: ['CITY:350900'], specialty: '党性教育', site: 'XIADANG', themes: ['宁德摆脱贫困'] },
  { title: '“四下基层”与新时代党的群众路线', category: 'PARTY_SPIRIT', method: 'CASE', owners: ['PROV', 'CITY:350900', 'COUNTY:350923', 'COUNTY:350922'], specialty: '党史党建', themes: ['四下基层'], online: true },
  { title: '树立和践行正确政绩观', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['PROV', 'GWC', 'CITY:350500'], specialty: '党性教育', themes: ['谷文昌精神'] },
  { title: '新民主主义革命时期的福建党史', category: 'PARTY_SPIRIT', method: 'LECTURE', owners: ['PROV', 'CITY:350700'], specialty: '党史党建' },
  { title: '体验式教学：重温入党誓词', category: 'PARTY_SPIRIT', method: 'EXPERIENTIAL', owners: ['GUTIAN', 'CITY:350100', 'CITY:350300'], specialty: '党性教育' },
  { title: '党性分析专题研讨', category: 'PARTY_SPIRIT', method: 'SEMINAR', owners: ['PROV', 'CITY*'], specialty: '党性教育' },
  { title: '红色家书诵读与分享', category: 'PARTY_SPIRIT', method: 'EXPERIENTIAL', owners: ['CITY:350800', 'COUNTY:350823'], specialty: '红色文化' },
  { title: '访谈教学：优秀村党组织书记谈基层党建', category: 'PARTY_SPIRIT', method: 'INTERVIEW', owners: ['CITY:350900', 'COUNTY:350582', 'COUNTY:350102'], specialty: '党史党建', themes: ['党建引领'] },
  // —— 履职能力 CAPABILITY ——
  { title: '领导干部应急管理与突发事件处置', category: 'CAPABILITY', method: 'SIMULATION', owners: ['PROV', 'CITY:350500', 'CITY:350600'], specialty: '应急管理', themes: ['应急管理'], online: true },
  { title: '台风防御与基层应急动员', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350500', 'COUNTY:350582'], specialty: '应急管理', themes: ['应急管理'] },
  { title: '网络舆情应对与媒体沟通', category: 'CAPABILITY', method: 'SIMULATION', owners: ['PROV', 'CITY:350200'], specialty: '社会治理', online: true },
  { title: '数字政府建设与“高效办成一件事”', category: 'CAPABILITY', method: 'CASE', owners: ['PROV', 'CITY:350100'], specialty: '数字经济', themes: ['数字福建'], online: true },
  { title: '持续优化营商环境', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350200', 'CITY:350500', 'COUNTY:350181'], specialty: '经济管理', themes: ['马上就办'] },
  { title: '防范化解重大风险', category: 'CAPABILITY', method: 'LECTURE', owners: ['PROV', 'CITY:350300'], specialty: '应急管理', online: true },
  { title: '乡村振兴战略的福建实践', category: 'CAPABILITY', method: 'CASE', owners: ['PROV', 'CITY:350700', 'CITY:350900', 'COUNTY:350923'], specialty: '乡村振兴', themes: ['乡村振兴'], online: true },
  { title: '县域经济高质量发展：晋江经验', category: 'CAPABILITY', method: 'CASE', owners: ['PROV', 'CITY:350500', 'COUNTY:350582'], specialty: '经济管理', themes: ['晋江经验'], online: true },
  { title: '现场教学：晋江经验', category: 'CAPABILITY', method: 'ONSITE', owners: ['COUNTY:350582', 'CITY:350500'], specialty: '经济管理', site: 'JINJIANG', themes: ['晋江经验'] },
  { title: '生态文明建设：长汀水土流失治理', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350800', 'COUNTY:350821'], specialty: '生态文明', themes: ['长汀水土流失治理'] },
  { title: '现场教学：长汀水土保持科教园', category: 'CAPABILITY', method: 'ONSITE', owners: ['COUNTY:350821', 'CITY:350800'], specialty: '生态文明', site: 'CHANGTING', themes: ['长汀水土流失治理'] },
  { title: '木兰溪治理与流域综合治理', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350300', 'COUNTY:350304'], specialty: '生态文明', themes: ['木兰溪治理'] },
  { title: '现场教学：木兰溪防洪工程', category: 'CAPABILITY', method: 'ONSITE', owners: ['CITY:350300', 'COUNTY:350304'], specialty: '生态文明', site: 'MULANXI', themes: ['木兰溪治理'] },
  { title: '历史文化名城保护：三坊七巷的启示', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350100', 'COUNTY:350102'], specialty: '文化建设', themes: ['三坊七巷'] },
  { title: '现场教学：三坊七巷', category: 'CAPABILITY', method: 'ONSITE', owners: ['CITY:350100', 'COUNTY:350102'], specialty: '文化建设', site: 'SANFANG', themes: ['三坊七巷'] },
  { title: '现场教学：筼筜湖生态治理', category: 'CAPABILITY', method: 'ONSITE', owners: ['CITY:350200', 'COUNTY:350203'], specialty: '生态文明', site: 'YUNDANG', themes: ['城市生态治理'] },
  { title: '现场教学：屏南龙潭村文创振兴乡村', category: 'CAPABILITY', method: 'ONSITE', owners: ['COUNTY:350923', 'CITY:350900'], specialty: '乡村振兴', site: 'LONGTAN', themes: ['文化振兴'] },
  { title: '现场教学：古田县食用菌产业', category: 'CAPABILITY', method: 'ONSITE', owners: ['COUNTY:350922'], specialty: '乡村振兴', site: 'GUTIAN_FUNGI', themes: ['特色产业'] },
  { title: '城市更新与社区治理', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350100', 'CITY:350200', 'COUNTY:350102', 'COUNTY:350203'], specialty: '社会治理', themes: ['基层治理'] },
  { title: '新时代信访工作法治化', category: 'CAPABILITY', method: 'CASE', owners: ['PROV', 'COUNTY:350582'], specialty: '法治建设', themes: ['信访工作'] },
  { title: '安全生产责任体系建设', category: 'CAPABILITY', method: 'LECTURE', owners: ['PROV', 'SOE', 'CITY:350400'], specialty: '应急管理', online: true },
  { title: '依法行政与行政复议应诉', category: 'CAPABILITY', method: 'LECTURE', owners: ['PROV', 'CITY:350600', 'COUNTY*'], specialty: '法治建设' },
  { title: '招商引资与项目谋划', category: 'CAPABILITY', method: 'SEMINAR', owners: ['CITY:350500', 'CITY:350900', 'COUNTY:350181'], specialty: '经济管理', themes: ['招商引资'] },
  { title: '调查研究的方法与实践', category: 'CAPABILITY', method: 'EXPERIENTIAL', owners: ['PROV', 'GUTIAN', 'CITY*'], specialty: '领导科学', themes: ['调查研究'] },
  { title: '领导干部的沟通协调艺术', category: 'CAPABILITY', method: 'SIMULATION', owners: ['PROV', 'XMU'], specialty: '领导科学', hybrid: true },
  { title: '新时代“枫桥经验”与基层矛盾化解', category: 'CAPABILITY', method: 'CASE', owners: ['PROV', 'CITY:350700', 'COUNTY*'], specialty: '社会治理', themes: ['基层治理'] },
  { title: '国有企业改革深化提升行动', category: 'CAPABILITY', method: 'LECTURE', owners: ['SOE', 'PROV'], specialty: '国有企业改革', themes: ['国有企业改革'], online: true },
  { title: '国有企业党建与公司治理融合', category: 'CAPABILITY', method: 'CASE', owners: ['SOE'], specialty: '国有企业改革', themes: ['国有企业改革'] },
  { title: '公立医院改革与高质量发展：三明医改', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350400', 'PROV'], specialty: '卫生健康管理', themes: ['三明医改'] },
  { title: '教育强国建设与基础教育改革', category: 'CAPABILITY', method: 'LECTURE', owners: ['EDU'], specialty: '教育管理', online: true },
  { title: '中小学校长领导力提升', category: 'CAPABILITY', method: 'SEMINAR', owners: ['EDU'], specialty: '教育管理', hybrid: true },
  { title: '科技特派员制度与科技兴农', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350700'], specialty: '乡村振兴', themes: ['科技特派员'] },
  { title: '辩论式教学：城市开发与历史保护孰先', category: 'CAPABILITY', method: 'DEBATE', owners: ['CITY:350100', 'CITY:350500'], specialty: '文化建设', themes: ['历史文化保护'] },
  { title: '模拟新闻发布会', category: 'CAPABILITY', method: 'SIMULATION', owners: ['PROV', 'CITY:350200', 'CITY:350500'], specialty: '社会治理' },
  { title: '公文写作与文稿起草', category: 'CAPABILITY', method: 'LECTURE', owners: ['PROV', 'CITY*'], specialty: '公共管理', online: true },
  { title: '两岸融合发展示范区建设', category: 'CAPABILITY', method: 'CASE', owners: ['PROV', 'CITY:350100', 'SOCIALIST'], specialty: '两岸关系', themes: ['两岸融合'] },
  { title: '生态产品价值实现机制', category: 'CAPABILITY', method: 'CASE', owners: ['CITY:350700', 'XMU'], specialty: '生态文明', themes: ['生态产品价值实现', '生态银行'] },
  // —— 知识培训 KNOWLEDGE ——
  { title: '数字经济发展前沿', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['XMU', 'PROV'], specialty: '数字经济', online: true },
  { title: '人工智能发展与治理', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['XMU', 'CITY:350200'], specialty: '数字经济', online: true },
  { title: '领导干部金融知识与风险防范', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['XMU', 'PROV'], specialty: '金融', online: true },
  { title: '当前宏观经济形势分析', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['PROV', 'XMU', 'CITY:350500'], specialty: '经济管理', online: true },
  { title: '海洋经济与蓝色发展', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['XMU', 'CITY:350600'], specialty: '经济管理', themes: ['海洋经济'] },
  { title: '闽台历史文化渊源', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['SOCIALIST', 'CITY:350300'], specialty: '两岸关系', themes: ['两岸融合'] },
  { title: '中华优秀传统文化与领导修养', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['PROV', 'SOCIALIST', 'CITY:350500'], specialty: '文化建设', online: true },
  { title: '领导干部心理健康与压力调适', category: 'KNOWLEDGE', method: 'EXPERIENTIAL', owners: ['PROV', 'CITY:350200'], specialty: '公共管理', online: true },
  { title: '保密知识与网络安全', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['PROV', 'CITY*', 'COUNTY*'], specialty: '国家安全', online: true },
  { title: '民法典与领导干部依法用权', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['PROV', 'CITY:350400'], specialty: '法治建设', online: true },
  { title: '碳达峰碳中和的路径与政策', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['XMU', 'SOE'], specialty: '生态文明', online: true },
  { title: '统计法治与数据质量', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['CITY:350100'], specialty: '公共管理' },
  { title: '新能源产业发展趋势', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['CITY:350900', 'SOE'], specialty: '数字经济', themes: ['新质生产力'] },
  { title: '大数据与政府科学决策', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['XMU', 'CITY:350100'], specialty: '数字经济', hybrid: true },
  { title: '领导干部健康知识讲座', category: 'KNOWLEDGE', method: 'LECTURE', owners: ['CITY:350200', 'EDU'], specialty: '卫生健康管理', online: true },
];
