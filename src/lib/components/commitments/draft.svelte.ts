/** An action item being written: filled from a text selection in the notes, finished in the form. */
export class ActionDraft {
	what = $state('');
	agendaItemId = $state<string | null>(null);
	/** Bumped to ask the form to take focus. */
	focus = $state(0);

	fromNotes(text: string, agendaItemId: string) {
		this.what = text.trim().replace(/\s+/g, ' ').slice(0, 500);
		this.agendaItemId = agendaItemId;
		this.focus++;
	}
}
