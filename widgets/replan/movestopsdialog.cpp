#include "movestopsdialog.h"

#include "changepreviewview.h"
#include "core/timeformat.h"
#include "replan/movepreview.h"
#include "storage/operationstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// "+3.2" or "\u22121.5": a change, never an amount.
QString signedText(double value, int decimals)
{
    const double shown = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString text = QLocale().toString(std::abs(shown), 'f', decimals);
    return shown < 0 ? QStringLiteral("\u2212") + text : QStringLiteral("+") + text;
}

} // namespace

MoveStopsDialog::MoveStopsDialog(Database &db, const QStringList &stopIds,
                                 const QString &targetRouteId, qint64 now, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_stopIds(stopIds)
    , m_now(now)
{
    setWindowTitle(tr("Move stops to another van"));
    OperationStore store(db);
    const QVector<Stop> stops = store.stopsByIds(stopIds);
    QStringList lines;
    QStringList sourceRoutes;
    for (const Stop &s : stops) {
        lines.append(tr("%1  %2, %3  (route %4, window %5\u2013%6)")
                         .arg(s.id, s.customer.name, s.customer.city, s.routeId,
                              TimeFormat::toClock(s.windowStart),
                              TimeFormat::toClock(s.windowEnd)));
        sourceRoutes.append(s.routeId);
    }
    auto *stopsLabel = new QLabel(lines.join(QLatin1Char('\n')), this);
    stopsLabel->setTextFormat(Qt::PlainText);
    stopsLabel->setWordWrap(true);

    m_target = new QComboBox(this);
    m_target->setPlaceholderText(tr("Choose a van"));
    m_target->setToolTip(tr("The route of today that takes the stops"));
    const QString day =
        stops.isEmpty() ? TimeFormat::toDay(now) : TimeFormat::toDay(stops.first().windowStart);
    // The vans of the stops' own hub first, then the others, each by route.
    QVector<Route> routes = store.routes(day);
    QSet<QString> ownHubs;
    for (const Route &r : std::as_const(routes)) {
        if (sourceRoutes.contains(r.id))
            ownHubs.insert(r.hub.id);
    }
    std::stable_sort(routes.begin(), routes.end(), [&ownHubs](const Route &a, const Route &b) {
        const bool aOwn = ownHubs.contains(a.hub.id), bOwn = ownHubs.contains(b.hub.id);
        return aOwn != bOwn ? aOwn : a.id < b.id;
    });
    for (const Route &r : std::as_const(routes)) {
        if (r.finishedAt != 0 || (sourceRoutes.size() == 1 && sourceRoutes.contains(r.id)))
            continue;
        m_target->addItem(tr("%1 \u00b7 %2 (%3)").arg(r.id, r.plate, r.hub.name), r.id);
    }
    m_reason = new QComboBox(this);
    for (Replan::Reason r : Replan::allReasons())
        m_reason->addItem(Replan::reasonText(r), int(r));
    m_reason->setCurrentIndex(m_reason->findData(int(Replan::Reason::Other)));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Why the stops change van (optional)"));
    m_note->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&To van:"), m_target);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);

    m_preview = new ChangePreviewView(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("moveSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveStopsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stopsLabel);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Effect on the routes:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    m_target->setCurrentIndex(m_target->findData(targetRouteId));
    connect(m_target, &QComboBox::currentIndexChanged, this, &MoveStopsDialog::updatePreview);
    updatePreview();
    resize(900, 600);
}

QString MoveStopsDialog::targetRouteId() const
{
    return m_target->currentData().toString();
}

void MoveStopsDialog::setTargetRouteId(const QString &routeId)
{
    m_target->setCurrentIndex(m_target->findData(routeId));
}

void MoveStopsDialog::updatePreview()
{
    m_change = Replan::ChangeSet();
    const QString target = targetRouteId();
    if (target.isEmpty()) {
        m_preview->setPreview({}, {});
        m_summary->setText(tr("Choose the van that takes the stops."));
        m_ok->setEnabled(false);
        return;
    }
    OperationStore store(m_db);
    m_change = Replan::moveStopsChange(store, m_stopIds, target, m_now);
    const Replan::MovePreview preview = Replan::MovePreview::compute(store, m_change, m_now);
    QStringList ids;
    for (const Replan::RoutePreview &r : preview.routes)
        ids += r.newStopIds;
    for (const Stop &s : store.stopsByIds(ids))
        m_stopInfo.insert(s.id, s);
    m_preview->setPreview(preview, m_stopInfo);
    int brokenBefore = 0;
    for (const Replan::RoutePreview &r : preview.routes)
        brokenBefore += r.brokenBefore();
    QString summary =
        tr("Windows kept: %1 before, %2 after (%3 broken). Driving: %4 km, %5 min.")
            .arg(preview.windowsKeptBefore)
            .arg(preview.windowsKeptAfter)
            .arg(preview.windowsBrokenAfter)
            .arg(signedText(preview.addedKm, 1), signedText(preview.addedDrivingMin, 0));
    // Said here too: the route's line in the tree is easily missed, and all
    // windows may hold while the crew works past its day.
    const QStringList overtime = preview.routesPastWorkingDay();
    if (!overtime.isEmpty())
        summary +=
            QLatin1Char(' ') +
            tr("Back after the crew's working day: %1.").arg(overtime.join(QLatin1String(", ")));
    m_summary->setText(summary);
    m_summary->setStyleSheet(preview.windowsBrokenAfter > brokenBefore || !overtime.isEmpty()
                                 ? QStringLiteral("color: #c62828")
                                 : QString());
    m_ok->setEnabled(!m_change.orders.isEmpty());
}

void MoveStopsDialog::accept()
{
    if (m_change.orders.isEmpty())
        return;
    m_change.reason = Replan::Reason(m_reason->currentData().toInt());
    m_change.note = m_note->text().trimmed();
    QDialog::accept();
}

Replan::ChangeSet MoveStopsDialog::changeSet() const
{
    return m_change;
}
