import type { ReactNode } from "react";
import { PolarisVizProvider } from "@shopify/polaris-viz";

// Polaris Viz defaults to its dark theme; the admin is light.
export function VizProvider({ children }: { children: ReactNode }) {
  return <PolarisVizProvider defaultTheme="Light">{children}</PolarisVizProvider>;
}
