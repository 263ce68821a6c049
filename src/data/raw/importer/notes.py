# Notes shown to users next to figures, keyed so that translators edit them in locales/<lng>/notes.json.
# group | key | en | zh
NOTES = r"""
value | fyp11 | 11th Five-Year Plan (2006–2010), stated in November 2010 | “十一五”时期（2006—2010年），2010年11月公布
value | assessment-2017 | reported with the 2017 assessment | 随2017年考核评价公布
value | assessment-2019 | reported with the 2019 assessment | 随2019年考核评价公布
value | avg-per-year | average per year | 年均值
value | evaluation | reported with the 2010 evaluation | 随2010年综合评价公布
value | h1-2005-mislabelled | the source calls it the first half of 2005, but the values equal the full-year 2004 series: probably mislabelled | 来源称“今年上半期”，但数值与2004年全年数据相同，可能标注有误
value | nominal | nominal growth | 名义增长
value | probably-statistics | report excerpt; probably the statistics series | 报告摘录，可能属于统计公报口径
value | rounded | rounded figure as stated | 来源给出的取整数
value | stated-0.3-percent | stated as 0.3% (= 3‰) | 来源表述为0.3%（即3‰）
value | stated-3-permille | stated as 3‰ | 来源表述为千分之三
value | stated-lt-0.3-percent | stated as less than 0.3% (= 3‰) | 来源表述为不到0.3%（即3‰）
value | stated-lt-4-permille | stated as less than 4‰ | 来源表述为不到千分之四
value | stated-quarter | stated as 'approaching a quarter' | 来源表述为“接近四分之一”
value | stock-current | stock at the time of the statement | 表述时的存量
value | year-end-stock | year-end stock | 年末存量
value | converted-usd | the article's own conversion of the yuan figure | 报道自行由人民币折算
basis | etdz49-policy5 | 49 ETDZs + 5 zones with ETDZ policies | 49家经开区 + 5家享受经开区政策的园区
basis | three-region | three-region split | 三大区域划分
basis | four-region | four-region split | 四大区域划分
basis | count-2024 | the 2024 count | 2024年的家数
basis | count-at-statement | count at the time of the statement | 表述时的家数
basis | count-today-2018 | count cited as 'today' in 2018 | 2018年所称“目前”的家数
basis | evaluated | zones evaluated | 参评家数
basis | excl-2010-upgrades | excluding the 34 zones upgraded in 2010 | 不含2010年新升级的34家
basis | not-stated | not stated | 未说明
basis | of-218 | of 218 zones | 218家中的
basis | of-219 | of 219 zones | 219家中的
basis | original-56 | the 56 older zones only | 仅原有的56家
basis | top30-of-219 | the top 30 of 219 assessed | 219家参评中的前30名
zoneCount | first-batch | the first batch of national ETDZs | 首批国家级经开区
zoneCount | conflict-1984-1986 | conflicts with 1984–1988: Caohejing was approved in June 1988 | 与“1984—1988年”相矛盾：漕河泾于1988年6月获批
zoneCount | second-batch | the second batch; the source states 18 new zones (14 + 18 = 32) | 第二批；来源说明新设18家（14 + 18 = 32）
zoneCount | undated-1990s | undated (1990s) | 未注明日期（20世纪90年代）
zoneCount | coastal-east | eastern coastal zones | 东部沿海经开区
zoneCount | undated-2004-2008 | undated (c. 2004–2008); the same text splits them 27 east / 22 central-west | 未注明日期（约2004—2008年）；同一文本划分为东部27家、中西部22家
zoneCount | incl-policy5 | counts 49 ETDZs + 5 zones with ETDZ policies | 含49家经开区和5家享受经开区政策的园区
zoneCount | stats-56-older | the Jan–Sep 2010 statistics cover the 56 older zones, not the zones upgraded in 2010 | 2010年1—9月统计只含原有56家，不含2010年新升级的经开区
zoneCount | evaluation-2010 | zones included in the 2010 evaluation, 36 of them newly upgraded | 纳入2010年综合评价的开发区，其中36家为新升级
zoneCount | catalogue-2018 | 2018 Catalogue of China Development Zones | 《中国开发区审核公告目录》（2018年版）
zoneCount | ranked-2020 | zones ranked in the assessment released that day | 当日公布的考核评价所排名的经开区
zoneCount | exit-jiuquan | Jiuquan ETDZ ordered to exit; the source does not state the new total | 酒泉经开区被退出；来源未说明此后总数
zoneCount | covered-2021 | zones covered by the assessment released that day | 当日公布的考核评价所覆盖的经开区
zoneCount | exit-shizuishan | Shizuishan ETDZ ordered to exit; the source does not state the new total | 石嘴山经开区被退出；来源未说明此后总数
zoneCount | active-after-exits | active zones after 2 exits | 扣除2家退出后的现有家数
zoneCount | conflict-232-2021 | conflicts with MOFCOM's 230 active zones; 232 equals the cumulative approvals stated on 2 Nov 2021 | 与商务部“现有230家”相矛盾；232与2021年11月2日所称累计批设家数相同
zoneCount | covered-2022-data | zones covered by the assessment of 2022 data | 2022年度考核评价覆盖的经开区
zoneCount | stats-release-2023 | stated in the statistics release for 2023 | 见2023年主要经济指标统计公报
zoneCount | new-total-not-stated | the source does not state the new total | 来源未说明新的总数
zoneCount | covered-2023-data | zones covered by the assessment of 2023 data | 2023年度考核评价覆盖的经开区
zoneCount | stated-2025-05-27 | stated on 27 May 2025 | 2025年5月27日表述
zoneCount | east-of-217 | eastern zones among the 217 assessed | 217家参评经开区中的东部经开区
zoneCount | three-region | three-region split without a separate northeast | 三大区域划分，未单列东北
zoneCount | of-90-evaluated | of the 90 zones evaluated | 90家参评开发区中的
zoneCount | stated-2025-07-16 | stated on 16 July 2025 | 2025年7月16日表述
zoneCount | undated-1994-1999 | undated journal abstract (c. 1994–1999) | 未注明日期的期刊摘要（约1994—1999年）
zoneCount | central-west-2000 | part of the 11 central and western approvals of 2000 | 2000年中西部11家获批中的一部分
zoneCount | undated-2002-2003 | undated journal abstract (c. 2002–2003) | 未注明日期的期刊摘要（约2002—2003年）
zoneCount | conflict-east-29 | conflicts with 33 (2004) and 27 (CRI) for the coastal/east count | 与东部沿海33家（2004年）和27家（国际台）相矛盾
zoneCount | conflict-central-west-20 | conflicts with 16 (September 2000 and first half of 2004) | 与16家（2000年9月、2004年上半年）相矛盾
zoneCount | plus-policy5 | plus 5 zones with ETDZ policies | 另有5家享受经开区政策的园区
zoneCount | early-established | early-established zones | 较早设立的经开区
zoneCount | start-fyp11 | at the start of the 11th Five-Year Plan | “十一五”开始时
zoneCount | upgrades-2010-11-11 | whether the 17 upgrades approved that day are included is not stated | 未说明是否包括当日获批升级的17家
zoneCount | garbled-date | low-quality page with a garbled date | 低质量网页，日期文字有误
zoneCount | spring-2010 | reported on 2 April 2010 as approved 'recently' | 2010年4月2日报道称“近日”获批
zoneCount | conflict-34-2010 | low-quality page; conflicts with the 13-zone batch reported on 2 April 2010 | 低质量网页；与2010年4月2日报道的13家批次相矛盾
zoneCount | truncated-list | low-quality page; list truncated | 低质量网页；名单不完整
zoneCount | caofeidian | Caofeidian: the first national ETDZ set up new rather than upgraded | 曹妃甸：首个以新设方式设立的国家级经开区
zoneCount | batch-2021 | 国办函〔2021〕64号; 217 + 13 = 230 | 国办函〔2021〕64号；217 + 13 = 230
zoneCount | low-quality-host | low-quality host page | 低质量网页
zoneCount | cumulative-232 | cumulative approvals since 1984, including the 2 zones that exited | 1984年以来累计批设家数，含已退出的2家
zoneCount | west-of-217 | western zones among the 217 assessed | 217家参评经开区中的西部经开区
zoneCount | anniversary-text | 40th-anniversary text (2024) | 40周年纪念文章（2024年）
zoneCount | cdza | China Development Zone Association data | 中国开发区协会数据
zoneCount | approved-2024-10-27 | approved 27 October 2024, published 30 October 2024 | 2024年10月27日批复，10月30日发布
zoneCount | mofcom-via-china-daily | MOFCOM figure reported by China Daily | 《中国日报》报道的商务部数据
zoneCount | end-2024 | by the end of 2024 | 截至2024年底
zoneCount | conflict-233 | 'currently' at 31 Dec 2024; no source names the change that would reconcile 233 with 229 + 4 or 232 | 2024年12月31日所称“目前”；没有来源说明何种变动可使233与229 + 4或232相吻合
zoneCount | first-batch-1984 | the first batch was set up from 1984 | 首批自1984年起设立
source | mirror | read on a mirror of the original | 读自原文的镜像网页
source | reprint-site | read on a reprint site | 读自转载网站
source | wikipedia-mirror | Chinese Wikipedia mirror | 中文维基百科镜像
source | journal-abstract | journal abstract on a mirror site | 镜像网站上的期刊摘要
source | forum-repost | forum repost | 论坛转帖
source | aggregator | aggregator site | 聚合网站
source | qa-page | question-and-answer page | 问答网页
source | encyclopedia-mirror | encyclopedia mirror | 百科镜像
source | official-site | the zone's own website | 经开区官方网站
source | machine-summary | machine-made summary of a People's Daily article | 机器生成的《人民日报》文章摘要
source | newsletter | newsletter summary of a Xinhua briefing | 新闻通讯对新华社通稿的摘要
source | japanese-summary | Japanese summary of the MOFCOM release of 27 January 2021 | 商务部2021年1月27日发布内容的日文摘要
source | seed | one of the articles this project grew from | 本项目的起始文章之一
source | seed-summary | one of the articles this project grew from, read as a summary | 本项目的起始文章之一（读到的是摘要）
source | seed000 | one of the articles this project grew from; its English rendering strips the years and carries figures that match no dated official release | 本项目的起始文章之一；其英文译文删去了年份，且所载数字与任何有日期的官方发布都不相符
source | unrelated-domain | read on an unrelated mirror domain | 读自不相关域名的镜像网页
source | repost-unnamed | repost; the original outlet is not named | 转帖，未注明原发媒体
source | statistics-reprint | reprint of the MOFCOM statistics release | 商务部统计公报的转载
source | spokesperson | MOFCOM spokesperson He Yadong | 商务部新闻发言人何亚东
source | wang-ya | statement by MOFCOM deputy director-general Wang Ya | 商务部司局负责人王雅的表述
source | catalogue-2018 | cites the 2018 boundary catalogue of national development zones | 援引《国家级开发区四至范围公告目录》（2018年版）
"""
