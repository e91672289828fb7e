#include "changenotifier.h"

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{}

bool ChangeNotifier::Batch::isEmpty() const
{
    return routesAdded.isEmpty() && routesChanged.isEmpty() && stopsChanged.isEmpty() &&
           vehiclesMoved.isEmpty() && vehiclesChanged.isEmpty() && reviewsAdded.isEmpty() &&
           warningsAdded.isEmpty() && rejected == 0;
}

void ChangeNotifier::Batch::merge(const Batch &o)
{
    routesAdded.unite(o.routesAdded);
    routesChanged.unite(o.routesChanged);
    stopsChanged.unite(o.stopsChanged);
    vehiclesMoved.unite(o.vehiclesMoved);
    vehiclesChanged.unite(o.vehiclesChanged);
    reviewsAdded.unite(o.reviewsAdded);
    warningsAdded.unite(o.warningsAdded);
    rejected += o.rejected;
}

namespace {
QStringList sorted(const QSet<QString> &ids)
{
    QStringList list(ids.begin(), ids.end());
    list.sort();
    return list;
}
} // namespace

void ChangeNotifier::publish(const Batch &b)
{
    if (!b.routesAdded.isEmpty())
        Q_EMIT routesAdded(sorted(b.routesAdded));
    if (!b.routesChanged.isEmpty())
        Q_EMIT routesChanged(sorted(b.routesChanged));
    if (!b.stopsChanged.isEmpty())
        Q_EMIT stopsChanged(sorted(b.stopsChanged));
    if (!b.vehiclesMoved.isEmpty())
        Q_EMIT vehiclesMoved(sorted(b.vehiclesMoved));
    if (!b.vehiclesChanged.isEmpty())
        Q_EMIT vehiclesChanged(sorted(b.vehiclesChanged));
    if (!b.reviewsAdded.isEmpty())
        Q_EMIT reviewsAdded(sorted(b.reviewsAdded));
    if (!b.warningsAdded.isEmpty())
        Q_EMIT weatherWarningsAdded(sorted(b.warningsAdded));
    if (b.rejected > 0)
        Q_EMIT eventsRejected(b.rejected);
}
