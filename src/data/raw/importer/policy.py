#!/usr/bin/env python3
"""The one-time import (2026-11) of the policy research (src/data/raw/policy/*.json).

A historical record: structure went to CSV (now src/data/policy/), every text to
locales/<lng>/policies.json keyed by stable ids. Those files are edited by hand and by translators
since, so this script writes only to an empty directory outside the repository, to compare with them.
Run: python3 src/data/raw/importer/policy.py /tmp/etdz-import-policy
"""
import csv, json, re
from urllib.parse import urlparse

# Same tiers as src/data/policy/sourceKinds.ts (the data check enforces them): official, press, mirror.
OFFICIAL = 'gov.cn xinhuanet.com news.cn people.cn people.com.cn cctv.com cctv.cn cntv.cn chinadaily.com.cn china.org.cn ce.cn cri.cn gmw.cn chinanews.com chinanews.com.cn'.split()
PRESS = 'legaldaily.com.cn zaobao.cn zaobao.com crntt.com thepaper.cn caixin.com yicai.com 21jingji.com jschina.com.cn'.split()


def order_sources(urls):
    def rank(url):
        host = (urlparse(url).hostname or '').lower()
        within = lambda ds: any(host == d or host.endswith('.' + d) for d in ds)
        return 0 if within(OFFICIAL) else 1 if within(PRESS) else 2
    return sorted(urls, key=rank)
from pathlib import Path

from scratch import scratch_dir

RAW = Path(__file__).resolve().parent.parent / 'policy'
SCRATCH = scratch_dir()
OUT = SCRATCH / 'policy'
LOCALES = SCRATCH / 'locales'

STATEMENTS = {'CN-XI-2024-10', 'CN-HLF-2024-10'}

# Counts the documents themselves state (research README / completeness notes); empty = not known.
STATED = {
    'CN-MOFCOM-2025-132': (4, 16),
    'CN-SC-2019-11': (5, 22),
    'CN-GOSC-2014-54': (6, None),
    'CN-GOSC-2017-7': (5, None),
    'CN-MOFCOM-2021-EVAL': (None, 5),
    'CN-MOFCOM-2021-523': (None, 9),
    'CN-MOFCOM-2022-10DEPT': (4, 12),
    'CN-XI-2024-10': (None, 3),
    'CN-HLF-2024-10': (None, 5),
}

# The research's doc_number for 523 is an English rendering with a guess at the prefix; the number is kept,
# the doubt goes to numberNote.
DOC_NUMBER = {'CN-MOFCOM-2021-523': '〔2021〕523号'}

SHORT = {
    'CN-MOFCOM-2025-132': ('2025年工作方案', '2025 Work Plan'),
    'CN-SC-2019-11': ('2019年国务院意见', '2019 State Council Opinions'),
    'CN-GOSC-2014-54': ('2014年国办意见', '2014 General Office Opinions'),
    'CN-GOSC-2016-14': ('2016年考核制度指导意见', '2016 assessment guideline'),
    'CN-MOFCOM-2016-192': ('2016年考核评价办法', '2016 assessment method'),
    'CN-GOSC-2017-7': ('2017年开发区意见', '2017 development-zone Opinions'),
    'CN-MOFCOM-2021-EVAL': ('2021年考核评价办法', '2021 assessment method'),
    'CN-MOFCOM-2021-523': ('2021年商务部通知', '2021 MOFCOM circular'),
    'CN-MOFCOM-2022-10DEPT': ('2022年十部门措施', '2022 ten-department measures'),
    'CN-XI-2024-10': ('习近平2024年重要指示', "Xi's 2024 instruction"),
    'CN-HLF-2024-10': ('何立峰：五种角色', "He Lifeng's five roles"),
}

COMPLETENESS = {'complete': 'complete', 'partial': 'partial', 'document-level': 'document-level'}

# Faithful Chinese renderings of the research notes that exist only in English.
ZH = {
    "partial - title, issuer, date, number, 4 areas and the count of 16 verified; the individual 16 measure headings and numbering were NOT retrievable":
        "部分：标题、发文机关、日期、文号、4个方面和16项的数量已核实；16项举措各自的标题和编号未能获取",
    "partial - 5 areas and 22-measure count verified; 14 measure titles (areas 1-3) verified via Xinhua summary; area 4 and 5 only partly identified":
        "部分：5个方面和22项任务的数量已核实；14项任务标题（第一至三方面）据新华社摘要核实；第四、五方面仅部分识别",
    "partial - 6 section headings and 9 measure headings verified; others not retrieved":
        "部分：6个部分标题和9项措施标题已核实；其余未获取",
    "document-level only": "仅有文件层面信息",
    "document-level only; superseded by the 2021 version": "仅有文件层面信息；已被2021年版取代",
    "document-level; 3 of 5 task areas named in retrieved text": "文件层面；所获文本中点明了5个任务方面中的3个",
    "partial - 5 first-level indicators and weights (4 with sub-indicator detail)":
        "部分：5项一级指标及权重（其中4项有二级指标细节）",
    "partial - nine aspects known only from an English summary without URL": "部分：九个方面仅见于一份无网址的英文摘要",
    "partial - 4 areas and 5 of 12 measures named": "部分：点明了4个方面和12项措施中的5项",
    "complete (task list as published by Xinhua/CCTV)": "完整（任务表述以新华社、央视发布为准）",
    "complete (five roles as reported)": "完整（五种角色以报道为准）",
    # date notes
    "Signature date on the notice. Mirror URL path suggests public release on 2025-05-23; State Council executive meeting that studied the measures was held 2025-05-09; SCIO policy briefing 2025-05-27.":
        "通知的落款日期。转载页网址显示公开发布日期为2025年5月23日；研究相关举措的国务院常务会议于2025年5月9日召开；国新办政策例行吹风会于2025年5月27日举行。",
    "Publicly reported as issued 'recently' around 2019-05-28; SCIO policy briefing on 2019-05-29. Exact 成文日期 not verified in retrieved text.":
        "约2019年5月28日见报，称“近日”印发；国新办政策例行吹风会于2019年5月29日举行。所获文本中未能核实确切的成文日期。",
    "成文日期 2014-10-30; 发布日期 2014-11-21 (per newton.com.tw infobox).":
        "成文日期2014年10月30日；发布日期2014年11月21日（据newton.com.tw信息栏）。",
    "成文日期 2016-03-16; 发布日期 2016-04-01 (gov.cn metadata reproduced on mirror).":
        "成文日期2016年3月16日；发布日期2016年4月1日（转载页所录中国政府网元数据）。",
    "Dated 2017-01-19 per jendow; Xinhua/gov.cn release 2017-02-06.":
        "据jendow所载日期为2017年1月19日；新华社、中国政府网于2017年2月6日发布。",
    "Released at a MOFCOM press conference on 2021-11-02 together with the circular below. Document number not found. No 2024 revision could be found; the 2024 assessment round (results early 2025) was run under the existing method.":
        "2021年11月2日商务部新闻发布会上与下述通知一并发布。未找到文号。未找到2024年修订版；2024年度考核（2025年初公布结果）仍按现行办法进行。",
    "Described as issued 'recently' at MOFCOM's regular press conference on 2022-12-29.":
        "商务部2022年12月29日例行新闻发布会称“近日”印发。",
    "Instruction issued 'recently'; made public by Xinhua (Tianjin dateline) on 2024-10-20, when it was conveyed at the 40th-anniversary symposium.":
        "指示于“近日”作出；2024年10月20日在40周年座谈会上传达，并由新华社（天津电）公开发布。",
    "Symposium held in Tianjin on 2024-10-20.": "座谈会于2024年10月20日在天津举行。",
    # number notes
    "medium - single source (English legal-database translation at gdyml.com); not seen on a Chinese government page":
        "中等：仅一个来源（gdyml.com法规库的英文译本）；未见于中国政府网页",
    "medium - cited in a Guizhou provincial policy interpretation (mirror page with some words stripped)":
        "中等：见于贵州省的一份政策解读（转载页，部分文字缺失）",
    # measure verification notes
    "Compiler's grouping of content reported by official briefings/news; the plan's own measure heading and number were not retrievable.":
        "编者根据官方吹风会和新闻报道的内容归纳；方案本身的举措标题和编号未能获取。",
    "Title as listed in Xinhua summary (weixinyidu/sjz.gov.cn); official heading wording and parenthetical number not checked against full text. 'no' = position in Xinhua's 22-item enumeration.":
        "标题依新华社摘要（weixinyidu、sjz.gov.cn）所列；正式标题措辞和括号编号未对照全文核实。编号为新华社22项列举中的位置。",
    "Only source: an English summary in the pages corpus with no URL (quoted in NOTES.md). Chinese titles are back-translations, NOT official wording.":
        "唯一来源：资料库中一份无网址的英文摘要（见NOTES.md引文）。中文标题系据英文回译，并非官方措辞。",
    "Heading inferred from a local-news list of topics (taiyuan.baogaosu.com); section assignment and number not verified.":
        "标题据地方新闻的要点列表（taiyuan.baogaosu.com）推断；所属部分和编号未核实。",
    "Text retrieved from a pages-corpus excerpt with no URL attached (full text of 国办发〔2014〕54号, section 四); headings corroborated by the taiyuan.baogaosu.com topic list.":
        "文本取自资料库中一段无网址的摘录（国办发〔2014〕54号全文第四部分）；标题与taiyuan.baogaosu.com的要点列表相互印证。",
    "From a scrambled mirror of a 2021 news report; weights for 对外开放 and 发展质量 (30% each) stated explicitly; order of indicators is compiler's.":
        "取自一篇2021年新闻报道的错乱转载页；对外开放和发展质量的权重（各30%）有明确表述；指标顺序为编者所排。",
    "5 of 12 measures named by MOFCOM spokesperson; assignment to areas is compiler's inference.":
        "商务部新闻发言人点明了12项措施中的5项；归入哪个方面系编者推断。",
    "Order as in Xinhua/CCTV report. Note: MOFCOM spokesperson (2024-12-12) rephrased role 4 as '争做推动区域开放和区域协调发展的排头兵'.":
        "顺序依新华社、央视报道。注：商务部新闻发言人（2024年12月12日）将第四种角色表述为“争做推动区域开放和区域协调发展的排头兵”。",
    "Task named in MOFCOM briefing summary; wording of plan heading unverified.": "任务见于商务部吹风会摘要；方案标题措辞未核实。",
    "Grouping into 3 follows the semicolons of the Xinhua text; numbering is compiler's.": "分为3项依新华社文本的分号；编号为编者所加。",
    "Task named in MOFCOM briefing summary; content not retrieved.": "任务见于商务部吹风会摘要；具体内容未获取。",
    "Only the topic 'energy' is confirmed; content unknown.": "仅“能源”这一主题得到确认；具体内容不详。",
    "Ministry follow-up statement, not confirmed as one of the 16 measures.": "部委的后续表态，未确认属于16项举措之一。",
    "Named as first item of area 4 in sjz.gov.cn Xinhua text; heading wording unverified.": "sjz.gov.cn所载新华社文本将其列为第四方面的第一项；标题措辞未核实。",
    "Appears after item 15 in Xinhua enumeration; could be part of item 15 - unverified.": "在新华社列举中位于第15项之后；可能属于第15项的一部分，未核实。",
    "Named as first item of area 5 in sjz.gov.cn; number 19 inferred from counts 3+5+6+4.": "sjz.gov.cn将其列为第五方面的第一项；编号19据3+5+6+4的数量推算。",
    "Quoted as a measure of the Opinions with responsible bodies; position within area 5 unknown; assignment to area 5 is an inference.":
        "作为《意见》的一项措施并附责任单位被引用；在第五方面中的位置不详；归入第五方面系推断。",
    "Only source is a German-language mirror of a People's Daily/Xinhua item; treat as lower confidence.":
        "唯一来源是人民日报/新华社一则报道的德文转载；可信度较低。",
}
NUMBER_NOTE_523 = (
    'Known only as "No. 523 [2021]" from an English summary; the Chinese prefix (probably 商资函) is not verified.',
    '仅见于英文摘要中的“No. 523 [2021]”；中文发文字号前缀（可能为商资函）未核实。',
)

TAGS = {  # id: (zh, en) — the fixed vocabulary, in display order
    'opening-up': ('对外开放', 'Opening-up'),
    'foreign-investment': ('利用外资', 'Foreign investment'),
    'trade': ('对外贸易', 'Foreign trade'),
    'investment-promotion': ('招商引资', 'Investment promotion'),
    'international-cooperation': ('国际合作', 'International cooperation'),
    'industry-upgrading': ('产业升级', 'Industrial upgrading'),
    'innovation': ('科技创新', 'Innovation'),
    'digital': ('数字化', 'Digital economy'),
    'green': ('绿色发展', 'Green development'),
    'energy': ('能源', 'Energy'),
    'land': ('土地', 'Land'),
    'talent': ('人才', 'Talent'),
    'finance': ('金融', 'Finance'),
    'fiscal-tax': ('财税', 'Fiscal and tax'),
    'administration': ('管理体制', 'Administration'),
    'business-environment': ('营商环境', 'Business environment'),
    'evaluation': ('考核评价', 'Evaluation'),
    'regional-coordination': ('区域协调', 'Regional coordination'),
}
BODIES = {  # zh name as in the research -> (id, en)
    '商务部': ('mofcom', 'Ministry of Commerce (MOFCOM)'),
    '市场监管总局': ('samr', 'State Administration for Market Regulation'),
    '生态环境部': ('mee', 'Ministry of Ecology and Environment'),
    '国家发展改革委': ('ndrc', 'National Development and Reform Commission'),
    '国家能源局': ('nea', 'National Energy Administration'),
    '地方各级人民政府': ('local-governments', 'Local people\'s governments at all levels'),
}
UNNUMBERED_AREA = {  # (doc, area_en) -> (key, counted in the stated count)
    ('CN-MOFCOM-2025-132', 'Briefing statement (area not verified)'): ('briefing', False),
    ('CN-MOFCOM-2025-132', 'Implementation (probably the closing section; not counted among the 16)'): ('implementation', False),
    ('CN-MOFCOM-2021-EVAL', 'First-level indicators'): ('indicators', True),
    ('CN-MOFCOM-2021-523', 'Nine aspects of work requirements'): ('aspects', True),
    ('CN-XI-2024-10', 'Tasks in the instruction'): ('tasks', True),
    ('CN-HLF-2024-10', 'Five roles'): ('roles', True),
}
TITLE_SUFFIXES = [  # (zh suffix, en suffix, title_note)
    ('（编者概括，部分来自吹风会）', " (compiler's label; partly from briefing)", 'compiler-briefing'),
    ('（编者概括）', " (compiler's label)", 'compiler'),
    ('（中文据英文回译）', '', 'back-translation'),
]


def zh(text):
    if text not in ZH:
        raise SystemExit(f'no Chinese rendering for: {text}')
    return ZH[text]


def write_csv(name, header, rows):
    with open(OUT / name, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)


def main():
    docs = json.load(open(RAW / 'documents.json', encoding='utf-8'))
    measures = json.load(open(RAW / 'measures.json', encoding='utf-8'))
    text = {'zh': {'documents': {}, 'areas': {}, 'measures': {}, 'tags': {}, 'bodies': {}},
            'en': {'documents': {}, 'areas': {}, 'measures': {}, 'tags': {}, 'bodies': {}}}
    OUT.mkdir(parents=True, exist_ok=True)

    doc_rows = []
    for i, d in enumerate(docs):
        areas, count = STATED.get(d['id'], (None, None))
        completeness = d['completeness'].split(' ')[0].rstrip(';')
        if completeness not in COMPLETENESS:
            raise SystemExit(f'completeness {completeness}')
        confidence = 'medium' if d.get('doc_number_confidence', '').startswith('medium') else ''
        number = DOC_NUMBER.get(d['id'], d['doc_number'] or '')
        if d['id'] in DOC_NUMBER:
            confidence = 'low'
        doc_rows.append([d['id'], 'statement' if d['id'] in STATEMENTS else 'document', d['date'], number, confidence,
                         areas or '', count or '', completeness, ' '.join(order_sources(d['source_urls'])), f'documents.json[{i}]'])
        for lng in ('zh', 'en'):
            t = {'title': d[f'title_{lng}'], 'short': SHORT[d['id']][0 if lng == 'zh' else 1],
                 'issuer': d[f'issuer_{lng}'], 'summary': d[f'summary_{lng}']}
            if d.get('date_note'):
                t['dateNote'] = d['date_note'] if lng == 'en' else zh(d['date_note'])
            t['completeness'] = d['completeness'] if lng == 'en' else zh(d['completeness'])
            if d['id'] in DOC_NUMBER:
                t['numberNote'] = NUMBER_NOTE_523[0 if lng == 'en' else 1]
            elif d.get('doc_number_confidence'):
                t['numberNote'] = d['doc_number_confidence'] if lng == 'en' else zh(d['doc_number_confidence'])
            text[lng]['documents'][d['id']] = t
    doc_rows.sort(key=lambda r: r[2])
    write_csv('documents.csv', ['id', 'kind', 'date', 'doc_number', 'number_confidence', 'stated_areas', 'stated_measures',
                                'completeness', 'sources', 'raw'], doc_rows)

    area_rows, area_keys, measure_rows, per_doc = [], {}, [], {}
    for i, m in enumerate(measures):
        doc = m['document_id']
        if m['area_no'] is None or (doc, m['area_en']) in UNNUMBERED_AREA:
            key, counted = UNNUMBERED_AREA[(doc, m['area_en'])]
            number = ''
        else:
            key, counted, number = str(m['area_no']), True, m['area_no']
        if (doc, key) not in area_keys:
            order = sum(1 for k in area_keys if k[0] == doc) + 1
            area_keys[(doc, key)] = True
            area_rows.append([doc, key, number, order, 'yes' if counted else 'no'])
            for lng in ('zh', 'en'):
                text[lng]['areas'].setdefault(doc, {})[key] = m[f'area_{lng}']
        per_doc[doc] = per_doc.get(doc, 0) + 1
        mid = f'{doc}-m{per_doc[doc]:02d}'
        title_zh, title_en, note = m['title_zh'], m['title_en'], ''
        for szh, sen, n in TITLE_SUFFIXES:
            if title_zh.endswith(szh):
                title_zh, note = title_zh[: -len(szh)], n
                if sen:
                    if not title_en.endswith(sen):
                        raise SystemExit(f'en suffix missing: {title_en}')
                    title_en = title_en[: -len(sen)]
                break
        if "compiler's label" in title_en or '编者' in title_zh:
            raise SystemExit(f'unstripped label: {title_en}')
        weight = m.get('weight', '').rstrip('%')
        flag = {True: 'true', False: 'false', 'probable': 'probable'}[m['title_is_official']]
        bodies = [BODIES[b][0] for b in m['bodies']]
        urls = order_sources(([m['source_url']] if m['source_url'] else []) + m.get('additional_sources', []))
        measure_rows.append([mid, doc, key, '' if m['no'] is None else m['no'], per_doc[doc], ' '.join(m['tags']), ' '.join(bodies),
                             urls[0] if urls else '', ' '.join(urls[1:]), flag, note,
                             'yes' if m['numbering_verified'] else 'no', weight, f'measures.json[{i}]'])
        for lng in ('zh', 'en'):
            t = {'title': title_zh if lng == 'zh' else title_en, 'summary': m[f'summary_{lng}']}
            if m.get('verification'):
                t['verification'] = m['verification'] if lng == 'en' else zh(m['verification'])
            if m.get('source_note'):
                t['sourceNote'] = m['source_note'] if lng == 'en' else zh(m['source_note'])
            text[lng]['measures'][mid] = t
    write_csv('areas.csv', ['document', 'key', 'number', 'order', 'counted'], area_rows)
    write_csv('measures.csv', ['id', 'document', 'area', 'number', 'order', 'tags', 'bodies', 'source', 'more_sources',
                               'title_is_official', 'title_note', 'numbering_verified', 'weight', 'raw'], measure_rows)
    write_csv('tags.csv', ['id', 'order'], [[t, i + 1] for i, t in enumerate(TAGS)])
    write_csv('bodies.csv', ['id', 'order'], [[v[0], i + 1] for i, v in enumerate(BODIES.values())])
    for lng in ('zh', 'en'):
        text[lng]['tags'] = {t: v[0 if lng == 'zh' else 1] for t, v in TAGS.items()}
        text[lng]['bodies'] = {v[0]: (k if lng == 'zh' else v[1]) for k, v in BODIES.items()}
        path = LOCALES / lng / 'policies.json'
        path.parent.mkdir(parents=True, exist_ok=True)
        old = json.load(open(path, encoding='utf-8')) if path.exists() else {}
        if 'ui' in old:
            text[lng]['ui'] = old['ui']
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(text[lng], f, ensure_ascii=False, indent=2)
            f.write('\n')


if __name__ == '__main__':
    main()
