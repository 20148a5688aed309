/**
 * `@hocuspocus/server@3.4.4` with its defaults and no extensions (in memory, no auth,
 * no persistence), on PORT (0 = any free port) of the loopback interface.
 */
import { Server } from "@hocuspocus/server";

const server = new Server({ port: Number(process.env.PORT ?? 0), address: "127.0.0.1", quiet: true });
await server.listen();
console.log(`listening on http://127.0.0.1:${server.address.port}`);

const stop = () => {
  void server.destroy().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
