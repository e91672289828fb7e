#include "changepreviewview.h"

#include "core/timeformat.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace {

const QColor kBroken(0xc6, 0x28, 0x28);
const QColor kKept(0x2e, 0x7d, 0x32);

QString clock(qint64 ms)
{
    return ms > 0 ? TimeFormat::toClock(ms) : QString();
}

QString signedNumber(double value, int decimals)
{
    const QString text = QLocale().toString(std::abs(value), 'f', decimals);
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        return QLocale().toString(0.0, 'f', decimals);
    return (value < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + text;
}

void alignNumbers(QTreeWidgetItem *item)
{
    for (int c : {ChangePreviewView::EtaBefore, ChangePreviewView::EtaAfter,
                  ChangePreviewView::AddedKm, ChangePreviewView::AddedMin})
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

ChangePreviewView::ChangePreviewView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Route / stop"), tr("Customer"), tr("Window"), tr("ETA before"),
                     tr("ETA after"), tr("Window kept"), tr("+km"), tr("+min")});
    headerItem()->setToolTip(EtaBefore, tr("Arrival by the road estimate with the plan as it is"));
    headerItem()->setToolTip(EtaAfter, tr("Arrival by the road estimate after the change"));
    headerItem()->setToolTip(AddedKm,
                             tr("Kilometres the change adds to the route (negative: saves)"));
    headerItem()->setToolTip(AddedMin, tr("Driving minutes the change adds to the route"));
    for (int c : {EtaBefore, EtaAfter, AddedKm, AddedMin})
        headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Customer, QHeaderView::Stretch);
    setMinimumHeight(180);
}

void ChangePreviewView::setPreview(const Replan::MovePreview &preview,
                                   const QHash<QString, Stop> &stops)
{
    m_preview = preview;
    clear();
    for (const Replan::RoutePreview &r : preview.routes) {
        auto *route = new QTreeWidgetItem(this);
        route->setText(RouteOrStop,
                       r.vehicleLabel == r.routeId
                           ? r.routeId
                           : QStringLiteral("%1 \u00b7 %2").arg(r.routeId, r.vehicleLabel));
        route->setText(Customer,
                       tr("%n stop(s) to go", nullptr, int(r.newStopIds.size())) +
                           (r.receivedStopIds.isEmpty()
                                ? QString()
                                : tr(", %n received", nullptr, int(r.receivedStopIds.size()))));
        route->setText(Window, r.withinWorkingDay ? tr("back at the hub")
                                                  : tr("back after the working day"));
        if (!r.withinWorkingDay)
            route->setForeground(Window, kBroken);
        route->setText(EtaBefore, clock(r.oldBack));
        route->setText(EtaAfter, clock(r.newBack));
        route->setText(Kept, tr("%1 kept, %2 broken").arg(r.keptAfter()).arg(r.brokenAfter()));
        route->setText(AddedKm, signedNumber(r.addedKm, 1));
        route->setText(AddedMin, signedNumber(r.addedDrivingMin, 0));
        route->setToolTip(
            Kept,
            tr("Before the change: %1 kept, %2 broken").arg(r.keptBefore()).arg(r.brokenBefore()));
        if (r.brokenAfter() > r.brokenBefore() || !r.withinWorkingDay)
            route->setForeground(Kept, kBroken);
        QFont bold = route->font(RouteOrStop);
        bold.setBold(true);
        route->setFont(RouteOrStop, bold);
        alignNumbers(route);
        for (int i = 0; i < r.newStopIds.size(); ++i) {
            const QString &id = r.newStopIds.at(i);
            const Stop stop = stops.value(id);
            auto *item = new QTreeWidgetItem(route);
            item->setText(RouteOrStop, QStringLiteral("%1. %2").arg(i + 1).arg(id));
            item->setText(Customer, stop.id.isEmpty()
                                        ? QString()
                                        : QStringLiteral("%1, %2").arg(stop.customer.name,
                                                                       stop.customer.city));
            item->setText(Window, QStringLiteral("%1\u2013%2")
                                      .arg(clock(r.newWindowStarts.value(i)),
                                           clock(r.newWindowEnds.value(i))));
            const int before = r.oldStopIds.indexOf(id);
            item->setText(EtaBefore, before >= 0 ? clock(r.oldArrivals.value(before)) : QString());
            item->setText(EtaAfter, clock(r.newArrivals.value(i)));
            const bool kept = r.newKept.value(i);
            item->setText(Kept, kept ? tr("kept") : tr("broken"));
            item->setForeground(Kept, kept ? kKept : kBroken);
            if (!kept)
                item->setToolTip(Kept, tr("The van arrives after the promised window"));
            if (r.receivedStopIds.contains(id)) {
                QFont f = item->font(RouteOrStop);
                f.setItalic(true);
                item->setFont(RouteOrStop, f);
                item->setToolTip(RouteOrStop, tr("Received from route %1").arg(stop.routeId));
            }
            alignNumbers(item);
        }
    }
    expandAll();
}
