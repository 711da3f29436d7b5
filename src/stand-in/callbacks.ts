// The WeCom side of a callback, for tests, the demo and `npm run chat`: what WeCom sends the bot, signed
// and encrypted exactly as WeCom does, and the bot's decrypted reply.
export * from './callback-common.ts';
export * from './bot-callbacks.ts';
export * from './app-callbacks.ts';
