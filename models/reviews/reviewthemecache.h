#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class ChangeNotifier;
class Clock;
class ReviewStore;
class ThemeTagger;

// Keeps the themes and tone of every review in the store, so the inbox can
// show and filter them without tagging a comment each time it is shown: new
// reviews are tagged as the notifier announces them, older ones (or ones
// tagged by an earlier vocabulary) a chunk at a time by tagPending().
class ReviewThemeCache : public QObject
{
    Q_OBJECT
public:
    // `version` names the tagger and vocabulary; reviews tagged with another
    // version are tagged again.
    ReviewThemeCache(ReviewStore &store, const ThemeTagger &tagger, Clock *clock,
                     ChangeNotifier *notifier, const QString &version, QObject *parent = nullptr);

    // Tags up to `limit` reviews not tagged with this version, newest first;
    // the number tagged (fewer than `limit`: none are left).
    int tagPending(int limit = 1000);
    int tagReviews(const QStringList &reviewIds);

Q_SIGNALS:
    void reviewsTagged(const QStringList &reviewIds);
    void failed(const QString &message);

private:
    ReviewStore &m_store;
    const ThemeTagger &m_tagger;
    Clock *m_clock;
    QString m_version;
};
