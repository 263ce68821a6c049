/** The reference page's texts in both languages; the interaction bench reads them to know what to wait for. */
export const en = {
  title: 'Minimal Recharts page',
  lead: 'One line chart with the libraries the dashboard uses: the reference its interactions are measured against.',
  language: 'Language',
  national: 'Show the national series',
  changeData: 'Change data',
  indicator: ['Regional GDP', 'Total trade', 'Tax revenue'],
  unit: 'CNY billion',
  region: {
    east: 'East',
    central: 'Central',
    west: 'West',
    northeast: 'Northeast',
    national: 'All national ETDZs',
  },
};

export const zh: typeof en = {
  title: '最简 Recharts 页面',
  lead: '用看板所用的库画一张折线图：衡量看板交互速度的参照。',
  language: '语言',
  national: '显示全国系列',
  changeData: '更换数据',
  indicator: ['地区生产总值', '进出口总额', '税收收入'],
  unit: '十亿元',
  region: { east: '东部', central: '中部', west: '西部', northeast: '东北', national: '全部国家级经开区' },
};

export const TEXTS = { en, zh };
