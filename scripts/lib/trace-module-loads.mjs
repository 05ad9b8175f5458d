// `node --import tsx --import ./scripts/lib/trace-module-loads.mjs <script>`: at exit, prints to
// stderr which npm packages the script loaded, so a test or bench can tell that a command stayed
// light (an import must not load TensorFlow). Registered after tsx, so its hook sees every module.
import { register } from "node:module";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";

const { port1, port2 } = new MessageChannel();
port1.unref();
register("./trace-module-loads-hooks.mjs", import.meta.url, { data: { port: port2 }, transferList: [port2] });

process.on("exit", () => {
  const packages = new Set();
  for (let message; (message = receiveMessageOnPort(port1)); ) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(message.message);
    if (match) packages.add(match[1]);
  }
  process.stderr.write(`[loaded packages] ${[...packages].sort().join(" ")}\n`);
});
