// Renders React 19 elements into happy-dom the way an app does (createRoot), inside act() so
// every render and effect a step causes has happened before the test looks at the DOM.
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

/** A mounted React tree. */
export interface RenderedReact {
  container: HTMLElement;
  rerender(element: ReactElement): Promise<void>;
  /** Unmounts the tree (its stores lose their subscribers) and removes the container. */
  unmount(): Promise<void>;
}

/** Mounts `element` in a fresh container on document.body. */
export async function renderReact(element: ReactElement): Promise<RenderedReact> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    rerender: (next) => act(async () => root.render(next)),
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Runs `work` (a store settling, a click) inside act, so React has rendered its effects after. */
export async function inAct(work: () => unknown): Promise<void> {
  await act(async () => {
    await work();
  });
}
