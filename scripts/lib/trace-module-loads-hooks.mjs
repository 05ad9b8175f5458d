// Module hooks of trace-module-loads.mjs: reports each module URL as it loads.
let port;

export function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  port.postMessage(url);
  return nextLoad(url, context);
}
