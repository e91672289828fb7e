#include "filefeedsource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
constexpr qint64 ChunkBytes = 1 << 20;
constexpr int FollowPollMs = 250;
} // namespace

FileFeedSource::FileFeedSource(const QString &path, bool follow, QObject *parent)
    : FeedSource(parent)
    , m_path(path)
    , m_follow(follow)
{
    m_poll.setInterval(0);
    connect(&m_poll, &QTimer::timeout, this, &FileFeedSource::readAvailable);
}

QString FileFeedSource::description() const
{
    return m_path == QLatin1String("-")
               ? QCoreApplication::translate("FeedSource", "standard input")
               : QFileInfo(m_path).fileName();
}

void FileFeedSource::start()
{
    const bool opened = m_path == QLatin1String("-")
                            ? m_file.open(stdin, QIODevice::ReadOnly)
                            : (m_file.setFileName(m_path),
                               m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened) {
        setState(State::Failed, QCoreApplication::translate("FeedSource", "Cannot open %1: %2")
                                    .arg(m_path, m_file.errorString()));
        return;
    }
    setState(State::Live);
    m_poll.start();
}

void FileFeedSource::stop()
{
    m_poll.stop();
    m_file.close();
    setState(State::Finished);
}

bool FileFeedSource::wasTruncatedOrReplaced() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return false; // moved away and not yet written anew: read on what is open
    if (info.size() < m_offset)
        return true;
#ifdef Q_OS_UNIX
    // Replaced by another file (rotated, or written anew under a temporary
    // name and renamed) that is already as long as what was read.
    struct stat opened, named;
    if (::fstat(m_file.handle(), &opened) == 0 &&
        ::stat(QFile::encodeName(m_path).constData(), &named) == 0)
        return opened.st_ino != named.st_ino || opened.st_dev != named.st_dev;
#endif
    return false;
}

void FileFeedSource::readAvailable()
{
    if (m_follow && !m_file.isSequential() && wasTruncatedOrReplaced()) {
        // The file was truncated or replaced: start again from its beginning,
        // as a new file. The old file's unfinished last line is dropped and
        // the new file's lines are numbered from 1.
        m_file.close();
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            m_poll.stop();
            setState(State::Failed, QCoreApplication::translate("FeedSource", "Cannot open %1: %2")
                                        .arg(m_path, m_file.errorString()));
            return;
        }
        m_offset = 0;
        m_splitter = LineSplitter();
    }
    const qint64 firstLine = m_splitter.linesSeen() + 1;
    const QByteArray chunk = m_file.read(ChunkBytes);
    m_offset += chunk.size();
    QList<QByteArray> lines = m_splitter.feed(chunk);
    const bool atEnd = chunk.isEmpty() || (!m_file.isSequential() && m_file.atEnd());
    if (atEnd && !m_follow) {
        const QByteArray rest = m_splitter.takeRest();
        if (!rest.isEmpty())
            lines.append(rest);
    }
    if (!lines.isEmpty())
        Q_EMIT linesReady(lines, firstLine);
    if (atEnd) {
        if (m_follow) {
            setState(State::Waiting);
            m_poll.setInterval(FollowPollMs);
        } else {
            m_poll.stop();
            setState(State::Finished);
        }
    } else {
        setState(State::Live);
        m_poll.setInterval(0);
    }
}
