import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServerBuild } from "@remix-run/node";

export declare function directResourceRoutes(build: ServerBuild, routeIds: string[]): (req: IncomingMessage, res: ServerResponse) => boolean;
