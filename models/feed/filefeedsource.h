#pragma once

#include "feedsource.h"
#include "linesplitter.h"

#include <QFile>
#include <QTimer>

// Reads a feed file (or standard input for "-") in chunks without blocking
// the event loop; with `follow`, keeps polling for lines appended later.
class FileFeedSource : public FeedSource
{
    Q_OBJECT
public:
    FileFeedSource(const QString &path, bool follow, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    QString description() const override;

private:
    void readAvailable();
    bool wasTruncatedOrReplaced() const;

    QString m_path;
    bool m_follow;
    QFile m_file;
    LineSplitter m_splitter;
    QTimer m_poll;
    qint64 m_offset = 0;
};
