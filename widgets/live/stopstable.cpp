#include "stopstable.h"

#include "common/tablelook.h"
#include "core/domaintext.h"
#include "core/timeformat.h"
#include "itemmodels/routeboardmodel.h"
#include "itemmodels/routestopsmodel.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr quint32 StateMagic = 0x56535442; // "VSTB"
}

StopsTable::StopsTable(RouteStopsModel *stops, RouteBoardModel *board, QWidget *parent)
    : QWidget(parent)
    , m_stops(stops)
    , m_board(board)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_view(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_stops);
    TableLook::apply(m_view);
    const QFontMetrics fm = m_view->fontMetrics();
    auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    m_view->setColumnWidth(RouteStopsModel::SeqCol, width(QStringLiteral("00")));
    m_view->setColumnWidth(RouteStopsModel::WindowCol, width(QStringLiteral("10:00-13:00")));
    m_view->setColumnWidth(RouteStopsModel::PlannedCol, width(QStringLiteral("10:00")));
    m_view->setColumnWidth(RouteStopsModel::ActualCol, width(QStringLiteral("10:00-10:00")));
    // Room for a moved stop's reason: "Verplaatst: niet thuis".
    m_view->setColumnWidth(RouteStopsModel::StateCol,
                           width(QStringLiteral("Verplaatst: niet thuis")) + 20);
    m_view->setColumnWidth(RouteStopsModel::CustomerCol, width(QStringLiteral("Fatima van den Heuvel")));
    m_view->setColumnWidth(RouteStopsModel::TownCol, width(QStringLiteral("Nieuwegein")));
    m_view->setColumnWidth(RouteStopsModel::ClientCol, width(QStringLiteral("Meubelhuis Noord")));
    m_view->setColumnWidth(RouteStopsModel::ProductCol, width(QStringLiteral("Wasmachine, 8 kg")));
    m_view->setColumnWidth(RouteStopsModel::ServicesCol,
                           width(QStringLiteral("Bezorgen, installeren, retour")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addSpacing(4);
    layout->addWidget(m_view, 1);

    connect(m_board, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_board->rowOfRoute(m_stops->routeId());
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateHeading();
            });
    connect(m_board, &QAbstractItemModel::modelReset, this, &StopsTable::updateHeading);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentStopChanged(currentStopId()); });
    updateHeading();
}

QString StopsTable::currentStopId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RouteStopsModel::StopIdRole).toString() : QString();
}

void StopsTable::selectStop(const QString &stopId)
{
    const int row = m_stops->rowOfStop(stopId);
    if (row < 0)
        return;
    const QModelIndex index = m_stops->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void StopsTable::showRoute(const QString &routeId)
{
    if (routeId == m_stops->routeId())
        return;
    m_stops->setRoute(routeId);
    if (m_stops->rowCount() > 0) {
        // Start at the first stop that is still to come.
        int row = 0;
        for (; row < m_stops->rowCount(); ++row) {
            const Stop *s = m_stops->stop(row);
            if (s && s->completedAt == 0)
                break;
        }
        m_view->scrollTo(m_stops->index(qMin(row, m_stops->rowCount() - 1), 0),
                         QAbstractItemView::PositionAtTop);
    }
    updateHeading();
}

void StopsTable::updateHeading()
{
    const int row = m_board->rowOfRoute(m_stops->routeId());
    const Route *route = row >= 0 ? m_board->route(row) : nullptr;
    const RouteStatus *status = row >= 0 ? m_board->status(row) : nullptr;
    if (!route || !status) {
        m_title->setText(tr("No route selected"));
        m_detail->setText(tr("Choose a route on the crews board to see its stops."));
        return;
    }
    QStringList crew;
    for (const CrewMember &member : route->crew)
        crew << member.name;
    m_title->setText(tr("%1 · %2 · %3").arg(route->id, route->plate, crew.join(tr(" and "))));
    QStringList detail;
    detail << DomainText::routeState(status->state);
    detail << tr("%1 of %2 stops done").arg(route->doneCount).arg(route->stopCount);
    if (route->failedCount)
        detail << tr("%n not delivered", nullptr, route->failedCount);
    if (status->delayMin > 0)
        detail << tr("%n min behind plan", nullptr, status->delayMin);
    else if (status->delayMin < 0)
        detail << tr("%n min ahead of plan", nullptr, -status->delayMin);
    if (route->startedAt)
        detail << tr("left %1 at %2").arg(route->hub.name, TimeFormat::toClock(route->startedAt));
    else if (route->plannedStart)
        detail << tr("leaves %1 at %2").arg(route->hub.name, TimeFormat::toClock(route->plannedStart));
    if (route->finishedAt)
        detail << tr("back at %1").arg(TimeFormat::toClock(route->finishedAt));
    m_detail->setText(detail.join(QStringLiteral(" · ")));
}

QByteArray StopsTable::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << m_view->horizontalHeader()->saveState();
    return state;
}

void StopsTable::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray header;
    in >> magic >> header;
    if (magic == StateMagic && in.status() == QDataStream::Ok)
        m_view->horizontalHeader()->restoreState(header);
}
