// Runs items through an asynchronous step with at most `window` in flight, and yields the results in
// input order. A result is yielded as soon as it and all before it are done, even while the source is
// slow to give the next item (so interactive input is answered line by line).

const ignore = (): void => {};

/** Iterates a sync or async iterable through one async iterator interface. */
export function asyncIterator<T>(source: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const it = source[Symbol.iterator]();
  return {
    next: async () => it.next(),
    return: async (value?: unknown) => it.return?.(value) ?? { done: true, value: undefined },
  };
}

export async function* inOrder<I, R>(source: Iterable<I> | AsyncIterable<I>, start: (item: I) => Promise<R>, window: number): AsyncGenerator<R, void, undefined> {
  const it = asyncIterator(source);
  const pending: Promise<R>[] = [];
  // a head that has settled, known without awaiting it
  const settled = new WeakSet<Promise<R>>();
  let next: Promise<IteratorResult<I>> | null = null;
  let exhausted = false;
  try {
    while (!exhausted || pending.length > 0) {
      const head = pending[0];
      if (head && (settled.has(head) || exhausted || pending.length >= window)) {
        pending.shift();
        yield await head;
        continue;
      }
      next ??= it.next();
      if (head) {
        // whichever comes first: the next item, or the head's result
        const first = await Promise.race([next.then(() => 'item' as const), head.then(() => 'head' as const, () => 'head' as const)]);
        if (first === 'head') continue;
      }
      const step = await next;
      next = null;
      if (step.done) {
        exhausted = true;
        continue;
      }
      const promise = start(step.value);
      // a rejection is raised when its turn comes; until then it must not count as unhandled
      promise.catch(ignore);
      promise.then(() => settled.add(promise), () => settled.add(promise));
      pending.push(promise);
    }
  } finally {
    if (!exhausted) await it.return?.();
  }
}
