import { redirect } from "@remix-run/node";

// Pages without our <link rel="icon"> (Shopify's auth bounce page) make browsers ask for /favicon.ico.
export const loader = () => redirect("/favicon.svg", 301);
