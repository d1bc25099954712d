/** A token bucket per connection: bursts up to `capacity` events, `perSecond` sustained. */
export class TokenBucket {
	private tokens: number;
	private last = Date.now();
	constructor(
		private readonly capacity = 40,
		private readonly perSecond = 10
	) {
		this.tokens = capacity;
	}

	take(): boolean {
		const now = Date.now();
		this.tokens = Math.min(
			this.capacity,
			this.tokens + ((now - this.last) / 1000) * this.perSecond
		);
		this.last = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}

/** Size of an event payload as JSON, stopping early once it is over the limit. */
export function jsonTooLarge(value: unknown, limit: number): boolean {
	try {
		return JSON.stringify(value ?? null).length > limit;
	} catch {
		return true;
	}
}
