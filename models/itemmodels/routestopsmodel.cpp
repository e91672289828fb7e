#include "routestopsmodel.h"

#include "core/changenotifier.h"
#include "core/domaintext.h"
#include "core/timeformat.h"
#include "storage/operationstore.h"
#include "replan/changeset.h"

#include <QBrush>
#include <QFont>
#include <QMimeData>

namespace {

bool sameCustomer(const Customer &a, const Customer &b)
{
    return a.id == b.id && a.name == b.name && a.street == b.street &&
           a.houseNumber == b.houseNumber && a.postcode == b.postcode && a.city == b.city &&
           a.lat == b.lat && a.lon == b.lon && a.phone == b.phone && a.email == b.email &&
           a.language == b.language;
}

// Everything a row shows or a tooltip tells; a re-plan may change any of it.
bool sameStop(const Stop &a, const Stop &b)
{
    return a.seq == b.seq && a.state == b.state && a.arrivedAt == b.arrivedAt &&
           a.completedAt == b.completedAt && a.windowStart == b.windowStart &&
           a.windowEnd == b.windowEnd && a.plannedArrival == b.plannedArrival &&
           a.serviceMin == b.serviceMin && a.outcome == b.outcome && a.note == b.note &&
           a.attempt == b.attempt && a.previousStop == b.previousStop && a.services == b.services &&
           a.servicesDone == b.servicesDone && a.clientId == b.clientId &&
           a.clientName == b.clientName && a.productType == b.productType &&
           a.productDescription == b.productDescription && a.productModel == b.productModel &&
           a.inPlan == b.inPlan && sameCustomer(a.customer, b.customer);
}

// What went wrong the first time, or at least that this is a return visit.
QString returnVisitText(const Stop &s, const Replan::VisitNote &note)
{
    if (note.isReturnVisit())
        return note.returnVisitText();
    return RouteStopsModel::tr("Attempt %1: return visit, must be perfect").arg(s.attempt);
}

bool sameEta(const StopEta &a, const StopEta &b)
{
    return a.eta == b.eta && a.low == b.low && a.high == b.high;
}

} // namespace

RouteStopsModel::RouteStopsModel(OperationStore &store, ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::stopsChanged, this, &RouteStopsModel::onStopsChanged);
        connect(notifier, &ChangeNotifier::routesChanged, this, &RouteStopsModel::onRoutesChanged);
        // A route chosen before its plan arrived fills in when the plan comes.
        connect(notifier, &ChangeNotifier::routesAdded, this, &RouteStopsModel::onRoutesChanged);
        connect(notifier, &ChangeNotifier::storeReset, this, [this] {
            beginResetModel();
            m_stops = m_store.stopsOfRoute(m_routeId);
            rebuildIndex();
            m_notes.clear();
            refreshNotes();
            endResetModel();
        });
    }
}

void RouteStopsModel::setRoute(const QString &routeId)
{
    if (routeId == m_routeId)
        return;
    beginResetModel();
    m_routeId = routeId;
    m_stops = routeId.isEmpty() ? QVector<Stop>() : m_store.stopsOfRoute(routeId);
    rebuildIndex();
    m_notes.clear();
    refreshNotes();
    endResetModel();
}

void RouteStopsModel::setVisitHistory(Replan::VisitHistory *history)
{
    m_history = history;
    if (refreshNotes() && !m_stops.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_stops.size()) - 1, ColumnCount - 1));
}

bool RouteStopsModel::refreshNotes(const QStringList &ids)
{
    if (!m_history)
        return false;
    QStringList wanted = ids;
    if (wanted.isEmpty()) {
        for (const Stop &s : std::as_const(m_stops))
            wanted.append(s.id);
    }
    if (wanted.isEmpty())
        return false;
    const QHash<QString, Replan::VisitNote> fresh = m_history->notesFor(wanted);
    bool changed = false;
    for (const QString &id : std::as_const(wanted)) {
        const auto it = fresh.constFind(id);
        const Replan::VisitNote before = m_notes.value(id);
        if (it == fresh.constEnd()) {
            changed = m_notes.remove(id) > 0 || changed;
            continue;
        }
        changed = changed || before.movedText() != it->movedText()
                  || before.returnVisitText() != it->returnVisitText();
        m_notes.insert(id, *it);
    }
    return changed;
}

void RouteStopsModel::rebuildIndex()
{
    m_rowOfStop.clear();
    for (int i = 0; i < m_stops.size(); ++i)
        m_rowOfStop.insert(m_stops[i].id, i);
}

int RouteStopsModel::rowOfStop(const QString &stopId) const
{
    return m_rowOfStop.value(stopId, -1);
}

const Stop *RouteStopsModel::stop(int row) const
{
    return row >= 0 && row < m_stops.size() ? &m_stops[row] : nullptr;
}

void RouteStopsModel::onRoutesChanged(const QStringList &ids)
{
    if (!m_routeId.isEmpty() && ids.contains(m_routeId))
        reload();
}

void RouteStopsModel::onStopsChanged(const QStringList &ids)
{
    if (m_routeId.isEmpty())
        return;
    QStringList known;
    for (const QString &id : ids) {
        if (m_rowOfStop.contains(id))
            known.append(id);
    }
    if (known.isEmpty())
        return; // stops that join this route come with a routesChanged
    const QHash<QString, Replan::VisitNote> notesBefore = m_notes;
    refreshNotes(known);
    for (const Stop &fresh : m_store.stopsByIds(known)) {
        const int row = m_rowOfStop.value(fresh.id, -1);
        if (row < 0)
            continue;
        if (fresh.routeId != m_routeId || !fresh.inPlan || fresh.seq != m_stops[row].seq) {
            reload(); // it left the route or moved in the sequence
            return;
        }
        const Replan::VisitNote was = notesBefore.value(fresh.id);
        const Replan::VisitNote now = m_notes.value(fresh.id);
        if (!sameStop(fresh, m_stops[row]) || was.movedText() != now.movedText()
            || was.returnVisitText() != now.returnVisitText()) {
            m_stops[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void RouteStopsModel::reload()
{
    const QVector<Stop> fresh = m_store.stopsOfRoute(m_routeId);
    QHash<QString, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh[i].id, i);

    // 1. Remove rows that left the route, from the bottom up.
    for (int row = int(m_stops.size()) - 1; row >= 0; --row) {
        if (!freshIndex.contains(m_stops[row].id)) {
            beginRemoveRows({}, row, row);
            m_stops.removeAt(row);
            endRemoveRows();
        }
    }
    rebuildIndex();
    // 2. Append rows that joined.
    QVector<Stop> added;
    for (const Stop &s : fresh) {
        if (!m_rowOfStop.contains(s.id))
            added.append(s);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_stops.size()), int(m_stops.size() + added.size()) - 1);
        m_stops += added;
        endInsertRows();
        rebuildIndex();
    }
    // 3. Bring rows into the new order, keeping persistent indexes.
    bool reordered = false;
    for (int i = 0; i < m_stops.size(); ++i)
        reordered = reordered || m_stops[i].id != fresh[i].id;
    if (reordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QVector<int> newRowOf(m_stops.size());
        for (int i = 0; i < m_stops.size(); ++i)
            newRowOf[i] = freshIndex.value(m_stops[i].id);
        QModelIndexList after;
        for (const QModelIndex &idx : before)
            after.append(index(newRowOf[idx.row()], idx.column()));
        m_stops = fresh;
        rebuildIndex();
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // 4. Refresh the values of rows that changed.
    const QHash<QString, Replan::VisitNote> notesBefore = m_notes;
    refreshNotes();
    for (int i = 0; i < m_stops.size(); ++i) {
        const Replan::VisitNote was = notesBefore.value(fresh[i].id);
        const Replan::VisitNote now = m_notes.value(fresh[i].id);
        if (!sameStop(m_stops[i], fresh[i]) || m_stops[i].id != fresh[i].id
            || was.movedText() != now.movedText()
            || was.returnVisitText() != now.returnVisitText()) {
            m_stops[i] = fresh[i];
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void RouteStopsModel::setEtas(const EtaSnapshot &snapshot)
{
    const EtaSnapshot before = m_etas;
    m_etas = snapshot;
    for (int row = 0; row < m_stops.size(); ++row) {
        const QString &id = m_stops.at(row).id;
        if (!sameEta(before.value(id), m_etas.value(id)))
            Q_EMIT dataChanged(index(row, EtaCol), index(row, EtaCol));
    }
}

int RouteStopsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stops.size());
}

int RouteStopsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteStopsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_stops.size())
        return {};
    const Stop &s = m_stops.at(index.row());
    const int column = index.column();
    // Only a stop still to be reached has an estimate worth showing.
    const StopEta eta = s.arrivedAt == 0 && s.completedAt == 0 ? m_etas.value(s.id) : StopEta();
    const bool late = eta.isValid() && s.windowEnd > 0 && eta.eta > s.windowEnd;
    switch (role) {
    case StopIdRole:
        return s.id;
    case StateRole:
        return int(s.state);
    case ReturnVisitRole:
        return s.attempt > 1;
    case EtaRole:
        return eta.eta;
    case EtaLowRole:
        return eta.low;
    case EtaHighRole:
        return eta.high;
    case EtaLateRole:
        return late;
    case ReturnVisitTextRole:
        return s.attempt > 1 ? returnVisitText(s, m_notes.value(s.id)) : QString();
    case MovedTextRole:
        return m_notes.value(s.id).movedText();
    default:
        break;
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SeqCol:
            // A stop that left the route keeps its place in the history but
            // not its number: the stop now at that place has it.
            return s.state == Domain::StopState::Moved ? QVariant(QStringLiteral("–"))
                                                       : QVariant(s.seq);
        case WindowCol:
            return QStringLiteral("%1–%2").arg(TimeFormat::toClock(s.windowStart),
                                               TimeFormat::toClock(s.windowEnd));
        case PlannedCol:
            return TimeFormat::toClock(s.plannedArrival);
        case ActualCol:
            if (s.completedAt > 0 && s.arrivedAt > 0)
                return QStringLiteral("%1–%2").arg(TimeFormat::toClock(s.arrivedAt),
                                                   TimeFormat::toClock(s.completedAt));
            if (s.arrivedAt > 0)
                return TimeFormat::toClock(s.arrivedAt);
            if (s.completedAt > 0)
                return TimeFormat::toClock(s.completedAt);
            return QString();
        case EtaCol:
            if (!eta.isValid())
                return QString();
            return tr("%1 (%2–%3)")
                .arg(TimeFormat::toClock(eta.eta), TimeFormat::toClock(eta.low),
                     TimeFormat::toClock(eta.high));
        case StateCol: {
            const QString state = DomainText::stopState(s.state);
            const Replan::VisitNote &note = m_notes.value(s.id);
            if (s.state == Domain::StopState::Moved && note.isMoved())
                return tr("%1: %2").arg(
                    state, Replan::reasonText(Replan::reasonFromKey(note.movedReason)));
            return s.outcome != Domain::Outcome::None && s.outcome != Domain::Outcome::Delivered
                       ? tr("%1: %2").arg(state, DomainText::outcome(s.outcome))
                       : state;
        }
        case CustomerCol:
            return s.customer.name;
        case TownCol:
            return s.customer.city;
        case ClientCol:
            return s.clientName;
        case ProductCol:
            return s.productDescription.isEmpty() ? DomainText::productType(s.productType)
                                                  : s.productDescription;
        case ServicesCol:
            return DomainText::services(s.services);
        case AttemptCol:
            return s.attempt > 1 ? tr("Return visit %1").arg(s.attempt) : tr("First");
        }
    }
    if (role == SortRole) {
        switch (column) {
        case SeqCol:
            return s.seq;
        case WindowCol:
            return s.windowStart;
        case PlannedCol:
            return s.plannedArrival;
        case ActualCol:
            return s.arrivedAt;
        case EtaCol:
            return eta.eta;
        case StateCol:
            return int(s.state);
        case AttemptCol:
            return s.attempt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && column == StateCol)
        return DomainText::swatch(DomainText::stopStateColor(s.state));
    if (role == Qt::ForegroundRole && column == AttemptCol && s.attempt > 1)
        return QBrush(QColor(0xb4, 0x53, 0x09));
    if (role == Qt::DecorationRole && column == AttemptCol && s.attempt > 1)
        return DomainText::swatch(QColor(0xd9, 0x77, 0x06), true);
    if (role == Qt::ToolTipRole && column == AttemptCol && s.attempt > 1)
        return returnVisitText(s, m_notes.value(s.id));
    if (role == Qt::ToolTipRole && column == StateCol && m_notes.value(s.id).isMoved())
        return m_notes.value(s.id).movedText();
    if (role == Qt::FontRole && column == AttemptCol && s.attempt > 1) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && column == ActualCol && s.arrivedAt > s.windowEnd)
        return QBrush(QColor(0xc0, 0x26, 0x26));
    if (role == Qt::ForegroundRole && column == EtaCol && late)
        return QBrush(QColor(0xc0, 0x26, 0x26));
    if (role == Qt::ToolTipRole && column == EtaCol && eta.isValid()) {
        QString tip = tr("Expected at %1; 8 times in 10 between %2 and %3.<br>"
                         "Estimated at %4 from the crew's progress so far.")
                          .arg(TimeFormat::toClock(eta.eta), TimeFormat::toClock(eta.low),
                               TimeFormat::toClock(eta.high), TimeFormat::toClock(eta.estimatedAt));
        if (late)
            tip +=
                tr("<br><b>After the window</b> (until %1).").arg(TimeFormat::toClock(s.windowEnd));
        return tip;
    }
    if (role == Qt::TextAlignmentRole && column == SeqCol)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QString tip =
            tr("<b>%1</b><br>%2 %3, %4 %5<br>%6 · %7<br>Window %8–%9, planned %10")
                .arg(s.customer.name, s.customer.street, s.customer.houseNumber,
                     s.customer.postcode, s.customer.city, s.clientName, s.productDescription,
                     TimeFormat::toClock(s.windowStart), TimeFormat::toClock(s.windowEnd))
                .arg(TimeFormat::toClock(s.plannedArrival));
        if (s.attempt > 1)
            tip += tr("<br><b>Return visit</b> (earlier stop %1): this one must be perfect.")
                       .arg(s.previousStop)
                   + QStringLiteral("<br>")
                   + returnVisitText(s, m_notes.value(s.id)).toHtmlEscaped();
        if (m_notes.value(s.id).isMoved())
            tip += QStringLiteral("<br>") + m_notes.value(s.id).movedText().toHtmlEscaped();
        if (!s.note.isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(s.note.toHtmlEscaped());
        return tip;
    }
    return {};
}

QVariant RouteStopsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqCol:
        return tr("#");
    case WindowCol:
        return tr("Window");
    case PlannedCol:
        return tr("Planned");
    case ActualCol:
        return tr("Actual");
    case EtaCol:
        return tr("ETA");
    case StateCol:
        return tr("State");
    case CustomerCol:
        return tr("Customer");
    case TownCol:
        return tr("Town");
    case ClientCol:
        return tr("Client");
    case ProductCol:
        return tr("Product");
    case ServicesCol:
        return tr("Services");
    case AttemptCol:
        return tr("Attempt");
    }
    return {};
}

Qt::ItemFlags RouteStopsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const Stop *s = index.isValid() ? stop(index.row()) : nullptr;
    if (s && s->arrivedAt == 0 && s->completedAt == 0 && s->state != Domain::StopState::Moved)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList RouteStopsModel::mimeTypes() const
{
    return {StopIdsMimeType};
}

QMimeData *RouteStopsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const Stop *s = stop(index.row());
        if (s && !ids.contains(s->id))
            ids.append(s->id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(StopIdsMimeType, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}
