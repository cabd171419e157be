// Short, machine-independent paths in error lines, so matrix cells are readable and comparable.

/** Replaces the cell's build folder, the document's scratch folder and the repository root. */
export function shortenPaths(line, { root, docDir, work }) {
  let out = line;
  for (const [dir, label] of [[work, ''], [docDir, ''], [root, '']]) {
    if (dir) out = out.split(`${dir}/`).join(label).split(dir).join(label || '.');
  }
  return out;
}
