/**
 * The only interface texts outside locales/: what the error panel says when the interface texts
 * themselves (locales/<lng>/common.json) could not load. In both languages, since the reader's cannot be
 * told apart from the missing file; the longer explanations are left out then (empty: not shown).
 */
export const FALLBACK_TEXT = {
  loadTitle: '无法加载 · Could not load',
  loadBody: '',
  title: '出错了 · Something went wrong',
  body: '',
  offline: '离线 · Offline',
  details: '详情 · Details',
  retry: '重试 · Try again',
} as const;
