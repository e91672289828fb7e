#pragma once

#include "reviewtypes.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <optional>

// What the inbox shows: every field left empty means "any". Turned into SQL
// conditions (filtering happens in the store, never over loaded rows).
struct ReviewFilter
{
    Reviews::ScoreBand band = Reviews::ScoreBand::Any;
    QString crewId; // a driver or helper on the route of the reviewed stop
    QString hubId;
    QString clientId;
    QString productType;
    QString theme;   // a theme key of the tagger, e.g. "punctuality"
    qint64 from = 0; // received at or after (ms); 0 = no lower bound
    qint64 to = 0;   // received before (ms); 0 = no upper bound
    bool unhandledOnly = false;
    bool starredOnly = false;
    std::optional<Reviews::Cause> cause;
    QString searchText; // words in the comment; the last one may be unfinished

    bool operator==(const ReviewFilter &o) const;
    bool operator!=(const ReviewFilter &o) const { return !(*this == o); }
};

namespace Reviews {

// SQL conditions (joined with AND) over the aliases the store uses
// (r reviews, s stops, rt routes, p products, st review_state) and their
// values in order of their "?".
struct SqlConditions
{
    QStringList clauses;
    QVariantList values;
};
// How a theme or search-text condition finds its reviews. List: the matching
// reviews are gathered first and sorted (right when there are few, and for
// counting). PerRow: the inbox is walked newest first and each review is
// checked (right when there are many and only a page is read: the walk stops
// after the page).
enum class Lookup { List, PerRow };
SqlConditions filterConditions(const ReviewFilter &filter, bool sqlite,
                               Lookup themeLookup = Lookup::List,
                               Lookup searchLookup = Lookup::List);

// The same conditions over review_facts f (SQLite, see schema_reviews.h),
// and review_state st for the cause, reviews r for the search text: every
// condition but the crew member's (the store walks review_crew for that).
// `driver` names the condition whose index the store walks ("client",
// "hub", "product", "theme"); the other equalities get a unary "+" so SQLite
// checks them per row instead of starting from their index.
SqlConditions factConditions(const ReviewFilter &filter, Lookup themeLookup,
                             const QString &driver = {});

// The words of a search text, as the search index splits them.
QStringList searchWords(const QString &text);
// An FTS5 query that finds comments with all the words of `text`; when
// `prefixLast` and the text does not end in a space, the last word also
// matches longer words (the user is still typing it). Empty for no words.
QString ftsQuery(const QString &text, bool prefixLast = true);
// A word folded the way the index folds it: lower case, without diacritics.
QString foldWord(const QString &word);
// Where the words of `searchText` occur in `text` (whole words, folded; the
// last word also as a prefix when it is unfinished), in order.
QVector<TextRange> highlightRanges(const QString &text, const QString &searchText);

} // namespace Reviews
