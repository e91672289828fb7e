#pragma once

#include <QStringList>

// The Reviews workspace's part of the schema: what a team lead adds to a
// review (handled, starred, cause, the cached themes and tone), follow-up
// cases, the team wall and the rows of imported files that were refused.
// Portable statements for migration 4.
QStringList reviewsSchemaVersion4();

// The full-text index over review comments. SQLite only (FTS5), so it is not
// part of a migration (a migration runs on both engines): ReviewStore creates
// it when it first opens an SQLite store and fills it from the reviews that
// are already there. The statements are idempotent.
//
// PostgreSQL equivalent (not built yet, the store keeps the same interface):
// a generated column `search tsvector GENERATED ALWAYS AS
// (to_tsvector('simple', unaccent(comment))) STORED` with a GIN index;
// MATCH becomes `search @@ to_tsquery('simple', unaccent(?))` with `:*` on the
// last word for the prefix, and highlight() becomes ts_headline().
QStringList reviewsSearchIndexSqlite();

// Who delivered each review, for filtering the inbox by driver: one row per
// (crew member of the reviewed stop's route, review), keyed so a driver's
// reviews are read newest first from one index, a page at a time. Kept by
// triggers on reviews, stops and route_crew, so whoever writes (the feed
// ingester, a CSV import, a re-plan that changes a crew or moves a stop)
// keeps it right. SQLite only, like the search index: ReviewStore creates it
// when it first opens an SQLite store and fills it from what is already
// there (reviewsCrewIndexFillSqlite), in one transaction with the triggers.
//
// PostgreSQL equivalent (not built yet; there the driver filter joins
// reviews, stops and route_crew): the same table with PL/pgSQL triggers.
QStringList reviewsCrewIndexSqlite();
QString reviewsCrewIndexFillSqlite();

// What the inbox filters on, one row per review, next to each other:
// received_at, score, hub, client, product type, handled, starred. Keyed by
// (received_at, review_id), so the inbox is walked newest first from this
// compact table, and indexed by hub, client and product type (each index
// carries the other filter columns, so a combination such as a client's
// detractors of one hub and product type is checked inside one index, without
// reading stops, routes, products or review_state) and, partially, by the
// unhandled and the starred reviews. Kept by triggers on reviews, stops,
// routes, products and review_state. SQLite only, like review_crew:
// ReviewStore makes it when it first opens an SQLite store; the statements
// create the table, fill it from what is already stored, then make the
// indexes and triggers (in this order: filling before indexing is faster).
//
// PostgreSQL equivalent (not built yet; there the filters join reviews,
// stops, routes, products and review_state): the same table with PL/pgSQL
// triggers.
QStringList reviewsFactsSqlite();
