import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * Layering as an allow-list, as VS Code's code-import-patterns: every layer names what it may import, and
 * everything else is refused — static imports, re-exports, `import()`, `require()` and `import('…')` types alike.
 */

const LAYERS = ['shared', 'electron', 'renderer'];
const NODE_BUILTINS = new Set(builtinModules);

/** The top-level layer folder a path (relative to the repository root) lies in, or null outside the layers. */
function layerOf(relPath) {
  const top = relPath.split(/[\\/]/)[0];
  return LAYERS.includes(top) ? top : null;
}

/** 'react-dom/client' → 'react-dom'; '@mantine/core/styles.css' → '@mantine/core'; 'node:fs' stays. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(packageName(specifier));
}

/** A '@mantine/*' style pattern matches by prefix; any other entry is an exact package name. */
function packageAllowed(name, allowed) {
  return allowed.some((p) => (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

function literalSpecifier(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its allow-list names.' },
    schema: [{
      type: 'object',
      properties: {
        layers: { type: 'array', items: { type: 'string' } },
        anyLayerBut: { type: 'array', items: { type: 'string' } },
        packages: { type: 'array', items: { type: 'string' } },
        anyPackageBut: { type: 'array', items: { type: 'string' } },
        node: { type: 'boolean' },
        typesFrom: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    }],
    messages: {
      layer: '{{from}}/ may not import {{to}}/ ("{{specifier}}"); it may import {{allowed}}.',
      package: '{{from}}/ may not import the package "{{specifier}}"; allowed: {{allowed}}.',
      node: '{{from}}/ may not import Node built-ins ("{{specifier}}").',
      dynamic: '{{from}}/ may import only literal specifiers, so the layering can be checked.',
    },
  },
  create(context) {
    const opts = context.options[0] ?? {};
    const allowedLayers = opts.layers ?? [];
    const typesFrom = opts.typesFrom ?? [];
    const root = context.cwd;
    const file = context.filename;
    const from = layerOf(path.relative(root, file));
    if (!from) return {};

    function check(node, specifier, typeOnly) {
      const data = { from, specifier };
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = path.relative(root, path.resolve(path.dirname(file), specifier));
        const to = layerOf(target);
        if (to === from || (to && allowedLayers.includes(to))) return;
        if (opts.anyLayerBut && !opts.anyLayerBut.includes(to)) return;
        const targetNoExt = target.replace(/\.(d\.)?[cm]?[jt]sx?$/, '').split(path.sep).join('/');
        if (typeOnly && typesFrom.includes(targetNoExt)) return;
        const allowed = opts.anyLayerBut
          ? `anything but ${opts.anyLayerBut.map((l) => `${l}/`).join(', ')}`
          : [from, ...allowedLayers].map((l) => `${l}/`).join(', ');
        context.report({ node, messageId: 'layer', data: { ...data, to: to ?? target, allowed } });
        return;
      }
      if (isNodeBuiltin(specifier)) {
        if (!opts.node) context.report({ node, messageId: 'node', data });
        return;
      }
      const name = packageName(specifier);
      if (opts.anyPackageBut) {
        if (packageAllowed(name, opts.anyPackageBut)) {
          context.report({ node, messageId: 'package', data: { ...data, allowed: `any but ${opts.anyPackageBut.join(', ')}` } });
        }
        return;
      }
      const packages = opts.packages ?? [];
      if (!packageAllowed(name, packages)) {
        context.report({ node, messageId: 'package', data: { ...data, allowed: packages.join(', ') || 'none' } });
      }
    }

    function checkSource(node, source, typeOnly) {
      const specifier = literalSpecifier(source);
      if (specifier === null) context.report({ node, messageId: 'dynamic', data: { from } });
      else check(node, specifier, typeOnly);
    }

    return {
      ImportDeclaration(node) {
        const typeOnly = node.importKind === 'type' ||
          (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
        check(node, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        checkSource(node, node.source, false);
      },
      TSImportType(node) {
        const arg = node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument;
        checkSource(node, arg, true);
      },
      TSExternalModuleReference(node) {
        checkSource(node, node.expression, false);
      },
      CallExpression(node) {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isRequireResolve = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' &&
          callee.object.name === 'require' && callee.property.type === 'Identifier' && callee.property.name === 'resolve';
        if (isRequire || isRequireResolve) checkSource(node, node.arguments[0], false);
      },
    };
  },
};

export const layerPlugin = { rules: { imports: rule } };

/** Packages the renderer may use: the UI toolkit and nothing that needs Node or the main process. */
const UI_PACKAGES = [
  'react', 'react-dom', '@mantine/*', '@tabler/icons-react', 'i18next', 'react-i18next',
  '@tanstack/react-virtual', 'dayjs',
];

/** Packages that only make sense in a page; the main process has no DOM to render them into. */
const UI_ONLY_PACKAGES = ['react', 'react-dom', '@mantine/*', '@tabler/icons-react', 'react-i18next', '@tanstack/react-virtual'];

/** The flat-config blocks that put each layer under its allow-list. */
export const layerConfigs = [
  {
    files: ['shared/**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { layers: layerPlugin },
    rules: { 'layers/imports': ['error', { layers: [], packages: ['zod'], node: false }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { layers: layerPlugin },
    rules: {
      'layers/imports': ['error', {
        layers: ['shared'], packages: UI_PACKAGES, node: false, typesFrom: ['electron/preload'],
      }],
    },
  },
  {
    files: ['electron/**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { layers: layerPlugin },
    rules: {
      'layers/imports': ['error', {
        anyLayerBut: ['renderer'], anyPackageBut: UI_ONLY_PACKAGES, node: true,
      }],
    },
  },
];
