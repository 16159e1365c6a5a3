// The public face of real time: the module for the composition root, and the typed events for clients and tests.
export { RealtimeModule } from './realtime.module.js';
export type {
  ServerToClientEvents,
  ClientToServerEvents,
  RoomAnswer,
  RoomTarget,
  SocketData,
} from './realtime.events.js';
