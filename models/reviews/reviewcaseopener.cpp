#include "reviewcaseopener.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "reviewstore.h"
#include "storage/database.h"

ReviewCaseOpener::ReviewCaseOpener(ReviewStore &store, Clock *clock, ChangeNotifier *notifier,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::reviewsAdded, this, &ReviewCaseOpener::openFor);
}

int ReviewCaseOpener::catchUp()
{
    try {
        const int opened = m_store.openMissingCases(m_clock->nowMs());
        if (opened > 0)
            Q_EMIT casesOpened(opened);
        return opened;
    } catch (const StoreError &e) {
        Q_EMIT failed(e.message());
        return 0;
    }
}

int ReviewCaseOpener::openFor(const QStringList &reviewIds)
{
    try {
        Transaction transaction(m_store.database());
        const int opened = m_store.openCasesFor(reviewIds, m_clock->nowMs());
        transaction.commit();
        if (opened > 0)
            Q_EMIT casesOpened(opened);
        return opened;
    } catch (const StoreError &e) {
        Q_EMIT failed(e.message());
        return 0;
    }
}
