import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, TABLES, type TableName, type TableTexts } from '../../src/data/tables';

export const CSV_DIR = join(__dirname, '../../src/data/csv');

/** The real dataset files as text. */
export function realTexts(): TableTexts {
  return Object.fromEntries(
    TABLE_NAMES.map((n) => [n, readFileSync(join(CSV_DIR, TABLES[n].file), 'utf8')]),
  ) as TableTexts;
}

/** A small, valid dataset to break one cell at a time. */
export function miniTexts(overrides: Partial<Record<TableName, string>> = {}): TableTexts {
  const base: TableTexts = {
    indicators: [
      'id,theme,kind,unit,base,share_of',
      'gdp,size,level,CNY billion,,',
      'gdp_share_national_pct,size,share,%,gdp,national',
      'zone_count,zones,level,count,,',
    ].join('\n'),
    values: [
      'indicator,year,period,region,value,qualifier,unit,series,zone_basis,zone_basis_note,source,quote,note,raw',
      'gdp,2022,FY,national,14000,,CNY billion,assessment,217,,src_a,14万亿元,,',
      'gdp,2022,FY,national,15000,,CNY billion,other,230,,src_b,15万亿元,,',
      'gdp,2024,FY,national,16900,,CNY billion,other,232,,src_b,16.9万亿元,,',
      'gdp_share_national_pct,2023,FY,national,10,≈,%,other,229,,src_a,约10%,,',
    ].join('\n'),
    sources: [
      'id,publisher,title,title_is_published,date,date_approx,url,language,quality,seed,note,raw',
      'src_a,商务部,考核评价结果,yes,2023-12-28,no,https://example.org/a,zh,official,no,,',
      'src_b,Daily,Report,yes,2025-05,no,https://example.org/b,en,press,no,,',
    ].join('\n'),
    zoneCounts: [
      'date_from,date,date_approx,stated,date_label,kind,count,qualifier,scope,scheme,zones,source,quote,note,raw',
      ',2023-06,no,,2023-06,stock,230,,national,unstated,,src_a,230家,,',
      ',2024-10,no,,2024-10,stock,229,,national,unstated,,src_b,229 zones,,',
      ',2024-12,no,,2024-12,stock,233,,national,unstated,,src_b,233家,,',
      ',2025-03,no,,2025-03,stock,232,,national,unstated,,src_b,232 zones,,',
    ].join('\n'),
    zones: [
      'id,province,approval_date,approval_date_approx,batch,status,exit_date,name_en_basis,source,quote,note,raw',
      'dalian,liaoning,1984-09-25,no,first,active,,conventional,src_a,,,',
    ].join('\n'),
    zoneStatements: [
      'zone,kind,date,date_approx,source,quote,note,raw',
      'dalian,approval,1984-09,no,src_b,1984年9月,,',
    ].join('\n'),
    batches: ['id,date_from,date_to,source', 'first,1984,1988,src_a'].join('\n'),
    provinces: ['id,region,row,col', 'liaoning,northeast,1,6'].join('\n'),
    provinceCounts: [
      'province,as_of,date_approx,date_label,count,scope_note,source,quote,raw',
      'liaoning,2018-03,no,2018-03,9,,src_a,9家,',
    ].join('\n'),
    rankings: [
      'assessment_year,data_year,ranking,rank,rank_region,region_rank,zone,zone_name_zh,province,source,note,raw',
      '2024,2023,comprehensive,1,,,,苏州工业园区,,src_a,,',
    ].join('\n'),
    assessments: [
      'year,data_year,method,rules,rules_basis,zones_assessed,source,note',
      '2024,2023,comprehensive,,unknown,229,src_a,',
    ].join('\n'),
    conflicts: [
      'scope,key,explain,note',
      'values,gdp|2022|FY|national,different-series,',
      'zone-counts,stock|2024,unknown,',
    ].join('\n'),
    seedClaims: [
      'indicator,value,qualifier,unit,source,quote,note,raw',
      'gdp,11600,,CNY billion,src_b,11.6 trillion,,',
    ].join('\n'),
    exclusions: ['raw,reason', 'sources.csv:79,duplicate'].join('\n'),
  };
  return { ...base, ...overrides };
}

/** Replaces one line (1-based, header is line 1) of a CSV text. */
export function withLine(text: string, line: number, replace: (row: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = replace(lines[line - 1] ?? '');
  return lines.join('\n');
}

export function appendLine(text: string, row: string): string {
  return `${text}\n${row}`;
}
