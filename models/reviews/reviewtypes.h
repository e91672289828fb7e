#pragma once

#include <QDate>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// The words of the Reviews workspace: score bands, causes, follow-up cases
// and the rows the inbox and the search show.
namespace Reviews {

enum class ScoreBand { Any, Detractor, Passive, Promoter };
// Detractor 0-6, passive 7-8, promoter 9-10 (the NPS bands).
ScoreBand bandOf(int score);
QString bandKey(ScoreBand band); // "detractor", "passive", "promoter", "" for Any
std::optional<ScoreBand> bandFromKey(const QString &key);
QString bandText(ScoreBand band); // translated
bool isDetractor(int score);

// Who caused what the customer complains about.
enum class Cause { Unknown, Delivery, PlanningCommunication, Client };
QString causeKey(Cause cause); // "", "delivery", "planning_communication", "client"
std::optional<Cause> causeFromKey(const QString &key);
QString causeText(Cause cause);

enum class CaseState { Open, Contacted, Resolved };
QString caseStateKey(CaseState state); // "open", "contacted", "resolved"
std::optional<CaseState> caseStateFromKey(const QString &key);
QString caseStateText(CaseState state);

// A run of UTF-16 positions [start, start + length) in a text.
using TextRange = QPair<int, int>;

} // namespace Reviews

// A review as the inbox lists it, with the delivery it is about (empty where
// the stop is not, or not yet, in the store) and what the desk added.
struct ReviewRow
{
    QString id;
    QString stopId;
    int score = 0;
    QString comment; // whole comment
    QString language;
    QString channel;
    QString source;
    qint64 receivedAt = 0;
    QString routeId, hubId, clientId, clientName, productType, crew;
    bool handled = false;
    bool starred = false;
    Reviews::Cause cause = Reviews::Cause::Unknown;
    QStringList themes;
    QString tone;
    // Where the search words were found in `comment` (search results only).
    QVector<Reviews::TextRange> highlights;
};

// A follow-up case opened for a detractor review.
struct ReviewCase
{
    qint64 id = 0;
    QString reviewId;
    QString owner;
    qint64 openedAt = 0;
    QDate dueDate;
    Reviews::CaseState state = Reviews::CaseState::Open;
    qint64 contactedAt = 0;
    qint64 resolvedAt = 0;
    QString resolution;
    QString returnStopId;
    qint64 updatedAt = 0;

    // Not resolved and the due day is over.
    bool isOverdue(const QDate &today) const
    {
        return state != Reviews::CaseState::Resolved && today > dueDate;
    }
};

// A review shared to the team wall.
struct ReviewShare
{
    qint64 id = 0;
    QString reviewId;
    QString sharedBy;
    QString note;
    qint64 sharedAt = 0;
};

// How follow-up cases are opened: who owns them and how long they may take.
struct ReviewCaseRules
{
    QString owner;       // the team lead; empty leaves the case unassigned
    int workingDays = 2; // due this many working days after the review arrived
    bool liberationDayEveryYear = false;
};
