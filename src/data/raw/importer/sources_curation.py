# Curated bibliographic fields for every research source: publisher (who wrote or issued the text),
# a clean title, quality flag, language of the text. One line per source:
# id | publisher | title | quality | lang | note
# quality: official = a government page; press = the outlet's own page; reprint = a faithful copy
# of an official or press text on another site; low = low-quality page, aggregator, Q&A, garbled text.
CURATION = r"""
a2018 | 中国企业报 | 国家级经开区2018年“国考”成绩单出炉 | press | zh |
a2020 | 人民日报海外版 (记者王俊岭) | 商务部举行专题发布会 2020年国家级经开区综合发展水平考核评价 | reprint | zh | reprint-site
a2020b | 经济参考报 | 國家級經開區示范帶動效果明顯 商務部加大經開區開放力度 | reprint | zh | reprint-site
a2021 | unknown (aggregator) | 2021国家级经开区综合实力排行榜 | low | zh | aggregator
a2022 | 商务部新闻办公室 | 商务部公布2022年国家级经济技术开发区综合发展水平考核评价结果 | reprint | zh | reprint-site
a2024 | 商务部 | 商务部公布2024年国家级经济技术开发区综合发展水平考核评价结果 | reprint | zh | reprint-site
bjr2018 | Beijing Review (excerpt of China Newsweek) | Pioneers of Progress | press | en |
cat2018_sh | 中商情报网 | 2018年版开发区审核公告目录(上海篇) | reprint | zh | reprint-site
cd2025 | China Daily | State-level economic, tech zones playing key role in foreign trade and investment | press | en |
ce2021 | unknown (repost) | 2020年国家级经开区稳外资乘势而上 | reprint | zh | repost-unnamed
cer_32 | China Economic Review (citing 'China in Brief') | Special economic zones and open coastal cities | press | en |
chj1988 | Wikipedia (mirror) | 上海漕河泾新兴技术开发区 | reprint | zh | wikipedia-mirror
cn2004list | china.org.cn | A Brief Introduction of National Economic and Technological Development Zones in China | press | en |
cn2023assess | 中新网 | 商务部公布2023年国家级经济技术开发区综合发展水平考核评价结果 | reprint | zh | 
cnsyf2023 | 中国网 | 3万多家外商投资企业落户国家级经开区 | reprint | zh | wang-ya
cri_pt | CRI (Portuguese service) | China ABC: zonas de desenvolvimento econômico e tecnológico | press | pt |
ct2021 | 中时新闻网 | 商务部新考核评价办法新闻发布会 | press | zh |
cxd2010 | 国际在线 | 大连长兴岛国家级经济技术开发区挂牌 | reprint | zh | mirror
de2004 | CRI (German service) | Staatliche Wirtschaftserschließungszonen 2004 | press | de |
de2004h1 | CRI (German service) | 49 Wirtschafts- und Technologie-Entwicklungszonen, erstes Halbjahr 2004 | press | de |
dl1984 | lssjt.com (历史上的今天) | 国务院批准建立大连经济技术开发区 | low | zh | 
ds1993 | unknown (mirror of 2009 news) | 福州福清扩区 泉州漳州升格 | reprint | zh | mirror
ectpa2014 | Xinhua | China urges further opening, innovation of economic zones | reprint | en | 
en2022 | Xinhua | China's national development zones stabilizers of foreign trade, investment | press | en |
en2023assess | Xinhua / People's Daily Online | China's national development zones important platform to keep foreign trade, investment stable | press | en |
fensi2022 | 新华网 | 国家级经开区发展总体实现稳中提质 | reprint | zh | reprint-site
fy2004 | unknown | “十五”期间国家级开发区实力迅速增长 | reprint | zh | repost-unnamed
fz1985 | Wikipedia (mirror) | 福州經濟技術開發區 | reprint | zh | wikipedia-mirror
gov2014 | Xinhua (via english.gov.cn) | 30 years on, China reviews development zone policies | official | en |
gz1984 | 世界日报 (via 中新社) | 今年前10月 廣州經開區外貿進出口額5981億 | press | zh |
h2004 | 中新网 (据人民日报, 商务部统计) | 49个国家级开发区上半年 | press | zh |
hd2024 | 国务院办公厅 (国办函〔2024〕83号) | 国务院办公厅关于广州花都经济开发区等4个省级开发区升级为国家级经济技术开发区的复函 | reprint | zh | 
hlj2018 | unknown (repost) | 黑龙江省开发区数量居东北首位 | reprint | zh |
hunan2023 | 商务部 (via hunanpark.cn) | 2023年国家级经济技术开发区主要经济指标情况 | reprint | zh | statistics-reprint
hz1993 | journal abstract (mirror) | 杭州经济技术开发区 | reprint | zh | journal-abstract
jn2010 | 江宁开发区 | 江宁开发区 园区简介 | official | zh | official-site
js2019 | 新华网江苏 | 江蘇7家國家級經開區綜合發展水平躋身全國30強 | press | zh |
jscri2023 | CRI 江苏 | 江苏9家国家级经开区跻身30强 | press | zh |
lyg1984 | unknown (repost) | 连云港经济技术开发区四十年 | reprint | zh |
mehr2025 | Xinhua China Economic Roundtable (via Mehr News) | China's economic development zones to facilitate productive forces | reprint | en |
mh1986 | 新华网 (APEC2001 专题) | 国家级经济技术开发区--上海闵行经济技术开发区 | press | zh |
modeng | modengshe.com | 国开区是什么意思 | low | zh | qa-page
nb1984 | 浙江老年报 | 回忆文章: 宁波经济技术开发区设立 | press | zh | 
nt1984 | zgparks.net (park directory) | 江苏南通产业园区/南通经济技术开发区简介 | low | zh | 
p2006 | 人民日报海外版 (via sina) | 國家級開發區成最有活力增長點 出口占全國15.4% | reprint | zh | mirror
paper2020 | 澎湃新闻 / 央视新闻 | 国家级经开区考核排名后十家被约谈,酒泉经开区“红牌罚下” | press | zh |
pek2025 | Pekingnology-style briefing (Substack) | How are economic development zones advancing China's open economy agenda? | low | en | newsletter
q2010 | 领导决策信息 (2011年22期) | 广州南沙经开区三大地均指标全国领先 | reprint | zh | 
q2019 | 中国经济网 / 经济日报 | 前三季度国家级经开区进出口同比增长7.6% | press | zh |
qd1984 | Wikipedia (mirror) | 青島經濟技術開發區 | reprint | zh | wikipedia-mirror
qhd1984 | 中新网 | 秦皇島經濟技術開發區:環渤海經濟圈中的亮點 | reprint | zh | mirror
r2006 | china.com.cn (report chapter, table 6.6.1) | 国家级经济技术开发区 2006年主要经济指标 | reprint | zh | mirror
rednet2021 | 红网 | 长沙经开区稳居国家级园区第17位 | press | zh |
sd2018 | 经济导报 | 山东黄渤海沿线开发区连成带 | press | zh | catalogue-2018
sip1994 | encyclopedia (mirror) | 苏州工业园 | low | zh | encyclopedia-mirror
soolun1993 | journal abstract (mirror) | 截止1993年11月,国家级的开发区已达到32个 | reprint | zh | journal-abstract
sx2021 | unknown (repost) | 国家级经开区“国考”成绩揭晓 | reprint | zh |
te2022 | unknown (repost) | 福建省国家级经开区2022年考核评价排名情况 | reprint | zh |
tj1984 | 天津经济技术开发区 (TEDA) | 天津经济技术开发区 | official | zh | official-site
top10news2021 | thetop10news.com (aggregator) | Nation-level economic development zones gain GDP of 10.5t yuan | low | en | aggregator
ttph2022 | ttpaihang.com (aggregator) | 2021年国家级经济技术开发区综合发展水平考核评价结果 | low | zh | aggregator
wiki_mirror | Wikipedia (mirror) | 国家级经济技术开发区 | reprint | zh | wikipedia-mirror
wz1992 | 国务院 (国函〔1992〕28号) | 国务院关于设立温州经济技术开发区的批复 | reprint | zh | mirror
x2011 | 新华社 | 商务部发布2010年国家级经济技术开发区投资环境综合评价通报 | reprint | zh | mirror
x2019may | Xinhua (reposted by Fudan BRGG) | China to Attract More Foreign Investment into Economic, Technological Development Zones | reprint | en |
x2019oct | 中国经济信息社 | 【政务智库报告】国家级经开区在创新提升中迈向高质量发展 | press | zh |
x2022 | 新华社 | 国家级经开区发展总体实现稳中提质 | reprint | zh | reprint-site
x2023jun | 国际商报 | “投资中国年”国家级经济技术开发区专场推介暨第十届“开发区对话500强”活动举行 | reprint | zh | reprint-site
xa2018 | 西安晚报 | 国家级开发区目录发布 西安8家开发区入选国家级目录 | press | zh |
xjbao | 新京报 | 国家级经开区考核评价公布:酒泉经开区排名末位退出 | reprint | zh | 
xz2000 | 新华社 (forum repost) | 11 central/western ETDZ approvals in 2000 (第四届中国投资贸易洽谈会) | low | zh | forum-repost
y2017 | 中国证券网 | 商务部:推动国家经级经济技术开发区转型升级 | press | zh |
yn2006 | 云南日报 | 国家级经济技术开发区成为经济快速发展的“助推器” | reprint | zh | reprint-site
yt1984 | encyclopedia (mirror) | YEDA 煙臺經濟技術開發區 | low | zh | encyclopedia-mirror
zj1984 | journal abstract (mirror) | 湛江经济技术开发区十年 | reprint | zh | journal-abstract
zjmif2025 | 浙江商务 | 浙江3家国家级经开区进入国考前十强 | reprint | zh |
zjol2023 | 浙江在线 | 浙江5家国家级经开区跻身全国30强 | press | zh |
zqcn2019 | 中国企业报 | 国家级经开区2018年“国考”成绩单出炉 | press | zh |
ah2018 | unknown (360doc repost) | 安徽省国家级经开区总数居中西部之首 全国第四 | reprint | zh |
ah2021 | unknown (company news page) | 安徽新增1经济技术开发区 | low | zh | 
ant2010 | 商务部外资司 | “十一五”期间我国国家级开发区稳步发展 | reprint | zh | 
calyptus2024 | 中新网 (data from 中国开发区协会) | 《中国开发区营商环境百佳案例》(2024)发布 | reprint | zh | mirror
cdzj2021 | China Daily Zhejiang (ezhejiang.gov.cn) | Zhejiang home to 22 national-level economic development zones | press | en |
ce5_2022zj | 萧山日报 | 浙江共有国家级经济技术开发区22家 省级经济开发区75家 | reprint | zh | 
chinacheckup | ChinaCheckup | Economic and Technological Development Zone | low | en | 
choice2018 | 초이스경제 (citing 中国新闻网) | 중국 219개 국가급 경제개발구 수출입 총액 5조6000억위안 | press | ko |
cn2000b7 | journal abstract (mirror) | 国务院批准合肥等七个经济技术开发区为国家级 | reprint | zh | journal-abstract
cn49_2003 | journal abstract (mirror) | 全国国家级经济技术开发区共计49个 | reprint | zh | journal-abstract
cn49_2005 | journal abstract (mirror) | 国务院先后批准设立国家级经济技术开发区49个 | reprint | zh | journal-abstract
cnfocus2024 | China Focus | Fields of the Future | press | en | 
cnr2022zj | 央广网 (via 中国报道网) | 再添新成员!浙江整合设立7个经济开发区 | reprint | zh |
de2025 | People's Daily (German edition) | 232 staatliche Wirtschaftsentwicklungszonen: mehr als 60.000 ausländische Unternehmen | low | de | unrelated-domain
dzrb2022 | 大众日报 | 2022园区高质量发展百强榜发布,青岛开发区位列第18位 | press | zh |
ecbn2025 | ecbnnews | The Ministry of Commerce strengthens open platforms to stabilize foreign investment | low | en |
fzrb2025 | 法治日报 (2025-06-06 第7版) | 2024年国家级经济技术开发区已达232个 | reprint | zh | mirror
gov2024 | 国务院办公厅 (国办函〔2024〕83号) | 国务院办公厅关于广州花都经济开发区等4个省级开发区升级为国家级经济技术开发区的复函 | official | zh | 
gs2018 | 中国甘肃网 / 兰州晨报 | 甘肃省66个开发区纳入《中国开发区审核公告目录》 | press | zh |
gx2023 | 广西日报 | 广西国家级经开区提档晋位成效明显,钦州港经开区首次进入全国百强 | reprint | zh | 
hb2013 | unknown (石家庄 newspaper, forum repost) | 曹妃甸国家级经济技术开发区获批 | low | zh | forum-repost
hn2010 | 河南商务厅 | 河南漯河、鹤壁和开封经济开发区升级为国家级经济技术开发区 | reprint | zh | mirror
jc2010 | 甘肃新闻网 / 甘肃经济日报 | 金昌开发区升级为国家级经济技术开发区成甘第二家 | low | zh | forum-repost
jcipo2021 | jcipo.org (summary of a MOFCOM release) | 商務部 2020年国家級経済開発区の評価結果に関する特別発表 | reprint | ja | japanese-summary
jl2011 | journal abstract (mirror) | 吉林省国家级开发区 | reprint | zh | journal-abstract
jp2004 | china.org.cn (Japanese edition) | 国家経済技術開発区 | press | ja |
jp2005 | 人民網日本語版 (via CRI Japanese) | 商務部「中国国家級経済技術開発区発展報告(2005)」を初めて発表 | press | ja |
js2011 | unknown (repost) | 江苏省开发区在2010年投资环境综合评价中表现优异 | reprint | zh |
jschina2018 | jschina.com.cn | Jiangsu's four economic zones rank in the Top 10 nationally | press | en |
jx2021 | unknown (repost) | 江西省开发区综合考评结果出炉 | reprint | zh | 
kbsn2023 | Xinhua (Korean service, via KBSN) | 중국 국가급 경제기술개발구 지난해 GDP 5.6% 증가 | press | ko |
nm2023 | 内蒙古自治区 | 关于推动国家级经济技术开发区开放创新的意见 | reprint | zh | mirror
nm_hohhot | 5hai.com | 包头的稀土高新区是内蒙古唯一的一个国家级的开发区吗? | low | zh | qa-page
pp2021 | 澎湃新闻 | 商务部谈国家级经开区动态管理:加大降级力度,强化倒逼机制 | reprint | zh | 
qd2017 | 青岛开发区投资建设集团 | 青岛开发区综合发展水平评价再居全省国家级开发区首位 | press | zh |
reportify2025 | reportify.ai (English summary of 人民日报 2025-05-27) | 在对外开放等四个方面实施十六项政策举措 深化国家级经开区改革创新 | low | en | machine-summary
shine2023 | Shanghai Daily / Xinhua | National economic development zones: 2022 GDP growth 5.6% | press | en | spokesperson
silk2019 | Xinhua (via imsilkroad) | Upgraded development plans for national economic and technical development zones | reprint | en |
soolun32 | journal abstract (mirror) | 中国开发区的独特之处 | reprint | zh | journal-abstract
srm2025 | srmtoday | China's economic development zones accelerate innovation with new high-tech policy drive | low | en |
vzkoo2024 | vzkoo.com (report excerpt) | 国家级经开区与边(跨)合区外资发展现状、政策环境及未来展望分析 | low | zh | qa-page
xj2025 | 新疆日报 (via 中国能源新闻网) | 新疆今年新增13家自治区级园区 | press | zh |
xy2025 | 襄阳日报 | 2024年国家级经开区综合发展水平考核评价工作完成 两个经开区排名大幅跃升 | reprint | zh | 
z3_2015 | 2003y.net (知识卡片) | 经济技术开发区高新区国家级新区 | low | zh | 
zaobao2020 | 联合早报 | 国家级经开区发展考评 新中苏州工业园区四连冠 | reprint | zh | mirror
zaobaocn2019 | 新华社 | 国家级经开区再获利好 加速融入全球价值链 | reprint | zh | mirror
zjk2021 | 国务院办公厅 (国办函〔2021〕64号) | 国务院办公厅关于河北张家口经济开发区等13个省级开发区升级为国家级经济技术开发区的复函 | low | zh | mirror
seed004 | China Daily | President stresses promoting high-standard opening-up | press | en | seed
seed002 | 经济日报 | 稳外贸稳外资主阵地责任担当更加凸显——国家级经开区改革创新持续深化 | press | zh | seed-summary
seed003 | 光明日报 (栾大鹏 张威) | 推动国家级经济技术开发区高质量发展 | press | zh | seed
"""
