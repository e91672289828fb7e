#pragma once

#include "reviews/reviewfilter.h"
#include "reviews/reviewstore.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QStringList>
#include <deque>

class ChangeNotifier;

// The reviews inbox: newest first, filtered in the store, read a page at a
// time as the view scrolls (canFetchMore/fetchMore, continuing from the last
// row's (received_at, id)), so a store of a million reviews opens with one
// small query. Rows are kept compact (the start of the comment, the delivery
// facts shared between rows of a route) so scrolling to the end stays within
// memory. New reviews the notifier names are put in their place if they pass
// the filter.
class ReviewInboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ScoreCol, CommentCol, CrewCol, DateCol, ClientCol, ProductCol, ColumnCount };
    enum Role {
        ReviewIdRole = Qt::UserRole + 1,
        ScoreRole,      // int 0-10
        BandRole,       // Reviews::ScoreBand as int (detractor, passive, promoter)
        BandKeyRole,    // "detractor", "passive", "promoter"
        ReceivedAtRole, // ms since the epoch
        HandledRole,
        StarredRole,
        CauseRole,  // Reviews::Cause key ("" when not set)
        ThemesRole, // QStringList of theme keys (empty until tagged)
        ToneRole,   // tone key, empty until tagged
        RouteIdRole,
        HubIdRole,
        ClientIdRole,
        HighlightsRole, // QVariantList of QVariantList{start, length} in the shown comment
        SortRole,
    };

    // Characters of the comment kept per row (the list shows its start).
    static constexpr int CommentChars = 80;

    ReviewInboxModel(ReviewStore &store, ChangeNotifier *notifier, QObject *parent = nullptr);

    // Shows the reviews that pass `filter`, from the newest (reads the first page).
    void setFilter(const ReviewFilter &filter);
    const ReviewFilter &filter() const { return m_filter; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Reads the first page again (after a change outside the feed).
    void reload();
    // Reads one review again (after the card changed it); drops it if it no
    // longer passes the filter.
    void refreshReview(const QString &reviewId);

    QString reviewId(int row) const;
    int rowOfReview(const QString &reviewId) const;
    // All rows have been read.
    bool isComplete() const { return !m_more; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        // The review id and then the start of the comment, UTF-8, in a
        // buffer of m_texts shared with the rows read at the same time.
        const char *text = nullptr;
        qint32 idSize = 0;
        qint32 commentSize = 0;
        qint64 receivedAt = 0;
        qint32 route = -1;  // into m_routes
        qint32 client = -1; // into m_clients
        qint32 product = -1;
        qint32 tagging = -1; // into m_taggings
        qint8 score = 0;
        quint8 flags = 0; // Handled, Starred, cause << 2
    };
    enum Flag : quint8 { Handled = 1, Starred = 2 };
    struct RouteInfo
    {
        QString routeId, hubId, crew;
    };
    struct Tagging
    {
        QStringList themes;
        QString tone;
    };

    // Rows of `rows` (read together), their texts in one new buffer.
    QVector<Row> compactRows(const QVector<ReviewRow> &rows);
    // A row's fields but its text.
    Row compact(const ReviewRow &row);
    static QByteArrayView idOf(const Row &row);
    static QByteArrayView commentOf(const Row &row);
    QVector<ReviewRow> readPage();
    void onReviewsAdded(const QStringList &ids);
    // Where a row with this key belongs (newest first); `exists` if it is there.
    size_t positionOf(qint64 receivedAt, QByteArrayView id, bool *exists) const;

    ReviewStore &m_store;
    ReviewFilter m_filter;
    int m_pageSize = 500;
    bool m_more = false;
    // Rows are being reset, inserted or removed: a view (or
    // QAbstractItemModelTester, from its signal handlers) asking to fetch
    // more in the middle of it is told there is nothing to fetch.
    bool m_changing = false;
    std::deque<Row> m_rows;
    // The rows' texts; a buffer stays until the next reset (a changed row's
    // old text too), so a reset frees one buffer per page read, not a text
    // per row.
    std::deque<QByteArray> m_texts;
    QVector<RouteInfo> m_routes;
    QHash<QString, int> m_routeIndex;
    QVector<QPair<QString, QString>> m_clients; // id, name
    QHash<QString, int> m_clientIndex;
    QStringList m_products;
    QHash<QString, int> m_productIndex;
    QVector<Tagging> m_taggings;
    QHash<QString, int> m_taggingIndex;
};
