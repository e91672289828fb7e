#include "requestedvisitsmodel.h"

#include "core/changenotifier.h"
#include "core/domaintext.h"
#include "core/timeformat.h"
#include "replan/changeset.h"
#include "storage/database.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

namespace {

QString dayText(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("ddd d MMM")) : day;
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    // A spreadsheet would run a field that starts like a formula.
    if (!bytes.isEmpty() && QByteArray("=+-@").contains(bytes.at(0)))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

bool RequestedVisitsModel::Visit::operator==(const Visit &o) const
{
    return id == o.id && day == o.day && windowStart == o.windowStart
        && windowEnd == o.windowEnd && customer == o.customer && city == o.city
        && postcode == o.postcode && phone == o.phone && client == o.client
        && product == o.product && productType == o.productType && services == o.services
        && attempt == o.attempt && reason == o.reason && note == o.note
        && previousStop == o.previousStop && requestedBy == o.requestedBy
        && requestedAt == o.requestedAt;
}

RequestedVisitsModel::RequestedVisitsModel(Database &db, ChangeNotifier *notifier,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    if (notifier) {
        // Several announcements of one re-plan read the list once.
        const auto queue = [this] {
            if (!m_following) {
                m_stale = true;
                return;
            }
            if (m_refreshQueued)
                return;
            m_refreshQueued = true;
            QTimer::singleShot(0, this, &RequestedVisitsModel::refresh);
        };
        connect(notifier, &ChangeNotifier::stopsChanged, this, queue);
        connect(notifier, &ChangeNotifier::routesAdded, this, queue);
        connect(notifier, &ChangeNotifier::routesChanged, this, queue);
        connect(notifier, &ChangeNotifier::storeReset, this, queue);
    }
    m_visits = read();
}

QVector<RequestedVisitsModel::Visit> RequestedVisitsModel::read() const
{
    QVector<Visit> visits;
    QSqlQuery &q = m_db.prepared(
        "SELECT v.id, v.day, v.window_start, v.window_end, c.name, c.city, c.postcode, c.phone,"
        " COALESCE(cl.name, v.client_id), COALESCE(p.description, ''), COALESCE(p.type, ''),"
        " v.services, v.attempt, v.reason, v.note, v.previous_stop, v.created_by, v.created_at"
        " FROM requested_visits v JOIN customers c ON c.id = v.customer_id"
        " LEFT JOIN clients cl ON cl.id = v.client_id"
        " LEFT JOIN products p ON p.id = v.product_id"
        " ORDER BY v.day, v.window_start, v.id");
    Database::run(q);
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toString();
        v.day = q.value(1).toString();
        v.windowStart = q.value(2).toLongLong();
        v.windowEnd = q.value(3).toLongLong();
        v.customer = q.value(4).toString();
        v.city = q.value(5).toString();
        v.postcode = q.value(6).toString();
        v.phone = q.value(7).toString();
        v.client = q.value(8).toString();
        v.product = q.value(9).toString();
        v.productType = q.value(10).toString();
        v.services = q.value(11).toString();
        v.attempt = q.value(12).toInt();
        v.reason = q.value(13).toString();
        v.note = q.value(14).toString();
        v.previousStop = q.value(15).toString();
        v.requestedBy = q.value(16).toString();
        v.requestedAt = q.value(17).toLongLong();
        visits.append(v);
    }
    q.finish();
    return visits;
}

void RequestedVisitsModel::setFollowing(bool following)
{
    m_following = following;
    if (following && m_stale)
        refresh();
}

void RequestedVisitsModel::refresh()
{
    m_refreshQueued = false;
    m_stale = false;
    QVector<Visit> next = read();
    if (next == m_visits)
        return;
    beginResetModel();
    m_visits = std::move(next);
    endResetModel();
}

int RequestedVisitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int RequestedVisitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestedVisitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit &v = m_visits.at(index.row());
    switch (role) {
    case VisitIdRole:
        return v.id;
    case PreviousStopRole:
        return v.previousStop;
    case DayRole:
        return v.day;
    case Qt::ToolTipRole:
        if (index.column() == ReasonCol && !v.note.isEmpty())
            return v.note;
        if (index.column() == CustomerCol)
            return QStringLiteral("%1, %2 %3").arg(v.customer, v.postcode, v.city).trimmed();
        if (index.column() == ProductCol)
            return QStringLiteral("%1 · %2").arg(v.client, DomainText::services(
                                                               v.services.split(QLatin1Char(','),
                                                                                Qt::SkipEmptyParts)));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptCol)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case DayCol:
        return dayText(v.day);
    case WindowCol:
        return QStringLiteral("%1–%2").arg(TimeFormat::toClock(v.windowStart),
                                           TimeFormat::toClock(v.windowEnd));
    case CustomerCol:
        return v.customer;
    case TownCol:
        return v.city;
    case ProductCol:
        return v.product.isEmpty() ? DomainText::productType(v.productType) : v.product;
    case AttemptCol:
        return v.attempt;
    case ReasonCol:
        return v.reason.isEmpty() ? QString()
                                  : Replan::reasonText(Replan::reasonFromKey(v.reason));
    case FromStopCol:
        return v.previousStop;
    case RequestedCol:
        return v.requestedBy.isEmpty()
                   ? TimeFormat::toClock(v.requestedAt)
                   : tr("%1, %2").arg(v.requestedBy, TimeFormat::toClock(v.requestedAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestedVisitsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DayCol:
        return tr("Day");
    case WindowCol:
        return tr("Window");
    case CustomerCol:
        return tr("Customer");
    case TownCol:
        return tr("Town");
    case ProductCol:
        return tr("Product");
    case AttemptCol:
        return tr("Attempt");
    case ReasonCol:
        return tr("Why");
    case FromStopCol:
        return tr("Earlier stop");
    case RequestedCol:
        return tr("Requested");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray RequestedVisitsModel::toCsv() const
{
    QByteArray out = "visit,day,window_start,window_end,customer,postcode,city,phone,client,"
                     "product,product_type,services,attempt,reason,note,previous_stop,"
                     "requested_by,requested_at\r\n";
    for (const Visit &v : m_visits) {
        const QStringList fields = {v.id,
                                    v.day,
                                    TimeFormat::toRfc3339(v.windowStart),
                                    TimeFormat::toRfc3339(v.windowEnd),
                                    v.customer,
                                    v.postcode,
                                    v.city,
                                    v.phone,
                                    v.client,
                                    v.product,
                                    v.productType,
                                    v.services,
                                    QString::number(v.attempt),
                                    v.reason,
                                    v.note,
                                    v.previousStop,
                                    v.requestedBy,
                                    TimeFormat::toRfc3339(v.requestedAt)};
        QByteArrayList encoded;
        for (const QString &f : fields)
            encoded.append(csvField(f));
        out += encoded.join(',') + "\r\n";
    }
    return out;
}
