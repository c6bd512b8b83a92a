// Per-channel settings (the `/company` default), kept across restarts in a small JSON file.
// Written atomically: to a temporary file beside it, then renamed over it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file's shape: `{ "channels": { "<channel id>": { "company": "Sonus Networks, Inc." } } }`. */
export interface StateFile {
  channels: Record<string, { company?: string }>;
}

/** Channel defaults backed by a JSON file. A missing or unreadable file starts empty. */
export class ChannelState {
  private state: StateFile;

  constructor(private readonly path: string, private readonly onProblem: (message: string) => void = () => {}) {
    this.state = this.read();
  }

  /** The channel's default company, if set. */
  company(channelId: string): string | undefined {
    return this.state.channels[channelId]?.company;
  }

  /** Sets (or with null clears) the channel's default company and saves the file. */
  setCompany(channelId: string, company: string | null): void {
    const channels = { ...this.state.channels };
    if (company) channels[channelId] = { ...channels[channelId], company };
    else delete channels[channelId];
    this.state = { channels };
    this.write();
  }

  private read(): StateFile {
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<StateFile>;
      if (parsed && typeof parsed.channels === 'object' && parsed.channels !== null) return { channels: parsed.channels };
      this.onProblem(`${this.path}: no "channels" object, starting empty`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.onProblem(`${this.path}: ${(err as Error).message}, starting empty`);
    }
    return { channels: {} };
  }

  // Temp file in the same folder (same file system), then rename: a reader sees the old or the new file, never half.
  private write(): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state, null, 2) + '\n', 'utf8');
    renameSync(temp, this.path);
  }
}
