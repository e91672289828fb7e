// bench-map: the live map under the load of a large operation.
//
// Loads 2,000 vans and 30,000 stops into a temporary SQLite store, then for
// about ten seconds replays 5,000 position updates per second through the
// live feed (worker thread, store, notifier: the program's own path) while
// the map pans and zooms between country and street level. Measures the GUI
// thread's frame time (events handled plus one paint, per cycle) and the
// peak memory, with a baseline from the same loop over an empty scene.
// BENCH_MAP_* environment variables are for diagnosis (see where they are read).
// Last line: median_frame_ms=X p99_frame_ms=Y peak_mb=Z

#include "core/changenotifier.h"
#include "core/clock.h"
#include "core/timeformat.h"
#include "feed/feedingester.h"
#include "feed/feedsource.h"
#include "feed/livefeed.h"
#include "itemmodels/routeboardmodel.h"
#include "map/basemap.h"
#include "map/mappanel.h"
#include "map/mapprojection.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QAction>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace {

constexpr int Vans = 2000;
int StopsPerVan = 15; // BENCH_MAP_STOPS_PER_VAN changes it, for diagnosis
// BENCH_MAP_FRAMES=n: measure n frames instead of ten seconds, so a slow or
// busy machine still goes through the whole camera script (480 frames).
int MeasuredFrames = 0;
constexpr int UpdatesPerSecond = 5000;
constexpr int TickMs = 10;
const QString Day = QStringLiteral("2026-11-23");

struct SimVan
{
    QString id;
    QVector<QPointF> path; // lon, lat: hub and stops
    double along = 0;      // position along the path, in legs
};

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QByteArray planLine(int index, const SimVan &van, const QPointF &hub, const QString &hubId,
                    qint64 startMs)
{
    QByteArray stops;
    for (int s = 1; s < van.path.size(); ++s) {
        const qint64 planned = startMs + s * 25 * 60 * 1000;
        const QString stopId = QStringLiteral("S-%1-%2").arg(index, 4, 10, QLatin1Char('0')).arg(s);
        if (!stops.isEmpty())
            stops += ',';
        stops +=
            QStringLiteral(
                R"({"stop":"%1","seq":%2,"customer":{"id":"C-%1","name":"Klant %1","street":"Dorpsstraat","house_number":"%2","postcode":"1234 AB","city":"Stad","lat":%3,"lon":%4,"phone":"","email":"","language":"nl"},"client":{"id":"CL-1","name":"Winkel"},"product":{"type":"sofa","description":"Bank"},"services":["deliver"],"window":{"start":"%5","end":"%6"},"planned_arrival":"%7","service_min":15,"attempt":1})")
                .arg(stopId)
                .arg(s)
                .arg(van.path[s].y(), 0, 'f', 5)
                .arg(van.path[s].x(), 0, 'f', 5)
                .arg(TimeFormat::toRfc3339(planned - 3600000),
                     TimeFormat::toRfc3339(planned + 3600000), TimeFormat::toRfc3339(planned))
                .toUtf8();
    }
    return QStringLiteral(
               R"({"v":1,"id":"plan-%1","type":"plan.route","ts":"%2","route":"R-%1","date":"%3","hub":{"id":"%4","name":"Hub %4","lat":%5,"lon":%6},"vehicle":{"id":"%7","plate":"VB-%1"},"crew":[{"id":"D-%1a","name":"Jan"},{"id":"D-%1b","name":"Piet"}],"start":"%2","stops":[)")
               .arg(index, 4, 10, QLatin1Char('0'))
               .arg(TimeFormat::toRfc3339(startMs), Day, hubId)
               .arg(hub.y(), 0, 'f', 5)
               .arg(hub.x(), 0, 'f', 5)
               .arg(van.id)
               .toUtf8() +
           stops + "]}";
}

// Feeds positions at a steady rate, as a live source would.
class ReplaySource : public FeedSource
{
public:
    ReplaySource(QVector<SimVan> *vans, Clock *clock)
        : m_vans(vans)
        , m_clock(clock)
    {
        m_timer.setInterval(TickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start() override
    {
        setState(State::Live);
        m_since.start();
        m_timer.start();
    }
    void stop() override { m_timer.stop(); }
    QString description() const override { return QStringLiteral("bench replay"); }
    qint64 sent() const { return m_sent; }

private:
    void tick()
    {
        // As many as are due by now, however late the timer fired.
        const qint64 due = m_since.elapsed() * UpdatesPerSecond / 1000;
        const int perTick = int(qMin<qint64>(due - m_sent, UpdatesPerSecond));
        if (perTick <= 0)
            return;
        QList<QByteArray> lines;
        const QString ts = TimeFormat::toRfc3339(m_clock->nowMs());
        for (int i = 0; i < perTick; ++i) {
            SimVan &van = (*m_vans)[m_next];
            m_next = (m_next + 1) % m_vans->size();
            van.along = std::fmod(van.along + 0.02, double(van.path.size() - 1));
            const int leg = int(van.along);
            const double t = van.along - leg;
            const QPointF a = van.path[leg];
            const QPointF b = van.path[leg + 1];
            const QPointF p = a + (b - a) * t;
            const double heading =
                std::fmod(360 + qRadiansToDegrees(std::atan2(b.x() - a.x(), b.y() - a.y())), 360);
            lines.append(
                QStringLiteral(
                    R"({"v":1,"id":"p-%1","type":"vehicle.position","ts":"%2","vehicle":"%3","lat":%4,"lon":%5,"heading_deg":%6})")
                    .arg(m_sent++)
                    .arg(ts, van.id)
                    .arg(p.y(), 0, 'f', 6)
                    .arg(p.x(), 0, 'f', 6)
                    .arg(int(heading))
                    .toUtf8());
        }
        Q_EMIT linesReady(lines, 0);
    }

    QVector<SimVan> *m_vans;
    Clock *m_clock;
    QTimer m_timer;
    QElapsedTimer m_since;
    int m_next = 0;
    qint64 m_sent = 0;
};

// The camera's script: country view panning, a zoom into a town, street
// level panning, and back out; repeats.
struct Camera
{
    int frame = 0;
    void step(const std::function<void(double zoomDelta, QPointF panPixels)> &apply)
    {
        const int phase = (frame / 120) % 4;
        ++frame;
        switch (phase) {
        case 0:
            apply(0, QPointF(6, 2));
            break; // pan at country scale
        case 1:
            apply(0.04, QPointF(0, 0));
            break; // zoom in ~4.8 levels
        case 2:
            apply(0, QPointF(-8, 5));
            break; // pan at street level
        default:
            apply(-0.04, QPointF(0, 0));
            break; // zoom out
        }
    }
};

struct Result
{
    double median = 0, p99 = 0, max = 0;
    int frames = 0;
};

Result summarise(QVector<double> times)
{
    Result r;
    if (times.isEmpty())
        return r;
    std::sort(times.begin(), times.end());
    r.frames = int(times.size());
    r.median = times[times.size() / 2];
    r.p99 =
        times[std::min<qsizetype>(times.size() - 1, qsizetype(std::ceil(times.size() * 0.99)) - 1)];
    r.max = times.last();
    return r;
}

// One measured cycle: move the camera, then handle what arrived and paint
// what changed, as the event loop does (one paint per cycle at most).
QVector<double> g_eventsMs, g_cameraMs, g_cpuMs;
QVector<int> g_paints; // paints of the watched viewport per cycle
int g_paintCount = 0;

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++g_paintCount;
        return false;
    }
};

// CPU time of the calling thread: what the GUI thread itself spent, apart
// from the time other threads and programs had the processor.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

template<typename Step>
QVector<double> runLoop(QWidget *viewport, int seconds, Step step, int frames = 0)
{
    QVector<double> times;
    g_eventsMs.clear();
    g_cameraMs.clear();
    g_cpuMs.clear();
    g_paints.clear();
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    QElapsedTimer total;
    total.start();
    QElapsedTimer frame;
    while (frames > 0 ? times.size() < frames : total.elapsed() < seconds * 1000) {
        frame.start();
        const double cpu0 = threadCpuMs();
        const int paints0 = g_paintCount;
        step();
        const qint64 camera = frame.nsecsElapsed();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const qint64 events = frame.nsecsElapsed() - camera;
        const double ms = frame.nsecsElapsed() / 1e6;
        g_eventsMs.append(events / 1e6);
        g_cpuMs.append(threadCpuMs() - cpu0);
        g_cameraMs.append(camera / 1e6);
        g_paints.append(g_paintCount - paints0);
        times.append(ms);
        // Aim for 60 frames a second; the rest of the time is the other threads'.
        const int rest = int(16.6 - ms);
        if (rest > 0)
            QThread::msleep(rest);
    }
    viewport->removeEventFilter(&counter);
    return times;
}

// Diagnosis (BENCH_MAP_SLOW_EVENTS=ms): names every event that takes longer.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_limitMs <= 0)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const QByteArray name = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const bool result = QApplication::notify(receiver, event);
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms > m_limitMs && m_depth == 0)
            std::printf("slow event: %.1f ms type %d to %s %s\n", ms, type, name.constData(),
                        qPrintable(objectName));
        return result;
    }
    double m_limitMs = qEnvironmentVariableIntValue("BENCH_MAP_SLOW_EVENTS");
    int m_depth = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    MeasuredFrames = qEnvironmentVariableIntValue("BENCH_MAP_FRAMES");
    if (qEnvironmentVariableIsSet("BENCH_MAP_STOPS_PER_VAN"))
        StopsPerVan = qMax(1, qEnvironmentVariableIntValue("BENCH_MAP_STOPS_PER_VAN"));
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    const QDateTime start(QDate(2026, 11, 23), QTime(12, 0), TimeFormat::companyZone());
    Clock *clock = Clock::simulated(start, 1.0, &app);
    ChangeNotifier notifier;

    // The operation: hubs in six towns, each van working one town's area.
    std::printf("bench-map: loading %d vans and %d stops...\n", Vans, Vans * StopsPerVan);
    std::fflush(stdout);
    QElapsedTimer loadTimer;
    loadTimer.start();
    QRandomGenerator rng(42);
    QVector<BasemapTown> towns;
    for (const BasemapTown &t : Basemap::builtIn().towns()) {
        if (t.population >= 20000 && t.lonLat.x() > 3.4 && t.lonLat.x() < 7.2 &&
            t.lonLat.y() > 50.75 && t.lonLat.y() < 53.5)
            towns.append(t);
    }
    const QVector<int> hubTowns{0, 1, 3, 5, 8, 12};
    QVector<SimVan> vans(Vans);
    {
        Database db(DatabaseConfig::sqlite(dbPath));
        FeedIngester ingester(db, clock, nullptr);
        QList<QByteArray> batch;
        for (int i = 0; i < Vans; ++i) {
            SimVan &van = vans[i];
            van.id = QStringLiteral("V-%1").arg(i, 4, 10, QLatin1Char('0'));
            const BasemapTown &town = towns[int(rng.bounded(qMin<int>(int(towns.size()), 80)))];
            const int hubIndex = hubTowns[i % hubTowns.size()];
            const QPointF hub = towns[hubIndex].lonLat;
            van.path.append(hub);
            for (int s = 0; s < StopsPerVan; ++s)
                van.path.append(town.lonLat +
                                QPointF(rng.bounded(0.16) - 0.08, rng.bounded(0.1) - 0.05));
            van.along = rng.bounded(double(StopsPerVan));
            batch.append(planLine(i, van, hub, QStringLiteral("H-%1").arg(hubIndex),
                                  start.toMSecsSinceEpoch() - 4 * 3600000));
            batch.append(
                QStringLiteral(
                    R"({"v":1,"id":"start-%1","type":"route.started","ts":"%2","route":"R-%1","vehicle":"%3"})")
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(TimeFormat::toRfc3339(start.toMSecsSinceEpoch() - 3 * 3600000), van.id)
                    .toUtf8());
            if (batch.size() >= 200) {
                ingester.ingest(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty())
            ingester.ingest(batch);
        if (ingester.total().rejected() > 0) {
            std::fprintf(stderr, "bench-map: %lld lines rejected\n", ingester.total().rejected());
            return 1;
        }
    }
    std::printf("bench-map: loaded in %.1f s\n", loadTimer.elapsed() / 1000.0);

    Database db(DatabaseConfig::sqlite(dbPath));
    OperationStore store(db);
    LiveFeed feed(DatabaseConfig::sqlite(dbPath), clock, &notifier);
    auto *source = new ReplaySource(&vans, clock);

    // Baseline: the same loop and the same feed, over an empty scene.
    QVector<double> baseline;
    {
        QGraphicsScene empty;
        empty.setSceneRect(MapProjection::worldSceneRect());
        QGraphicsView view(&empty);
        view.resize(1280, 800);
        view.show();
        feed.setSource(source);
        double zoom = 9;
        QPointF centre = MapProjection::toScene(5.3, 52.1);
        Camera camera;
        baseline = runLoop(view.viewport(), 5, [&] {
            camera.step([&](double dz, QPointF pan) {
                zoom += dz;
                centre -= pan * MapProjection::resolution(zoom);
                const double s = 1 / MapProjection::resolution(zoom);
                view.setTransform(QTransform::fromScale(s, s));
                view.centerOn(centre);
            });
        });
    }

    // The map.
    RouteBoardModel board(store, clock, &notifier);
    board.setDay(Day);
    if (qEnvironmentVariableIsSet("BENCH_MAP_BOARD_ONLY")) {
        // Diagnosis: what the crews board alone costs the GUI thread.
        QGraphicsScene empty;
        QGraphicsView view(&empty);
        view.resize(1280, 800);
        view.show();
        const QVector<double> t = runLoop(view.viewport(), 10, [] {});
        const Result r = summarise(t);
        const Result e = summarise(g_eventsMs);
        std::printf(
            "board only: median_frame_ms=%.2f p99_frame_ms=%.2f events median %.2f p99 %.2f\n",
            r.median, r.p99, e.median, e.p99);
        return 0;
    }
    loadTimer.restart();
    MapPanel panel(store, clock, &notifier, &board);
    panel.resize(1280, 840);
    panel.show();
    QCoreApplication::processEvents();
    std::printf("bench-map: map built in %.1f s (%d routes)\n", loadTimer.elapsed() / 1000.0,
                board.rowCount());
    if (qEnvironmentVariableIsSet("BENCH_MAP_LAYERS")) {
        // Diagnosis: only the named layers (a MapScene::Layers mask).
        const int mask = qEnvironmentVariableIntValue("BENCH_MAP_LAYERS");
        for (int layer : {MapScene::RoutesLayer, MapScene::DrivenPathsLayer, MapScene::StopsLayer,
                          MapScene::VansLayer, MapScene::LabelsLayer})
            panel.layerAction(layer)->setChecked(mask & layer);
    }
    MapView *view = panel.view();
    view->setZoom(9);
    view->setCentreLonLat(5.3, 52.1);
    // Warm up: let the first tiles render.
    runLoop(view->viewport(), 1, [] {});
    if (qEnvironmentVariableIsSet("BENCH_MAP_NO_FEED"))
        source->stop();                                              // diagnosis: the camera alone
    const bool still = qEnvironmentVariableIsSet("BENCH_MAP_STILL"); // diagnosis: the feed alone
    const qint64 sentBefore = source->sent();
    Camera camera;
    QElapsedTimer measured;
    measured.start();
    const QVector<double> times = runLoop(
        view->viewport(), 10,
        [&] {
            if (still)
                return;
            camera.step([&](double dz, QPointF pan) {
                if (dz != 0)
                    view->zoomBy(dz);
                else
                    view->panByPixels(pan);
            });
        },
        MeasuredFrames);
    if (const QString dump = qEnvironmentVariable("BENCH_MAP_DUMP"); !dump.isEmpty()) {
        // Diagnosis: every measured frame (its camera phase, wall and CPU
        // time, events and paints), to see which frames make the 99th percentile.
        QFile out(dump);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out.write("frame phase zoom_step wall_ms cpu_ms events_ms paints\n");
            for (int i = 0; i < times.size(); ++i)
                out.write(QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                              .arg(i)
                              .arg((i / 120) % 4)
                              .arg(i % 120)
                              .arg(times[i], 0, 'f', 2)
                              .arg(g_cpuMs[i], 0, 'f', 2)
                              .arg(g_eventsMs[i], 0, 'f', 2)
                              .arg(g_paints[i])
                              .toUtf8());
        }
    }
    const double seconds = measured.elapsed() / 1000.0;
    const double rate = (source->sent() - sentBefore) / seconds;
    feed.setSource(nullptr);

    const Result base = summarise(baseline);
    const Result map = summarise(times);
    const Result cpu = summarise(g_cpuMs);
    const Result events = summarise(g_eventsMs);
    const Result cameras = summarise(g_cameraMs);
    int painted = 0;
    QVector<double> paintedTimes;
    for (int i = 0; i < g_paints.size(); ++i) {
        if (g_paints[i] > 0) {
            ++painted;
            paintedTimes.append(times[i]);
        }
    }
    const Result paintedFrames = summarise(paintedTimes);
    std::printf("map: GUI thread CPU per frame median %.2f p99 %.2f max %.2f ms\n", cpu.median,
                cpu.p99, cpu.max);
    std::printf("map: events and paint median %.2f p99 %.2f max %.2f ms; camera median %.2f p99 "
                "%.2f max %.2f ms\n",
                events.median, events.p99, events.max, cameras.median, cameras.p99, cameras.max);
    std::printf("map: %d of %d frames painted the map (median %.2f p99 %.2f ms of those)\n",
                painted, int(times.size()), paintedFrames.median, paintedFrames.p99);
    const double peak = peakMegabytes();
    std::printf(
        "bench-map: %.0f position updates per second sent while measuring, %lld applied in all\n",
        rate, feed.total().applied);
    std::printf("baseline (empty scene): frames=%d median_frame_ms=%.2f p99_frame_ms=%.2f "
                "max_frame_ms=%.2f\n",
                base.frames, base.median, base.p99, base.max);
    std::printf(
        "map: frames=%d median_frame_ms=%.2f p99_frame_ms=%.2f max_frame_ms=%.2f zoom %.1f..%.1f\n",
        map.frames, map.median, map.p99, map.max, 9.0, 9.0 + 120 * 0.04);
    std::printf("median_frame_ms=%.2f p99_frame_ms=%.2f peak_mb=%.0f\n", map.median, map.p99, peak);
    return 0;
}
