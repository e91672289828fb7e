#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class Database;

namespace Replan {

// What the views tell about a stop's place in a chain of attempts: why it
// was moved and where its return visit went, or, for a return visit, what
// went wrong the first time. Read on demand for the stops shown.
struct VisitNote
{
    // A moved stop.
    QString movedReason; // Replan::reasonKey(); empty when not moved
    QString movedNote;
    QString movedBy;
    qint64 movedAt = 0;
    QString returnVisitId;  // empty when none was made
    QString returnVisitDay; // YYYY-MM-DD
    bool returnVisitOnRoute = false;

    // A return visit (attempt > 1).
    int attempt = 1;
    QString previousStopId;
    QString previousDay;     // YYYY-MM-DD of the earlier attempt
    QString previousOutcome; // Domain::outcomeKey() of its result; empty if none
    QString previousReason;  // why it was moved (reasonKey); empty if not moved
    QString previousNote;

    bool isMoved() const { return !movedReason.isEmpty(); }
    bool isReturnVisit() const { return attempt > 1; }
    // "Attempt 2: the first time (Tue 1 Dec) customer not home: away until Tuesday"
    QString returnVisitText() const;
    // "Moved: customer not home, by Ria at 10:12; return visit S-2-R2 on Wed 2 Dec"
    QString movedText() const;
};

class VisitHistory
{
public:
    explicit VisitHistory(Database &db);

    // The notes of those of `stopIds` that were moved or are return visits.
    QHash<QString, VisitNote> notesFor(const QStringList &stopIds);

private:
    Database &m_db;
};

} // namespace Replan
