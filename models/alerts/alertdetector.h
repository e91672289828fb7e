#pragma once

#include "alert.h"
#include "core/entities.h"
#include "core/routestatus.h"
#include "eta/stopeta.h"

#include <QHash>
#include <QVector>

// The thresholds alerts are raised at; set from the settings.
struct AlertRules
{
    int lateToleranceMin = 5;    // an ETA this far past the window's end is late
    int noContactMinutes = 15;   // silence after which a route has no contact
    double longStopFactor = 2.0; // a stop lasting this many times its plan ...
    int longStopExtraMin = 20;   // ... and at least this many minutes more is long
    int weatherLeadHours = 3;    // a warning matters from this long before a window
};

// What the detector looks at: the operation at one moment. Stops are the
// routes' stops in sequence order; `weatherStops` the pending stops of
// today and tomorrow that a weather warning may cover.
struct AlertInputs
{
    qint64 now = 0;
    QVector<Route> routes;
    QHash<QString, QVector<Stop>> stopsByRoute;
    QHash<QString, Vehicle> vehicles;
    QVector<WeatherWarning> warnings;
    QVector<Stop> weatherStops;
    QHash<QString, QString> dayOfRoute; // for weather stops of other days
    EtaSnapshot etas;
};

// Sees every cause for an alert in one picture of the operation. Pure: the
// same inputs give the same findings, each with a key that names its cause
// (so the store raises it once).
namespace AlertDetector {

QVector<AlertFinding> detect(const AlertInputs &inputs, const AlertRules &rules = {});

// Whether a warning's area holds the point or the postcode.
bool covers(const WeatherWarning &warning, double lat, double lon, const QString &postcode);

} // namespace AlertDetector
