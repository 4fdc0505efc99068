// For the command-line scripts (`node --import ./scripts/server-only-hook.mjs --import tsx ...`):
// lib/ modules start with `import "server-only"`, which throws outside Next's server build.
// This resolves it to the package's own empty module, for ESM imports and for CommonJS
// requires (tsx compiles our TypeScript to CommonJS). Not `--conditions=react-server`: that
// condition also swaps React for its server build, which breaks @react-pdf/renderer.
import Module, { createRequire, register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const empty = path.join(path.dirname(createRequire(import.meta.url).resolve("server-only")), "empty.js");

const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: ${JSON.stringify(pathToFileURL(empty).href)}, shortCircuit: true };
  return next(specifier, context);
}`;
register("data:text/javascript," + encodeURIComponent(hooks));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "server-only" ? empty : resolveFilename.call(this, request, ...rest);
};
