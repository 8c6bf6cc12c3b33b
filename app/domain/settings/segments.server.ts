// Segments the merchant can send straight to people. Loaded for the Automation page only.
import type { AutomationSegmentsQuery, AutomationSegmentsQueryVariables } from "~/types/admin.generated";

export const SEGMENTS_QUERY = `#graphql
  query AutomationSegments($first: Int!) {
    segments(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

type AdminLike = { graphql(query: string, options?: { variables?: Record<string, unknown> }): Promise<Response> };

export async function listSegmentsSafely(
  admin: AdminLike,
): Promise<{ available: boolean; items: Array<{ id: string; name: string }> }> {
  try {
    const variables: AutomationSegmentsQueryVariables = { first: 100 };
    const response = await admin.graphql(SEGMENTS_QUERY, { variables });
    const body = (await response.json()) as { data?: AutomationSegmentsQuery | null };
    const edges = body.data?.segments?.edges;
    if (!edges) return { available: false, items: [] };
    return { available: true, items: edges.map((e) => e.node) };
  } catch (error) {
    // The page still works without segments; the merchant sees a warning instead of an error page.
    console.warn("[automation] segments unavailable", error);
    return { available: false, items: [] };
  }
}
