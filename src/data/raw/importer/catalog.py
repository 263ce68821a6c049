# The indicator catalogue: structure for src/data/csv/indicators.csv, names and definitions for
# locales/<lng>/indicators.json. Columns:
# id | theme | kind | unit | base | share_of | name zh | name en | definition zh | definition en
CATALOG = r"""
zone_count | zones | level | count | | | 国家级经开区数量 | Number of national ETDZs | 来源统计口径内的国家级经开区家数（按区域拆分时为该区域内家数）。 | Number of national ETDZs covered by the statement (within a region when split by region).
gdp | size | level | CNY billion | | | 地区生产总值 | Regional GDP | 经开区地区生产总值，现价。 | Regional gross domestic product of the zones, at current prices.
gdp_yoy_pct | size | growth | % | gdp | | 地区生产总值同比增速 | Regional GDP, year-on-year | 来源公布的地区生产总值同比增速（如注明为名义增速）。 | Year-on-year change of regional GDP as published (nominal where the source says so).
gdp_share_national_pct | size | share | % | gdp | national | 地区生产总值占全国比重 | GDP, share of national | 经开区地区生产总值占全国国内生产总值的比重，按来源公布。 | Zones' regional GDP as a share of China's GDP, as published.
gdp_share_national_fraction | size | share | fraction | gdp | national | 地区生产总值占全国比重（分数表述） | GDP, share of national (stated as a fraction) | 来源以分数表述的比重，如“十分之一”。 | Share stated by the source as a fraction, such as "one tenth".
gdp_share_host_city_pct | size | share | % | gdp | | 地区生产总值占所在城市比重 | GDP, share of host cities | 经开区地区生产总值占所在地级市的比重。 | Zones' regional GDP as a share of their host prefecture-level cities.
gdp_share_of_all_etdz_pct | size | share | % | gdp | zones | 占全部国家级经开区地区生产总值比重 | GDP, share of all national ETDZs | 某区域经开区地区生产总值占全部国家级经开区的比重。 | A region's zones as a share of all national ETDZs' regional GDP.
gdp_avg_annual_growth_11th_fyp_pct | size | change | % | gdp | | “十一五”地区生产总值年均增速 | GDP, average annual growth 2006–2010 | “十一五”期间（2006—2010年）地区生产总值年均增速。 | Average annual growth of regional GDP over the 11th Five-Year Plan (2006–2010).
gdp_avg_annual_growth_11th_fyp_vs_national_pp | size | change | pp | gdp | | “十一五”年均增速高于全国 | GDP growth 2006–2010, lead over national | “十一五”期间年均增速高出全国同期水平的百分点。 | Percentage points by which average annual growth 2006–2010 exceeded the national rate.
gdp_growth_vs_2013_pct | size | change | % | gdp | | 地区生产总值较2013年增长 | GDP, growth since 2013 | 地区生产总值相对2013年的累计增长。 | Cumulative growth of regional GDP compared with 2013.
gdp_growth_2016_2020_pct | size | change | % | gdp | | 地区生产总值较2016年增长 | GDP, growth 2016–2020 | 2020年地区生产总值相对2016年的累计增长。 | Cumulative growth of regional GDP in 2020 compared with 2016.
industrial_va | size | level | CNY billion | | | 工业增加值 | Industrial value added | 经开区工业增加值，现价。 | Industrial value added of the zones, at current prices.
industrial_va_yoy_pct | size | growth | % | industrial_va | | 工业增加值同比增速 | Industrial value added, year-on-year | 来源公布的工业增加值同比增速。 | Year-on-year change of industrial value added as published.
industrial_va_share_national_pct | size | share | % | industrial_va | national | 工业增加值占全国比重 | Industrial value added, share of national | 经开区工业增加值占全国工业增加值的比重。 | Zones' industrial value added as a share of China's.
industrial_va_share_national_fraction | size | share | fraction | industrial_va | national | 工业增加值占全国比重（分数表述） | Industrial value added, share of national (fraction) | 来源以分数表述的比重。 | Share stated by the source as a fraction.
industrial_va_share_of_zone_gdp_pct | size | share | % | industrial_va | | 工业增加值占经开区地区生产总值比重 | Industrial value added, share of zone GDP | 工业增加值占经开区自身地区生产总值的比重。 | Industrial value added as a share of the zones' own regional GDP.
industrial_output | size | level | CNY billion | | | 工业总产值 | Industrial output | 经开区工业总产值，现价。 | Gross industrial output value of the zones, at current prices.
industrial_output_yoy_pct | size | growth | % | industrial_output | | 工业总产值同比增速 | Industrial output, year-on-year | 来源公布的工业总产值同比增速。 | Year-on-year change of industrial output as published.
secondary_va | size | level | CNY billion | | | 第二产业增加值 | Secondary-sector value added | 经开区第二产业增加值。 | Value added of the secondary sector in the zones.
secondary_va_yoy_pct | size | growth | % | secondary_va | | 第二产业增加值同比增速 | Secondary-sector value added, year-on-year | 来源公布的第二产业增加值同比增速。 | Year-on-year change of secondary-sector value added as published.
secondary_va_share_national_pct | size | share | % | secondary_va | national | 第二产业增加值占全国比重 | Secondary-sector value added, share of national | 占全国同期第二产业增加值的比重。 | Share of China's secondary-sector value added in the same period.
tertiary_va | size | level | CNY billion | | | 第三产业增加值 | Tertiary-sector value added | 经开区第三产业增加值。 | Value added of the tertiary sector in the zones.
tertiary_va_yoy_pct | size | growth | % | tertiary_va | | 第三产业增加值同比增速 | Tertiary-sector value added, year-on-year | 来源公布的第三产业增加值同比增速。 | Year-on-year change of tertiary-sector value added as published.
tertiary_va_share_national_pct | size | share | % | tertiary_va | national | 第三产业增加值占全国比重 | Tertiary-sector value added, share of national | 占全国同期第三产业增加值的比重。 | Share of China's tertiary-sector value added in the same period.
trade_total_cny | openness | level | CNY billion | | | 进出口总额（人民币） | Foreign trade (CNY) | 经开区货物进出口总额，以人民币计。 | Total imports and exports of goods of the zones, in yuan.
trade_total_usd | openness | level | USD billion | | | 进出口总额（美元） | Foreign trade (USD) | 经开区货物进出口总额，来源以美元公布。 | Total imports and exports of goods of the zones, as published in US dollars.
trade_total_usd_converted | openness | level | USD billion | | | 进出口总额（报道折算美元） | Foreign trade (USD, converted by the article) | 报道将人民币数额折算为美元的约数，不是官方美元口径。 | An article's own dollar conversion of the yuan figure, not an official dollar series.
trade_total_yoy_pct | openness | growth | % | trade_total_cny | | 进出口总额同比增速 | Foreign trade, year-on-year | 来源公布的进出口总额同比增速（币种以来源为准）。 | Year-on-year change of total trade as published (currency as in the source).
trade_share_national_pct | openness | share | % | trade_total_cny | national | 进出口总额占全国比重 | Trade, share of national | 经开区进出口总额占全国外贸总额的比重。 | Zones' total trade as a share of China's foreign trade.
trade_share_national_fraction | openness | share | fraction | trade_total_cny | national | 进出口总额占全国比重（分数表述） | Trade, share of national (stated as a fraction) | 来源以分数表述的比重，如“约四分之一”。 | Share stated by the source as a fraction, such as "about a quarter".
trade_growth_2016_2020_pct | openness | change | % | trade_total_cny | | 进出口总额较2016年增长 | Trade, growth 2016–2020 | 2020年进出口总额相对2016年的累计增长。 | Cumulative growth of total trade in 2020 compared with 2016.
exports_cny | openness | level | CNY billion | | | 出口额（人民币） | Exports (CNY) | 经开区货物出口额，以人民币计。 | Goods exports of the zones, in yuan.
exports_usd | openness | level | USD billion | | | 出口额（美元） | Exports (USD) | 经开区货物出口额，以美元计。 | Goods exports of the zones, in US dollars.
exports_yoy_pct | openness | growth | % | exports_usd | | 出口额同比增速 | Exports, year-on-year | 来源公布的出口额同比增速。 | Year-on-year change of exports as published.
exports_share_national_pct | openness | share | % | exports_usd | national | 出口额占全国比重 | Exports, share of national | 经开区出口额占全国出口总额的比重。 | Zones' exports as a share of China's exports.
imports_cny | openness | level | CNY billion | | | 进口额（人民币） | Imports (CNY) | 经开区货物进口额，以人民币计。 | Goods imports of the zones, in yuan.
imports_usd | openness | level | USD billion | | | 进口额（美元） | Imports (USD) | 经开区货物进口额，以美元计。 | Goods imports of the zones, in US dollars.
imports_yoy_pct | openness | growth | % | imports_usd | | 进口额同比增速 | Imports, year-on-year | 来源公布的进口额同比增速。 | Year-on-year change of imports as published.
imports_share_national_pct | openness | share | % | imports_usd | national | 进口额占全国比重 | Imports, share of national | 经开区进口额占全国进口总额的比重。 | Zones' imports as a share of China's imports.
hightech_trade_cny | openness | level | CNY billion | | | 高新技术产品进出口额 | High-tech trade | 经开区高新技术产品进出口额。 | Imports and exports of high-tech products by the zones.
hightech_trade_share_national_pct | openness | share | % | hightech_trade_cny | national | 高新技术产品进出口额占全国比重 | High-tech trade, share of national | 占全国高新技术产品进出口额的比重。 | Share of China's high-tech product trade.
hightech_exports_cny | openness | level | CNY billion | | | 高新技术产品出口额 | High-tech exports | 经开区高新技术产品出口额。 | Exports of high-tech products by the zones.
hightech_exports_share_of_zone_exports_pct | openness | share | % | hightech_exports_cny | zones | 高新技术产品出口占经开区出口比重 | High-tech exports, share of zone exports | 高新技术产品出口额占经开区出口额的比重。 | High-tech exports as a share of the zones' exports.
fdi_actual_usd | openness | level | USD billion | | | 实际使用外资 | Foreign investment, actually used | 实际使用外资金额（美元）；2019年另有含再投资口径，单列。 | Foreign capital actually used, in US dollars; the 2019 figure that includes reinvestment is a separate indicator.
fdi_actual_yoy_pct | openness | growth | % | fdi_actual_usd | | 实际使用外资同比增速 | Foreign investment used, year-on-year | 来源公布的实际使用外资同比增速。 | Year-on-year change of foreign investment actually used, as published.
fdi_actual_incl_reinvestment_usd | openness | level | USD billion | | | 实际使用外资（含外商投资企业再投资） | Foreign investment used, incl. reinvestment | 实际使用外资和外商投资企业再投资之和，口径不同于“实际使用外资”。 | Foreign capital used plus reinvestment by foreign-invested firms; a different definition from foreign investment used.
fdi_actual_incl_reinvestment_yoy_pct | openness | growth | % | fdi_actual_incl_reinvestment_usd | | 实际使用外资（含再投资）同比增速 | Foreign investment incl. reinvestment, year-on-year | 含再投资口径的同比增速。 | Year-on-year change on the definition that includes reinvestment.
fdi_contracted_usd | openness | level | USD billion | | | 合同外资 | Contracted foreign investment | 合同利用外资金额（美元）。 | Foreign investment under signed contracts, in US dollars.
fdi_contracted_yoy_pct | openness | growth | % | fdi_contracted_usd | | 合同外资同比增速 | Contracted foreign investment, year-on-year | 来源公布的合同外资同比增速。 | Year-on-year change of contracted foreign investment as published.
fdi_cumulative_usd | openness | level | USD billion | | | 累计利用外资 | Foreign investment, cumulative | 截至当年累计利用外资金额。 | Foreign investment used, cumulative to the end of the year.
fdi_share_national_pct | openness | share | % | fdi_actual_usd | national | 实际使用外资占全国比重 | Foreign investment, share of national | 经开区实际使用外资占全国的比重。 | Zones' foreign investment as a share of China's.
fdi_share_national_fraction | openness | share | fraction | fdi_actual_usd | national | 实际使用外资占全国比重（分数表述） | Foreign investment, share of national (fraction) | 来源以分数表述的比重，如“五分之一”。 | Share stated by the source as a fraction, such as "one fifth".
fdi_growth_2016_2020_pct | openness | change | % | fdi_actual_usd | | 利用外资较2016年增长 | Foreign investment, growth 2016–2020 | 2020年利用外资相对2016年的累计增长。 | Cumulative growth of foreign investment in 2020 compared with 2016.
fiscal_revenue | fiscal | level | CNY billion | | | 财政收入 | Fiscal revenue | 经开区财政收入。 | Fiscal revenue collected in the zones.
fiscal_revenue_yoy_pct | fiscal | growth | % | fiscal_revenue | | 财政收入同比增速 | Fiscal revenue, year-on-year | 来源公布的财政收入同比增速。 | Year-on-year change of fiscal revenue as published.
fiscal_revenue_share_national_pct | fiscal | share | % | fiscal_revenue | national | 财政收入占全国比重 | Fiscal revenue, share of national | 经开区财政收入占全国的比重。 | Zones' fiscal revenue as a share of China's.
tax_revenue | fiscal | level | CNY billion | | | 税收收入 | Tax revenue | 经开区税收收入。 | Tax revenue collected in the zones.
tax_revenue_yoy_pct | fiscal | growth | % | tax_revenue | | 税收收入同比增速 | Tax revenue, year-on-year | 来源公布的税收收入同比增速。 | Year-on-year change of tax revenue as published.
tax_revenue_share_national_pct | fiscal | share | % | tax_revenue | national | 税收收入占全国比重 | Tax revenue, share of national | 经开区税收收入占全国的比重。 | Zones' tax revenue as a share of China's.
tax_share_host_city_pct | fiscal | share | % | tax_revenue | | 税收收入占所在城市比重 | Tax revenue, share of host cities | 经开区税收收入占所在地级市的比重。 | Zones' tax revenue as a share of their host prefecture-level cities.
high_tech_enterprises | innovation | level | count | | | 高新技术企业 | High-tech enterprises | 经开区内高新技术企业数量（年末存量）。 | Number of certified high-tech enterprises in the zones (year-end stock).
high_tech_enterprises_yoy_pct | innovation | growth | % | high_tech_enterprises | | 高新技术企业数量增长 | High-tech enterprises, year-on-year | 来源公布的高新技术企业数量同比增长。 | Year-on-year change in the number of high-tech enterprises as published.
high_tech_enterprises_share_national_pct | innovation | share | % | high_tech_enterprises | national | 高新技术企业占全国比重 | High-tech enterprises, share of national | 经开区高新技术企业占全国的比重。 | Zones' high-tech enterprises as a share of China's.
incubators_makerspaces_national_level | innovation | level | count | | | 国家级孵化器和众创空间 | National-level incubators and maker spaces | 经开区内国家级科技企业孵化器和众创空间数量。 | Number of national-level incubators and maker spaces in the zones.
incubators_makerspaces_yoy_pct | innovation | growth | % | incubators_makerspaces_national_level | | 国家级孵化器和众创空间增长 | Incubators and maker spaces, year-on-year | 来源公布的数量同比增长。 | Year-on-year change in their number as published.
rd_institutions_provincial_plus | innovation | level | count | | | 省级及以上研发机构 | R&D institutions (provincial level and above) | 经开区内省级及以上研发机构数量。 | Number of R&D institutions of provincial level or above in the zones.
invention_patents_per_10k_people | innovation | level | count | | | 每万人发明专利拥有量 | Invention patents per 10,000 people | 每万人口发明专利拥有量（件）。 | Invention patents held per 10,000 people.
business_entities | enterprises | level | count | | | 各类经营主体 | Business entities | 经开区内各类经营主体数量。 | Number of business entities of all kinds in the zones.
enterprises_total | enterprises | level | count | | | 企业数量 | Enterprises | 经开区集聚的企业数量。 | Number of enterprises located in the zones.
foreign_invested_enterprises | enterprises | level | count | | | 外商投资企业 | Foreign-invested enterprises | 经开区内外商投资企业数量。 | Number of foreign-invested enterprises in the zones.
new_foreign_invested_enterprises | enterprises | level | count | | | 新设外商投资企业 | New foreign-invested enterprises | 当年新设外商投资企业数量。 | Foreign-invested enterprises newly set up in the year.
large_scale_industrial_enterprises | enterprises | level | count | | | 规模以上工业企业 | Industrial enterprises above designated size | 规模以上工业企业数量。 | Number of industrial enterprises above the designated size.
large_manufacturing_firms | enterprises | level | count | | | 制造业企业（来源口径） | Manufacturing enterprises (as defined by the source) | 来源所称的制造业企业数量，口径以来源为准。 | Manufacturing enterprises as counted by the source.
listed_firms | enterprises | level | count | | | 上市企业 | Listed companies | 经开区内上市企业数量。 | Number of listed companies in the zones.
foreign_trade_firms | enterprises | level | count | | | 有进出口实绩的外贸企业 | Foreign-trade firms with trade records | 有进出口实绩的外贸企业数量。 | Foreign-trade firms with import or export records.
fortune500_projects | enterprises | level | count | | | 世界500强投资项目 | Fortune Global 500 projects | 世界500强企业在经开区投资兴办的项目数（累计）。 | Projects set up in the zones by Fortune Global 500 companies (cumulative).
fortune500_hq_rd_centers | enterprises | level | count | | | 世界500强总部和研发中心 | Fortune Global 500 headquarters and R&D centres | 世界500强企业在经开区设立的总部和研发中心数量。 | Headquarters and R&D centres set up in the zones by Fortune Global 500 companies.
land_share_national | land | share | ‰ | | national | 国土面积占全国比重 | Land area, share of national | 经开区面积占全国国土面积的比重，以千分比表示。 | Zones' area as a share of China's land area, in per mille.
construction_land_share_national | land | share | ‰ | | national | 建设用地占全国比重 | Construction land, share of national | 经开区建设用地占全国建设用地的比重，以千分比表示。 | Zones' construction land as a share of China's, in per mille.
planned_area_km2 | land | level | km2 | | | 规划面积 | Planned area | 经国务院批准的规划面积合计。 | Total planned area approved by the State Council.
solid_waste_utilization_change_pp | green | change | pp | | | 工业固体废物综合利用率变化 | Industrial solid-waste utilisation, change | 工业固体废物综合利用率较上年变化的百分点。 | Change from the previous year in the utilisation rate of industrial solid waste, in percentage points.
co_built_parks | zones | level | count | | | 参与共建园区 | Co-built parks | 国家级经开区参与共建的园区数量。 | Parks co-built with the participation of national ETDZs.
aid_partnership_zones | zones | level | count | | | 对口援助合作区 | Paired-assistance cooperation zones | 对口援疆、援藏、援助边（跨）境经济合作区数量。 | Zones in paired-assistance programmes for Xinjiang, Tibet and border cooperation zones.
cooperation_aid_projects_increase | zones | change | count | | | 合作共建与对口援助项目增加 | Co-building and assistance projects, increase | 合作共建和对口援助项目比上年增加的数量。 | Increase over the previous year in co-building and paired-assistance projects.
top30_zone_count | leaders | level | count | | | 前30名经开区数量 | Zones in the top 30 | 综合发展水平考核前30名中位于该区域的经开区数量。 | Number of the assessment's top-30 zones located in the region.
top30_zones_gdp | leaders | level | CNY billion | | | 前30名经开区地区生产总值 | Top-30 zones' GDP | 综合排名前30名经开区的地区生产总值合计。 | Combined regional GDP of the 30 top-ranked zones.
top30_zones_gdp_yoy_pct | leaders | growth | % | top30_zones_gdp | | 前30名经开区地区生产总值同比增速 | Top-30 zones' GDP, year-on-year | 来源公布的同比增速。 | Year-on-year change as published.
top30_zones_gdp_share_of_etdz_pct | leaders | share | % | top30_zones_gdp | zones | 前30名经开区地区生产总值占比 | Top-30 zones' GDP, share of all ETDZs | 前30名经开区地区生产总值占全部国家级经开区的比重。 | Top-30 zones' GDP as a share of all national ETDZs.
top10_fdi_zones_fdi_usd | leaders | level | USD billion | | | 利用外资前10名经开区实际使用外资 | Top-10 FDI zones' foreign investment | 实际使用外资前10名经开区的外资合计。 | Combined foreign investment of the 10 zones that attracted the most.
top10_fdi_zones_fdi_yoy_pct | leaders | growth | % | top10_fdi_zones_fdi_usd | | 利用外资前10名经开区外资同比增速 | Top-10 FDI zones, year-on-year | 来源公布的同比增速。 | Year-on-year change as published.
top10_fdi_zones_share_of_etdz_fdi_pct | leaders | share | % | top10_fdi_zones_fdi_usd | zones | 利用外资前10名经开区外资占比 | Top-10 FDI zones, share of all ETDZs | 前10名经开区实际使用外资占全部国家级经开区的比重。 | Top-10 zones' foreign investment as a share of all national ETDZs.
top10_trade_zones_trade_cny | leaders | level | CNY billion | | | 进出口前10名经开区进出口额 | Top-10 trade zones' trade | 进出口额前10名经开区的进出口合计。 | Combined trade of the 10 zones with the largest trade.
top10_trade_zones_share_of_etdz_trade_pct | leaders | share | % | top10_trade_zones_trade_cny | zones | 进出口前10名经开区占比 | Top-10 trade zones, share of all ETDZs | 前10名经开区进出口额占全部国家级经开区的比重。 | Top-10 zones' trade as a share of all national ETDZs.
"""
