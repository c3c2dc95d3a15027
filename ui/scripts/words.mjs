// Fails when a component or module writes words for the user in its code instead of taking
// them from the message files (`t('id')`, see src/lib/shared/i18n.ts).
//
//   node scripts/words.mjs            every file under src/
//   node scripts/words.mjs src/lib/hubs src/views/HubsScreen.svelte
//
// What counts as words: text between tags with a letter in it; the text of attributes people
// read (title, aria-label, placeholder, alt, label, …) and of any component property that is
// not plainly a code; a string in code that has two words in it or starts as a word does
// ("Save", "Not set"). Codes, CSS classes, keys and ids are lowercase and have no spaces, so
// they pass. A line that must keep a literal says why with `words: not shown` on it.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'svelte/compiler';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Attributes of HTML elements that people read (or hear). */
const READ = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'aria-roledescription', 'aria-valuetext', 'aria-description']);
/** Properties of components and attributes that hold codes, never words. */
const CODES = new Set([
  'id', 'class', 'name', 'type', 'for', 'href', 'src', 'role', 'autocomplete', 'inputmode', 'pattern', 'accept', 'key',
  'variant', 'kind', 'tone', 'size', 'form', 'method', 'target', 'rel', 'lang', 'dir', 'step', 'min', 'max', 'value',
  'field', 'align', 'width', 'icon', 'mode', 'testid', 'slot', 'style', 'tabindex', 'part', 'list', 'spellcheck', 'wrap',
]);
/** Names of keys (event.key) and other codes written with a capital. */
const CODE_WORDS = new Set([
  'Enter', 'Escape', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown',
  'Backspace', 'Delete', 'Shift', 'Control', 'Meta', 'Alt', 'F2', 'Content-Type', 'EUR', 'UTC', 'GET', 'POST',
]);

const LETTER = /\p{L}/u;

/** A string in code that reads as words. */
function isWords(text) {
  const s = text.trim();
  if (!LETTER.test(s) || CODE_WORDS.has(s)) return false;
  if (/^[./@#-]|^[a-z][\w-]*:|\.(svelte|ts|js|css|ftl|pdf|csv|xlsx|json|eml|png)$/.test(s)) return false; // paths, selectors, schemes
  if (/^--?[a-z]/.test(s)) return false; // CSS variables, command flags
  if (/\p{L}{2,}[^\n]*\s+[^\n]*\p{L}{2,}/u.test(s) && !/^[a-z0-9_.:#[\]()=>"' -]+$/.test(s)) return true; // two words, not a lowercase code list
  return /^\p{Lu}\p{Ll}/u.test(s); // "Save", "Hubs"
}

const problems = [];

function report(file, source, index, what) {
  const line = source.slice(0, index).split('\n').length;
  const text = source.split('\n')[line - 1] ?? '';
  if (text.includes('words: not shown')) return;
  problems.push(`${relative(root, file)}:${line}: ${what}`);
}

/** Every string literal of a piece of TypeScript that reads as words. */
function checkScript(file, source, code, offset) {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['t', 'hasMessage'].includes(node.expression.text)) {
      node.arguments.slice(1).forEach(visit);
      return;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'plural') {
      report(file, source, offset + node.getStart(sf), 'an English plural: write it as a Fluent plural ({ $count -> [one] … *[other] … })');
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['error', 'warn', 'log', 'debug'].includes(node.expression.name.text) && node.expression.expression.getText(sf) === 'console') return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isWords(node.text)) report(file, source, offset + node.getStart(sf), `words in code: '${node.text}'`);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (isWords(parts.replace(/\s+/g, ' '))) report(file, source, offset + node.getStart(sf), `words in a template: \`${parts.trim()}\``);
      node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

function checkSvelte(file, source) {
  const ast = parse(source, { modern: true });
  for (const script of [ast.instance, ast.module]) {
    if (script) checkScript(file, source, source.slice(script.content.start, script.content.end), script.content.start);
  }
  const walk = (node, parentIsComponent, attr) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, parentIsComponent, attr));
    switch (node.type) {
      case 'Text':
        if (attr === undefined) {
          if (LETTER.test(node.data) && node.data.trim() !== '') report(file, source, node.start, `text: '${node.data.trim()}'`);
        } else if (attr.read && LETTER.test(node.data)) report(file, source, node.start, `${attr.name}="${node.data.trim()}"`);
        return;
      case 'Attribute': {
        const name = node.name;
        const read = parentIsComponent ? !CODES.has(name) && !name.startsWith('on') && !name.startsWith('data-') : READ.has(name);
        if (Array.isArray(node.value)) {
          for (const v of node.value) {
            if (v.type === 'Text') {
              if (read && (parentIsComponent ? isWords(v.data) : LETTER.test(v.data))) report(file, source, v.start, `${name}="${v.data.trim()}"`);
            } else walk(v.expression, false, undefined);
          }
        } else if (node.value && typeof node.value === 'object') walk(node.value.expression, false, undefined);
        return;
      }
      case 'Literal':
        if (typeof node.value === 'string' && isWords(node.value)) report(file, source, node.start, `words in code: '${node.value}'`);
        return;
      case 'TemplateLiteral': {
        const parts = node.quasis.map((q) => q.value.cooked ?? '').join(' ');
        if (isWords(parts.replace(/\s+/g, ' '))) report(file, source, node.start, `words in a template: \`${parts.trim()}\``);
        node.expressions.forEach((e) => walk(e, false, undefined));
        return;
      }
      case 'CallExpression':
        if (node.callee?.type === 'Identifier' && node.callee.name === 'plural') {
          report(file, source, node.start, 'an English plural: write it as a Fluent plural ({ $count -> [one] … *[other] … })');
        }
        if (node.callee?.type === 'Identifier' && ['t', 'hasMessage'].includes(node.callee.name)) {
          node.arguments.slice(1).forEach((a) => walk(a, false, undefined));
          return;
        }
        break;
      case 'Comment':
        return;
    }
    const isComponent = node.type === 'Component' || node.type === 'SvelteComponent' || node.type === 'SvelteSelf';
    for (const [k, v] of Object.entries(node)) {
      if (k === 'type' || k === 'start' || k === 'end' || k === 'loc' || k === 'metadata') continue;
      if (k === 'attributes') walk(v, isComponent, undefined);
      else if (v && typeof v === 'object') walk(v, isComponent && k !== 'fragment' ? isComponent : false, attr);
    }
  };
  walk(ast.fragment, false, undefined);
}

function files(path) {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((f) => files(join(path, f)));
  return /\.(svelte|ts)$/.test(path) && !/\.d\.ts$|bindings\.ts$|commands\.ts$/.test(path) ? [path] : [];
}

const targets = process.argv.length > 2 ? process.argv.slice(2).map((p) => join(process.cwd(), p)) : [join(root, 'src')];
for (const file of targets.flatMap(files)) {
  const source = readFileSync(file, 'utf8');
  if (file.endsWith('.svelte')) checkSvelte(file, source);
  else checkScript(file, source, source, 0);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} place(s) write words for the user in the code: put them in src/locales/*/…ftl and show them with t('id').`);
  process.exitCode = 1;
}

// Every message named in the code exists in the source language.
const known = new Set();
const sourceDir = join(root, 'src/locales/en');
for (const f of readdirSync(sourceDir)) {
  for (const m of readFileSync(join(sourceDir, f), 'utf8').matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)) known.add(m[1]);
}
const missing = [];
for (const file of files(join(root, 'src'))) {
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/\b(?:t|pieces)\(\s*'([a-z][\w-]*)'/g)) {
    if (!known.has(m[1])) missing.push(`${relative(root, file)}:${source.slice(0, m.index).split('\n').length}: no message '${m[1]}' in src/locales/en`);
  }
}
if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exitCode = 1;
}
