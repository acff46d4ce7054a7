// Mounts Vue 3 components into happy-dom with createApp, and flushes Vue's async renders.
import { createApp, h, nextTick, type Component } from 'vue';

/** A mounted Vue app. */
export interface RenderedVue {
  container: HTMLElement;
  /** Lets `work` finish (a store settling, a click), then waits for Vue to re-render. */
  flush(work?: () => unknown): Promise<void>;
  /** Unmounts the app (its stores lose their subscribers) and removes the container. */
  unmount(): void;
}

/** Mounts `component` with `props` in a fresh container on document.body. */
export function renderVue(component: Component, props: Record<string, unknown> = {}): RenderedVue {
  const container = document.body.appendChild(document.createElement('div'));
  const app = createApp({ render: () => h(component, props) });
  app.mount(container);
  return {
    container,
    flush: async (work) => {
      await work?.();
      await nextTick();
    },
    unmount: () => {
      app.unmount();
      container.remove();
    },
  };
}
