/** The bundled tables, compiled by the build (scripts/build/compiledData.ts). */
declare module 'virtual:etdz-dataset' {
  const packed: import('./pack').PackedCore;
  export default packed;
}

declare module 'virtual:etdz-dataset-detail' {
  const packed: import('./pack').PackedDetail;
  export default packed;
}

/** The figures of one indicator group (a theme), loaded through `virtual:etdz-figure-groups`. */
declare module 'virtual:etdz-figures-*' {
  const packed: import('./pack').PackedGroup;
  export default packed;
}

declare module 'virtual:etdz-figure-groups' {
  const index: import('./pack').FigureGroupIndex;
  export default index;
  /** Each group's chunk (`virtual:etdz-figures-<theme>`). */
  export const load: Record<
    import('../schema/enums').Theme,
    () => Promise<{ default: import('./pack').PackedGroup }>
  >;
}

declare module 'virtual:etdz-policy' {
  const packed: import('./pack').PackedPolicy;
  export default packed;
}
