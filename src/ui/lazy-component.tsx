import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders a component that is loaded with `import()` on first use, so modes that need heavy code
 * (presentation, 3D) cost nothing in the explore mode's download.
 * @example <LazyComponent load={() => import('../present/presentation-mode').then((m) => m.PresentationMode)} props={{ data }} />
 */
export function LazyComponent<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const [component, setComponent] = useState<{ Component: ComponentType<P> } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    load().then(
      (Component) => alive && setComponent({ Component }),
      (error: unknown) => alive && setFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      alive = false;
    };
  }, [load]);
  if (failed !== null)
    return (
      <p role="alert" class="fatal-error">
        {failed}
      </p>
    );
  if (!component) return null;
  const { Component } = component;
  return <Component {...props} />;
}
