import { setupServer } from "msw/node";
import { simulatedShopHandlers } from "../app/simulated-shop/msw-handlers.server";

// One server for the test process; the simulated shop answers every Admin API call.
export const mswServer = setupServer(...simulatedShopHandlers());
