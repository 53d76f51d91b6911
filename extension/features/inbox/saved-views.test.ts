import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savedViewsItem, storeViews, userKeyOf, viewMatching, viewsOf, withoutView, withView, type SavedView } from './saved-views.ts';

const view = (name: string, over: Partial<SavedView> = {}): SavedView => ({
  id: `id-${name}`,
  name,
  filters: {},
  sort: 'priority',
  search: '',
  savedAt: '2026-11-24T10:00:00.000Z',
  ...over,
});

beforeEach(() => fakeBrowser.reset());

describe('saved views', () => {
  it('keeps each user’s views apart, the name folded as the key', async () => {
    await storeViews('Ana', [view('Urgent', { filters: { sentiment: 'negative' }, sort: 'time-left' })]);
    await storeViews('Luis', [view('Mine', { filters: { assignee: { kind: 'me' } } })]);
    const all = await savedViewsItem.getValue();
    expect(viewsOf(all, ' ana ').map((v) => v.name)).toEqual(['Urgent']);
    expect(viewsOf(all, 'LUIS').map((v) => v.name)).toEqual(['Mine']);
    expect(viewsOf(all, 'Marta')).toEqual([]);
    expect(userKeyOf('Ánà ')).toBe(userKeyOf('ana'));
  });

  it('drops a bad stored view and keeps the rest', () => {
    const all = { ana: [view('Good'), { id: 'x', name: '', filters: {}, sort: 'priority', search: '', savedAt: 'x' }, { ...view('Bad sort'), sort: 'random' }, 'junk'] };
    expect(viewsOf(all, 'Ana').map((v) => v.name)).toEqual(['Good']);
  });

  it('replaces a view saved again under the same name (case and accents aside), keeping its id', () => {
    const list = [view('Quejas'), view('Billing')];
    const next = withView(list, view('quéjas', { id: 'new-id', sort: 'newest' }));
    expect(next.map((v) => [v.id, v.name, v.sort])).toEqual([
      ['id-Billing', 'Billing', 'priority'],
      ['id-Quejas', 'quéjas', 'newest'],
    ]);
    expect(withoutView(next, 'id-Billing').map((v) => v.name)).toEqual(['quéjas']);
  });

  it('recognises the view the inbox is showing, whatever the order of the filters', () => {
    const urgent = view('Urgent', { filters: { sentiment: 'negative', status: 'new' }, sort: 'time-left', search: 'router' });
    expect(viewMatching([urgent], { filters: { status: 'new', sentiment: 'negative', brand: undefined }, sort: 'time-left', search: ' router ' })).toBe(urgent);
    expect(viewMatching([urgent], { filters: { status: 'new', sentiment: 'negative' }, sort: 'newest', search: 'router' })).toBeUndefined();
  });
});
