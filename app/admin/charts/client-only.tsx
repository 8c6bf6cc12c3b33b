import { Suspense, useEffect, useState, type ReactNode } from "react";

/**
 * Renders `fallback` on the server and until hydration, then `children`. Polaris Viz measures the DOM
 * and animates with react-spring, so charts are drawn in the browser only; the fallback keeps the numbers
 * readable without JavaScript.
 */
export function ClientOnly({ fallback, children }: { fallback: ReactNode; children: () => ReactNode }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? <Suspense fallback={fallback}>{children()}</Suspense> : <>{fallback}</>;
}
