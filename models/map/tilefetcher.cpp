#include "tilefetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
constexpr int FailuresBeforeFallback = 3;
}

TileFetcher::TileFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_userAgent(defaultUserAgent())
{
    connect(m_network, &QNetworkAccessManager::finished, this, &TileFetcher::onFinished);
}

TileFetcher::~TileFetcher()
{
    cancelAll();
}

QByteArray TileFetcher::defaultUserAgent()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral("0");
    return "Voorzet/" + version.toUtf8();
}

bool TileFetcher::isValidTemplate(const QString &urlTemplate)
{
    if (!urlTemplate.contains(QLatin1String("{z}")) ||
        !urlTemplate.contains(QLatin1String("{x}")) || !urlTemplate.contains(QLatin1String("{y}")))
        return false;
    const QUrl url(QString(urlTemplate)
                       .replace(QLatin1Char('{'), QLatin1Char('_'))
                       .replace(QLatin1Char('}'), QLatin1Char('_')));
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

void TileFetcher::setUrlTemplate(const QString &urlTemplate)
{
    cancelAll();
    m_template = isValidTemplate(urlTemplate) ? urlTemplate : QString();
    m_failuresInARow = 0;
    if (m_failing) {
        m_failing = false;
        Q_EMIT failingChanged(false);
    }
}

QUrl TileFetcher::urlFor(const TileKey &key) const
{
    if (m_template.isEmpty())
        return {};
    static const char servers[] = {'a', 'b', 'c'};
    QString text = m_template;
    text.replace(QLatin1String("{z}"), QString::number(key.z))
        .replace(QLatin1String("{x}"), QString::number(key.x))
        .replace(QLatin1String("{y}"), QString::number(key.y))
        .replace(QLatin1String("{s}"), QString(QLatin1Char(servers[(key.x + key.y) % 3])));
    return QUrl(text);
}

void TileFetcher::setCacheDirectory(const QString &dir, qint64 maxBytes)
{
    if (!m_cache) {
        m_cache = new QNetworkDiskCache(this);
        m_network->setCache(m_cache); // the manager now owns the cache
    }
    m_cache->setCacheDirectory(dir);
    m_cache->setMaximumCacheSize(maxBytes);
}

void TileFetcher::request(const TileKey &key)
{
    if (m_template.isEmpty() || !key.isValid())
        return;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it.value() == key)
            return;
    }
    const int queuedAt = int(m_queue.indexOf(key));
    if (queuedAt >= 0) {
        // Asked again: it is wanted now, so it moves to the front of the line.
        m_queue.removeAt(queuedAt);
        m_queue.append(key);
        return;
    }
    ++m_stats.requested;
    m_queue.append(key);
    if (m_queue.size() > m_maxQueued)
        m_queue.remove(0, m_queue.size() - m_maxQueued);
    startNext();
}

void TileFetcher::startNext()
{
    // A failing server gets one request at a time until it answers again.
    const int limit = m_failing ? 1 : m_maxParallel;
    while (m_inFlight.size() < limit && !m_queue.isEmpty()) {
        const TileKey key = m_queue.takeLast();
        QNetworkRequest request(urlFor(key));
        request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::PreferCache);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(m_timeoutMs);
        m_inFlight.insert(m_network->get(request), key);
    }
}

void TileFetcher::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return; // cancelled
    const TileKey key = it.value();
    m_inFlight.erase(it);

    QString reason;
    QImage image;
    const bool fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    if (reply->error() != QNetworkReply::NoError) {
        reason = reply->error() == QNetworkReply::OperationCanceledError
                     ? tr("the server did not answer in time")
                     : reply->errorString();
    } else if (!image.loadFromData(reply->readAll())) {
        reason = tr("the server sent something that is not an image");
    }
    if (reason.isEmpty()) {
        ++(fromCache ? m_stats.fromCache : m_stats.fromNetwork);
        noteResult(true);
        Q_EMIT tileLoaded(key, image, fromCache);
    } else {
        ++m_stats.failed;
        noteResult(false);
        Q_EMIT tileFailed(key, reason);
    }
    startNext();
}

void TileFetcher::noteResult(bool ok)
{
    m_failuresInARow = ok ? 0 : m_failuresInARow + 1;
    const bool failing = m_failuresInARow >= FailuresBeforeFallback;
    if (failing != m_failing) {
        m_failing = failing;
        Q_EMIT failingChanged(failing);
    }
}

void TileFetcher::cancelAll()
{
    m_queue.clear();
    const auto replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->abort();
        reply->deleteLater();
    }
}
