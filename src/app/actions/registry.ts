import { sendCommand, type CommandId } from '../../state/commands';
import { VIEWS, type ViewId } from '../../state/views';
import type { Action } from './types';

/**
 * Every user action with a button, a shortcut or a line in help, declared once. The toolbar, the
 * keyboard handler and the help dialog are all generated from this list.
 */
export const ACTIONS: readonly Action[] = [
  {
    id: 'language.next',
    labelKey: 'actions.language',
    shortcut: 'l',
    toolbar: false,
    available: (ctx) => ctx.languages.length > 1,
    run: (ctx) => {
      const i = ctx.languages.indexOf(ctx.state.lang);
      ctx.state.setLang(ctx.languages[(i + 1) % ctx.languages.length] ?? ctx.state.lang);
    },
  },
  ...VIEWS.map(
    (view, i): Action => ({
      id: `view.${view}`,
      labelKey: `actions.view.${view}`,
      shortcut: String(i + 1),
      toolbar: false,
      available: () => true,
      run: (ctx) => ctx.state.setView(view),
    }),
  ),
  ...(
    [
      ['growth.togglePlay', 'actions.growth.togglePlay', 'k'],
      ['growth.stepBack', 'actions.growth.stepBack', ','],
      ['growth.stepForward', 'actions.growth.stepForward', '.'],
    ] as const
  ).map(([command, labelKey, shortcut]): Action => viewCommand('growth', command, labelKey, shortcut)),
  {
    id: 'help',
    labelKey: 'actions.help',
    shortcut: '?',
    toolbar: true,
    available: () => true,
    run: (ctx) => ctx.openHelp(),
  },
];

export function actionForKey(key: string, ctx: Parameters<Action['available']>[0]): Action | undefined {
  return ACTIONS.find((a) => a.shortcut === key && a.available(ctx));
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

/** An action that only exists on one view and is carried out by that view through a command. */
function viewCommand(view: ViewId, command: CommandId, labelKey: string, shortcut: string): Action {
  return {
    id: command,
    labelKey,
    shortcut,
    toolbar: false,
    available: (ctx) => ctx.state.view === view,
    run: () => {
      sendCommand(command);
    },
  };
}
