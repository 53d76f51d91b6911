// Turns schema.org nodes into reviews and aggregate ratings, whichever syntax they came from.
import { normalizeRating, parseCount, toRatingScale } from '../rating-scale.ts';
import { toIsoDate } from '../review-date.ts';
import type { ExtractedAggregate, ExtractedReview } from '../review.ts';
import { nodeOf, resolveUrl, textOf, valueOf, type SchemaNode } from './schema-node.ts';

/** schema.org's Review and its subtypes. */
const REVIEW_TYPES = new Set(['Review', 'UserReview', 'CriticReview', 'EmployerReview', 'ClaimReview', 'MediaReview', 'Recommendation', 'ReviewNewsArticle']);
/** schema.org's AggregateRating and its subtypes. */
const AGGREGATE_TYPES = new Set(['AggregateRating', 'EmployerAggregateRating']);

export const isReviewNode = (node: SchemaNode): boolean => node.types.some((t) => REVIEW_TYPES.has(t));
export const isAggregateNode = (node: SchemaNode): boolean => node.types.some((t) => AGGREGATE_TYPES.has(t));

/** Reviews and aggregates among `nodes`, plus one line per item that could not be used. */
export function toSchemaReviews(nodes: SchemaNode[], baseUrl?: string) {
  const owners = ownerNames(nodes);
  const reviews: ExtractedReview[] = [];
  const aggregates: ExtractedAggregate[] = [];
  const problems: string[] = [];
  for (const node of nodes) {
    if (isReviewNode(node)) {
      const review = toReview(node, owners.get(node), baseUrl, problems);
      if (review) reviews.push(review);
    } else if (isAggregateNode(node)) {
      const aggregate = toAggregate(node, owners.get(node));
      if (aggregate) aggregates.push(aggregate);
      else problems.push('aggregate rating without a readable ratingValue skipped');
    }
  }
  return { reviews, aggregates, problems };
}

/** Name of the item each review or aggregate is nested in (`Product.review`, `Book.aggregateRating`). */
function ownerNames(nodes: SchemaNode[]): Map<SchemaNode, string> {
  const owners = new Map<SchemaNode, string>();
  for (const node of nodes) {
    const name = textOf(node, 'name');
    if (!name) continue;
    for (const prop of ['review', 'reviews', 'aggregateRating']) {
      for (const value of node.props.get(prop) ?? []) if (typeof value !== 'string') owners.set(value, name);
    }
  }
  return owners;
}

function toReview(node: SchemaNode, owner: string | undefined, baseUrl: string | undefined, problems: string[]): ExtractedReview | undefined {
  const review: ExtractedReview = {};
  if (node.id) review.id = node.id;
  const author = authorOf(valueOf(node, 'author', 'creator'), baseUrl);
  if (author) review.author = author;
  const rating = valueOf(node, 'reviewRating');
  const scale = typeof rating === 'string' ? toRatingScale(rating) : rating && toRatingScale(textOf(rating, 'ratingValue'), textOf(rating, 'bestRating'), textOf(rating, 'worstRating'));
  if (scale) {
    review.ratingRaw = scale;
    const normalized = normalizeRating(scale);
    if (normalized === undefined) problems.push(`review rating ${scale.value} lies outside ${scale.worst}–${scale.best}: rating left out`);
    else review.rating = normalized;
  }
  const date = textOf(node, 'datePublished', 'dateCreated');
  const publishedAt = toIsoDate(date);
  if (publishedAt) review.publishedAt = publishedAt;
  else if (date) problems.push(`review date "${date.slice(0, 40)}" is not a machine-readable date: left out`);
  const title = textOf(node, 'name', 'headline');
  if (title) review.title = title;
  const body = textOf(node, 'reviewBody', 'description', 'text');
  if (body) review.body = body;
  const url = textOf(node, 'url');
  if (url) review.url = resolveUrl(url, baseUrl);
  const language = valueOf(node, 'inLanguage');
  const lang = typeof language === 'string' ? language.trim() : language && textOf(language, 'alternateName', 'name');
  if (lang) review.lang = lang;
  else if (node.lang) review.lang = node.lang;
  const reviewed = valueOf(node, 'itemReviewed');
  const itemReviewed = typeof reviewed === 'string' ? reviewed.trim() : reviewed && textOf(reviewed, 'name');
  if (itemReviewed || owner) review.itemReviewed = itemReviewed || owner;
  if (review.body === undefined && review.title === undefined && review.ratingRaw === undefined) {
    problems.push('review without text, title or rating skipped');
    return undefined;
  }
  return review;
}

function authorOf(value: string | SchemaNode | undefined, baseUrl: string | undefined): ExtractedReview['author'] {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() ? { name: value.trim() } : undefined;
  const given = [textOf(value, 'givenName'), textOf(value, 'familyName')].filter(Boolean).join(' ');
  const name = textOf(value, 'name', 'alternateName') ?? (given || undefined);
  const url = textOf(value, 'url');
  if (!name && !url) return undefined;
  return { ...(name ? { name } : {}), ...(url ? { url: resolveUrl(url, baseUrl) } : {}) };
}

function toAggregate(node: SchemaNode, owner: string | undefined): ExtractedAggregate | undefined {
  const scale = toRatingScale(textOf(node, 'ratingValue'), textOf(node, 'bestRating'), textOf(node, 'worstRating'));
  if (!scale) return undefined;
  const aggregate: ExtractedAggregate = { ratingValue: scale.value, bestRating: scale.best, worstRating: scale.worst };
  const ratingCount = parseCount(textOf(node, 'ratingCount'));
  if (ratingCount !== undefined) aggregate.ratingCount = ratingCount;
  const reviewCount = parseCount(textOf(node, 'reviewCount'));
  if (reviewCount !== undefined) aggregate.reviewCount = reviewCount;
  const normalized = normalizeRating(scale);
  if (normalized !== undefined) aggregate.normalized = normalized;
  const reviewed = nodeOf(node, 'itemReviewed');
  const itemReviewed = (reviewed && textOf(reviewed, 'name')) ?? textOf(node, 'itemReviewed') ?? owner;
  if (itemReviewed) aggregate.itemReviewed = itemReviewed;
  return aggregate;
}
