// Reads the reviews and ratings an outside reference expects (extruct's expected output, schema.org's JSON-LD),
// straight from its JSON and independently of our readers, so conformance figures check them.

/** A review as a reference states it; every field is compared as written there. */
export interface ExpectedReview {
  author?: string;
  ratingValue?: number;
  publishedAt?: string;
  title?: string;
  body?: string;
}

/** An aggregate rating as a reference states it. */
export interface ExpectedAggregate {
  ratingValue: number;
  bestRating?: number;
  ratingCount?: number;
  reviewCount?: number;
}

export interface ExpectedItems {
  reviews: ExpectedReview[];
  aggregates: ExpectedAggregate[];
}

const REVIEW = /^(Review|UserReview|CriticReview|EmployerReview|ClaimReview|MediaReview|Recommendation)$/;
const AGGREGATE = /^(AggregateRating|EmployerAggregateRating)$/;

type Item = { types: string[]; props: Record<string, unknown> };

/** Reviews and aggregates anywhere in a JSON-LD document or extruct's `{type, properties}` output. */
export function expectedItemsOf(json: unknown): ExpectedItems {
  const found: ExpectedItems = { reviews: [], aggregates: [] };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const item = asItem(value as Record<string, unknown>);
    if (item?.types.some((t) => REVIEW.test(t))) found.reviews.push(toExpectedReview(item));
    if (item?.types.some((t) => AGGREGATE.test(t))) {
      const aggregate = toExpectedAggregate(item);
      if (aggregate) found.aggregates.push(aggregate);
    }
    Object.values(item ? item.props : value).forEach(visit);
  };
  visit(json);
  return found;
}

function asItem(object: Record<string, unknown>): Item | undefined {
  const rawTypes = object['@type'] ?? (object.properties ? object.type : undefined);
  if (rawTypes === undefined) return undefined;
  const types = [rawTypes].flat().map((t) => String(t).replace(/^https?:\/\/(www\.)?schema\.org\//, '').replace(/^schema:/, ''));
  const props = (object.properties as Record<string, unknown> | undefined) ?? object;
  return { types, props };
}

/** The first text of a property (extruct writes some values as one-element lists). */
function text(props: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    let value = [props[name]].flat()[0];
    if (typeof value === 'object' && value !== null && '@value' in value) value = (value as { '@value': unknown })['@value'];
    if (typeof value === 'string' && value.trim()) return value.replace(/\s+/g, ' ').trim();
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

function child(props: Record<string, unknown>, name: string): Item | string | undefined {
  const value = [props[name]].flat()[0];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) return asItem(value as Record<string, unknown>) ?? { types: [], props: value as Record<string, unknown> };
  return undefined;
}

function toExpectedReview(item: Item): ExpectedReview {
  const review: ExpectedReview = {};
  const author = child(item.props, 'author');
  const authorName = typeof author === 'string' ? author.trim() : author && text(author.props, 'name');
  if (authorName) review.author = authorName;
  const rating = child(item.props, 'reviewRating');
  const ratingText = typeof rating === 'string' ? rating : rating && text(rating.props, 'ratingValue');
  if (ratingText !== undefined) review.ratingValue = Number(ratingText);
  const date = text(item.props, 'datePublished');
  if (date) review.publishedAt = date;
  const title = text(item.props, 'name', 'headline');
  if (title) review.title = title;
  const body = text(item.props, 'reviewBody', 'description', 'text');
  if (body) review.body = body;
  return review;
}

function toExpectedAggregate(item: Item): ExpectedAggregate | undefined {
  const value = text(item.props, 'ratingValue');
  if (value === undefined) return undefined;
  const aggregate: ExpectedAggregate = { ratingValue: Number(value) };
  const best = text(item.props, 'bestRating');
  if (best !== undefined) aggregate.bestRating = Number(best);
  const ratingCount = text(item.props, 'ratingCount');
  if (ratingCount !== undefined) aggregate.ratingCount = Number(ratingCount);
  const reviewCount = text(item.props, 'reviewCount');
  if (reviewCount !== undefined) aggregate.reviewCount = Number(reviewCount);
  return aggregate;
}
