// Picks the one line of a failed step's output that best says what went wrong, so a matrix cell
// can show it. Each step names the patterns of its tools, most telling first; the generic ones
// below are the fallback.

const GENERIC = [
  /\berror\b/i,
  /\bfail(ed|ure)?\b/i,
];

// Lines that mention "error" but say nothing about the cause.
const NOISE = [
  /^\[ERROR\]\s*$/,
  /^\[ERROR\] (-> \[Help|To see the full stack trace|Re-run Maven|For more information|\s*$)/,
  /^\[ERROR\] Failed to execute goal .*: (Compilation failure|There are test failures)/,
  /^\[ERROR\] COMPILATION ERROR/,
  /^\[ERROR\] Exit code: \d+$/,
  /^\[ERROR\] Failed to execute goal .*: MavenReportException: Error while generating Javadoc:\s*$/,
  /^\$ /,
  /^\s+\(cwd /,
  /^Traceback \(most recent call last\)/,
  /^# fail \d+/,
  /Compilation failed: \d+ error/,
  /^\s*error: 'test failed'/,
  /^\s*error: '\d+ subtests? failed'/,
];

// A line that only completes the one before it (javac's "symbol: class X").
const CONTINUATION = /^\s*(\[ERROR\]\s*)?(symbol|location)\s*:/;

/** Common tool patterns, reused by the language steps. */
export const PATTERNS = {
  // javac's "X.java:[12,5] …", javadoc's "X.java:103: error: …" (its warnings come first).
  javac: [/^\[ERROR\] .*\.java:\[\d+,\d+\] /, /^\[ERROR\] .*\.java:\d+: error: /, /^\[ERROR\] (?!Failed to execute goal)\S/],
  surefire: [/^\[ERROR\] (Tests run:.*(Failures|Errors): [1-9]|\s+\S+[.:]\S+.*)/, /^\[ERROR\] \S/],
  mcs: [/\berror CS\d{4}\b/, /\bwarning CS\d{4}\b/],
  nunit: [/^(Tests run:.*(Failures|Errors): [1-9])/, /^\d+\) .*(Error|Failure)/],
  python: [/^E\s{3}\S/, /^(ERROR|FAILED) \S/, /^[A-Za-z_][\w.]*(Error|Exception|Annotation)\b:/],
  pip: [/^ERROR: /],
  // node:test's TAP output prefixes a failed test file's stderr with "# ".
  node: [/^(#\s+)?\s*(\w*Error|Error \[ERR_\w+\])[: ]/, /^\s*error: /, /^not ok \d+ /],
  generator: [/^error: /, /^\s+(-\s+)?attribute .+/, /^\s*\S.*\b(is missing|is not of type|must|unexpected)\b/],
};

/** The first line matching the most telling pattern, trimmed to `max` characters; '' when empty. */
export function firstErrorLine(output, patterns = [], max = 240) {
  const lines = output.split(/\r?\n/).map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trimEnd());
  const useful = lines.filter((l) => l.trim() && !NOISE.some((n) => n.test(l)));
  for (const p of [...patterns, ...GENERIC]) {
    const at = useful.findIndex((l) => p.test(l));
    if (at < 0) continue;
    const located = /SyntaxError|IndentationError/.test(useful[at]) ? syntaxLocation(useful, at) : PY_EXCEPTION.test(useful[at]) && pythonFrame(useful, at);
    if (located) return clip(`${useful[at].replace(/^#\s+/, '').trim()} at ${located}`, max);
    const more = CONTINUATION.test(useful[at + 1] ?? '') ? ` (${useful[at + 1].replace(/^\s*(\[ERROR\]\s*)?/, '').replace(/\s+/g, ' ').trim()})` : '';
    return clip(useful[at].replace(/^#\s+/, '').trim() + more, max);
  }
  return clip((useful.at(-1) ?? '').trim(), max);
}

// Where a syntax error is: Node prints "file:///…/x.js:17", the code line and a caret above
// it; Python prints 'File "…/x.py", line 35', the code line and a caret.
const LOCATIONS = [
  (l) => /^(?:#\s+)?file:\/\/(\S+:\d+)$/.exec(l)?.[1],
  (l) => {
    const m = /^\s*File "([^"]+)", line (\d+)/.exec(l);
    return m && `${m[1]}:${m[2]}`;
  },
];

// A Python exception line printed under a traceback (not pytest's "E   " form).
const PY_EXCEPTION = /^[A-Za-z_][\w.]*(Error|Exception|Annotation)\b:/;

/**
 * The innermost frame ('File "…", line N') of the traceback above line `at` that is not in
 * Python's standard library (the generated code's line, not typing.py's), as path:N.
 */
function pythonFrame(lines, at) {
  for (let i = at - 1; i >= Math.max(0, at - 60) && !/^Traceback/.test(lines[i]); i--) {
    const m = /^\s*File "([^"]+)", line (\d+)/.exec(lines[i]);
    if (m && !(/\/lib\/python\d\.\d+\//.test(m[1]) && !/site-packages/.test(m[1])) && !m[1].startsWith('<')) return `${m[1]}:${m[2]}`;
  }
  return null;
}

function syntaxLocation(lines, at) {
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    const where = LOCATIONS.map((f) => f(lines[i])).find(Boolean);
    if (!where) continue;
    const code = lines[i + 1] && i + 1 < at && !/^(#\s+)?\s*\^/.test(lines[i + 1]) ? `: ${lines[i + 1].replace(/^#\s+/, '').trim()}` : '';
    return `${where}${code}`;
  }
  return null;
}

function clip(line, max) {
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
