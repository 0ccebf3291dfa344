/**
 * Finds where and why a JSON text is broken. JSON.parse says this differently in every engine and
 * version (Node 20 often gives no position at all), so a small scanner of our own finds the first
 * mistake, with a message written for a content author rather than a parser writer.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class Broken extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[^\s,:[\]{}"]+/y;
const ESCAPES = '"\\/bfnrt';

/** Undefined when the text is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let pos = 0;

  // Declared, not assigned, so that TypeScript narrows after a call to them.
  function fail(message: string, at = pos): never {
    throw new Broken(at, message);
  }
  const skipSpace = () => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos] as string)) pos++;
  };
  function endOfFile(): never {
    return fail("the file ends too early: a closing '}', ']' or '\"' is missing");
  }

  const value = (): void => {
    skipSpace();
    const c = text[pos];
    if (c === undefined) endOfFile();
    else if (c === '{') container('}', true);
    else if (c === '[') container(']', false);
    else if (c === '"') string();
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else word();
  };

  const container = (close: '}' | ']', isObject: boolean): void => {
    pos++;
    skipSpace();
    if (text[pos] === close) return void pos++;
    for (;;) {
      skipSpace();
      if (isObject) {
        if (text[pos] === undefined) endOfFile();
        if (text[pos] !== '"') fail('expected a field name in double quotes');
        string();
        skipSpace();
        if (text[pos] === undefined) endOfFile();
        if (text[pos] !== ':') fail("expected ':' after the field name");
        pos++;
      }
      value();
      const afterValue = pos;
      skipSpace();
      const c = text[pos];
      if (c === undefined) endOfFile();
      if (c === close) return void pos++;
      if (c !== ',') {
        // When the next item has begun, point where the comma belongs: the end of the value before it.
        const nextItem = isObject ? c === '"' : /["{[\-\dtfn]/.test(c);
        fail(nextItem ? 'a comma is missing here' : `expected ',' or '${close}' here`, nextItem ? afterValue : pos);
      }
      const comma = pos++;
      skipSpace();
      if (text[pos] === close) fail(`remove this comma: nothing may follow it before '${close}'`, comma);
    }
  };

  const string = (): void => {
    const start = pos++;
    for (;;) {
      const c = text[pos];
      if (c === undefined) fail('this text has no closing \'"\'', start);
      if (c === '"') return void pos++;
      if (c === '\n' || c === '\r') fail('a line break inside text: close it with \'"\' or write \\n', start);
      if (c === '\\') {
        const e = text[pos + 1] ?? '';
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 6;
        else if (ESCAPES.includes(e) && e !== '') pos += 2;
        else fail(`"\\${e}" is not allowed in text; write "\\\\" for a backslash`);
      } else if (c < ' ') fail('a control character (such as a tab) inside text; write \\t instead');
      else pos++;
    }
  };

  const number = (): void => {
    NUMBER.lastIndex = pos;
    if (!NUMBER.test(text)) fail('not a valid number');
    pos = NUMBER.lastIndex;
  };

  const word = (): void => {
    WORD.lastIndex = pos;
    const found = WORD.exec(text)?.[0] ?? (text[pos] as string);
    if (found === 'true' || found === 'false' || found === 'null') return void (pos += found.length);
    if (text[pos] === "'") fail("use double quotes (\") for text, not single quotes (')");
    fail(`unexpected ${JSON.stringify(found)}: text must be in double quotes`);
  };

  try {
    value();
    skipSpace();
    if (pos < text.length) fail('unexpected text after the end of the data');
    return undefined;
  } catch (e) {
    if (!(e instanceof Broken)) throw e;
    const before = text.slice(0, e.at);
    const line = before.split('\n').length;
    const column = e.at - before.lastIndexOf('\n');
    return { line, column, message: e.message };
  }
}
