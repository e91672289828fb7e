#include "tilesource.h"

#include "map/mapprojection.h"

#include <QtConcurrent>

namespace {
constexpr int MaxQueued = 96;
}

QRectF TileSource::coverage() const
{
    return MapProjection::worldSceneRect();
}

void TileSource::bumpVersion()
{
    ++m_version;
    Q_EMIT changed();
}

RenderedTileSource::RenderedTileSource(const QRectF &coverage, QObject *parent)
    : TileSource(parent)
    , m_coverage(coverage)
{
    m_pool.setMaxThreadCount(1);
    // Tiles are drawn with what the GUI and the feed leave over: the map
    // stays responsive and shows a coarser tile a moment longer instead.
    m_pool.setThreadPriority(QThread::IdlePriority);
    m_pool.setObjectName(QStringLiteral("map tile renderer"));
}

RenderedTileSource::~RenderedTileSource()
{
    m_queue.clear();
    m_pool.waitForDone();
}

void RenderedTileSource::setRenderer(const Renderer &renderer)
{
    m_renderer = renderer;
    m_queue.clear();
    bumpVersion();
}

void RenderedTileSource::request(const TileKey &key)
{
    if (!m_renderer || !key.isValid())
        return;
    if (m_busy && m_current == key)
        return;
    const int at = int(m_queue.indexOf(key));
    if (at >= 0)
        m_queue.removeAt(at);
    m_queue.append(key);
    if (m_queue.size() > MaxQueued)
        m_queue.remove(0, m_queue.size() - MaxQueued);
    pump();
}

void RenderedTileSource::pump()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    m_current = m_queue.takeLast();
    const TileKey key = m_current;
    const Renderer renderer = m_renderer;
    const int version = this->version();
    QPointer<RenderedTileSource> self(this);
    (void)QtConcurrent::run(&m_pool, [self, renderer, key, version] {
        const QImage image = renderer(key);
        // Back on the GUI thread; dropped if the source is gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, key, image, version] {
                if (self)
                    self->onRendered(key, image, version);
            },
            Qt::QueuedConnection);
    });
}

void RenderedTileSource::onRendered(const TileKey &key, const QImage &image, int version)
{
    m_busy = false;
    Q_EMIT tileReady(key, image, version);
    pump();
}
