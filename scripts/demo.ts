// `npm run demo`: the whole journey offline. See README "Quick start".
import { startDemo } from "./demo/servers";

try {
  const demo = await startDemo();
  console.log(`
Switchboard demo is running (offline, simulated shop ${demo.shop}, SQLite).

  Storefront with the help bubble:  ${demo.storefrontUrl}/
  Merchant admin (Inbox, Automation): ${demo.adminUrl}
  Demo mailbox (emails the app sent): ${demo.mailboxUrl}

Ask the bubble "where is my order #1003?" and give the email maya.chen@example.com,
then "I want to talk to a person", and answer from the admin Inbox. Ctrl+C stops it.
`);
  const stop = async () => {
    await demo.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
