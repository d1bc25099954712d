/**
 * Notes travel as y-protocols messages inside socket.io events: a varUint message type (sync or
 * awareness, as y-websocket numbers them) followed by the y-protocols payload.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;

/** One Yjs update may not exceed this (a paste of a long document fits; a flood does not). */
export const MAX_NOTES_UPDATE_BYTES = 256 * 1024;
export const MAX_AWARENESS_BYTES = 8 * 1024;

export type NotesSaveState = 'saved' | 'saving' | 'offline';
