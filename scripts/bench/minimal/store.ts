import { create } from 'zustand';

/** What the reference page lets you change: how many series it draws and which data variant. */
interface BenchState {
  national: boolean;
  variant: number;
  toggleNational(on: boolean): void;
  nextVariant(): void;
}

export const useBench = create<BenchState>((set) => ({
  national: false,
  variant: 0,
  toggleNational: (on) => set({ national: on }),
  nextVariant: () => set((s) => ({ variant: (s.variant + 1) % 3 })),
}));
