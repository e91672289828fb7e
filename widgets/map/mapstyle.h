#pragma once

#include "core/domain.h"

#include <QColor>
#include <QFont>
#include <QPixmap>

class QPainter;

// The map's look in one place: symbol sizes, the colours that are not state
// colours (those come from DomainText), fonts, and the zoom thresholds at
// which layers change their form.
namespace MapStyle {

constexpr double DetailZoom = 12.0;     // stops are drawn one by one from here
constexpr double VanClusterZoom = 10.0; // vans close together cluster below this
constexpr double VanLabelZoom = 13.0;   // van plates shown from here
constexpr double StopNumberZoom = 14.0; // sequence numbers in the selected route's stops
constexpr double ClusterCellPixels = 46.0;
// Province names label the country view and give way to the towns closer in.
constexpr double ProvinceLabelMinZoom = 7.0;
constexpr double ProvinceLabelMaxZoom = 9.5; // shown below this zoom

QColor nextStopColor();
QColor selectionColor();
QColor hubColor();
QColor textColor();
QColor haloColor();

QFont labelFont(int pointSizeDelta = 0, bool bold = false);
// Province names: quieter than any town name, in the province borders' hue.
QFont provinceLabelFont();
QColor provinceLabelColor();

// Text with a light halo so it reads on any background; `pos` is the
// baseline start in the painter's current coordinates.
void drawHaloText(QPainter *painter, const QPointF &pos, const QString &text, const QFont &font,
                  const QColor &color = textColor());

// A van seen from above as a round badge with a heading arrow, in the state
// colour; cached per colour, heading step and highlight. `headingDeg` < 0
// means no heading is known.
QPixmap vanSymbol(const QColor &color, double headingDeg, bool highlighted, qreal dpr);
int vanSymbolRadius(bool highlighted);

} // namespace MapStyle
