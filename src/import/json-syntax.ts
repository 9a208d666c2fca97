/**
 * Where and why a JSON text is not valid JSON, as a place (line, column) and a problem code the
 * interface words in the user's language. `JSON.parse` gives only engine wording that differs between
 * browsers, so the text is scanned again with jsonc-parser (strict: no comments, no trailing commas),
 * which reports the first error with its offset. Loaded only when a JSON file fails to parse.
 */
import { visit } from 'jsonc-parser';

export const JSON_PROBLEMS = [
  'comma-or-brace',
  'comma-or-bracket',
  'colon',
  'property-name',
  'value',
  'after-end',
  'unclosed-string',
  'comment',
  'number',
  'escape',
  'character',
  'truncated',
] as const;
export type JsonProblem = (typeof JSON_PROBLEMS)[number];

export interface JsonSyntaxError {
  /** 1-based line and column (columns count UTF-16 code units, as editors do for Chinese text). */
  line: number;
  column: number;
  problem: JsonProblem;
}

// jsonc-parser's ParseErrorCode values (a const enum, which isolated modules cannot import).
const BY_CODE: Record<number, JsonProblem> = {
  1: 'character', // InvalidSymbol
  2: 'number', // InvalidNumberFormat
  3: 'property-name',
  4: 'value',
  5: 'colon',
  6: 'comma-or-brace', // CommaExpected; an array context is told apart below
  7: 'comma-or-brace', // CloseBraceExpected
  8: 'comma-or-bracket', // CloseBracketExpected
  9: 'after-end', // EndOfFileExpected
  10: 'comment',
  11: 'comment',
  12: 'unclosed-string',
  13: 'number',
  14: 'escape', // InvalidUnicode
  15: 'escape',
  16: 'character', // InvalidCharacter (a control character inside a string)
};

/**
 * The first syntax error of `text`, or null if it is valid JSON.
 * @example locateJsonError('{\n  "a": 1\n  "b": 2\n}') // { line: 3, column: 3, problem: 'comma-or-brace' }
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let found: JsonSyntaxError | null = null;
  const containers: ('object' | 'array')[] = [];
  let started = false;
  visit(
    text,
    {
      onLiteralValue: () => void (started = true),
      onObjectBegin: () => {
        started = true;
        containers.push('object');
      },
      onObjectEnd: () => void containers.pop(),
      onArrayBegin: () => {
        started = true;
        containers.push('array');
      },
      onArrayEnd: () => void containers.pop(),
      onError: (code, offset, _length, startLine, startCharacter) => {
        if (found) return;
        let problem = BY_CODE[code] ?? 'character';
        if (code === 6 && containers.at(-1) === 'array') problem = 'comma-or-bracket';
        // Anything after the complete top-level value.
        if (started && containers.length === 0) problem = 'after-end';
        // Errors at the very end of the text mean it stops before the JSON is complete.
        if (offset >= text.trimEnd().length && problem !== 'after-end') problem = 'truncated';
        found = { line: startLine + 1, column: startCharacter + 1, problem };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return found;
}
