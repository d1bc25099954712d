import type { Translate } from '../i18n';
import type { Actor } from './actors';
import type { Sql } from './db';
import { getSnapshot, meetingAccess } from './meetings';
import { docFromUpdate, fragmentToHtml, fragmentToMarkdown, NOTES_FIELD } from './notes-export';
import { loadDocument } from './notes-store';

export interface NotesSection {
	itemId: string;
	title: string;
	markdown: string;
	html: string;
}

/** Every agenda item's stored notes, in agenda order, for anyone who may see the meeting. */
export async function meetingNotes(sql: Sql, actor: Actor, meetingId: string) {
	await meetingAccess(sql, actor, meetingId);
	const snapshot = await getSnapshot(sql, meetingId);
	const sections: NotesSection[] = [];
	for (const item of snapshot.items) {
		const doc = docFromUpdate((await loadDocument(sql, item.id)).update);
		const fragment = doc.getXmlFragment(NOTES_FIELD);
		sections.push({
			itemId: item.id,
			title: item.title,
			markdown: fragmentToMarkdown(fragment),
			html: fragmentToHtml(fragment)
		});
		doc.destroy();
	}
	return { snapshot, sections };
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function notesAsMarkdown(t: Translate, n: Awaited<ReturnType<typeof meetingNotes>>): string {
	const lines = [
		`# ${t('notes.exportTitle', { title: n.snapshot.title })}`,
		'',
		t('notes.exportWhen', { date: new Date(n.snapshot.startsAt) }),
		''
	];
	n.sections.forEach((s, i) => {
		lines.push(
			`## ${i + 1}. ${s.title}`,
			'',
			s.markdown.trim() || `_${t('notes.exportEmpty')}_`,
			''
		);
	});
	return lines.join('\n');
}

export function notesAsHtml(
	t: Translate,
	locale: string,
	n: Awaited<ReturnType<typeof meetingNotes>>
): string {
	const title = escapeHtml(t('notes.exportTitle', { title: n.snapshot.title }));
	const body = n.sections
		.map(
			(s, i) =>
				`<section>\n<h2>${i + 1}. ${escapeHtml(s.title)}</h2>\n${s.html || `<p><em>${escapeHtml(t('notes.exportEmpty'))}</em></p>`}\n</section>`
		)
		.join('\n');
	return `<!doctype html>\n<html lang="${escapeHtml(locale)}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<h1>${title}</h1>\n<p>${escapeHtml(t('notes.exportWhen', { date: new Date(n.snapshot.startsAt) }))}</p>\n${body}\n</body>\n</html>\n`;
}
