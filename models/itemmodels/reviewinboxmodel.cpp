#include "reviewinboxmodel.h"

#include "core/changenotifier.h"
#include "core/timeformat.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTimeZone>

ReviewInboxModel::ReviewInboxModel(ReviewStore &store, ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::reviewsAdded, this, &ReviewInboxModel::onReviewsAdded);
        connect(notifier, &ChangeNotifier::storeReset, this, &ReviewInboxModel::reload);
    }
    reload();
}

void ReviewInboxModel::setFilter(const ReviewFilter &filter)
{
    if (filter == m_filter && !m_rows.empty())
        return;
    m_filter = filter;
    reload();
}

void ReviewInboxModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

QVector<ReviewRow> ReviewInboxModel::readPage()
{
    std::optional<ReviewStore::PageKey> after;
    if (!m_rows.empty())
        after =
            ReviewStore::PageKey{m_rows.back().receivedAt, QString::fromUtf8(idOf(m_rows.back()))};
    try {
        QVector<ReviewRow> page = m_store.page(m_filter, after, m_pageSize, CommentChars + 1);
        m_more = page.size() >= m_pageSize;
        return page;
    } catch (const StoreError &e) {
        m_more = false;
        Q_EMIT loadFailed(e.message());
        return {};
    }
}

void ReviewInboxModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_texts.clear();
    m_routes.clear();
    m_routeIndex.clear();
    m_clients.clear();
    m_clientIndex.clear();
    m_products.clear();
    m_productIndex.clear();
    m_taggings.clear();
    m_taggingIndex.clear();
    for (const Row &row : compactRows(readPage()))
        m_rows.push_back(row);
    endResetModel();
    m_changing = false;
}

bool ReviewInboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_changing;
}

void ReviewInboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_changing)
        return;
    const QVector<ReviewRow> page = readPage();
    if (page.isEmpty())
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const Row &row : compactRows(page))
        m_rows.push_back(row);
    endInsertRows();
}

QVector<ReviewInboxModel::Row> ReviewInboxModel::compactRows(const QVector<ReviewRow> &rows)
{
    // The ids and comment starts of rows read together are kept in one
    // buffer: letting go of a million rows (a new filter after scrolling to
    // the end) frees a few thousand buffers instead of a million texts.
    QByteArray buffer;
    QVector<Row> out;
    QVector<qsizetype> offsets;
    out.reserve(rows.size());
    offsets.reserve(rows.size());
    for (const ReviewRow &r : rows) {
        QString comment = r.comment;
        comment.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (comment.size() > CommentChars)
            comment = comment.left(CommentChars - 1) + QChar(0x2026);
        const QByteArray id = r.id.toUtf8(), start = comment.toUtf8();
        Row row = compact(r);
        offsets.append(buffer.size());
        row.idSize = qint32(id.size());
        row.commentSize = qint32(start.size());
        buffer += id;
        buffer += start;
        out.append(row);
    }
    if (out.isEmpty())
        return out;
    buffer.squeeze();
    m_texts.push_back(std::move(buffer));
    const char *base = m_texts.back().constData();
    for (int i = 0; i < out.size(); ++i)
        out[i].text = base + offsets.at(i);
    return out;
}

ReviewInboxModel::Row ReviewInboxModel::compact(const ReviewRow &r)
{
    Row row;
    row.receivedAt = r.receivedAt;
    row.score = qint8(r.score);
    row.flags = quint8((r.handled ? Handled : 0) | (r.starred ? Starred : 0) | (int(r.cause) << 2));
    if (!r.routeId.isEmpty()) {
        auto it = m_routeIndex.constFind(r.routeId);
        if (it == m_routeIndex.constEnd()) {
            it = m_routeIndex.insert(r.routeId, int(m_routes.size()));
            m_routes.append({r.routeId, r.hubId, r.crew});
        }
        row.route = *it;
    }
    if (!r.clientId.isEmpty()) {
        auto it = m_clientIndex.constFind(r.clientId);
        if (it == m_clientIndex.constEnd()) {
            it = m_clientIndex.insert(r.clientId, int(m_clients.size()));
            m_clients.append({r.clientId, r.clientName.isEmpty() ? r.clientId : r.clientName});
        }
        row.client = *it;
    }
    if (!r.productType.isEmpty()) {
        auto it = m_productIndex.constFind(r.productType);
        if (it == m_productIndex.constEnd()) {
            it = m_productIndex.insert(r.productType, int(m_products.size()));
            m_products.append(r.productType);
        }
        row.product = *it;
    }
    if (!r.themes.isEmpty() || !r.tone.isEmpty()) {
        const QString key = r.themes.join(QLatin1Char(',')) + QLatin1Char('|') + r.tone;
        auto it = m_taggingIndex.constFind(key);
        if (it == m_taggingIndex.constEnd()) {
            it = m_taggingIndex.insert(key, int(m_taggings.size()));
            m_taggings.append({r.themes, r.tone});
        }
        row.tagging = *it;
    }
    return row;
}

QByteArrayView ReviewInboxModel::idOf(const Row &row)
{
    return QByteArrayView(row.text, row.idSize);
}

QByteArrayView ReviewInboxModel::commentOf(const Row &row)
{
    return QByteArrayView(row.text + row.idSize, row.commentSize);
}

size_t ReviewInboxModel::positionOf(qint64 receivedAt, QByteArrayView id, bool *exists) const
{
    // Rows are in (received_at, id) descending order (ids compared as bytes,
    // as SQLite compares them).
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), std::make_pair(receivedAt, id),
                               [](const Row &row, const std::pair<qint64, QByteArrayView> &key) {
                                   return row.receivedAt != key.first ? row.receivedAt > key.first
                                                                      : idOf(row) > key.second;
                               });
    *exists = it != m_rows.end() && it->receivedAt == receivedAt && idOf(*it) == id;
    return size_t(it - m_rows.begin());
}

void ReviewInboxModel::onReviewsAdded(const QStringList &ids)
{
    QVector<ReviewRow> rows;
    try {
        rows = m_store.rowsWithIds(m_filter, ids, CommentChars + 1);
    } catch (const StoreError &e) {
        Q_EMIT loadFailed(e.message());
        return;
    }
    for (const ReviewRow &r : rows) {
        bool exists = false;
        const QByteArray id = r.id.toUtf8();
        const size_t pos = positionOf(r.receivedAt, id, &exists);
        if (exists)
            continue;
        // Older than every row read so far: fetchMore will bring it in place.
        if (pos == m_rows.size() && m_more)
            continue;
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginInsertRows({}, int(pos), int(pos));
        m_rows.insert(m_rows.begin() + qsizetype(pos), compactRows({r}).constFirst());
        endInsertRows();
    }
}

void ReviewInboxModel::refreshReview(const QString &reviewId)
{
    const int row = rowOfReview(reviewId);
    if (row < 0)
        return;
    QVector<ReviewRow> rows;
    try {
        rows = m_store.rowsWithIds(m_filter, {reviewId}, CommentChars + 1);
    } catch (const StoreError &e) {
        Q_EMIT loadFailed(e.message());
        return;
    }
    const QScopedValueRollback<bool> changing(m_changing, true);
    if (rows.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        return;
    }
    m_rows[size_t(row)] = compactRows({rows.constFirst()}).constFirst();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString ReviewInboxModel::reviewId(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return {};
    return QString::fromUtf8(idOf(m_rows[size_t(row)]));
}

int ReviewInboxModel::rowOfReview(const QString &reviewId) const
{
    const QByteArray id = reviewId.toUtf8();
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (idOf(m_rows[i]) == id)
            return int(i);
    return -1;
}

int ReviewInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const RouteInfo *route = row.route >= 0 ? &m_routes.at(row.route) : nullptr;
    const Tagging *tagging = row.tagging >= 0 ? &m_taggings.at(row.tagging) : nullptr;
    const QString client = row.client >= 0 ? m_clients.at(row.client).second : QString();
    const QString product = row.product >= 0 ? m_products.at(row.product) : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ScoreCol:
            return int(row.score);
        case CommentCol:
            return QString::fromUtf8(commentOf(row));
        case CrewCol:
            return route ? route->crew : QString();
        case DateCol:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(row.receivedAt, TimeFormat::companyZone()),
                QLocale::ShortFormat);
        case ClientCol:
            return client;
        case ProductCol:
            return product;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreCol)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case ScoreCol:
            return int(row.score);
        case DateCol:
            return row.receivedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ReviewIdRole:
        return QString::fromUtf8(idOf(row));
    case ScoreRole:
        return int(row.score);
    case BandRole:
        return int(Reviews::bandOf(row.score));
    case BandKeyRole:
        return Reviews::bandKey(Reviews::bandOf(row.score));
    case ReceivedAtRole:
        return row.receivedAt;
    case HandledRole:
        return bool(row.flags & Handled);
    case StarredRole:
        return bool(row.flags & Starred);
    case CauseRole:
        return Reviews::causeKey(Reviews::Cause((row.flags >> 2) & 3));
    case ThemesRole:
        return tagging ? tagging->themes : QStringList();
    case ToneRole:
        return tagging ? tagging->tone : QString();
    case RouteIdRole:
        return route ? route->routeId : QString();
    case HubIdRole:
        return route ? route->hubId : QString();
    case ClientIdRole:
        return row.client >= 0 ? m_clients.at(row.client).first : QString();
    case HighlightsRole: {
        QVariantList out;
        if (index.column() != CommentCol || m_filter.searchText.isEmpty())
            return out;
        for (const Reviews::TextRange &r :
             Reviews::highlightRanges(QString::fromUtf8(commentOf(row)), m_filter.searchText))
            out.append(QVariant(QVariantList{r.first, r.second}));
        return out;
    }
    default:
        return {};
    }
}

QVariant ReviewInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScoreCol:
        return tr("Score");
    case CommentCol:
        return tr("Comment");
    case CrewCol:
        return tr("Crew");
    case DateCol:
        return tr("Date");
    case ClientCol:
        return tr("Client");
    case ProductCol:
        return tr("Product");
    default:
        return {};
    }
}
