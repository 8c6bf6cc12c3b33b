import { authenticate } from "../shopify.server";
import { proxyErrorResponse } from "./responses.server";

type AppProxyContext = Awaited<ReturnType<typeof authenticate.public.appProxy>>;

/**
 * Verifies the app proxy signature and loads the shop's offline session. A bad signature stays the library's
 * own thrown 4xx Response. Loading the session reads the database, so when the database is away that read
 * fails: that is not the shopper's fault and becomes the same retryable 503 as every other such failure
 * (the bubble resends with the same client id), never a 500.
 */
export async function authenticateAppProxy(request: Request): Promise<{ ok: true; context: AppProxyContext } | { ok: false; response: Response }> {
  try {
    return { ok: true, context: await authenticate.public.appProxy(request) };
  } catch (error) {
    if (error instanceof Response) throw error;
    return { ok: false, response: proxyErrorResponse(error) };
  }
}
