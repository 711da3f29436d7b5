// Runs the CLI in-process with captured output, an environment and scripted answers.
import { runCli, type CliIo } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function cli(argv: string[], env: Record<string, string>, opts: { interactive?: boolean; answers?: string[] } = {}): Promise<CliRun & { asked: string[] }> {
  let out = '';
  let err = '';
  const asked: string[] = [];
  const answers = [...(opts.answers ?? [])];
  const io: CliIo = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: { ...env },
    interactive: opts.interactive ?? false,
    ask: async (q) => (asked.push(q), answers.shift() ?? ''),
  };
  const code = await runCli(argv, io);
  return { code, out, err, asked };
}
