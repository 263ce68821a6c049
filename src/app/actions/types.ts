import type { AppStore } from '../../state/store';

/** What an action can see and do. Built by the shell; plain values so the list is testable without React. */
export interface ActionContext {
  state: AppStore;
  languages: readonly string[];
  openHelp(): void;
}

export interface Action {
  id: string;
  /** Key in the common namespace for the button label and the help line. */
  labelKey: string;
  /** A single key as KeyboardEvent.key reports it; undefined for button-only actions. */
  shortcut?: string;
  /** Shown in the toolbar (others are keyboard and help only). */
  toolbar: boolean;
  available(ctx: ActionContext): boolean;
  run(ctx: ActionContext): void;
}
