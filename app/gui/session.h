#pragma once

#include "simulator/daysimulator.h"
#include "storage/database.h"

#include <QObject>
#include <QTime>
#include <memory>

class AlertMonitor;
class AlertStore;
class ChangeNotifier;
class Clock;
class EtaService;
class LiveFeed;
class OperationStore;

// What the app was started with (command line and settings).
struct SessionOptions
{
    DatabaseConfig database;
    bool demo = false;
    SimulationParams simulation; // for the demo
    double speed = 10.0;         // demo clock speed
    QTime start;                 // demo start time; invalid: now, kept within the working day
    QString feed;                // followed when not a demo; may be empty
};

// One open operation: the store, the clock, the change notifier and the live
// feed that keeps the store current. The windows show what it holds.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(const SessionOptions &options, QObject *parent = nullptr);
    ~Session() override;

    // Opens the store (migrating it) and starts the feed. Throws StoreError.
    void open();

    const SessionOptions &options() const { return m_options; }
    bool isDemo() const { return m_options.demo; }
    Clock *clock() const { return m_clock; }
    ChangeNotifier *notifier() const { return m_notifier; }
    OperationStore &store() const { return *m_store; }
    Database &database() const { return *m_db; }
    LiveFeed *feed() const { return m_feed; }
    // Every pending stop's estimated arrival, kept current off the GUI thread.
    EtaService *eta() const { return m_eta; }
    // The alerts: raised by a monitor on its own thread, kept in the store.
    AlertMonitor *alertMonitor() const { return m_alertMonitor; }
    AlertStore &alertStore() const { return *m_alertStore; }

    // Follows another feed (file, "-" or ws:// URL); empty stops following.
    void followFeed(const QString &spec);

    // Where the demo database lives; it is recreated at every demo start.
    static QString demoDatabasePath();

private:
    SessionOptions m_options;
    Clock *m_clock = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OperationStore> m_store;
    std::unique_ptr<AlertStore> m_alertStore;
    LiveFeed *m_feed = nullptr;
    EtaService *m_eta = nullptr;
    AlertMonitor *m_alertMonitor = nullptr;
};
