import type { RequestListener } from "node:http";
import type { ServerBuild } from "@remix-run/node";
import type { Express } from "express";

export declare const STOREFRONT_ROUTES: string[];
export declare function createAppListener(options: { build: ServerBuild; mode?: string; compress?: boolean; mount?: (app: Express) => void }): Promise<RequestListener>;
