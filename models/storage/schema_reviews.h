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
