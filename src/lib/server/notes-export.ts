import * as Y from 'yjs';

/**
 * Markdown and clean HTML from a notes document, read straight from the Yjs tree that Tiptap's
 * Collaboration extension writes (elements named after the editor's nodes, marks as text attributes).
 * Unknown nodes keep their text; unsafe links are dropped.
 */
export const NOTES_FIELD = 'default';

type Marks = Record<string, unknown>;
interface Run {
	text: string;
	marks: Marks;
}

function runs(text: Y.XmlText): Run[] {
	return (text.toDelta() as { insert: unknown; attributes?: Marks }[])
		.filter((d) => typeof d.insert === 'string')
		.map((d) => ({ text: d.insert as string, marks: d.attributes ?? {} }));
}

function safeHref(marks: Marks): string | null {
	const link = marks.link as { href?: unknown } | undefined;
	const href = typeof link?.href === 'string' ? link.href : null;
	return href && /^(https?:|mailto:)/i.test(href) ? href : null;
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlineHtml(node: Y.XmlElement | Y.XmlText | Y.XmlFragment): string {
	if (node instanceof Y.XmlText) {
		return runs(node)
			.map(({ text, marks }) => {
				let out = escapeHtml(text);
				if (marks.code) out = `<code>${out}</code>`;
				if (marks.bold) out = `<strong>${out}</strong>`;
				if (marks.italic) out = `<em>${out}</em>`;
				if (marks.underline) out = `<u>${out}</u>`;
				if (marks.strike) out = `<s>${out}</s>`;
				const href = safeHref(marks);
				if (href) out = `<a href="${escapeHtml(href)}">${out}</a>`;
				return out;
			})
			.join('');
	}
	return children(node).map(blockHtml).join('');
}

function children(node: Y.XmlElement | Y.XmlFragment): (Y.XmlElement | Y.XmlText)[] {
	return node
		.toArray()
		.filter(
			(c): c is Y.XmlElement | Y.XmlText => c instanceof Y.XmlElement || c instanceof Y.XmlText
		);
}

function blockHtml(node: Y.XmlElement | Y.XmlText): string {
	if (node instanceof Y.XmlText) return inlineHtml(node);
	const inner = () => children(node).map(blockHtml).join('');
	switch (node.nodeName) {
		case 'paragraph':
			return `<p>${inner()}</p>`;
		case 'heading': {
			const level = Math.min(6, Math.max(1, Number(node.getAttribute('level')) || 2));
			return `<h${level}>${inner()}</h${level}>`;
		}
		case 'bulletList':
			return `<ul>${inner()}</ul>`;
		case 'orderedList':
			return `<ol>${inner()}</ol>`;
		case 'listItem':
			return `<li>${inner()}</li>`;
		case 'taskList':
			return `<ul class="tasks">${inner()}</ul>`;
		case 'taskItem': {
			const checked = String(node.getAttribute('checked')) === 'true';
			return `<li><input type="checkbox" disabled${checked ? ' checked' : ''}> ${inner()}</li>`;
		}
		case 'blockquote':
			return `<blockquote>${inner()}</blockquote>`;
		case 'codeBlock':
			return `<pre><code>${escapeHtml(
				node
					.toArray()
					.map((c) => (c instanceof Y.XmlText ? c.toString() : ''))
					.join('')
			)}</code></pre>`;
		case 'horizontalRule':
			return '<hr>';
		case 'hardBreak':
			return '<br>';
		default:
			return inner();
	}
}

export function fragmentToHtml(fragment: Y.XmlFragment): string {
	return children(fragment).map(blockHtml).join('\n');
}

const escapeMd = (s: string) => s.replace(/([\\`*_[\]#<>])/g, '\\$1');

function inlineMd(node: Y.XmlElement | Y.XmlText): string {
	if (node instanceof Y.XmlText) {
		return runs(node)
			.map(({ text, marks }) => {
				let out = marks.code ? `\`${text.replace(/`/g, '')}\`` : escapeMd(text);
				if (marks.bold) out = `**${out}**`;
				if (marks.italic) out = `*${out}*`;
				if (marks.strike) out = `~~${out}~~`;
				const href = safeHref(marks);
				if (href) out = `[${out}](${href.replace(/\)/g, '%29')})`;
				return out;
			})
			.join('');
	}
	if (node.nodeName === 'hardBreak') return '  \n';
	return children(node).map(inlineMd).join('');
}

function blockMd(node: Y.XmlElement | Y.XmlText, indent = ''): string[] {
	if (node instanceof Y.XmlText) return [indent + inlineMd(node)];
	const kids = children(node);
	switch (node.nodeName) {
		case 'paragraph':
			return [indent + kids.map(inlineMd).join('')];
		case 'heading': {
			const level = Math.min(6, Math.max(1, Number(node.getAttribute('level')) || 2));
			return [`${indent}${'#'.repeat(level)} ${kids.map(inlineMd).join('')}`];
		}
		case 'bulletList':
		case 'orderedList':
		case 'taskList':
			return kids.flatMap((item, i) => {
				const marker =
					node.nodeName === 'orderedList'
						? `${i + 1}.`
						: node.nodeName === 'taskList'
							? `- [${item instanceof Y.XmlElement && String(item.getAttribute('checked')) === 'true' ? 'x' : ' '}]`
							: '-';
				const inner =
					item instanceof Y.XmlElement
						? children(item).flatMap((c) => blockMd(c, indent + '  '))
						: [];
				const [first = '', ...rest] = inner;
				return [`${indent}${marker} ${first.slice(indent.length + 2)}`, ...rest];
			});
		case 'blockquote':
			return kids.flatMap((c) => blockMd(c)).map((l) => `${indent}> ${l}`);
		case 'codeBlock':
			return [
				indent + '```',
				...kids.map((c) => (c instanceof Y.XmlText ? c.toString() : '')),
				indent + '```'
			];
		case 'horizontalRule':
			return [indent + '---'];
		default:
			return kids.flatMap((c) => blockMd(c, indent));
	}
}

export function fragmentToMarkdown(fragment: Y.XmlFragment): string {
	return children(fragment)
		.map((n) => blockMd(n).join('\n'))
		.join('\n\n');
}

/** A document rebuilt from a stored update. */
export function docFromUpdate(update: Uint8Array): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, update);
	return doc;
}
