// A fake Discord on 127.0.0.1 for tests: REST over HTTP (records every request) and a gateway over ws.
// Random ports, everything closes in close(), and every wait has a timeout so a test can never hang.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A JSON body as Discord's API sends or receives it; the tests assert on its fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON, checked field by field in the tests
export type Json = any;

export const APP_ID = '100000000000000001';
export const BOT_ID = APP_ID;
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
export const USER_ID = '400000000000000004';
/** The bot's managed role, as Discord creates it when the bot joins. */
export const BOT_ROLE_ID = '600000000000000006';

/** One REST request the bot made. */
export interface Recorded {
  method: string;
  path: string;
  contentType: string;
  raw: Buffer;
  /** The JSON body, or for multipart the `payload_json` part. */
  json: Json;
}

let nextId = 500000000000000000n;
const snowflake = (): string => String(nextId++);

// Discord's message object, minimal but complete enough for discord.js.
function messageObject(channelId: string, body: Json): Json {
  return {
    id: snowflake(), channel_id: channelId, type: 0, content: body?.content ?? '', tts: false,
    author: { id: BOT_ID, username: 'lineitem', discriminator: '0', avatar: null, global_name: null, bot: true },
    timestamp: new Date().toISOString(), edited_timestamp: null, mention_everyone: false, mentions: [], mention_roles: [],
    attachments: [], embeds: body?.embeds ?? [], pinned: false, flags: body?.flags ?? 0,
  };
}

// The "payload_json" part of a multipart body.
function multipartJson(raw: Buffer): Json {
  const text = raw.toString('latin1');
  const m = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
  return m ? JSON.parse(Buffer.from(m[1]!, 'latin1').toString('utf8')) : null;
}

export class FakeDiscord {
  readonly requests: Recorded[] = [];
  /** Every IDENTIFY payload received (op 2), e.g. to check the shard a client asked for. */
  readonly identifies: Json[] = [];
  /** Heartbeats received (each answered with op 11). */
  heartbeats = 0;
  /** Every RESUME payload received (op 6), each answered with a RESUMED dispatch. */
  readonly resumes: Json[] = [];
  /** Gateway connections opened so far (1 after the first login). */
  connections = 0;
  // Faults to inject: the next `count` REST requests matching `pred` get `status` instead of their answer.
  // Every dispatch sent, for replay on RESUME.
  private history: { s: number; frame: string }[] = [];
  private faults: { pred: (r: Recorded) => boolean; status: 500 | 429; count: number }[] = [];
  private http!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private waiters: { pred: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  port = 0;
  wsPort = 0;
  /** Resolves when a client has identified and been sent READY + GUILD_CREATE. */
  ready!: Promise<void>;
  private markReady!: () => void;

  /** The REST base to give discord.js (DISCORD_API). */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.wss.once('listening', () => resolve()));
    this.wsPort = (this.wss.address() as AddressInfo).port;
    this.wss.on('connection', (ws) => this.gateway(ws));
    this.http = createServer((req, res) => void this.rest(req, res));
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.http.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const w of this.waiters) w.resolve(undefined as never);
    this.waiters = [];
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** The first recorded request (past or future) matching `pred`; rejects after `ms`. */
  waitFor(pred: (r: Recorded) => boolean, ms = 15_000, label = 'request'): Promise<Recorded> {
    const found = this.requests.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}`)), ms);
      this.waiters.push({ pred, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  /**
   * Answers the next `count` REST requests matching `pred` with a 500, or with a 429 carrying
   * `retry-after` (seconds) as Discord sends it. Later requests are answered normally.
   */
  failNext(pred: (r: Recorded) => boolean, status: 500 | 429, count = 1): void {
    this.faults.push({ pred, status, count });
  }

  /** Drops every gateway connection: a close frame with `code` (e.g. 4000), or for 1006 a cut with no close frame. */
  disconnect(code: 4000 | 1006 = 4000): void {
    for (const ws of this.sockets) {
      if (code === 1006) ws.terminate();
      else ws.close(code, 'fake Discord closed the session');
    }
  }

  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    const s = ++this.seq;
    const frame = JSON.stringify({ op: 0, t, s, d });
    this.history.push({ s, frame });
    for (const ws of this.sockets) ws.send(frame);
  }

  /** An INTERACTION_CREATE for a slash command (type 2) or its autocomplete (type 4). */
  interaction(name: string, options: { name: string; value: string; focused?: boolean }[], opts: { type?: 2 | 4; user?: string } = {}): string {
    const token = `itoken-${snowflake()}`;
    this.dispatch('INTERACTION_CREATE', {
      id: snowflake(), application_id: APP_ID, type: opts.type ?? 2, token, version: 1,
      data: { id: snowflake(), name, type: 1, options: options.map((o) => ({ type: 3, ...o })) },
      guild_id: GUILD_ID, channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
      member: {
        user: { id: opts.user ?? snowflake(), username: 'alice', discriminator: '0', avatar: null, global_name: null },
        roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0,
      },
      app_permissions: '2248473465835073', locale: 'en-US', guild_locale: 'en-US', entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID }, context: 0,
    });
    return token;
  }

  /** A MESSAGE_CREATE in the guild channel. */
  message(content: string, mentionsBot: boolean, user = snowflake(), mentionRoles: string[] = []): string {
    const id = snowflake();
    this.dispatch('MESSAGE_CREATE', {
      id, channel_id: CHANNEL_ID, guild_id: GUILD_ID, type: 0, content, tts: false,
      author: { id: user, username: 'alice', discriminator: '0', avatar: null, global_name: null },
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      timestamp: new Date().toISOString(), edited_timestamp: null, mention_everyone: false,
      mentions: mentionsBot ? [{ id: BOT_ID, username: 'lineitem', discriminator: '0', avatar: null, bot: true }] : [],
      mention_roles: mentionRoles, attachments: [], embeds: [], pinned: false, flags: 0,
    });
    return id;
  }

  /** A direct message to the bot (no guild; a DM channel discord.js has not seen before). */
  dm(content: string, channelId: string, user = snowflake()): string {
    const id = snowflake();
    this.dispatch('MESSAGE_CREATE', {
      id, channel_id: channelId, channel_type: 1, type: 0, content, tts: false,
      author: { id: user, username: 'bob', discriminator: '0', avatar: null, global_name: null },
      timestamp: new Date().toISOString(), edited_timestamp: null, mention_everyone: false, mentions: [],
      mention_roles: [], attachments: [], embeds: [], pinned: false, flags: 0,
    });
    return id;
  }

  private gateway(ws: WebSocket): void {
    this.sockets.add(ws);
    this.connections++;
    ws.on('close', () => this.sockets.delete(ws));
    // A short heartbeat interval so that heartbeats (op 1 -> op 11) really happen during a test (not so short
    // that a busy machine misses an acknowledgement and the client reconnects).
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 1000 }, s: null, t: null }));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.op === 1) {
        this.heartbeats++;
        ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      }
      if (msg.op === 2) {
        this.identifies.push(msg.d);
        this.identify(ws);
      }
      if (msg.op === 6) {
        // as Discord does: the dispatches the client missed since its last sequence number, then RESUMED
        this.resumes.push(msg.d);
        for (const h of this.history) if (h.s > Number(msg.d.seq ?? 0)) ws.send(h.frame);
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
      }
    });
  }

  // READY lists the guild as unavailable; GUILD_CREATE then caches it and its channel (MESSAGE_CREATE needs that).
  private identify(ws: WebSocket): void {
    const send = (t: string, d: unknown): void => ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
    send('READY', {
      v: 10, session_id: 'session-1', resume_gateway_url: `ws://127.0.0.1:${this.wsPort}`, shard: [0, 1],
      user: { id: BOT_ID, username: 'lineitem', discriminator: '0', avatar: null, global_name: null, bot: true, flags: 0 },
      guilds: [{ id: GUILD_ID, unavailable: true }], application: { id: APP_ID, flags: 0 },
    });
    send('GUILD_CREATE', {
      id: GUILD_ID, name: 'Finance', icon: null, owner_id: USER_ID, unavailable: false, large: false, member_count: 2,
      joined_at: new Date().toISOString(), features: [], emojis: [], stickers: [], presences: [], voice_states: [],
      members: [{
        user: { id: BOT_ID, username: 'lineitem', discriminator: '0', avatar: null, global_name: null, bot: true },
        roles: [BOT_ROLE_ID], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0,
      }],
      threads: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
      roles: [
        { id: GUILD_ID, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
        { id: BOT_ROLE_ID, name: 'Lineitem', permissions: '116736', position: 1, color: 0, hoist: false, managed: true, mentionable: false, flags: 0, tags: { bot_id: BOT_ID } },
      ],
      channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: GUILD_ID }],
      preferred_locale: 'en-US', premium_tier: 0, system_channel_flags: 0, verification_level: 0, nsfw_level: 0, mfa_level: 0,
      explicit_content_filter: 0, default_message_notifications: 0, afk_timeout: 300,
    });
    this.markReady();
  }

  private async rest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = String(req.headers['content-type'] ?? '');
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\/api\/v\d+/, '');
    let json: Json = null;
    if (contentType.startsWith('multipart/')) json = multipartJson(raw);
    else if (raw.length > 0) json = JSON.parse(raw.toString('utf8'));
    const rec: Recorded = { method: req.method ?? 'GET', path, contentType, raw, json };
    this.requests.push(rec);
    this.waiters = this.waiters.filter((w) => (w.pred(rec) ? (w.resolve(rec), false) : true));
    const send = (status: number, body?: unknown): void => {
      if (body === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const fault = this.faults.find((f) => f.count > 0 && f.pred(rec));
    if (fault) {
      fault.count--;
      if (fault.status === 500) return send(500, { message: '500: Internal Server Error', code: 0 });
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0.05', 'x-ratelimit-scope': 'user' });
      return void res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: 0.05, global: false }));
    }
    const m = rec.method;
    if (m === 'GET' && path === '/gateway/bot')
      return send(200, { url: `ws://127.0.0.1:${this.wsPort}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    if (m === 'GET' && path === '/applications/@me') return send(200, { id: APP_ID, name: 'lineitem', flags: 0 });
    // Interaction callbacks: 204 with no JSON content type (discord.js would try to parse it otherwise).
    if (m === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return send(204);
    if ((m === 'PATCH' || m === 'POST') && path.startsWith('/webhooks/')) return send(200, messageObject(CHANNEL_ID, json));
    if (m === 'DELETE' && path.startsWith('/webhooks/')) return send(204);
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m === 'POST' && channel) return send(200, messageObject(channel[1]!, json));
    if (m === 'PUT' && /^\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path))
      return send(200, (json as Json[]).map((c) => ({ ...c, id: snowflake(), application_id: APP_ID, version: '1' })));
    send(404, { message: 'Unknown route in fake Discord', code: 0 });
  }
}
