#include "mapstyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <cmath>

namespace MapStyle {

QColor nextStopColor()
{
    return QColor(0x1f, 0x6f, 0xeb);
}
QColor selectionColor()
{
    return QColor(0x11, 0x2a, 0x46);
}
QColor hubColor()
{
    return QColor(0x2f, 0x3b, 0x4c);
}
QColor textColor()
{
    return QColor(0x2b, 0x2f, 0x36);
}
QColor haloColor()
{
    return QColor(255, 255, 255, 230);
}

QFont labelFont(int pointSizeDelta, bool bold)
{
    QFont font;
    font.setPointSizeF(qMax(6.0, font.pointSizeF() - 1 + pointSizeDelta));
    font.setBold(bold);
    return font;
}

QFont provinceLabelFont()
{
    QFont font = labelFont(-1, false);
    font.setItalic(true);
    return font;
}

QColor provinceLabelColor()
{
    return QColor(0x85, 0x7b, 0x93);
}

void drawHaloText(QPainter *painter, const QPointF &pos, const QString &text, const QFont &font,
                  const QColor &color)
{
    QPainterPath path;
    path.addText(pos, font, text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen halo(haloColor(), 3.0);
    halo.setJoinStyle(Qt::RoundJoin);
    painter->strokePath(path, halo);
    painter->fillPath(path, color);
    painter->restore();
}

int vanSymbolRadius(bool highlighted)
{
    return highlighted ? 11 : 8;
}

QPixmap vanSymbol(const QColor &color, double headingDeg, bool highlighted, qreal dpr)
{
    // 10-degree steps are finer than the eye can tell on a 16-pixel badge.
    const int step = headingDeg < 0 ? -1 : int(std::lround(headingDeg / 10.0)) % 36;
    const QString key =
        QStringLiteral("%1/%2/%3/%4").arg(color.rgba()).arg(step).arg(highlighted).arg(dpr);
    static QHash<QString, QPixmap> cache;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;

    const int r = vanSymbolRadius(highlighted);
    const int side = 2 * (r + 7);
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(side / 2.0, side / 2.0);
    if (highlighted) {
        p.setPen(Qt::NoPen);
        p.setBrush(
            QColor(selectionColor().red(), selectionColor().green(), selectionColor().blue(), 60));
        p.drawEllipse(QPointF(), r + 6.0, r + 6.0);
    }
    if (step >= 0) {
        // The heading arrow sticks out of the badge in the driving direction.
        p.save();
        p.rotate(step * 10.0);
        QPainterPath arrow;
        arrow.moveTo(0, -r - 5.5);
        arrow.lineTo(5.5, -r + 2.5);
        arrow.lineTo(-5.5, -r + 2.5);
        arrow.closeSubpath();
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(color.darker(125));
        p.drawPath(arrow);
        p.restore();
    }
    p.setPen(QPen(highlighted ? selectionColor() : QColor(Qt::white), highlighted ? 2.5 : 2.0));
    p.setBrush(color);
    p.drawEllipse(QPointF(), double(r), double(r));
    // A small van body in white on the badge.
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    const double u = r / 8.0;
    p.drawRoundedRect(QRectF(-4.6 * u, -2.6 * u, 6.0 * u, 4.4 * u), 0.8 * u, 0.8 * u);
    p.drawRoundedRect(QRectF(1.8 * u, -1.0 * u, 2.8 * u, 2.8 * u), 0.8 * u, 0.8 * u);
    p.setBrush(color.darker(140));
    p.drawEllipse(QPointF(-2.8 * u, 2.4 * u), 1.1 * u, 1.1 * u);
    p.drawEllipse(QPointF(2.9 * u, 2.4 * u), 1.1 * u, 1.1 * u);
    p.end();
    return *cache.insert(key, pixmap);
}

} // namespace MapStyle
