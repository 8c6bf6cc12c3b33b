// One app instance as its own OS process, for tests that run several and kill them: the production build
// behind the offline demo's stand-ins (simulated shop, signed app proxy). Prints "READY <appUrl>" when serving.
import { startDemo } from "../../scripts/demo/servers";

const demo = await startDemo({ appPort: 0, storefrontPort: 0, skipBuild: true, quiet: true });
console.log(`READY ${demo.appUrl}`);
const stop = async () => {
  await demo.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
