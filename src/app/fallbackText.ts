/**
 * The only interface texts outside locales/: what the error panel says when the interface texts
 * themselves (locales/<lng>/common.json) could not load. In both languages, since the reader's cannot be
 * told apart from the missing file.
 */
export const FALLBACK_TEXT = {
  loadTitle: '无法加载 · Could not load',
  loadBody: '网络连接可能中断了，请重试。· The connection may have dropped; try again.',
  title: '出错了 · Something went wrong',
  body: '请重试。· Try again.',
  offline: '设备处于离线状态。· Your device is offline.',
  details: '技术细节 · Technical details',
  retry: '重试 · Try again',
} as const;
