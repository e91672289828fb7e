#include "crewsboard.h"

#include "core/domain.h"
#include "common/tablelook.h"
#include "core/domaintext.h"
#include "itemmodels/routeboardfilter.h"
#include "itemmodels/routeboardmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The entries of the state filter: everything, what needs a dispatcher's
// attention, and each state on its own.
enum StateChoice { AllStates = -1, NeedsAttention = -2 };

constexpr quint32 StateMagic = 0x56435242; // "VCRB"
constexpr int LateFromMinutes = 10;

QString dayLabel(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid())
        return day;
    const QString text = QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
    if (date == QDate::currentDate())
        return CrewsBoard::tr("Today, %1").arg(text);
    return text;
}

} // namespace

CrewsBoard::CrewsBoard(RouteBoardModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new RouteBoardFilter(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_day(new QComboBox(this))
    , m_hub(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_lateOnly(new QCheckBox(tr("&Late only"), this))
    , m_summary(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search route, crew, van, hub or next stop"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_day->setToolTip(tr("Delivery day"));
    m_day->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hub->setToolTip(tr("Hub"));
    m_hub->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_state->setToolTip(tr("Route state"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lateOnly->setToolTip(tr("Only routes %n or more minutes behind their plan", nullptr,
                              LateFromMinutes));

    m_state->addItem(tr("All states"), int(AllStates));
    m_state->addItem(DomainText::swatch(QColor(0xc6, 0x28, 0x28), true), tr("Needs attention"),
                     int(NeedsAttention));
    using RS = Domain::RouteState;
    for (RS s : {RS::NotStarted, RS::Driving, RS::AtStop, RS::OnBreak, RS::Breakdown, RS::NoContact,
                 RS::Finished})
        m_state->addItem(DomainText::swatch(DomainText::routeStateColor(s),
                                            s == RS::Breakdown || s == RS::NoContact),
                         DomainText::routeState(s), int(s));
    m_hub->addItem(tr("All hubs"), QString());

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_day);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_hub);
    bar->addWidget(m_state);
    bar->addWidget(m_lateOnly);

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RouteBoardModel::RouteCol, Qt::AscendingOrder);
    TableLook::apply(m_view);
    const QFontMetrics fm = m_view->fontMetrics();
    auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    m_view->setColumnWidth(RouteBoardModel::RouteCol, width(QStringLiteral("R-20261126-000")));
    m_view->setColumnWidth(RouteBoardModel::CrewCol,
                           width(QStringLiteral("Anouk van Dijk & Mohamed Amrani")));
    m_view->setColumnWidth(RouteBoardModel::VanCol, width(QStringLiteral("VXD-12-K")));
    m_view->setColumnWidth(RouteBoardModel::HubCol, width(QStringLiteral("Hub Nieuwegein")));
    m_view->setColumnWidth(RouteBoardModel::StateCol, width(QStringLiteral("Geen contact")) + 20);
    // Room for the return visits: "16 / 16 · 2↻".
    m_view->setColumnWidth(RouteBoardModel::ProgressCol, width(QStringLiteral("16 / 16 · 2↻")));
    m_view->setColumnWidth(RouteBoardModel::DelayCol, width(QStringLiteral("+120 min")));
    m_view->setColumnWidth(RouteBoardModel::NextStopCol,
                           width(QStringLiteral("3 Zeist, 10:00-13:00 (planned 11:24)")));

    m_summary->setTextFormat(Qt::RichText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RouteBoardFilter::setText);
    connect(m_hub, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setHub(m_hub->currentData().toString()); });
    connect(m_state, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &CrewsBoard::applyStateFilter);
    connect(m_lateOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_filter->setLateOnly(on, LateFromMinutes); });
    connect(m_day, QOverload<int>::of(&QComboBox::activated), this,
            [this] { Q_EMIT dayChosen(m_day->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = currentRouteId();
        if (id != m_lastRoute) {
            m_lastRoute = id;
            Q_EMIT currentRouteChanged(id);
        }
    });
    connect(m_model, &RouteBoardModel::summaryChanged, this, &CrewsBoard::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateHubs();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CrewsBoard::updateHubs);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        updateSummary();
        // The first plan of the day arrived: show its first route right away.
        if (!m_view->selectionModel()->currentIndex().isValid() && m_filter->rowCount() > 0)
            selectRoute(m_filter->index(0, 0).data(RouteBoardModel::RouteIdRole).toString());
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CrewsBoard::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CrewsBoard::updateSummary);
    updateHubs();
    updateSummary();
}

QString CrewsBoard::currentRouteId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RouteBoardModel::RouteIdRole).toString() : QString();
}

void CrewsBoard::selectRoute(const QString &routeId)
{
    const int sourceRow = m_model->rowOfRoute(routeId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CrewsBoard::setDays(const QStringList &days, const QString &shown)
{
    const QSignalBlocker blocker(m_day);
    m_day->clear();
    for (const QString &day : days)
        m_day->addItem(dayLabel(day), day);
    if (!shown.isEmpty() && m_day->findData(shown) < 0)
        m_day->insertItem(0, dayLabel(shown), shown);
    m_day->setCurrentIndex(qMax(0, m_day->findData(shown)));
    m_day->setEnabled(m_day->count() > 1);
}

void CrewsBoard::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CrewsBoard::updateHubs()
{
    QMap<QString, QString> hubs; // name -> id, sorted by name
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const Route *route = m_model->route(row))
            hubs.insert(route->hub.name.isEmpty() ? route->hub.id : route->hub.name, route->hub.id);
    }
    if (m_hub->count() == hubs.size() + 1)
        return;
    const QString current = m_hub->currentData().toString();
    const QSignalBlocker blocker(m_hub);
    while (m_hub->count() > 1)
        m_hub->removeItem(1);
    for (auto it = hubs.cbegin(); it != hubs.cend(); ++it)
        m_hub->addItem(it.key(), it.value());
    m_hub->setCurrentIndex(qMax(0, m_hub->findData(current)));
}

void CrewsBoard::applyStateFilter()
{
    using RS = Domain::RouteState;
    const int choice = m_state->currentData().toInt();
    QSet<int> states;
    if (choice == NeedsAttention)
        states = {int(RS::Breakdown), int(RS::NoContact)};
    else if (choice != AllStates)
        states = {choice};
    m_filter->setStates(states);
}

void CrewsBoard::updateSummary()
{
    using RS = Domain::RouteState;
    QMap<int, int> perState;
    int late = 0;
    const int total = m_model->rowCount();
    for (int row = 0; row < total; ++row) {
        const RouteStatus *status = m_model->status(row);
        if (!status)
            continue;
        ++perState[int(status->state)];
        if (status->delayMin >= LateFromMinutes && status->state != RS::Finished)
            ++late;
    }
    if (total == 0) {
        m_summary->setText(tr("No routes for this day yet. They appear as soon as the plan "
                              "arrives from the feed."));
        return;
    }
    QStringList parts;
    const int shown = m_filter->rowCount();
    parts << (shown == total ? tr("%n route(s)", nullptr, total)
                             : tr("%1 of %n route(s) shown", nullptr, total).arg(shown));
    for (RS s : {RS::NotStarted, RS::Driving, RS::AtStop, RS::OnBreak, RS::Finished}) {
        if (const int n = perState.value(int(s)))
            parts << QStringLiteral("%1 %2").arg(n).arg(DomainText::routeState(s).toLower());
    }
    auto alarm = [](const QString &text) {
        return QStringLiteral("<b style=\"color:#c62828\">%1</b>").arg(text.toHtmlEscaped());
    };
    if (late)
        parts << alarm(tr("%n late", nullptr, late));
    if (const int n = perState.value(int(RS::Breakdown)))
        parts << alarm(tr("%n broken down", nullptr, n));
    if (const int n = perState.value(int(RS::NoContact)))
        parts << alarm(tr("%n without contact", nullptr, n));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

QByteArray CrewsBoard::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << m_view->horizontalHeader()->saveState() << m_hub->currentData().toString()
        << m_state->currentIndex() << m_lateOnly->isChecked();
    return state;
}

void CrewsBoard::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray header;
    QString hub;
    int stateIndex = 0;
    bool lateOnly = false;
    in >> magic >> header >> hub >> stateIndex >> lateOnly;
    if (magic != StateMagic || in.status() != QDataStream::Ok)
        return;
    m_view->horizontalHeader()->restoreState(header);
    const int hubIndex = m_hub->findData(hub);
    if (hubIndex >= 0)
        m_hub->setCurrentIndex(hubIndex);
    if (stateIndex >= 0 && stateIndex < m_state->count())
        m_state->setCurrentIndex(stateIndex);
    m_lateOnly->setChecked(lateOnly);
}
