import path from "node:path";

/**
 * A feature folder (client/src/features/<name>/) may not reach into another feature's files:
 * shared plumbing belongs in client/src/{app,collab,editor,ui,api}. The imports that exist
 * today are listed in `allowed` ("<from feature> -> <to feature>/<file without extension>")
 * until they move; any new one is an error.
 */
export const featureImportsRule = {
  meta: {
    type: "problem",
    schema: [{ type: "object", properties: { allowed: { type: "array", items: { type: "string" } } }, additionalProperties: false }],
    messages: {
      crossFeature:
        "Feature '{{from}}' imports '{{to}}' from another feature: move shared code to client/src/{app,collab,editor,ui,api} (or, if it truly belongs, list it in eslint/boundaries.js).",
    },
  },
  create(context) {
    const allowed = new Set(context.options[0]?.allowed ?? []);
    const file = context.filename.split(path.sep).join("/");
    const match = /\/client\/src\/features\/([^/]+)\//.exec(file);
    if (!match) return {};
    const from = match[1];
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
      const targetMatch = /\/client\/src\/features\/([^/]+)\/(.+?)(\.tsx?)?$/.exec(target);
      if (!targetMatch || targetMatch[1] === from) return;
      const to = `${targetMatch[1]}/${targetMatch[2]}`;
      if (allowed.has(`${from} -> ${to}`)) return;
      context.report({ node: node.source, messageId: "crossFeature", data: { from, to } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (node) => check({ source: node.source }) };
  },
};
