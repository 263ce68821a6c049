import { sendCommand, type CommandId } from '../../state/commands';
import { VIEWS, type ViewId } from '../../state/views';
import type { Action, ActionContext } from './types';

const presenting = (ctx: ActionContext) => ctx.state.present !== null;
const notPresenting = (ctx: ActionContext) => ctx.state.present === null;
const slide = (ctx: ActionContext) => ctx.state.present ?? 0;

/**
 * Every user action with a button, a shortcut or a line in help, declared once. The toolbar, the
 * presentation bar, the keyboard handler, the chart frames' buttons and the help dialog are all
 * generated from this list.
 */
export const ACTIONS: readonly Action[] = [
  {
    id: 'present.start',
    labelKey: 'actions.present.start',
    keys: ['p'],
    placement: ['toolbar'],
    whenKey: 'help.when.browsing',
    available: notPresenting,
    run: (ctx) => {
      ctx.state.startPresenting(0);
      ctx.requestFullscreen();
    },
  },
  {
    id: 'deck.edit',
    labelKey: 'actions.deck',
    keys: ['d'],
    placement: ['toolbar', 'presentation'],
    whenKey: 'help.when.always',
    available: () => true,
    run: (ctx) => ctx.openDeck(),
  },
  {
    id: 'present.previous',
    labelKey: 'actions.present.previous',
    keys: ['ArrowLeft', 'PageUp'],
    placement: ['presentation'],
    whenKey: 'help.when.presenting',
    available: presenting,
    run: (ctx) => ctx.state.goToSlide(slide(ctx) - 1),
  },
  {
    id: 'present.next',
    labelKey: 'actions.present.next',
    keys: ['ArrowRight', 'PageDown', ' '],
    placement: ['presentation'],
    whenKey: 'help.when.presenting',
    available: presenting,
    run: (ctx) => ctx.state.goToSlide(slide(ctx) + 1),
  },
  {
    id: 'present.first',
    labelKey: 'actions.present.first',
    keys: ['Home'],
    placement: [],
    whenKey: 'help.when.presenting',
    available: presenting,
    run: (ctx) => ctx.state.goToSlide(0),
  },
  {
    id: 'present.last',
    labelKey: 'actions.present.last',
    keys: ['End'],
    placement: [],
    whenKey: 'help.when.presenting',
    available: presenting,
    run: (ctx) => ctx.state.goToSlide(ctx.state.deck.length - 1),
  },
  {
    id: 'present.contrast',
    labelKey: 'actions.present.contrast',
    keys: ['c'],
    placement: ['presentation'],
    whenKey: 'help.when.always',
    available: () => true,
    run: (ctx) => ctx.state.setContrast(!ctx.state.contrast),
    pressed: (ctx) => ctx.state.contrast,
  },
  {
    id: 'language.next',
    labelKey: 'actions.language',
    keys: ['l'],
    placement: ['presentation'],
    whenKey: 'help.when.always',
    available: (ctx) => ctx.languages.length > 1,
    run: (ctx) => {
      const i = ctx.languages.indexOf(ctx.state.lang);
      ctx.state.setLang(ctx.languages[(i + 1) % ctx.languages.length] ?? ctx.state.lang);
    },
  },
  {
    id: 'present.leave',
    labelKey: 'actions.present.leave',
    keys: ['Escape'],
    placement: ['presentation'],
    whenKey: 'help.when.presenting',
    available: presenting,
    run: (ctx) => {
      ctx.state.stopPresenting();
      ctx.exitFullscreen();
    },
  },
  {
    id: 'chart.fullscreen',
    labelKey: 'actions.chart.fullscreen',
    keys: ['f'],
    placement: [],
    whenKey: 'help.when.chart',
    available: (ctx) => ctx.activeChart() !== undefined,
    run: (ctx) => ctx.activeChart()?.toggleFullscreen(),
  },
  {
    id: 'chart.table',
    labelKey: 'actions.chart.table',
    keys: ['t'],
    placement: [],
    whenKey: 'help.when.chart',
    available: (ctx) => ctx.activeChart() !== undefined,
    run: (ctx) => ctx.activeChart()?.toggleTable(),
  },
  ...(
    [
      ['growth.togglePlay', 'actions.growth.togglePlay', 'k'],
      ['growth.stepBack', 'actions.growth.stepBack', ','],
      ['growth.stepForward', 'actions.growth.stepForward', '.'],
    ] as const
  ).map(([command, labelKey, key]): Action => viewCommand('growth', command, labelKey, key)),
  ...VIEWS.map((view, i): Action => ({
    id: `view.${view}`,
    labelKey: `actions.view.${view}`,
    keys: [String(i + 1)],
    placement: [],
    whenKey: 'help.when.browsing',
    available: notPresenting,
    run: (ctx) => ctx.state.setView(view),
  })),
  {
    id: 'help',
    labelKey: 'actions.help',
    keys: ['?'],
    placement: ['toolbar', 'presentation'],
    whenKey: 'help.when.always',
    available: () => true,
    run: (ctx) => ctx.openHelp(),
  },
];

/** An action that only exists on one view and is carried out by that view through a command. */
function viewCommand(view: ViewId, command: CommandId, labelKey: string, key: string): Action {
  return {
    id: command,
    labelKey,
    keys: [key],
    placement: [],
    whenKey: `help.when.${view}`,
    available: (ctx) => ctx.state.view === view,
    run: () => {
      sendCommand(command);
    },
  };
}

export function actionById(id: string): Action | undefined {
  return ACTIONS.find((a) => a.id === id);
}

export function actionForKey(key: string, ctx: ActionContext): Action | undefined {
  return ACTIONS.find((a) => a.keys.includes(key) && a.available(ctx));
}

/** Keys typed into a field belong to the field, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(type);
}

const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  ' ',
]);
const KEY_OWNING_ROLES =
  '[role="slider"], [role="grid"], [role="tablist"], [role="radiogroup"], [role="listbox"], [role="menu"], [role="spinbutton"], [role="tree"]';

/**
 * Whether the focused element uses this key itself: arrows move a slider or a grid, Space presses a
 * button. Then the key is the control's, even if a shortcut has the same key.
 */
export function targetOwnsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog[open]')) return true;
  if (!NAVIGATION_KEYS.has(key)) return false;
  if (target.closest(KEY_OWNING_ROLES)) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}
