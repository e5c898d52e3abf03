/** A stack trace or a library's raw error in a command's output (what an officer or an administrator must never meet). */
export const traceIn = (output: string) =>
  /^\s+at .+[:(]\d+|node:internal|Error: Command failed|\bErrno\b|ERR_[A-Z_]+|Stack trace:|unhandled error/im.exec(
    output,
  )?.[0];

/** The content messages in a command's output: each "✗ file:line [field]" or warning block, as printed. */
export function contentMessages(output: string): string[] {
  const lines = output.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (/^(✗|! Анхааруулга \/ Warning:) /.test(line)) out.push(lines.slice(i, i + 5).join('\n'));
  });
  return out;
}
