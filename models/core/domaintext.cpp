#include "domaintext.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace DomainText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DomainText", text);
}
} // namespace

QString routeState(Domain::RouteState state)
{
    using S = Domain::RouteState;
    switch (state) {
    case S::NotStarted: return tr("Not started");
    case S::Driving: return tr("Driving");
    case S::AtStop: return tr("At a stop");
    case S::OnBreak: return tr("On a break");
    case S::Breakdown: return tr("Breakdown");
    case S::Finished: return tr("Finished");
    case S::NoContact: return tr("No contact");
    }
    return {};
}

QString stopState(Domain::StopState state)
{
    using S = Domain::StopState;
    switch (state) {
    case S::Planned: return tr("Planned");
    case S::Arrived: return tr("Arrived");
    case S::Done: return tr("Done");
    case S::Failed: return tr("Failed");
    case S::Moved: return tr("Moved");
    }
    return {};
}

QString outcome(Domain::Outcome o)
{
    using O = Domain::Outcome;
    switch (o) {
    case O::None: return {};
    case O::Delivered: return tr("Delivered");
    case O::NotHome: return tr("Not home");
    case O::Refused: return tr("Refused");
    case O::Damaged: return tr("Damaged");
    case O::WrongProduct: return tr("Wrong product");
    case O::Incomplete: return tr("Incomplete");
    }
    return {};
}

QString service(const QString &key)
{
    if (key == QLatin1String("deliver"))
        return tr("deliver");
    if (key == QLatin1String("place_in_room"))
        return tr("place in room");
    if (key == QLatin1String("install"))
        return tr("install");
    if (key == QLatin1String("assemble"))
        return tr("assemble");
    if (key == QLatin1String("take_back"))
        return tr("take back old");
    if (key == QLatin1String("id_check"))
        return tr("ID check");
    return key;
}

QString services(const QStringList &keys)
{
    QStringList out;
    for (const QString &k : keys)
        out.append(service(k));
    return out.join(QLatin1String(", "));
}

QString productType(const QString &key)
{
    static const struct {
        const char *key;
        const char *label;
    } labels[] = {
        {"washing_machine", QT_TRANSLATE_NOOP("DomainText", "Washing machine")},
        {"dryer", QT_TRANSLATE_NOOP("DomainText", "Dryer")},
        {"dishwasher", QT_TRANSLATE_NOOP("DomainText", "Dishwasher")},
        {"fridge", QT_TRANSLATE_NOOP("DomainText", "Fridge")},
        {"freezer", QT_TRANSLATE_NOOP("DomainText", "Freezer")},
        {"sofa", QT_TRANSLATE_NOOP("DomainText", "Sofa")},
        {"mattress", QT_TRANSLATE_NOOP("DomainText", "Mattress")},
        {"bed", QT_TRANSLATE_NOOP("DomainText", "Bed")},
        {"e_bike", QT_TRANSLATE_NOOP("DomainText", "E-bike")},
        {"wardrobe", QT_TRANSLATE_NOOP("DomainText", "Wardrobe")},
        {"oven", QT_TRANSLATE_NOOP("DomainText", "Oven")},
        {"tv", QT_TRANSLATE_NOOP("DomainText", "Television")},
        {"table", QT_TRANSLATE_NOOP("DomainText", "Table")},
        {"cabinet", QT_TRANSLATE_NOOP("DomainText", "Cabinet")},
    };
    for (const auto &l : labels) {
        if (key == QLatin1String(l.key))
            return tr(l.label);
    }
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QColor routeStateColor(Domain::RouteState state)
{
    using S = Domain::RouteState;
    switch (state) {
    case S::NotStarted: return QColor(0x9a, 0xa3, 0xad);
    case S::Driving: return QColor(0x2b, 0x7b, 0xd6);
    case S::AtStop: return QColor(0x7b, 0x4f, 0xc9);
    case S::OnBreak: return QColor(0xd9, 0x9a, 0x1e);
    case S::Breakdown: return QColor(0xd6, 0x2f, 0x2f);
    case S::Finished: return QColor(0x3a, 0x9a, 0x5b);
    case S::NoContact: return QColor(0x5a, 0x5a, 0x5a);
    }
    return Qt::gray;
}

QColor stopStateColor(Domain::StopState state)
{
    using S = Domain::StopState;
    switch (state) {
    case S::Planned: return QColor(0x9a, 0xa3, 0xad);
    case S::Arrived: return QColor(0x7b, 0x4f, 0xc9);
    case S::Done: return QColor(0x3a, 0x9a, 0x5b);
    case S::Failed: return QColor(0xd6, 0x2f, 0x2f);
    case S::Moved: return QColor(0xd9, 0x9a, 0x1e);
    }
    return Qt::gray;
}

QIcon swatch(const QColor &color, bool square)
{
    static QHash<QString, QIcon> cache;
    const QString key = color.name() + (square ? QLatin1Char('s') : QLatin1Char('c'));
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(QPen(color.darker(130), 1));
    if (square)
        p.drawRect(QRectF(2.5, 2.5, 9, 9));
    else
        p.drawEllipse(QRectF(2, 2, 10, 10));
    p.end();
    return *cache.insert(key, QIcon(pixmap));
}

} // namespace DomainText
