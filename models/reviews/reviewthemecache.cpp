#include "reviewthemecache.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "reviewstore.h"
#include "storage/database.h"
#include "themetagger.h"

ReviewThemeCache::ReviewThemeCache(ReviewStore &store, const ThemeTagger &tagger, Clock *clock,
                                   ChangeNotifier *notifier, const QString &version,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tagger(tagger)
    , m_clock(clock)
    , m_version(version)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::reviewsAdded, this, &ReviewThemeCache::tagReviews);
}

int ReviewThemeCache::tagPending(int limit)
{
    try {
        QVector<ReviewStore::Tagging> taggings;
        QStringList ids;
        for (const ReviewStore::Untagged &u : m_store.untagged(m_version, limit)) {
            const ThemeTagging t = m_tagger.tag(u.comment, u.language, u.score);
            taggings.append({u.id, t.themeKeys(), t.toneKey()});
            ids.append(u.id);
        }
        if (taggings.isEmpty())
            return 0;
        m_store.setThemes(taggings, m_version, m_clock->nowMs());
        Q_EMIT reviewsTagged(ids);
        return int(ids.size());
    } catch (const StoreError &e) {
        Q_EMIT failed(e.message());
        return 0;
    }
}

int ReviewThemeCache::tagReviews(const QStringList &reviewIds)
{
    try {
        QVector<ReviewStore::Tagging> taggings;
        QStringList ids;
        for (const QString &id : reviewIds) {
            const std::optional<ReviewRow> r = m_store.review(id);
            if (!r)
                continue;
            const ThemeTagging t = m_tagger.tag(r->comment, r->language, r->score);
            taggings.append({r->id, t.themeKeys(), t.toneKey()});
            ids.append(r->id);
        }
        if (taggings.isEmpty())
            return 0;
        m_store.setThemes(taggings, m_version, m_clock->nowMs());
        Q_EMIT reviewsTagged(ids);
        return int(ids.size());
    } catch (const StoreError &e) {
        Q_EMIT failed(e.message());
        return 0;
    }
}
