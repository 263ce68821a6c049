import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPolicy } from '../../../src/data/policy/build';
import type { PolicyData } from '../../../src/data/policy/model';
import { POLICY_TABLE_NAMES, POLICY_TABLES, type PolicyTexts } from '../../../src/data/policy/schema';

export const POLICY_DIR = join(__dirname, '../../../src/data/policy');
export const LOCALES_DIR = join(__dirname, '../../../locales');

export function realPolicyTexts(): PolicyTexts {
  return Object.fromEntries(
    POLICY_TABLE_NAMES.map((n) => [n, readFileSync(join(POLICY_DIR, POLICY_TABLES[n].file), 'utf8')]),
  ) as PolicyTexts;
}

export function realPolicy(): PolicyData {
  return buildPolicy(realPolicyTexts());
}

export function policyLocale(lng: 'zh' | 'en'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lng, 'policies.json'), 'utf8')) as Record<string, unknown>;
}

/** A small valid policy set to break one cell at a time. */
export function miniPolicyTexts(overrides: Partial<PolicyTexts> = {}): PolicyTexts {
  return {
    documents: [
      'id,kind,date,doc_number,number_confidence,stated_areas,stated_measures,completeness,sources,raw',
      'DOC-B,document,2025-05-21,商资函〔2025〕132号,medium,2,3,partial,https://example.org/b https://example.org/b2,',
      'DOC-A,statement,2019-05,,,,,complete,https://example.org/a,',
    ].join('\n'),
    areas: [
      'document,key,number,order,counted',
      'DOC-B,1,1,1,yes',
      'DOC-B,2,2,2,yes',
      'DOC-A,roles,,1,yes',
    ].join('\n'),
    measures: [
      'id,document,area,number,order,tags,bodies,source,more_sources,title_is_official,title_note,numbering_verified,weight,raw',
      'DOC-B-m02,DOC-B,2,,2,land,mofcom,https://example.org/m,,false,compiler,no,,',
      'DOC-B-m01,DOC-B,1,,1,trade foreign-investment,,https://example.org/m,,false,compiler,no,,',
      'DOC-A-m01,DOC-A,roles,1,1,trade,,,,true,,yes,30,',
    ].join('\n'),
    tags: ['id,order', 'trade,1', 'foreign-investment,2', 'land,3'].join('\n'),
    bodies: ['id,order', 'mofcom,1'].join('\n'),
    ...overrides,
  };
}

/** Replaces line `line` (1-based, header = 1) of a CSV text. */
export function editLine(text: string, line: number, edit: (row: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join('\n');
}
