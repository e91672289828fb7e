#include "feedsource.h"

#include "filefeedsource.h"
#include "websocketfeedsource.h"

#include <QUrl>

FeedSource *FeedSource::create(const QString &spec, bool follow, QObject *parent)
{
    if (spec.startsWith(QLatin1String("ws://")) || spec.startsWith(QLatin1String("wss://")))
        return new WebSocketFeedSource(QUrl(spec), parent);
    return new FileFeedSource(spec, follow, parent);
}

void FeedSource::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}
