#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

// Where feed lines come from: a file (read once or followed as it grows),
// standard input, a WebSocket, or the built-in simulator. A source only
// delivers lines; the ingester applies them.
class FeedSource : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Live, Waiting, Finished, Failed };
    Q_ENUM(State)

    using QObject::QObject;

    // Builds the source for a --feed argument: "-" is standard input,
    // ws:// or wss:// a WebSocket, anything else a file (followed if `follow`).
    static FeedSource *create(const QString &spec, bool follow, QObject *parent = nullptr);

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual QString description() const = 0;

    State state() const { return m_state; }
    QString stateDetail() const { return m_detail; }

Q_SIGNALS:
    // `firstLineNo` is the number of the first line (1-based), 0 when lines
    // have no numbers (WebSocket messages).
    void linesReady(const QList<QByteArray> &lines, qint64 firstLineNo);
    void stateChanged(FeedSource::State state, const QString &detail);

protected:
    void setState(State state, const QString &detail = {});

private:
    State m_state = State::Idle;
    QString m_detail;
};
