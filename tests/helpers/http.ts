/** Posts a SvelteKit form action the way a browser without JavaScript does, keeping the session cookie. */
export class Browserless {
	cookies = new Map<string, string>();
	constructor(readonly base: string) {}

	get cookieHeader(): string {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}

	private keep(res: Response) {
		for (const c of res.headers.getSetCookie()) {
			const [pair] = c.split(';');
			const eq = pair!.indexOf('=');
			const name = pair!.slice(0, eq);
			const value = pair!.slice(eq + 1);
			if (/expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c) || value === '')
				this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	async get(path: string): Promise<Response> {
		const res = await fetch(this.base + path, {
			headers: { cookie: this.cookieHeader },
			redirect: 'manual'
		});
		this.keep(res);
		return res;
	}

	async post(
		path: string,
		fields: Record<string, string>,
		headers: Record<string, string> = {}
	): Promise<Response> {
		const res = await fetch(this.base + path, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: this.base,
				accept: 'text/html,application/xhtml+xml',
				'content-type': 'application/x-www-form-urlencoded',
				cookie: this.cookieHeader,
				...headers
			},
			body: new URLSearchParams(fields)
		});
		this.keep(res);
		return res;
	}
}
