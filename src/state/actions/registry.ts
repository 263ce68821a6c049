import type { CommonKey } from '../../i18n/keys';
import { LANGUAGES } from '../../i18n/languages';
import type { AppState } from '../store';
import { VIEWS, type ViewId } from '../views';

/** Where the shell generates a button for the action. */
export type Placement = 'toolbar' | 'presentation';

/** What the app knows of an action without knowing what it does (that is registered through the bridge). */
export interface ActionMeta {
  /** The help line and the generated buttons. */
  labelKey: CommonKey;
  /**
   * The label of the control that a view or a shared component draws for the action itself, when it
   * differs from the help line; `activeLabelKey` while it is on. Common texts too, always loaded, so
   * a control shows its label wherever it is placed.
   */
  control?: { labelKey: CommonKey; activeLabelKey?: CommonKey };
  /** Keys as KeyboardEvent.key reports them; empty for button-only actions. */
  keys: readonly string[];
  placement: readonly Placement[];
  /** When the action is available, for the help dialog. */
  whenKey: CommonKey;
  /** Whether the state allows it; it also needs something on screen that carries it out. */
  available(state: AppState): boolean;
  /** For toggles with a generated button: whether it is on (rendered as aria-pressed). */
  pressed?(state: AppState): boolean;
}

const always = () => true;
const presenting = (s: AppState) => s.present !== null;
const browsing = (s: AppState) => s.present === null;
const onView = (view: ViewId) => (s: AppState) => s.view === view;

const viewActions = Object.fromEntries(
  VIEWS.map((view, i): [string, ActionMeta] => [
    `view.${view}`,
    {
      labelKey: `actions.view.${view}`,
      keys: [String(i + 1)],
      placement: [],
      whenKey: 'help.when.browsing',
      available: browsing,
    },
  ]),
) as Record<`view.${ViewId}`, ActionMeta>;

/**
 * Every user action with a button, a shortcut or a line in help, declared once, in the order help
 * lists them. The toolbar, the presentation bar, the key handler, the help dialog and the buttons
 * that chart frames, the timeline and the language switch draw all read this list.
 */
export const ACTIONS = {
  'present.start': {
    labelKey: 'actions.present.start',
    keys: ['p'],
    placement: ['toolbar'],
    whenKey: 'help.when.browsing',
    available: browsing,
  },
  'deck.edit': {
    labelKey: 'actions.deck',
    keys: ['d'],
    placement: ['toolbar', 'presentation'],
    whenKey: 'help.when.always',
    available: always,
  },
  'deck.print': {
    labelKey: 'actions.handout',
    // In the deck editor beside "Present the deck", not in the masthead, which must stay one row.
    keys: ['h'],
    placement: [],
    whenKey: 'help.when.always',
    available: (s: AppState) => s.deck.length > 0,
  },
  'present.notes': {
    labelKey: 'actions.presenterWindow',
    keys: ['n'],
    placement: ['presentation'],
    whenKey: 'help.when.always',
    available: always,
  },
  'present.previous': {
    labelKey: 'actions.present.previous',
    keys: ['ArrowLeft', 'PageUp'],
    placement: ['presentation'],
    whenKey: 'help.when.presenting',
    available: presenting,
  },
  'present.next': {
    labelKey: 'actions.present.next',
    keys: ['ArrowRight', 'PageDown', ' '],
    placement: ['presentation'],
    whenKey: 'help.when.presenting',
    available: presenting,
  },
  'present.first': {
    labelKey: 'actions.present.first',
    keys: ['Home'],
    placement: [],
    whenKey: 'help.when.presenting',
    available: presenting,
  },
  'present.last': {
    labelKey: 'actions.present.last',
    keys: ['End'],
    placement: [],
    whenKey: 'help.when.presenting',
    available: presenting,
  },
  'present.contrast': {
    labelKey: 'actions.present.contrast',
    keys: ['c'],
    placement: ['presentation'],
    whenKey: 'help.when.always',
    available: always,
    pressed: (s: AppState) => s.contrast,
  },
  'language.switch': {
    labelKey: 'actions.language',
    control: { labelKey: 'language.label' },
    keys: ['l'],
    placement: ['presentation'],
    whenKey: 'help.when.always',
    available: () => LANGUAGES.length > 1,
  },
  'present.leave': {
    labelKey: 'actions.present.leave',
    keys: ['Escape'],
    placement: ['presentation'],
    whenKey: 'help.when.presenting',
    available: presenting,
  },
  'chart.fullscreen': {
    labelKey: 'actions.chart.fullscreen',
    control: { labelKey: 'chart.fullscreen', activeLabelKey: 'chart.exitFullscreen' },
    keys: ['f'],
    placement: [],
    whenKey: 'help.when.chart',
    available: always,
  },
  'chart.table': {
    labelKey: 'actions.chart.table',
    control: { labelKey: 'chart.showTable', activeLabelKey: 'chart.showChart' },
    keys: ['t'],
    placement: [],
    whenKey: 'help.when.chart',
    available: always,
  },
  'chart.export': {
    labelKey: 'actions.chart.export',
    control: { labelKey: 'chart.export' },
    keys: ['s'],
    placement: [],
    whenKey: 'help.when.chart',
    available: always,
  },
  'page.cite': {
    labelKey: 'actions.page.cite',
    control: { labelKey: 'page.cite' },
    keys: ['i'],
    placement: [],
    whenKey: 'help.when.citable',
    available: browsing,
  },
  'dataset.download': {
    labelKey: 'actions.dataset.download',
    keys: ['z'],
    placement: [],
    whenKey: 'help.when.sources',
    available: onView('sources'),
  },
  'growth.togglePlay': {
    labelKey: 'actions.growth.togglePlay',
    control: { labelKey: 'timeline.play', activeLabelKey: 'timeline.pause' },
    keys: ['k'],
    placement: [],
    whenKey: 'help.when.growth',
    available: onView('growth'),
  },
  'growth.stepBack': {
    labelKey: 'actions.growth.stepBack',
    control: { labelKey: 'timeline.back' },
    keys: [','],
    placement: [],
    whenKey: 'help.when.growth',
    available: onView('growth'),
  },
  'growth.stepForward': {
    labelKey: 'actions.growth.stepForward',
    control: { labelKey: 'timeline.forward' },
    keys: ['.'],
    placement: [],
    whenKey: 'help.when.growth',
    available: onView('growth'),
  },
  ...viewActions,
  help: {
    labelKey: 'actions.help',
    keys: ['?'],
    placement: ['toolbar', 'presentation'],
    whenKey: 'help.when.always',
    available: always,
  },
} as const satisfies Record<string, ActionMeta>;

export type ActionId = keyof typeof ACTIONS;

/** Every action id in declaration order. */
export const ACTION_IDS = Object.keys(ACTIONS) as ActionId[];

/**
 * The value an action takes when it runs, for the few that take one; the others take none. A button
 * may pass it, a key never does.
 */
export interface ActionPayloads {
  /** The slide to start from (the deck dialog); the first when absent. */
  'present.start': number | undefined;
  /** The language picked on the switch; the next one when absent (the l key). */
  'language.switch': string | undefined;
}

export type Payload<Id extends ActionId> = Id extends keyof ActionPayloads ? ActionPayloads[Id] : undefined;

/** What carries out an action: a shell function, a chart frame's toggle, the timeline's step. */
export type ActionRun<Id extends ActionId> = (payload: Payload<Id>) => void;

export function actionMeta(id: ActionId): ActionMeta {
  return ACTIONS[id];
}
