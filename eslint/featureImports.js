import path from "node:path";

/** The shared layers of the client: features build on them, never the other way round. */
const SHARED_LAYERS = ["api", "collab", "editor", "i18n", "ui"];

/**
 * Feature folders (client/src/features/<name>/) meet only at their public entries:
 *  - a feature may import another feature's `index.ts` (`../<b>`, `../<b>/index`, `../<b>/index.ts`),
 *    which exports what that feature offers others (a page or tab another page composes), and no other
 *    file of it: not a component, a hook, a helper nor a stylesheet (shared CSS lives in client/src/ui);
 *  - a public entry holds re-exports only (client/package.json marks only stylesheets as having side
 *    effects, so an importer's chunk takes what it uses of an entry, not the whole feature);
 *  - the shared layers (client/src/{api,collab,editor,i18n,ui}) import no feature at all.
 * Shared plumbing belongs in client/src/{app,collab,editor,ui,api}. client/src/app (the router and the
 * shell) mounts the features' pages.
 */
export const featureImportsRule = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      crossFeature:
        "Feature '{{from}}' imports '{{to}}', a file inside feature '{{feature}}': import from its public entry ('../{{feature}}/index.ts') what it exports for others, or move shared code to client/src/{app,collab,editor,ui,api}.",
      borrowedStylesheet: "Feature '{{from}}' borrows the stylesheet '{{to}}' of feature '{{feature}}': shared CSS lives in client/src/ui (one concern a sheet).",
      entryOnlyReExports: "A feature's public entry (index.ts) only re-exports what the feature offers others ('export { X } from \"./X.tsx\"'): code and side effects live in the feature's files.",
      sharedLayer: "client/src/{{from}} is shared by the features and imports none of them ('{{to}}'): move what it needs out of the feature.",
    },
  },
  create(context) {
    const file = context.filename.split(path.sep).join("/");
    const feature = /\/client\/src\/features\/([^/]+)\//.exec(file)?.[1];
    const layer = /\/client\/src\/([^/]+)\//.exec(file)?.[1];
    if (!feature && !SHARED_LAYERS.includes(layer)) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
      const targetMatch = /\/client\/src\/features\/([^/]+)(?:\/(.+?))?(\.tsx?)?$/.exec(target);
      if (!targetMatch) return;
      const [, to, inside] = targetMatch;
      const shown = inside ? `${to}/${inside}` : to;
      if (!feature) {
        context.report({ node: node.source, messageId: "sharedLayer", data: { from: layer, to: shown } });
        return;
      }
      if (to === feature || inside === undefined || inside === "index") return;
      const messageId = inside.endsWith(".css") ? "borrowedStylesheet" : "crossFeature";
      context.report({ node: node.source, messageId, data: { from: feature, to: shown, feature: to } });
    };
    const isEntry = feature !== undefined && /\/client\/src\/features\/[^/]+\/index\.ts$/.test(file);
    const entryBody = (program) => {
      for (const statement of program.body) {
        const reExport = (statement.type === "ExportNamedDeclaration" || statement.type === "ExportAllDeclaration") && statement.source;
        if (!reExport) context.report({ node: statement, messageId: "entryOnlyReExports" });
      }
    };
    return { ...(isEntry ? { Program: entryBody } : {}), ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (node) => check({ source: node.source }) };
  },
};
