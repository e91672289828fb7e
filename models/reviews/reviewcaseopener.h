#pragma once

#include <QObject>
#include <QStringList>

class ChangeNotifier;
class Clock;
class ReviewStore;

// Opens a follow-up case for every detractor review as it arrives.
//
// It listens to the notifier's reviewsAdded, which the feed ingester
// announces after each committed batch for the reviews it newly stored (and
// the CSV importer for what it imported), so the ingester itself is not
// touched and its batch stays as fast as it is. Reviews stored while no
// opener listened (a `voorzet-cli ingest`, another desk) are caught up by
// catchUp() when the workspace opens. Opening is idempotent (one case per
// review, enforced by the store), so two desks doing it at once is harmless.
class ReviewCaseOpener : public QObject
{
    Q_OBJECT
public:
    ReviewCaseOpener(ReviewStore &store, Clock *clock, ChangeNotifier *notifier,
                     QObject *parent = nullptr);

    // Opens the cases missing for detractors already in the store.
    int catchUp();
    // Opens the cases for those of `reviewIds` that are detractors.
    int openFor(const QStringList &reviewIds);

Q_SIGNALS:
    // Cases were opened (count), for the case list and the status bar.
    void casesOpened(int count);
    void failed(const QString &message);

private:
    ReviewStore &m_store;
    Clock *m_clock;
};
