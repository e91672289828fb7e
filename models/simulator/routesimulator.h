#pragma once

#include "gazetteer.h"
#include "reviewwriter.h"
#include "routeleg.h"
#include "simcatalogue.h"
#include "simday.h"
#include "simrandom.h"

#include <QByteArray>
#include <QVector>

// Who drives which van from which depot on the day.
struct RouteSetup
{
    struct Member
    {
        QByteArray id;
        QByteArray name;
    };
    const Gazetteer::HubSite *hub = nullptr;
    QVector<int> towns;          // towns the hub delivers to
    QVector<double> townWeights; // how many customers each has, relatively
    QByteArray routeId;
    QByteArray vehicleId;
    QByteArray plate;
    Member crew[2];
    int firstStopNo = 1; // the day's running number of the route's first stop
    quint64 seed = 0;
};

// One route of the day: picks the customers, plans the order and times as the
// planning system would, then drives it with traffic, delays, failures, a
// possible breakdown and re-plan, and writes every event that produces.
class RouteSimulator
{
public:
    RouteSimulator(const SimDay::Context &context, const RouteSetup &setup);

    // Appends the route's events to `out`; returns how many stop numbers it used.
    int run(QVector<SimDay::Event> &out);

private:
    struct Stop
    {
        int number = 0;
        QByteArray id;
        QByteArray customerId, name, street, house, postcode, city, phone, email;
        bool english = false;
        SimGeo::Point at;
        SimCatalogue::Order order;
        int attempt = 1;
        QByteArray previousStop;
        qint64 windowStart = 0, windowEnd = 0, planned = 0;
        int seq = 0;
    };
    enum class Motion { Drive, Creep, Stand };
    struct Piece
    {
        qint64 t0, t1;
        double f0, f1;
        Motion motion;
    };

    void pickStops();
    void orderStops();
    // Planned arrivals from `departure` at `from` (-1 the hub) along `order`.
    void planTimes(QVector<int> order, int from, qint64 departure);
    void setWindow(Stop &s);
    QByteArray planFields(const QVector<int> &visited, const QVector<int> &remaining) const;
    void emitPlan(qint64 secs, const QVector<int> &visited, const QVector<int> &remaining);

    SimGeo::Point pointOf(int stop) const;
    RouteLeg leg(int from, int to) const;
    double rushFactor(qint64 secs) const;
    double weatherFactor(const SimGeo::Point &p, qint64 secs) const;
    qint64 plannedDriveSecs(int from, int to, qint64 departure) const;

    qint64 drive(int from, int to, qint64 departure, bool breakdown);
    void standAt(const SimGeo::Point &p, qint64 from, qint64 to);
    void position(qint64 secs, const SimGeo::Point &p, double speedKmh, double headingDeg,
                  bool standing);
    qint64 serve(int stop, qint64 arrival);
    void review(const Stop &s, ReviewWriter::Outcome outcome, qint64 arrival, qint64 completed,
                unsigned done);
    void status(qint64 secs, const char *key, const QByteArray &note, int expectedMinutes = -1);
    void replanAfterBreakdown(qint64 breakdownAt, int target, int expectedMinutes,
                              qint64 remainingDriveSecs);
    void add(qint64 secs, SimDay::EventType type, const QByteArray &fields);

    const SimDay::Context &m_ctx;
    const RouteSetup &m_setup;
    SimRandom m_rng;
    SimGeo::Point m_hub;
    QVector<Stop> m_stops;
    QVector<int> m_remaining; // stops not yet driven to, in the current planned order
    QVector<int> m_visited;
    qint64 m_plannedStart = 0;
    double m_vanFactor = 1;
    qint64 m_lastPosition = 0;
    bool m_replanned = false;
    bool m_hadBreak = false;
    QVector<SimDay::Event> *m_out = nullptr;
};
