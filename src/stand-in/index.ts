// The WeCom stand-in: the server (what the bot calls) and the callback side (what WeCom sends the bot).
export * from './stand-in.ts';
export * from './callbacks.ts';
export type { WebhookFault } from './webhook-limits.ts';
