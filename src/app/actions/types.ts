import type { AppStore } from '../../state/store';
import type { ChartFrameHandle } from '../../ui/chartFrames';

/** What an action can see and do. Built by the shell; plain values so the list is testable without React. */
export interface ActionContext {
  state: AppStore;
  languages: readonly string[];
  openHelp(): void;
  openDeck(): void;
  /** The chart that f and t act on, if any chart is on screen. */
  activeChart(): ChartFrameHandle | undefined;
  /** Asks for the whole screen (presentation mode); may be refused, which is fine. */
  requestFullscreen(): void;
  exitFullscreen(): void;
}

/** Where a generated button for the action appears. */
export type Placement = 'toolbar' | 'presentation';

export interface Action {
  id: string;
  /** Key in the common namespace for the button label and the help line. */
  labelKey: string;
  /** Keys as KeyboardEvent.key reports them; empty for button-only actions. */
  keys: readonly string[];
  placement: readonly Placement[];
  /** Key in the common namespace that says when the action is available, for the help dialog. */
  whenKey: string;
  available(ctx: ActionContext): boolean;
  run(ctx: ActionContext): void;
  /** For toggles: whether it is on (rendered as aria-pressed). */
  pressed?(ctx: ActionContext): boolean;
}
