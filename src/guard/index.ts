export { Guard, type GuardOptions } from './guard.js';
export { chunksOf, type GuardStreamEvent } from './streaming.js';
export { GATEWAY_PROVIDER_DEFAULTS, Upstreams, type UpstreamSettings } from './upstreams.js';
export {
  GuardReplay,
  replayLineSchema,
  REPLAY_UPSTREAM,
  type ReplayLine,
  type ReplayResult,
} from './replay.js';
export { holdingMessage } from './takeover.js';
