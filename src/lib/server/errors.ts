import type { MessageKey } from '../i18n';

/**
 * A request refused for a reason the user can act on. `key` names the message in the i18n files, so the
 * same refusal reads well in every language and through HTTP or sockets alike.
 */
export class Refusal extends Error {
	constructor(
		readonly key: MessageKey,
		readonly values: Record<string, string | number> = {},
		readonly status = 400
	) {
		super(key);
	}
}
