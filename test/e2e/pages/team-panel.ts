// Page object: the team panel beside the full-page inbox (assignee, sentiment correction, tags, notes,
// history) and the "assigned to me" view, driven by the labels a user reads in each language.
import type { Locator, Page } from 'playwright-core';

export const TEAM_LABELS = {
  en: { assignTo: 'Assign to', addTag: 'Add a tag', note: 'Write a note for the team (not shown to the customer)', addNote: 'Add note', showHistory: 'Show history', markAs: 'Mark as', dismiss: 'Dismiss' },
  es: { assignTo: 'Asignar a', addTag: 'Añadir una etiqueta', note: 'Escribe una nota para el equipo (el cliente no la ve)', addNote: 'Añadir nota', showHistory: 'Ver historial', markAs: 'Marcar como', dismiss: 'Descartar' },
} as const;

export class TeamPanel {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    private readonly labels: (typeof TEAM_LABELS)[keyof typeof TEAM_LABELS],
  ) {
    this.root = page.locator('.team-panel');
  }

  /** Waits for the panel of this mention, with the team listed in the assignee picker. */
  async waitFor(mentionId: string, teammate: string): Promise<void> {
    await this.page.locator(`.team-panel[data-team-mention="${mentionId}"]`).waitFor();
    await this.root.getByLabel(this.labels.assignTo).locator('option', { hasText: teammate }).first().waitFor({ state: 'attached', timeout: 30_000 });
  }

  async assign(name: string): Promise<void> {
    await this.root.getByLabel(this.labels.assignTo).selectOption(name);
  }

  async addTag(tag: string): Promise<void> {
    await this.root.getByLabel(this.labels.addTag).fill(tag);
    await this.root.getByLabel(this.labels.addTag).press('Enter');
  }

  tag(tag: string): Locator {
    return this.root.locator(`.team-tag[data-tag="${tag}"]`);
  }

  async addNote(text: string): Promise<void> {
    await this.root.getByLabel(this.labels.note).fill(text);
    await this.root.getByRole('button', { name: this.labels.addNote }).click();
  }

  /** A note with this text; `pending` says whether it still waits for the collector. */
  note(text: string, pending: boolean): Locator {
    return this.root.locator(`.team-note[data-pending="${pending}"]`).filter({ hasText: text });
  }

  async correct(label: string): Promise<void> {
    await this.root.locator(`.team-correct [data-correct="${label}"]`).click();
  }

  async showHistory(): Promise<Locator> {
    await this.root.getByRole('button', { name: this.labels.showHistory }).click();
    const list = this.root.locator('.team-history__list');
    await list.waitFor();
    return list;
  }

  get notice(): Locator {
    return this.root.locator('.team-notice');
  }

  get refusals(): Locator {
    return this.root.locator('.team-refused');
  }
}
