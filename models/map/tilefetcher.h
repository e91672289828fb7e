#pragma once

#include "tilekey.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVector>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

// Fetches raster tiles from a tile server with an OpenStreetMap-style URL
// template ("https://host/{z}/{x}/{y}.png", optionally "{s}" for a, b, c).
// Politely: a User-Agent naming the program, at most a few requests at once,
// newest requests first (they are what the user looks at now), and a disk
// cache so a tile is fetched once. After a run of failures it reports that
// the server is failing, so the map falls back to its vector basemap.
class TileFetcher : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        int requested = 0;   // tiles asked for (after de-duplication)
        int fromNetwork = 0; // loaded from the server
        int fromCache = 0;   // loaded from the disk cache
        int failed = 0;      // errors, timeouts and undecodable images
    };

    explicit TileFetcher(QObject *parent = nullptr);
    ~TileFetcher() override;

    // Replaces the template and forgets the queue; an invalid template
    // (missing {z}, {x} or {y}) leaves the fetcher disabled.
    void setUrlTemplate(const QString &urlTemplate);
    QString urlTemplate() const { return m_template; }
    bool isEnabled() const { return !m_template.isEmpty(); }
    static bool isValidTemplate(const QString &urlTemplate);
    QUrl urlFor(const TileKey &key) const;

    void setCacheDirectory(const QString &dir, qint64 maxBytes = 256LL * 1024 * 1024);
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }
    void setMaxParallel(int count) { m_maxParallel = qMax(1, count); }
    int maxParallel() const { return m_maxParallel; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Queued requests beyond this many are dropped, oldest first.
    void setMaxQueued(int count) { m_maxQueued = qMax(1, count); }

    // Asks for a tile; ignored while the same tile is queued or in flight.
    void request(const TileKey &key);
    void cancelAll();

    int inFlight() const { return int(m_inFlight.size()); }
    int queued() const { return int(m_queue.size()); }
    bool isFailing() const { return m_failing; }
    const Stats &stats() const { return m_stats; }

    // "Voorzet/<version>" with the application's version.
    static QByteArray defaultUserAgent();

Q_SIGNALS:
    void tileLoaded(const TileKey &key, const QImage &image, bool fromCache);
    void tileFailed(const TileKey &key, const QString &reason);
    void failingChanged(bool failing);

private:
    void startNext();
    void onFinished(QNetworkReply *reply);
    void noteResult(bool ok);

    QNetworkAccessManager *m_network;
    QNetworkDiskCache *m_cache = nullptr;
    QString m_template;
    QByteArray m_userAgent;
    int m_maxParallel = 4;
    int m_maxQueued = 256;
    int m_timeoutMs = 15000;
    QVector<TileKey> m_queue; // newest at the back
    QHash<QNetworkReply *, TileKey> m_inFlight;
    int m_failuresInARow = 0;
    bool m_failing = false;
    Stats m_stats;
};
