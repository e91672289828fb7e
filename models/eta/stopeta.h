#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

// The estimated arrival at one pending stop: the most likely time and a band
// (low, high) that holds the real arrival about 80% of the time. Times are
// milliseconds since the epoch (UTC), like every time in the store.
struct StopEta
{
    QString stopId;
    QString routeId;
    qint64 eta = 0;
    qint64 low = 0;
    qint64 high = 0;
    qint64 estimatedAt = 0; // the moment (feed time) the estimate was made

    bool isValid() const { return eta > 0; }
};

// Every pending stop's estimate at one moment, by stop id.
using EtaSnapshot = QHash<QString, StopEta>;

Q_DECLARE_METATYPE(StopEta)
