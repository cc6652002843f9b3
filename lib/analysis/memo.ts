/**
 * Caches of a function's answers. The analysis asks the same small questions of one value for many pairs (a date's
 * weekday, a name's words); these answer each once.
 */

/** `make`'s answer for each string key, remembered; all forgotten when `size` are held, so a server does not grow. */
export function boundedMemo<V>(make: (key: string) => V, size: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    // An answer may be undefined ("no kind"): it is kept too, or every later question would ask `make` again.
    if (v === undefined && !cache.has(key)) {
      if (cache.size >= size) cache.clear();
      cache.set(key, (v = make(key)));
    }
    return v as V;
  };
}

/** `make`'s answer for each object, remembered as long as the object lives. */
export function weakMemo<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) cache.set(key, (v = make(key)));
    return v as V;
  };
}
