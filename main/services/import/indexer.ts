/** Dense indexes of distinct values (strings, mostly). */
export function indexer<T = string>() {
  const index = new Map<T, number>();
  const table: T[] = [];
  const of = (value: T): number => {
    let i = index.get(value);
    if (i === undefined) {
      index.set(value, (i = index.size));
      table.push(value);
    }
    return i;
  };
  return { of, table };
}
