/**
 * Calls every listener with `value`. A listener that throws (a broken render, an analytics pixel
 * down) must not fail the change nor keep the others from hearing it: its error is reported as
 * uncaught, a microtask later.
 */
export const notify = <T>(listeners: Iterable<(value: T) => void>, value: T): void => {
  for (const listener of listeners) {
    try {
      listener(value);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
};
