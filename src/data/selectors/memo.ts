/** Caches a derived value per dataset object: derived series are computed once per data chunk, not per render. */
export function perDataset<D extends object, R>(derive: (dataset: D) => R): (dataset: D) => R {
  const cache = new WeakMap<D, R>();
  return (dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = derive(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
}
