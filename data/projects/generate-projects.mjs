// Writes data/projects.csv: the built-in, ILLUSTRATIVE project pipeline of the simulator.
//
// The source article gives only counts and milestones (50 major projects covering the real economy,
// livelihood and infrastructure; continuing projects 100% resumed by May, new projects 100% started by
// August; 60 reserve projects of 5000万元 or more). Names, sites, amounts and dates below are invented
// but kept plausible for a county whose GDP was 126亿元 in 2013 (public source, see data/README.md).
// Every row is written with provenance=illustrative so the app can label it.
//
// Re-run with `node data/projects/generate-projects.mjs`; the seed makes the output identical each time.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED = 20170101;

/** mulberry32: tiny seeded generator, enough for reproducible jitter of illustrative values. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const between = (lo, hi) => lo + (hi - lo) * rand();
const intBetween = (lo, hi) => Math.floor(between(lo, hi + 1));

// Annual gross output at full capacity per 万元 of investment, and ramp-up months, by cluster.
// Assumptions of this dataset (typical of project feasibility studies of the period), not sourced facts.
const OUTPUT_PER_INVESTMENT = {
  'pharma-health': 1.2,
  minerals: 0.8,
  food: 1.5,
  'fine-chemicals': 1.0,
  'internet-plus': 0.8,
  'petroleum-equipment': 1.0,
  'new-materials': 1.0,
  tourism: 0.25,
  services: 0.5,
};
const RAMPUP_MONTHS = {
  'pharma-health': 18,
  minerals: 12,
  food: 6,
  'fine-chemicals': 12,
  'internet-plus': 6,
  'petroleum-equipment': 9,
  'new-materials': 12,
  tourism: 12,
  services: 6,
};

// [name_zh, name_en, site_id, cluster_id, category, total investment in 亿元]
// category: I = industry, L = livelihood, N = infrastructure
const CONTINUING = [
  [
    '东宝人胰岛素类似物产业化项目',
    'Dongbao insulin analogue industrialisation',
    'dongbao-biotech-park',
    'pharma-health',
    'I',
    15,
  ],
  ['人血清白蛋白生产线建设项目', 'Human serum albumin production line', 'dongbao-biotech-park', 'pharma-health', 'I', 6],
  ['长白山医药物流园二期', 'Changbaishan pharma logistics park, phase II', 'pharma-logistics-park', 'services', 'I', 12],
  ['快大人参交易市场升级改造项目', 'Kuaida ginseng market upgrade', 'ginseng-park', 'food', 'I', 3.5],
  ['人参精深加工产业化项目', 'Ginseng deep-processing plant', 'ginseng-park', 'food', 'I', 4],
  ['高纯石墨深加工项目', 'High-purity graphite processing', 'graphite-park', 'new-materials', 'I', 5],
  ['钾长石提钾综合利用项目', 'Potassium extraction from feldspar', 'feldspar-park', 'minerals', 'I', 6],
  ['精细化工中间体项目', 'Fine-chemical intermediates plant', 'chemical-park', 'fine-chemicals', 'I', 3],
  ['石油钻采设备制造项目', 'Oil drilling equipment manufacturing', 'petroleum-equipment-park', 'petroleum-equipment', 'I', 4],
  ['山葡萄酒科技产业园续建工程', 'Wild-grape wine technology park, continued', 'development-zone', 'food', 'I', 2.5],
  ['苦碟子注射液扩产项目', 'Kudiezi injection capacity expansion', 'development-zone', 'pharma-health', 'I', 2],
  ['绿碳化硅超细粉体项目', 'Green silicon-carbide ultrafine powder', 'graphite-park', 'new-materials', 'I', 3],
  ['开发区道路及管网工程', 'Development-zone roads and pipe networks', 'development-zone', 'services', 'N', 2.5],
  ['县城集中供热改造工程', 'County-seat district heating renovation', 'service-center', 'services', 'N', 1.8],
  ['棚户区改造工程', 'Shantytown redevelopment', 'service-center', 'services', 'L', 4],
  ['县医院综合楼建设项目', 'County hospital complex', 'service-center', 'services', 'L', 1.5],
  ['污水处理厂提标改造工程', 'Wastewater treatment plant upgrade', 'development-zone', 'services', 'N', 1.2],
  ['长白山矿泉水开发项目', 'Changbai mountain mineral water plant', 'development-zone', 'food', 'I', 1.5],
  [
    '医药健康产业研究院建设项目',
    'Pharma and health research institute building',
    'dongbao-biotech-park',
    'pharma-health',
    'I',
    1.2,
  ],
  ['电子商务产业园建设项目', 'E-commerce industrial park', 'service-center', 'internet-plus', 'I', 1.5],
];

const NEW = [
  ['阿达木单抗产业化项目', 'Adalimumab industrialisation', 'dongbao-biotech-park', 'pharma-health', 'I', 8],
  ['重组葡激酶产业化项目', 'Recombinant staphylokinase industrialisation', 'dongbao-biotech-park', 'pharma-health', 'I', 3],
  ['干细胞研发与应用项目', 'Stem-cell R&D and application centre', 'dongbao-biotech-park', 'pharma-health', 'I', 2],
  ['医药冷链物流中心', 'Pharma cold-chain logistics centre', 'pharma-logistics-park', 'services', 'I', 2.5],
  ['中药饮片加工项目', 'Chinese herbal decoction pieces plant', 'pharma-logistics-park', 'pharma-health', 'I', 1.5],
  ['人参食品及保健品项目', 'Ginseng foods and health supplements', 'ginseng-park', 'food', 'I', 2],
  ['人参皂苷提取项目', 'Ginsenoside extraction plant', 'ginseng-park', 'pharma-health', 'I', 1.8],
  ['山葡萄酒庄项目', 'Wild-grape winery', 'development-zone', 'food', 'I', 1.2],
  ['钾长石制釉及陶瓷原料项目', 'Feldspar glaze and ceramic raw materials', 'feldspar-park', 'minerals', 'I', 2.5],
  ['钾肥生产项目', 'Potash fertiliser plant', 'feldspar-park', 'minerals', 'I', 3],
  ['可膨胀石墨及石墨纸项目', 'Expandable graphite and graphite foil', 'graphite-park', 'new-materials', 'I', 2.5],
  ['锂电池负极材料项目', 'Lithium-battery anode material', 'graphite-park', 'new-materials', 'I', 4],
  ['医药中间体二期项目', 'Pharmaceutical intermediates, phase II', 'chemical-park', 'fine-chemicals', 'I', 2],
  ['水性涂料项目', 'Water-based coatings plant', 'chemical-park', 'fine-chemicals', 'I', 1.5],
  ['化工园区污水处理及管廊工程', 'Chemical-park wastewater plant and pipe rack', 'chemical-park', 'fine-chemicals', 'N', 1.2],
  ['抽油杆及抽油泵生产项目', 'Sucker rods and oil pumps', 'petroleum-equipment-park', 'petroleum-equipment', 'I', 2],
  ['石油装备再制造项目', 'Petroleum equipment remanufacturing', 'petroleum-equipment-park', 'petroleum-equipment', 'I', 1.5],
  ['农村电商服务站网络建设', 'Rural e-commerce service stations', 'service-center', 'internet-plus', 'I', 0.8],
  ['智慧旅游服务平台', 'Smart tourism service platform', 'service-center', 'tourism', 'I', 0.8],
  ['温泉度假区项目', 'Hot-spring resort', 'service-center', 'tourism', 'I', 5],
  ['乡村旅游示范区项目', 'Rural tourism demonstration area', 'service-center', 'tourism', 'I', 1.5],
  ['县城至开发区连接线工程', 'County seat to development zone link road', 'development-zone', 'services', 'N', 3],
  ['开发区标准化厂房建设项目', 'Development-zone standard factory buildings', 'development-zone', 'services', 'N', 2],
  ['城乡供水一体化工程', 'Integrated urban-rural water supply', 'service-center', 'services', 'N', 1.5],
  ['易地扶贫搬迁安置工程', 'Poverty-alleviation relocation housing', 'service-center', 'services', 'L', 1.2],
  ['中小学校舍改扩建工程', 'Primary and secondary school buildings', 'service-center', 'services', 'L', 1],
  ['养老服务中心建设项目', 'Elderly care centre', 'service-center', 'services', 'L', 0.8],
  ['保障性住房建设项目', 'Affordable housing', 'service-center', 'services', 'L', 1.5],
  ['农贸市场改造工程', 'Farmers market renovation', 'service-center', 'services', 'L', 0.6],
  ['物流仓储配送中心', 'Logistics warehousing and distribution centre', 'pharma-logistics-park', 'services', 'I', 2],
];

const RESERVE = [
  ['生物制药CMO基地项目', 'Biopharmaceutical contract manufacturing base', 'dongbao-biotech-park', 'pharma-health', 'I', 6],
  ['胰岛素笔及给药器械项目', 'Insulin pens and delivery devices', 'dongbao-biotech-park', 'pharma-health', 'I', 3],
  ['生物医药孵化器项目', 'Biomedical incubator', 'dongbao-biotech-park', 'pharma-health', 'I', 1.5],
  ['单克隆抗体中试基地', 'Monoclonal antibody pilot plant', 'dongbao-biotech-park', 'pharma-health', 'I', 4],
  ['医疗器械产业园项目', 'Medical device industrial estate', 'dongbao-biotech-park', 'pharma-health', 'I', 5],
  ['体外诊断试剂项目', 'In-vitro diagnostic reagents', 'dongbao-biotech-park', 'pharma-health', 'I', 1.2],
  ['中药配方颗粒项目', 'Chinese medicine formula granules', 'pharma-logistics-park', 'pharma-health', 'I', 2.5],
  ['医药电商仓储中心', 'Pharma e-commerce fulfilment centre', 'pharma-logistics-park', 'internet-plus', 'I', 1.5],
  ['药材交易中心项目', 'Medicinal herb trading centre', 'pharma-logistics-park', 'services', 'I', 3],
  ['医药物流信息平台', 'Pharma logistics information platform', 'pharma-logistics-park', 'internet-plus', 'I', 0.6],
  ['北药种植基地项目', 'Northern medicinal herb plantation', 'pharma-logistics-park', 'pharma-health', 'I', 1],
  ['人参饮品生产线项目', 'Ginseng beverage production line', 'ginseng-park', 'food', 'I', 1.5],
  ['人参化妆品项目', 'Ginseng cosmetics', 'ginseng-park', 'pharma-health', 'I', 2],
  ['人参冷链仓储项目', 'Ginseng cold-chain warehousing', 'ginseng-park', 'services', 'I', 1.2],
  ['林下参标准化基地', 'Standardised forest-grown ginseng base', 'ginseng-park', 'food', 'I', 0.8],
  ['人参文化产业园', 'Ginseng culture park', 'ginseng-park', 'tourism', 'I', 2.5],
  ['人参检测认证中心', 'Ginseng testing and certification centre', 'ginseng-park', 'services', 'I', 0.6],
  ['钾长石微晶玻璃项目', 'Feldspar glass-ceramics plant', 'feldspar-park', 'minerals', 'I', 3.5],
  ['硅钾肥生产项目', 'Silicon-potassium fertiliser plant', 'feldspar-park', 'minerals', 'I', 2.5],
  ['长石粉体加工项目', 'Feldspar powder processing', 'feldspar-park', 'minerals', 'I', 1],
  ['建筑陶瓷原料基地', 'Building ceramics raw-material base', 'feldspar-park', 'minerals', 'I', 2],
  ['钾长石园区基础设施工程', 'Feldspar park infrastructure', 'feldspar-park', 'minerals', 'N', 1.5],
  ['石墨烯制备项目', 'Graphene preparation plant', 'graphite-park', 'new-materials', 'I', 5],
  ['等静压石墨项目', 'Isostatic graphite plant', 'graphite-park', 'new-materials', 'I', 4],
  ['碳化硅陶瓷项目', 'Silicon-carbide ceramics', 'graphite-park', 'new-materials', 'I', 2],
  ['石墨导热膜项目', 'Graphite thermal film', 'graphite-park', 'new-materials', 'I', 1.5],
  ['石墨园区供电工程', 'Graphite park power supply', 'graphite-park', 'new-materials', 'N', 0.8],
  ['新型炭材料研发中心', 'Carbon materials R&D centre', 'graphite-park', 'new-materials', 'I', 1],
  ['农药原药及制剂项目', 'Pesticide technical and formulations', 'chemical-park', 'fine-chemicals', 'I', 3],
  ['电子化学品项目', 'Electronic chemicals plant', 'chemical-park', 'fine-chemicals', 'I', 2.5],
  ['日用化学品项目', 'Household chemicals plant', 'chemical-park', 'fine-chemicals', 'I', 1.2],
  ['化工园区危化品仓储中心', 'Chemical park hazardous goods warehouse', 'chemical-park', 'fine-chemicals', 'N', 0.8],
  ['催化剂生产项目', 'Catalyst production', 'chemical-park', 'fine-chemicals', 'I', 1.5],
  ['石油钻头生产项目', 'Oil drill bit production', 'petroleum-equipment-park', 'petroleum-equipment', 'I', 2],
  ['油田井口装置项目', 'Oilfield wellhead equipment', 'petroleum-equipment-park', 'petroleum-equipment', 'I', 1.5],
  ['压裂设备配套项目', 'Fracturing equipment components', 'petroleum-equipment-park', 'petroleum-equipment', 'I', 3],
  ['石油管材加工项目', 'Oil country tubular goods processing', 'petroleum-equipment-park', 'petroleum-equipment', 'I', 2.5],
  ['装备园区标准化厂房', 'Equipment park standard factory buildings', 'petroleum-equipment-park', 'services', 'N', 1],
  ['食品工业园项目', 'Food industry estate', 'development-zone', 'food', 'I', 4],
  ['山野菜精深加工项目', 'Wild vegetable processing', 'development-zone', 'food', 'I', 0.8],
  ['林蛙产品深加工项目', 'Forest frog products processing', 'development-zone', 'food', 'I', 0.6],
  ['蓝莓种植加工项目', 'Blueberry growing and processing', 'development-zone', 'food', 'I', 1.2],
  ['高端服务产业园项目', 'High-end services industrial park', 'development-zone', 'services', 'I', 5],
  ['开发区热电联产工程', 'Development-zone combined heat and power', 'development-zone', 'services', 'N', 6],
  ['开发区综合管廊工程', 'Development-zone utility tunnel', 'development-zone', 'services', 'N', 3],
  ['创业孵化基地项目', 'Start-up incubation base', 'development-zone', 'services', 'I', 0.8],
  ['汽车零部件项目', 'Auto parts plant', 'development-zone', 'services', 'I', 2],
  ['跨境电商产业园', 'Cross-border e-commerce park', 'service-center', 'internet-plus', 'I', 2],
  ['大数据服务中心', 'Big-data service centre', 'service-center', 'internet-plus', 'I', 1.5],
  ['电商物流快递园区', 'E-commerce parcel logistics park', 'service-center', 'internet-plus', 'I', 1.2],
  ['滑雪场建设项目', 'Ski resort', 'service-center', 'tourism', 'I', 8],
  ['森林康养基地项目', 'Forest wellness retreat', 'service-center', 'tourism', 'I', 3],
  ['满族朝鲜族民俗村项目', 'Manchu and Korean folk villages', 'service-center', 'tourism', 'I', 1.5],
  ['旅游集散中心项目', 'Tourist distribution centre', 'service-center', 'tourism', 'I', 1],
  ['城市综合体项目', 'Mixed-use urban complex', 'service-center', 'services', 'I', 6],
  ['县城垃圾焚烧发电项目', 'Waste-to-energy plant', 'service-center', 'services', 'N', 3],
  ['农村公路改造工程', 'Rural road upgrading', 'service-center', 'services', 'N', 2],
  ['贫困村产业扶贫项目', 'Industry projects for poor villages', 'service-center', 'food', 'L', 0.8],
  ['农村饮水安全巩固工程', 'Rural drinking-water safety', 'service-center', 'services', 'L', 0.6],
  ['职业教育实训基地', 'Vocational training centre', 'service-center', 'services', 'L', 0.8],
];

const CATEGORY = { I: 'industry', L: 'livelihood', N: 'infrastructure' };

/** Active (Apr–Nov) construction months a project of this size needs: bigger projects take longer. */
function constructionMonths(yi, lo, hi) {
  const base = yi < 1 ? 6 : yi < 3 ? 10 : yi < 8 ? 15 : 20;
  return Math.min(hi, Math.max(lo, base + intBetween(-2, 2)));
}

const rows = [];
const ym = (year, month) => `${year}-${String(month).padStart(2, '0')}`;

function pushRow(kind, index, entry) {
  const [nameZh, nameEn, siteId, clusterId, cat, yi] = entry;
  const category = CATEGORY[cat];
  const total = Math.round(yi * 10000);
  let investedBefore = 0;
  let plannedStart;
  let months;
  if (kind === 'continuing') {
    // Half to three quarters already spent; resumption in the first spring months of the season.
    investedBefore = Math.round((total * between(0.35, 0.7)) / 100) * 100;
    plannedStart = ym(2017, intBetween(4, 5));
    months = constructionMonths(yi, 4, 14) - 4;
    months = Math.max(3, months);
  } else if (kind === 'new') {
    plannedStart = ym(2017, intBetween(4, 8));
    months = constructionMonths(yi, 6, 24);
  } else {
    // Reserve: planned_start is the month the project would be signed if promotion succeeds.
    const offset = intBetween(2, 23);
    plannedStart = ym(2017 + Math.floor(offset / 12), (offset % 12) + 1);
    months = constructionMonths(yi, 6, 24);
  }
  const producing = category === 'industry';
  const ratio = OUTPUT_PER_INVESTMENT[clusterId];
  const fullOutput = producing ? Math.round((total * ratio * between(0.85, 1.15)) / 100) * 100 : 0;
  const rampup = producing ? Math.max(3, RAMPUP_MONTHS[clusterId] + intBetween(-3, 3)) : 0;
  const prefix = kind === 'continuing' ? 'C' : kind === 'new' ? 'N' : 'R';
  rows.push([
    `${prefix}${String(index + 1).padStart(2, '0')}`,
    nameZh,
    nameEn,
    siteId,
    clusterId,
    kind,
    category,
    total,
    investedBefore,
    plannedStart,
    months,
    fullOutput,
    rampup,
    'illustrative',
  ]);
}

CONTINUING.forEach((e, i) => pushRow('continuing', i, e));
NEW.forEach((e, i) => pushRow('new', i, e));
RESERVE.forEach((e, i) => pushRow('reserve', i, e));

if (CONTINUING.length + NEW.length !== 50 || RESERVE.length !== 60) {
  throw new Error(`expected 50 major and 60 reserve projects, got ${CONTINUING.length + NEW.length} and ${RESERVE.length}`);
}

const header = [
  'id',
  'name_zh',
  'name_en',
  'site_id',
  'cluster_id',
  'type',
  'category',
  'total_investment_wan',
  'invested_before_wan',
  'planned_start',
  'construction_months',
  'full_output_wan',
  'rampup_months',
  'provenance',
];
const quote = (v) => (typeof v === 'string' && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));
const csv = [header, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
const out = fileURLToPath(new URL('../projects.csv', import.meta.url));
writeFileSync(out, csv);
console.log(`wrote ${rows.length} projects to ${out}`);
