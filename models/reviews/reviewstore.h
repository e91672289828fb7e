#pragma once

#include "reviewfilter.h"
#include "reviewtypes.h"
#include "workingcalendar.h"

#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVector>
#include <optional>
#include <stdexcept>

class Database;
struct Review;

// A change to a follow-up case that its state does not allow (resolving a
// resolved case, resolving without a note), with the reason in words.
class ReviewCaseError : public std::runtime_error
{
public:
    explicit ReviewCaseError(const QString &message);
    QString message() const { return QString::fromUtf8(what()); }
};

// Reads and writes the Reviews workspace: the inbox a page at a time,
// full-text search, what the desk adds to a review (handled, starred, cause,
// themes), follow-up cases, the team wall. One per Database (thread).
class ReviewStore
{
public:
    // On SQLite, creates the search index if the store has none yet and fills
    // it from the reviews already there (once; may take seconds for a large
    // store). Throws StoreError.
    explicit ReviewStore(Database &db);
    ~ReviewStore();
    ReviewStore(const ReviewStore &) = delete;
    ReviewStore &operator=(const ReviewStore &) = delete;

    Database &database() { return m_db; }
    // Rebuilds the search index from the comments (after restoring a copy
    // whose row ids may have changed).
    void rebuildSearchIndex();

    // --- inbox
    struct PageKey
    {
        qint64 receivedAt = 0;
        QString id;
    };
    // Newest first. The page after `after` (the last row shown), at most
    // `limit` rows. The comment is cut to `commentChars` characters (0: whole).
    QVector<ReviewRow> page(const ReviewFilter &filter, const std::optional<PageKey> &after,
                            int limit, int commentChars = 0);
    // The reviews among `ids` that pass `filter`, newest first.
    QVector<ReviewRow> rowsWithIds(const ReviewFilter &filter, const QStringList &ids,
                                   int commentChars = 0);
    std::optional<ReviewRow> review(const QString &id);
    qint64 count(const ReviewFilter &filter = {});

    // Newest comments with all words of `text` (the last one may be
    // unfinished), with where they were found. `filter` narrows further.
    QVector<ReviewRow> search(const QString &text, int limit, const ReviewFilter &filter = {});

    // --- what the desk adds
    void setHandled(const QString &reviewId, bool handled, const QString &actor, qint64 at);
    void setStarred(const QString &reviewId, bool starred, const QString &actor, qint64 at);
    void setCause(const QString &reviewId, Reviews::Cause cause, const QString &actor, qint64 at);
    // Caches what the theme tagger found (`taggedWith` names the tagger's
    // version, so a better tagger can re-tag).
    void setThemes(const QString &reviewId, const QStringList &themes, const QString &tone,
                   const QString &taggedWith, qint64 at);
    struct Tagging
    {
        QString reviewId;
        QStringList themes;
        QString tone;
    };
    // The same for many reviews, in one transaction.
    void setThemes(const QVector<Tagging> &taggings, const QString &taggedWith, qint64 at);
    // Reviews without themes from `taggedWith`: (id, comment, language, score).
    struct Untagged
    {
        QString id, comment, language;
        int score = 0;
    };
    QVector<Untagged> untagged(const QString &taggedWith, int limit);

    // --- import
    bool hasReview(const QString &id);
    // Adds a review unless its id is already stored; true if added.
    bool addReview(const Review &review, const QString &source);
    bool stopExists(const QString &stopId);
    // Keeps a refused import row; false if the same refusal was kept before.
    bool keepRejectedRow(const QString &file, qint64 lineNo, const QString &field,
                         const QString &reason, const QString &raw, qint64 at);
    qint64 rejectedRowCount();

    // --- follow-up cases
    void setCaseRules(const ReviewCaseRules &rules);
    const ReviewCaseRules &caseRules() const { return m_rules; }
    const WorkingCalendar &calendar() const { return m_calendar; }
    // The day a case opened at `openedAt` (ms) is due.
    QDate dueDateFor(qint64 openedAt) const;
    // Opens a case for each detractor among `reviewIds` that has none; the
    // number opened. Part of the caller's transaction if one is open.
    int openCasesFor(const QStringList &reviewIds, qint64 now);
    // Opens the cases missing for any detractor in the store.
    int openMissingCases(qint64 now);
    std::optional<ReviewCase> caseForReview(const QString &reviewId);
    std::optional<ReviewCase> caseById(qint64 id);
    // Cases not resolved, most urgent first.
    QVector<ReviewCase> unresolvedCases();
    // Open -> contacted. Throws ReviewCaseError if the case is not open.
    void markContacted(qint64 caseId, const QString &actor, qint64 at);
    // Open or contacted -> resolved, with a note saying how (required).
    void resolveCase(qint64 caseId, const QString &note, const QString &actor, qint64 at);
    // Resolved -> open again (the customer called back).
    void reopenCase(qint64 caseId, const QString &actor, qint64 at);
    void setCaseOwner(qint64 caseId, const QString &owner, const QString &actor, qint64 at);
    // Links the return visit planned to put things right (empty unlinks).
    void setReturnVisit(qint64 caseId, const QString &stopId, const QString &actor, qint64 at);

    // --- team wall
    qint64 share(const QString &reviewId, const QString &sharedBy, const QString &note, qint64 at);
    QVector<ReviewShare> wall(int limit);

    // --- client feedback
    // Reviews marked as caused by the client, newest first ([from, to), 0 = open).
    QVector<ReviewRow> clientFeedback(const QString &clientId, qint64 from = 0, qint64 to = 0);
    // Clients with reviews marked as caused by them: (client id, name, count).
    struct ClientCount
    {
        QString clientId, clientName;
        int count = 0;
    };
    QVector<ClientCount> clientFeedbackCounts();

private:
    QSqlQuery &query(const QString &statement);
    // How a page filtered by `theme`, or by a search text, is best read (by
    // how many reviews match).
    Reviews::Lookup themeLookupFor(const QString &theme);
    // Reviews with `theme`, counted up to commonTheme.
    qint64 themeCount(const QString &theme);
    static constexpr int commonTheme = 20000;
    // How a page (or count) without crew member and search text is read from
    // review_facts (SQLite): FROM with the index walked, which condition
    // that index serves, and how the theme is checked.
    struct FactsPlan
    {
        QString from;
        QString driver;
        Reviews::Lookup theme = Reviews::Lookup::PerRow;
    };
    FactsPlan factsPlan(const ReviewFilter &filter);
    // Reviews in `index` (of review_facts) meeting `condition`, counted up
    // to a cap and remembered for a while.
    qint64 estimate(const QString &index, const QString &condition, const QString &value);
    QVector<ReviewRow> factsPage(const ReviewFilter &filter, const std::optional<PageKey> &after,
                                 int limit, int commentChars);
    Reviews::Lookup searchLookupFor(const QString &searchText);
    // page() for a filter by crew member, read from the review_crew index (SQLite).
    QVector<ReviewRow> crewPage(const ReviewFilter &filter, const std::optional<PageKey> &after,
                                int limit, int commentChars);
    QVector<ReviewRow> select(const QString &where, const QVariantList &values, const QString &tail,
                              int commentChars, bool highlight = false);
    void ensureState(const QString &reviewId, qint64 at);
    void writeThemes(const Tagging &tagging, const QString &taggedWith, qint64 at);
    void audit(const QString &actor, const QString &action, const QString &objectType,
               const QString &objectId, const QString &detail, qint64 at);
    ReviewCase readCase(QSqlQuery &q);
    ReviewCase requireCase(qint64 caseId);
    bool openCase(const QString &reviewId, qint64 now);

    Database &m_db;
    bool m_sqlite;
    ReviewCaseRules m_rules;
    WorkingCalendar m_calendar;
    QHash<QString, QSqlQuery> m_queries;
    QHash<QString, QPair<qint64, qint64>> m_estimates; // (count, when counted)
};
