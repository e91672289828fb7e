#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// A dispatcher's change to the operation, as plain values: which pending stops
// each touched route of today visits in which order, and which stops move to
// another day. The re-planning dialogs produce one; a ChangeCommand applies it
// to the store, and reverts it on undo.
namespace Replan {

// Why a stop leaves its route or its day; stored with the change and on the
// moved stop.
enum class Reason { NotHome, WrongProduct, Breakdown, Weather, CustomerRequest, Other };

QString reasonKey(Reason reason); // not_home, wrong_product, breakdown, weather, customer_request, other
Reason reasonFromKey(const QString &key, bool *ok = nullptr);
QString reasonText(Reason reason); // in the user's language
QVector<Reason> allReasons();

// The new planned order of one route of today: every stop the route still has
// to visit (not yet arrived), kept or received, in visiting order, with the
// planned arrival the re-plan computed for each.
struct RouteOrder
{
    QString routeId;
    QStringList stopIds;
    QVector<qint64> plannedArrivals; // same length as stopIds; epoch ms

    bool operator==(const RouteOrder &other) const;
};

// A stop that is not visited on its route today (or on its planned day): it
// ends as "moved" with the change's reason, and a return visit (attempt + 1,
// previous_stop = stopId, same customer, product and services) is created for
// `day`.
struct Reschedule
{
    QString stopId;
    QString day;     // YYYY-MM-DD, in the company's time zone
    QString routeId; // the route of that day that takes it; empty: not on a route yet
    int seq = 0;     // 1-based position on routeId; 0: after the route's last stop
    qint64 windowStart = 0; // the new promised window, epoch ms
    qint64 windowEnd = 0;
    qint64 plannedArrival = 0; // 0 when not on a route

    bool operator==(const Reschedule &other) const;
};

struct ChangeSet
{
    enum class Kind { MoveToday, Reschedule, Rescue };

    Kind kind = Kind::MoveToday;
    Reason reason = Reason::Other;
    QString note;          // the dispatcher's own words, may be empty
    QString sourceRouteId; // a rescue: the broken-down route; else empty
    QVector<RouteOrder> orders;
    QVector<Reschedule> reschedules;

    bool isEmpty() const { return orders.isEmpty() && reschedules.isEmpty(); }
    // Every stop the change moves (in an order that differs from before, or to
    // another day), without duplicates.
    QStringList stopIds() const;
    // One line for the undo history and the audit log, e.g. "Move 3 stops to
    // route R-12" or "Reschedule stop S-1 to Thu 3 Dec 10:00-12:00".
    QString summary() const;

    bool operator==(const ChangeSet &other) const;
};

} // namespace Replan

Q_DECLARE_METATYPE(Replan::ChangeSet)
