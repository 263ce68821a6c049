#!/usr/bin/env python3
"""The one-time import (2026-11) of the research snapshot in src/data/raw into the clean dataset.

A historical record of how every clean row was derived; it is not part of the product and does not
run against the live files. The CSV files in src/data/csv and the texts in locales/ are edited by hand
(and by translators) since; this script writes only to an empty directory outside the repository, to
compare with them. Every clean row keeps `raw` (file:line in the snapshot); rows not imported are
listed with a reason in exclusions.csv.
Run: python3 src/data/raw/importer/import.py /tmp/etdz-import
"""
import csv, json, os, re, sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE.parent
sys.path.insert(0, str(HERE))
from sources_curation import CURATION
from catalog import CATALOG
from notes import NOTES
from scratch import scratch_dir

SCRATCH = scratch_dir()
OUT = SCRATCH / 'csv'
LOCALES = SCRATCH / 'locales'

NOTE_TEXT = {}
for _group, _key, _en, _zh in (l.split(' | ') for l in NOTES.strip().splitlines()):
    NOTE_TEXT.setdefault(_group, {})[_key] = {'en': _en.strip(), 'zh': _zh.strip()}

def check_notes(group, keys):
    for k in keys:
        if k not in NOTE_TEXT[group]:
            raise SystemExit(f'note key {group}.{k} missing from notes.py')

def read(name):
    with open(RAW / name, newline='', encoding='utf-8') as f:
        return [(i + 2, row) for i, row in enumerate(csv.DictReader(f))]

def write(name, columns, rows):
    with open(OUT / name, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(columns)
        for r in rows:
            w.writerow(['' if r.get(c) is None else str(r.get(c)) for c in columns])

def table(text):
    return [[c.strip() for c in line.split('|')] for line in text.strip().splitlines() if line.strip() and not line.startswith('#')]

exclusions = []
def exclude(ref, reason):
    exclusions.append({'raw': ref, 'reason': reason})

# ---------------------------------------------------------------- sources
raw_sources = read('sources.csv')
curation = {r[0]: r for r in table(CURATION)}
url_to_id, title_to_id, sources = {}, {}, []
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?')
def clean_date(text):
    """(date, approx): the most precise date the text states; 'c.' marks it approximate; ranges stay undated."""
    t = text.strip()
    m = re.match(r'^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])', t)
    if m and not t.startswith('c.'):
        return m.group(1), 'no'
    m = re.match(r'^(?:c\.|unknown \(c\.)(\d{4}(?:-\d{2})?)(?![\d-])', t)
    if m:
        return m.group(1), 'yes'
    return '', 'no'

for line, s in raw_sources:
    sid = s['source_key']
    if s['url'] and s['url'] in url_to_id:
        exclude(f'sources.csv:{line}', f'same address and title as source "{url_to_id[s["url"]]}"; figures citing it are attributed there')
        continue
    c = curation[sid]
    date, approx = clean_date(s['date'])
    note_keys = c[5].split()
    check_notes('source', note_keys)
    sources.append({'id': sid, 'publisher': c[1], 'title': c[2], 'date': date, 'date_approx': approx,
                    'url': s['url'], 'language': c[4], 'quality': c[3], 'seed': 'yes' if sid.startswith('seed') else 'no',
                    'note': ' '.join(note_keys), 'raw': f'sources.csv:{line}'})
    if s['url']:
        url_to_id[s['url']] = sid
    title_to_id[s['title']] = sid
# The two seed articles the research did not key (their figures are background claims, not dated series).
sources.append({'id': 'seed000', 'publisher': 'unknown (commentary)', 'title': '国家级经济技术开发区40周年评论（中文原文及英文译文）',
                'date': '2024-10', 'date_approx': 'no', 'url': '', 'language': 'zh', 'quality': 'low', 'seed': 'yes',
                'note': 'seed000', 'raw': ''})
sources.append({'id': 'seed001', 'publisher': 'Xinhua', 'title': "Xi Jinping's instruction on the national ETDZs; the Tianjin symposium",
                'date': '2024-10-20', 'date_approx': 'no', 'url': '', 'language': 'zh', 'quality': 'press', 'seed': 'yes',
                'note': 'seed', 'raw': ''})
source_ids = {s['id'] for s in sources}

def source_of(row):
    if row['source_url']:
        return url_to_id[row['source_url']]
    return title_to_id[row['source_title']]

# ---------------------------------------------------------------- indicators catalogue
catalog = table(CATALOG)
indicator_units = {}
indicators_out, names = [], {'zh': {}, 'en': {}}
for c in catalog:
    iid, theme, kind, unit, base, share_of, nzh, nen, dzh, den = c
    indicators_out.append({'id': iid, 'theme': theme, 'kind': kind, 'unit': unit, 'base': base, 'share_of': share_of})
    indicator_units[iid] = unit
    names['zh'][iid] = {'name': nzh, 'definition': dzh}
    names['en'][iid] = {'name': nen, 'definition': den}

# ---------------------------------------------------------------- values
SERIES = {}
# cnfocus2024 is a magazine feature that retells (and rounds) the 2023 figures: series 'other'.
for sid in 'h2004 de2004h1 r2006 y2017 choice2018 hunan2023 q2010 q2019'.split():
    SERIES[sid] = 'statistics'
for sid in ('a2018 zqcn2019 zaobao2020 a2020 a2020b ce2021 jcipo2021 top10news2021 a2021 fensi2022 x2022 en2022 a2022 '
            'cn2023assess shine2023 kbsn2023 en2023assess a2024 jschina2018 x2011').split():
    SERIES[sid] = 'assessment'

def split_value(v):
    v = v.strip()
    q = ''
    if v[0] in '<>~':
        q = {'<': '<', '>': '>', '~': '≈'}[v[0]]
        v = v[1:].strip()
    return q, v

UNIT_MAP = {
    '%': ('%', ''), 'CNY billion': ('CNY billion', ''), 'USD billion': ('USD billion', ''), 'count': ('count', ''),
    'count (year-end stock)': ('count', 'year-end-stock'), "count (stock, 'aktuell')": ('count', 'stock-current'),
    'fraction (as stated in source)': ('fraction', ''), 'fraction': ('fraction', ''),
    "fraction (as stated: 'approaching a quarter')": ('fraction', 'stated-quarter'),
    '% (nominal)': ('%', 'nominal'), '% (as stated; rounded)': ('%', 'rounded'),
    'percentage points': ('pp', ''), 'km2': ('km2', ''), '% per year': ('%', 'avg-per-year'), '‰': ('‰', ''),
}

def period_of(p, year):
    if p in ('FY', 'H1', 'Q1-Q3', 'Jan-May') or p.startswith('asof-'):
        return p, ''
    if p.startswith('H1 (as stated'):
        return 'H1', 'h1-2005-mislabelled'
    if p.startswith('FY ('):
        return 'FY', {'2017 assessment': 'assessment-2017', '2019 assessment': 'assessment-2019', 'evaluation': 'evaluation'}[p[4:-1]]
    if p.startswith('2006-2010'):
        return 'span-2006-2010', 'fyp11'
    raise ValueError(p)

BASIS_KEYS = {
    '': '', '2024 count': 'count-2024', '3-region split': 'three-region', '4-region split': 'four-region',
    '49 + 5': 'etdz49-policy5', '49 + 5 policy zones': 'etdz49-policy5', '49 ETDZ + 5 zones enjoying ETDZ policy': 'etdz49-policy5',
    'count at time of statement': 'count-at-statement', 'count cited "today", 2018': 'count-today-2018', 'evaluated': 'evaluated',
    'excl. 34 upgraded in 2010': 'excl-2010-upgrades', 'not stated': 'not-stated', 'of 218': 'of-218', 'of 219': 'of-219',
    'original zones; text: 原有56个国家级开发区(如无说明,下同)': 'original-56', 'top-30 list of 219 assessed': 'top30-of-219',
}

def basis_of(b):
    m = re.match(r'^(\d+)\s*(.*)$', b.strip())
    if not m:
        return '', BASIS_KEYS[b.strip()]
    rest = m.group(2).strip()
    if rest.startswith('(') and rest.endswith(')'):
        rest = rest[1:-1]
    return m.group(1), BASIS_KEYS[rest]

values = []
for line, r in read('indicators.csv'):
    ref = f'indicators.csv:{line}'
    iid = r['indicator_id']
    q, v = split_value(r['value'])
    unit_raw = r['unit']
    notes = []
    if iid == 'trade_total_usd_approx':
        iid = 'trade_total_usd_converted'
        q = q or '≈'
        notes.append('converted-usd')
    if unit_raw == 'text (as stated)':
        m = re.fullmatch(r'([<>~]?)\s*([\d.]+)\s*(percent|%|per mille)', r['value'].strip())
        q = {'<': '<', '>': '>', '~': '≈', '': ''}[m.group(1)]
        num, kind = m.group(2), m.group(3)
        v = num if kind == 'per mille' else str(Decimal(num) * 10).rstrip('0').rstrip('.')
        notes.append({'0.3 percent': 'stated-0.3-percent', '3 per mille': 'stated-3-permille', '<0.3%': 'stated-lt-0.3-percent',
                      '<4 per mille': 'stated-lt-4-permille'}[r['value'].strip()])
        unit = '‰'
    else:
        unit, unit_note = UNIT_MAP[unit_raw]
        if unit_note:
            notes.append(unit_note)
    if iid in ('land_area_share_national', 'land_share_national_permille'):
        iid = 'land_share_national'
    if iid not in indicator_units:
        raise SystemExit(f'{ref}: indicator {iid} not in catalogue')
    period, pnote = period_of(r['period'], r['year'])
    if pnote:
        notes.append(pnote)
    basis, basis_note = basis_of(r['zone_count_basis'])
    sid = source_of(r)
    series = SERIES.get(sid, 'other')
    if sid == 'vzkoo2024':
        notes.append('probably-statistics')
    check_notes('value', notes)
    if basis_note:
        check_notes('basis', [basis_note])
    values.append({'indicator': iid, 'year': r['year'], 'period': period, 'region': r['region'], 'value': v,
                   'qualifier': q, 'unit': unit, 'series': series, 'zone_basis': basis, 'zone_basis_note': basis_note,
                   'source': sid, 'quote': ' '.join(r['source_quote'].split()), 'note': ' '.join(notes), 'raw': ref})

# ---------------------------------------------------------------- zone counts
# line: date_from | date | approx | kind | count | qualifier | scope | scheme | extra note
ZC = r"""
2 | 1984 | 1988 | no | batch | 14 |  | national | unstated | first-batch
3 |  | 1988 | no | stock | 14 |  | national | unstated | 
4 | 1984 | 1986 | no | batch | 14 |  | national | unstated | conflict-1984-1986
5 |  | 1993-11 | no | stock | 32 |  | national | unstated | 
6 | 1992 | 1993 | no | batch | 18 |  | national | unstated | second-batch
7 |  |  | no | stock | 32 |  | national | unstated | undated-1990s
8 |  | 2000-09 | no | stock | 43 |  | national | unstated | 
9 |  | 2000-09 | no | stock | 16 |  | central_west | coastal | 
10 | 2004-01 | 2004-06 | no | stock | 49 |  | national | coastal | 
11 | 2004-01 | 2004-06 | no | stock | 33 |  | east | coastal | coastal-east
12 | 2004-01 | 2004-06 | no | stock | 16 |  | central_west | coastal | 
13 | 2004-01 | 2004-06 | no | stock | 5 |  | policy5 | unstated | 
14 | 2004 | 2008 | yes | stock | 49 |  | national | unstated | undated-2004-2008
15 |  | 2007-06 | no | stock | 54 |  | national | unstated | incl-policy5
16 |  | 2006 | no | stock | 54 |  | national | three | incl-policy5
17 |  | 2006 | no | stock | 32 |  | east | three | 
18 |  | 2006 | no | stock | 9 |  | central | three | 
19 |  | 2006 | no | stock | 13 |  | west | three | 
20 | 2010-01 | 2010-09 | no | covered | 56 |  | national | unstated | stats-56-older
21 |  | 2010 | no | covered | 90 |  | national | unstated | evaluation-2010
22 |  | 2011-09-21 | no | stock | 128 |  | national | unstated | 
23 |  | 2012 | no | stock | 171 |  | national | unstated | 
24 |  | 2013 | no | stock | 210 |  | national | unstated | 
25 |  | 2014-06 | no | stock | 200 | > | national | unstated | 
26 |  | 2014-07 | no | stock | 215 |  | national | unstated | 
27 |  | 2015-09 | no | stock | 219 |  | national | unstated | 
28 |  | 2017 | no | stock | 219 |  | national | unstated | 
29 |  | 2018-03 | no | stock | 219 |  | national | unstated | catalogue-2018
30 |  | 2019-05-29 | no | stock | 219 |  | national | unstated | 
31 |  | 2020-01-17 | no | covered | 219 |  | national | unstated | ranked-2020
32 |  | 2020-01-17 | no | exit | 1 |  | national | unstated | exit-jiuquan
33 |  | 2021-01-27 | no | covered | 218 |  | national | unstated | covered-2021
34 |  | 2021-01-27 | no | exit | 1 |  | national | unstated | exit-shizuishan
35 |  | 2021-06 | no | stock | 230 |  | national | unstated | 
36 |  | 2021-11-02 | no | stock | 230 |  | national | unstated | active-after-exits
37 |  | 2021 | no | stock | 232 |  | national | unstated | conflict-232-2021
38 |  | 2023-06-27 | no | stock | 230 |  | national | unstated | 
39 |  | 2023-12-28 | no | covered | 230 |  | national | unstated | covered-2022-data
40 |  | 2024-06-18 | no | stock | 229 |  | national | four | stats-release-2023
41 |  | 2024-06-18 | no | stock | 103 |  | east | four | 
42 |  | 2024-06-18 | no | stock | 55 |  | central | four | 
43 |  | 2024-10 | no | batch | 4 |  | national | unstated | new-total-not-stated
44 |  | 2025-01-03 | no | covered | 229 |  | national | unstated | covered-2023-data
45 |  | 2024 | no | stock | 232 |  | national | unstated | stated-2025-05-27
46 |  | 2025 | no | stock | 232 |  | national | unstated | 
47 |  | 2022 | no | covered | 107 |  | east | unstated | east-of-217
48 |  | 2023-06-28 | no | stock | 112 |  | east | three | three-region
49 |  | 2023-06-28 | no | stock | 68 |  | central | three | 
50 |  | 2023-06-28 | no | stock | 50 |  | west | three | 
51 |  | 2010 | no | covered | 21 |  | central | unstated | of-90-evaluated
52 |  | 2010 | no | covered | 22 |  | west | unstated | of-90-evaluated
53 |  | 2024 | no | stock | 232 |  | national | unstated | stated-2025-07-16
54 | 1994 | 1999 | yes | stock | 32 |  | national | unstated | undated-1994-1999
55 |  | 2000 | no | batch | 7 |  | national | unstated | central-west-2000
56 | 2002 | 2003 | yes | stock | 49 |  | national | coastal | undated-2002-2003
57 | 2002 | 2003 | yes | stock | 29 |  | east | coastal | conflict-east-29
58 | 2002 | 2003 | yes | stock | 20 |  | central_west | coastal | conflict-central-west-20
59 |  | 2005 | yes | stock | 49 |  | national | unstated | plus-policy5
60 |  | 2004-12 | no | stock | 54 |  | national | unstated | incl-policy5
61 |  | 2004-12 | no | stock | 33 |  | early33 | unstated | early-established
62 |  | 2004-12 | no | stock | 5 |  | policy5 | unstated | 
63 |  | 2006 | no | stock | 56 |  | national | unstated | start-fyp11
64 |  | 2010-11-11 | no | stock | 90 |  | national | unstated | upgrades-2010-11-11
65 |  | 2009-12 | no | batch | 2 |  | national | unstated | garbled-date
66 | 2010-03 | 2010-04 | no | batch | 13 |  | national | unstated | spring-2010
67 |  | 2010-03 | no | batch | 34 |  | national | unstated | conflict-34-2010
68 |  | 2010-11-11 | no | batch | 17 |  | national | unstated | 
69 |  | 2010-12 | no | batch | 9 |  | national | unstated | truncated-list
70 |  | 2012-12 | no | stock | 171 |  | national | unstated | 
71 |  | 2013-01 | no | establishment |  |  | national | unstated | caofeidian
72 |  | 2015-09 | no | stock | 219 |  | national | unstated | 
73 |  | 2021-06 | no | batch | 13 |  | national | unstated | batch-2021
74 |  | 2021-06 | no | batch | 13 |  | national | unstated | low-quality-host
75 |  | 2021-06 | no | stock | 230 |  | national | unstated | low-quality-host
76 |  | 2021-11-02 | no | cumulative | 232 |  | national | unstated | cumulative-232
77 |  | 2021-12 | no | stock | 230 |  | national | unstated | 
78 |  | 2022 | no | covered | 47 |  | west | unstated | west-of-217
79 |  | 2022-12 | no | stock | 230 |  | national | unstated | 
80 |  | 2023 | no | stock | 229 |  | national | four | anniversary-text
81 |  | 2023 | no | stock | 103 |  | east | four | 
82 |  | 2023 | no | stock | 55 |  | central | four | 
83 |  | 2023 | no | stock | 50 |  | west | four | 
84 |  | 2023 | no | stock | 21 |  | northeast | four | 
85 |  | 2023 | no | stock | 229 |  | national | unstated | cdza
86 |  | 2024-10-27 | no | batch | 4 |  | national | unstated | approved-2024-10-27
87 |  | 2024 | no | stock | 232 |  | national | unstated | 
88 |  | 2025-03-17 | no | stock | 232 |  | national | unstated | 
89 |  | 2024-10 | no | stock | 229 |  | national | unstated | mofcom-via-china-daily
90 |  | 2024-12 | no | stock | 232 |  | national | unstated | end-2024
91 |  | 2024-12 | no | stock | 233 |  | national | unstated | conflict-233
92 |  | 1984 | no | batch | 14 |  | national | unstated | first-batch-1984
"""
zc_map = {int(r[0]): r[1:] for r in table(ZC)}
zone_counts = []
for line, r in read('zone_counts.csv'):
    m = zc_map[line]
    date_from, date, approx, kind, count, qual, scope, scheme, extra = m
    raw_count = r['count'].strip()
    if kind in ('stock', 'covered', 'cumulative') and not raw_count.lstrip('>').split(' ')[0] == count:
        raise SystemExit(f'zone_counts.csv:{line}: count {raw_count} vs {count}')
    notes = [extra] if extra else []
    check_notes('zoneCount', notes)
    zone_counts.append({'date_from': date_from, 'date': date, 'date_approx': approx, 'date_label': r['date_or_year'],
                        'kind': kind, 'count': count, 'qualifier': qual, 'scope': scope, 'scheme': scheme,
                        'source': source_of(r), 'quote': ' '.join(r['source_quote'].split()), 'note': ' '.join(notes),
                        'raw': f'zone_counts.csv:{line}'})

# ---------------------------------------------------------------- provinces
PROVINCES = r"""
beijing | east | 北京 | Beijing
tianjin | east | 天津 | Tianjin
hebei | east | 河北 | Hebei
shanxi | central | 山西 | Shanxi
inner_mongolia | west | 内蒙古 | Inner Mongolia
liaoning | northeast | 辽宁 | Liaoning
jilin | northeast | 吉林 | Jilin
heilongjiang | northeast | 黑龙江 | Heilongjiang
shanghai | east | 上海 | Shanghai
jiangsu | east | 江苏 | Jiangsu
zhejiang | east | 浙江 | Zhejiang
anhui | central | 安徽 | Anhui
fujian | east | 福建 | Fujian
jiangxi | central | 江西 | Jiangxi
shandong | east | 山东 | Shandong
henan | central | 河南 | Henan
hubei | central | 湖北 | Hubei
hunan | central | 湖南 | Hunan
guangdong | east | 广东 | Guangdong
guangxi | west | 广西 | Guangxi
hainan | east | 海南 | Hainan
chongqing | west | 重庆 | Chongqing
sichuan | west | 四川 | Sichuan
guizhou | west | 贵州 | Guizhou
yunnan | west | 云南 | Yunnan
tibet | west | 西藏 | Tibet
shaanxi | west | 陕西 | Shaanxi
gansu | west | 甘肃 | Gansu
qinghai | west | 青海 | Qinghai
ningxia | west | 宁夏 | Ningxia
xinjiang | west | 新疆 | Xinjiang
"""
provinces = table(PROVINCES)
prov_by_zh = {p[2]: p[0] for p in provinces}
province_names = {'zh': {p[0]: p[2] for p in provinces}, 'en': {p[0]: p[3] for p in provinces}}

# ---------------------------------------------------------------- batches and zones
BATCHES = r"""
first | 1984 | 1988 | cn2004list | 第一批（1984—1988年） | First batch (1984–1988) | 1st batch (1984-1988)
second | 1992 | 1993 | cn2004list | 第二批（1992—1993年） | Second batch (1992–1993) | 2nd batch (1992-1993)
third | 2000 | 2002 | cn2004list | 第三批（2000—2002年） | Third group (2000–2002) | 3rd group (2000-2002)
policy5 | | | h2004 | 享受国家级经开区政策的园区 | Zones with ETDZ policies | policy zone (ETDZ-equivalent)
upgrade_2009_2013 | 2009 | 2013 | x2011 | 2009—2013年升级 | 2009–2013 upgrades | 2009-2013 upgrade wave
spring_2010 | 2010-03 | 2010-04 | jc2010 | 2010年春季批次（13家） | Spring 2010 batch (13 zones) | 2010 spring batch (13 zones)
nov_2010 | 2010-11-11 | 2010-11-11 | hn2010 | 2010年11月11日批次（17家） | 11 November 2010 batch (17 zones) | 2010-11-11 batch (17 zones)
upgrade_2021 | 2021-06 | 2021-06 | zjk2021 | 2021年升级（13家） | 2021 upgrades (13 zones) | 2021 upgrades (13 zones, 国办函〔2021〕64号)
upgrade_2024 | 2024-10-27 | 2024-10-27 | gov2024 | 2024年升级（4家） | 2024 upgrades (4 zones) | 2024 upgrades
"""
batches = table(BATCHES)
batch_by_raw = {b[6]: b[0] for b in batches}
batch_by_raw['2009-2013 upgrade wave (new establishment)'] = 'upgrade_2009_2013'
batch_names = {'zh': {b[0]: b[4] for b in batches}, 'en': {b[0]: b[5] for b in batches}}

def zone_slug(en):
    s = re.sub(r'\(.*?\)', '', en)
    s = re.sub(r"Economic(?: and|-| &)? ?Technological Development (Zone|Area)|ETDZ", '', s)
    s = s.replace("'", '').strip().lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')

zones, zone_names, zone_by_zh = [], {'zh': {}, 'en': {}}, {}
raw_zones = read('zones.csv')
superseded = {17: 122}
for line, r in raw_zones:
    if line in superseded:
        exclude(f'zones.csv:{line}', f'superseded by zones.csv:{superseded[line]}, which repeats this zone and adds its approval year (1993); batch membership per cn2004list')
        continue
    zid = zone_slug(r['name_en'])
    if zid in zone_names['en']:
        raise SystemExit(f'duplicate zone id {zid}')
    date = r['approval_date'] or r['approval_year']
    notes = []
    if date == '2010-03/04':
        date = '2010-04'
        notes.append('approved March or April 2010')
    status, exit_date = 'active', ''
    if r['status'].startswith('exited'):
        status, exit_date = 'exited', r['status'].split()[1]
    basis = 'conventional' if r['name_en_basis'].startswith('conventional') else 'source'
    m = re.search(r'\("(.+)"\)', r['name_en_basis'])
    if m:
        notes.append(f'source spells it "{m.group(1)}"')
    if r['notes']:
        notes.append(r['notes'])
    batch = batch_by_raw.get(r['batch'], '') if r['batch'] else ''
    if r['batch'] and not batch:
        raise SystemExit(f'unknown batch {r["batch"]}')
    if 'new establishment' in r['batch']:
        notes.append('set up new rather than upgraded')
    zones.append({'id': zid, 'province': prov_by_zh[r['province']], 'approval_date': date, 'batch': batch,
                  'status': status, 'exit_date': exit_date, 'name_en_basis': basis, 'source': url_to_id[r['source_url']],
                  'note': '; '.join(notes), 'raw': f'zones.csv:{line}'})
    zone_names['zh'][zid] = r['name_zh']
    zone_names['en'][zid] = r['name_en']
    zone_by_zh[r['name_zh']] = zid

# ---------------------------------------------------------------- province counts
PC_DATES = {
    'c.2002-2009 (undated)': ('2009', 'yes'), '2010-04-02': ('2010-04-02', 'no'), 'c.2011-09': ('2011-09', 'yes'),
    '2013-01': ('2013-01', 'no'), '2015-09': ('2015-09', 'no'), '2017-12 (Shandong 2016 provincial evaluation)': ('2017-12', 'no'),
    '2018-03 (2018 Catalogue)': ('2018-03', 'no'), '2019': ('2019', 'no'), '2021-01 (2020 assessment)': ('2021-01', 'no'),
    '2021-06': ('2021-06', 'no'), '2022-01-11': ('2022-01-11', 'no'), '2022-10-12': ('2022-10-12', 'no'),
    '2023-01 (2022 assessment)': ('2023-01', 'no'), '2023-02': ('2023-02', 'no'), '2025-03': ('2025-03', 'no'),
}
province_counts = []
for line, r in read('province_counts.csv'):
    as_of, approx = PC_DATES[r['as_of_date']]
    m = re.search(r'\((.*)\)', r['province_en'])
    province_counts.append({'province': prov_by_zh[r['province_zh']], 'as_of': as_of, 'date_approx': approx,
                            'date_label': r['as_of_date'], 'count': r['count'], 'scope_note': m.group(1) if m else '',
                            'source': url_to_id[r['source_url']], 'quote': ' '.join(r['source_quote'].split()),
                            'raw': f'province_counts.csv:{line}'})

# ---------------------------------------------------------------- rankings
RANKING_IDS = {
    'investment_environment_overall (old method; 90 zones)': 'investment_environment_overall',
    'investment_environment_central (21 zones)': 'investment_environment_central',
    'investment_environment_west (22 zones)': 'investment_environment_west',
    'investment_environment_newly_upgraded (36 zones)': 'investment_environment_newly_upgraded',
}
rankings = []
for line, r in read('rankings.csv'):
    rid = RANKING_IDS.get(r['ranking_type'], r['ranking_type'])
    rankings.append({'assessment_year': r['assessment_year'], 'data_year': r['data_year'], 'ranking': rid, 'rank': r['rank'],
                     'zone': zone_by_zh.get(r['zone_name_zh'], ''), 'zone_name_zh': r['zone_name_zh'],
                     'province': prov_by_zh.get(r['province'], ''), 'source': url_to_id[r['source_url']],
                     'note': r['notes'], 'raw': f'rankings.csv:{line}'})

# ---------------------------------------------------------------- seed claims
# Figures of the English rendering of seed 000: undated and matching no dated release, so they
# are kept apart from the time series as claims (research README, last section).
CLAIMS = r'''
zone_count | 219 | | count | from the initial one to the current 219
gdp | 11600 | | CNY billion | a regional GDP of 11.6 trillion yuan
fiscal_revenue | 1700 | | CNY billion | a fiscal revenue of 1.7 trillion yuan
tax_revenue | 1600 | | CNY billion | a tax revenue of 1.6 trillion yuan
gdp_share_national_pct | 12 | | % | contributing 12% of the national GDP and fiscal revenue
fiscal_revenue_share_national_pct | 12 | | % | contributing 12% of the national GDP and fiscal revenue
incubators_makerspaces_national_level | 1500 | > | count | over 1,500 national-level incubators and maker spaces
rd_institutions_provincial_plus | 27000 | > | count | more than 27,000 provincial-level and above R&D institutions
high_tech_enterprises | 15000 | > | count | over 15,000 high-tech enterprises
'''
claims = [{'indicator': c[0], 'value': c[1], 'qualifier': c[2], 'unit': c[3], 'source': 'seed000', 'quote': c[4]}
          for c in table(CLAIMS)]

# ---------------------------------------------------------------- write
OUT.mkdir(parents=True, exist_ok=True)
write('sources.csv', ['id', 'publisher', 'title', 'date', 'date_approx', 'url', 'language', 'quality', 'seed', 'note', 'raw'], sources)
write('indicators.csv', ['id', 'theme', 'kind', 'unit', 'base', 'share_of'], indicators_out)
write('values.csv', ['indicator', 'year', 'period', 'region', 'value', 'qualifier', 'unit', 'series', 'zone_basis',
                     'zone_basis_note', 'source', 'quote', 'note', 'raw'], values)
write('zone-counts.csv', ['date_from', 'date', 'date_approx', 'date_label', 'kind', 'count', 'qualifier', 'scope', 'scheme',
                          'source', 'quote', 'note', 'raw'], zone_counts)
write('provinces.csv', ['id', 'region'], [{'id': p[0], 'region': p[1]} for p in provinces])
write('batches.csv', ['id', 'date_from', 'date_to', 'source'], [{'id': b[0], 'date_from': b[1], 'date_to': b[2], 'source': b[3]} for b in batches])
write('zones.csv', ['id', 'province', 'approval_date', 'batch', 'status', 'exit_date', 'name_en_basis', 'source', 'note', 'raw'], zones)
write('province-counts.csv', ['province', 'as_of', 'date_approx', 'date_label', 'count', 'scope_note', 'source', 'quote', 'raw'], province_counts)
write('rankings.csv', ['assessment_year', 'data_year', 'ranking', 'rank', 'zone', 'zone_name_zh', 'province', 'source', 'note', 'raw'], rankings)
write('seed-claims.csv', ['indicator', 'value', 'qualifier', 'unit', 'source', 'quote'], claims)
write('exclusions.csv', ['raw', 'reason'], exclusions)

def merge_locale(lng, ns, data):
    path = LOCALES / lng / f'{ns}.json'
    path.parent.mkdir(parents=True, exist_ok=True)
    current = json.loads(path.read_text('utf-8')) if path.exists() else {}
    current.update(data)
    path.write_text(json.dumps(current, ensure_ascii=False, indent=2) + '\n', 'utf-8')

for lng in ('zh', 'en'):
    merge_locale(lng, 'indicators', names[lng])
    merge_locale(lng, 'notes', {g: {k: v[lng] for k, v in keys.items()} for g, keys in NOTE_TEXT.items()})
    merge_locale(lng, 'zones', {'name': zone_names[lng], 'batch': batch_names[lng]})
    merge_locale(lng, 'regions', {'province': province_names[lng]})
print(f'sources {len(sources)}, indicators {len(indicators_out)}, values {len(values)}, zone counts {len(zone_counts)}, '
      f'zones {len(zones)}, province counts {len(province_counts)}, rankings {len(rankings)}, exclusions {len(exclusions)}')
