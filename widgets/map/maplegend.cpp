#include "maplegend.h"

#include "core/domaintext.h"
#include "mapstyle.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

namespace {

constexpr int Pad = 8;
constexpr int RowHeight = 18;
constexpr int Rows = 8; // a heading and seven states

void drawStopSymbol(QPainter *p, const QPointF &c, Domain::StopState state, bool next)
{
    using S = Domain::StopState;
    const QColor color = DomainText::stopStateColor(state);
    QColor fill = color;
    QPen pen(Qt::white, 1.6);
    if (next) {
        fill = MapStyle::nextStopColor();
    } else if (state == S::Planned) {
        fill = Qt::white;
        pen.setColor(color.darker(120));
    } else if (state == S::Moved) {
        fill = Qt::white;
        pen.setColor(color);
        pen.setStyle(Qt::DashLine);
    }
    p->setPen(pen);
    p->setBrush(fill);
    const double r = next ? 6.5 : 5.5;
    if (state == S::Failed) {
        const double d = r * 1.25;
        const QPointF pts[4] = {c + QPointF(0, -d), c + QPointF(d, 0), c + QPointF(0, d),
                                c + QPointF(-d, 0)};
        p->drawPolygon(pts, 4);
    } else {
        p->drawEllipse(c, r, r);
    }
}

} // namespace

MapLegend::MapLegend(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    resize(sizeHint());
}

QSize MapLegend::sizeHint() const
{
    const QFontMetrics fm(MapStyle::labelFont(-1));
    int vanWidth = fm.horizontalAdvance(tr("Vans"));
    for (int s = 0; s <= int(Domain::RouteState::NoContact); ++s)
        vanWidth =
            qMax(vanWidth, fm.horizontalAdvance(DomainText::routeState(Domain::RouteState(s))));
    int stopWidth = fm.horizontalAdvance(tr("Stops"));
    for (const QString &t : {DomainText::stopState(Domain::StopState::Planned), tr("Next"),
                             DomainText::stopState(Domain::StopState::Arrived),
                             DomainText::stopState(Domain::StopState::Done),
                             DomainText::stopState(Domain::StopState::Failed),
                             DomainText::stopState(Domain::StopState::Moved), tr("Hub")})
        stopWidth = qMax(stopWidth, fm.horizontalAdvance(t));
    return QSize(Pad * 3 + 2 * 24 + vanWidth + stopWidth, Pad * 2 + Rows * RowHeight);
}

void MapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        m_card = QPixmap();
        resize(sizeHint());
    }
    QWidget::changeEvent(event);
}

void MapLegend::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    if (m_card.isNull() || m_card.deviceIndependentSize() != QSizeF(size()) ||
        m_card.devicePixelRatio() != dpr) {
        m_card = QPixmap(size() * dpr);
        m_card.setDevicePixelRatio(dpr);
        m_card.fill(Qt::transparent);
        QPainter cardPainter(&m_card);
        render(&cardPainter);
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_card);
}

void MapLegend::render(QPainter *painter) const
{
    QPainter &p = *painter;
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0, 0, 0, 40));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QFont heading = MapStyle::labelFont(-1, true);
    const QFont text = MapStyle::labelFont(-1);
    const QFontMetrics fm(text);
    const int vanColumn = Pad;
    int stopColumn = Pad;
    {
        int vanWidth = QFontMetrics(heading).horizontalAdvance(tr("Vans"));
        for (int s = 0; s <= int(Domain::RouteState::NoContact); ++s)
            vanWidth =
                qMax(vanWidth, fm.horizontalAdvance(DomainText::routeState(Domain::RouteState(s))));
        stopColumn = vanColumn + 24 + vanWidth + Pad;
    }
    auto textAt = [&](int x, int row, const QString &s, const QFont &f) {
        p.setFont(f);
        p.setPen(MapStyle::textColor());
        p.drawText(QRect(x, Pad + row * RowHeight, width() - x, RowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, s);
    };
    auto symbolCentre = [&](int x, int row) {
        return QPointF(x + 9, Pad + row * RowHeight + RowHeight / 2.0);
    };

    textAt(vanColumn, 0, tr("Vans"), heading);
    const qreal dpr = p.device()->devicePixelRatioF();
    for (int s = 0; s <= int(Domain::RouteState::NoContact); ++s) {
        const auto state = Domain::RouteState(s);
        const QPixmap symbol =
            MapStyle::vanSymbol(DomainText::routeStateColor(state), -1, false, dpr);
        const QSizeF size = symbol.deviceIndependentSize() * 0.75;
        const QPointF c = symbolCentre(vanColumn, s + 1);
        p.drawPixmap(QRectF(c - QPointF(size.width() / 2, size.height() / 2), size), symbol,
                     QRectF(QPointF(), symbol.size()));
        textAt(vanColumn + 22, s + 1, DomainText::routeState(state), text);
    }

    using S = Domain::StopState;
    textAt(stopColumn, 0, tr("Stops"), heading);
    const QVector<QPair<S, bool>> stops{{S::Planned, false}, {S::Planned, true},
                                        {S::Arrived, false}, {S::Done, false},
                                        {S::Failed, false},  {S::Moved, false}};
    for (int i = 0; i < stops.size(); ++i) {
        drawStopSymbol(&p, symbolCentre(stopColumn, i + 1), stops[i].first, stops[i].second);
        textAt(stopColumn + 22, i + 1,
               stops[i].second ? tr("Next") : DomainText::stopState(stops[i].first), text);
    }
    const QPointF hub = symbolCentre(stopColumn, 7);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(MapStyle::hubColor());
    p.drawRoundedRect(QRectF(hub - QPointF(7, 7), QSizeF(14, 14)), 2, 2);
    textAt(stopColumn + 22, 7, tr("Hub"), text);
}
