#include "basemap.h"

#include "mapprojection.h"

#include <QFile>
#include <QList>
#include <algorithm>

namespace {

constexpr double CoordinateScale = 1e5; // the file's integers are 1e-5 degrees

struct LineReader
{
    QString source;
    int lineNo = 0;

    [[noreturn]] void fail(const QString &why) const
    {
        throw BasemapError(QStringLiteral("%1:%2: %3").arg(source).arg(lineNo).arg(why));
    }

    int toInt(const QByteArray &field, const char *what) const
    {
        bool ok = false;
        const int value = field.toInt(&ok);
        if (!ok)
            fail(QStringLiteral("%1 is not a number: \"%2\"")
                     .arg(QLatin1String(what), QString::fromUtf8(field)));
        return value;
    }
};

// Reads "<count> <lon> <lat> <dlon> <dlat> ..." from fields[2...] into scene points.
QVector<QPointF> readPoints(const QList<QByteArray> &fields, const LineReader &reader)
{
    if (fields.size() < 3)
        reader.fail(QStringLiteral("a shape needs a layer and a point count"));
    const int count = reader.toInt(fields[2], "point count");
    if (count < 2 || fields.size() != 3 + 2 * count)
        reader.fail(QStringLiteral("expected %1 points, found %2 numbers")
                        .arg(count)
                        .arg(fields.size() - 3));
    QVector<QPointF> points;
    points.reserve(count);
    long lon = 0;
    long lat = 0;
    for (int i = 0; i < count; ++i) {
        lon += reader.toInt(fields[3 + 2 * i], "longitude");
        lat += reader.toInt(fields[4 + 2 * i], "latitude");
        points.append(MapProjection::toScene(lon / CoordinateScale, lat / CoordinateScale));
    }
    return points;
}

} // namespace

BasemapError::BasemapError(const QString &message)
    : std::runtime_error(message.toStdString())
{}

Basemap Basemap::parse(const QByteArray &data, const QString &sourceName)
{
    Basemap map;
    LineReader reader{sourceName.isEmpty() ? QStringLiteral("basemap") : sourceName, 0};
    const QList<QByteArray> lines = data.split('\n');
    // Format 2 added the province layer and records; format 1 files still read.
    int format = 0;
    for (const QByteArray &raw : lines) {
        ++reader.lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (format == 0) {
            if (line == "VZBM 1")
                format = 1;
            else if (line == "VZBM 2")
                format = 2;
            else
                reader.fail(
                    QStringLiteral("not a basemap of format 1 or 2 (\"VZBM 2\" expected)"));
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        const QByteArray &kind = fields.first();
        if (kind == "bbox") {
            if (fields.size() != 5)
                reader.fail(QStringLiteral("bbox needs four numbers"));
            const QPointF a = MapProjection::toScene(fields[1].toDouble(), fields[4].toDouble());
            const QPointF b = MapProjection::toScene(fields[3].toDouble(), fields[2].toDouble());
            map.m_bounds = QRectF(a, b).normalized();
        } else if (kind == "poly") {
            const QVector<QPointF> points = readPoints(fields, reader);
            QPainterPath *path = fields[1] == "home"    ? &map.m_home
                                 : fields[1] == "land"  ? &map.m_land
                                 : fields[1] == "water" ? &map.m_water
                                                        : nullptr;
            if (!path)
                reader.fail(QStringLiteral("unknown polygon layer \"%1\"")
                                .arg(QString::fromUtf8(fields[1])));
            path->addPolygon(QPolygonF(points));
            path->closeSubpath();
        } else if (kind == "line") {
            const QVector<QPointF> points = readPoints(fields, reader);
            QPainterPath *path = fields[1] == "border"  ? &map.m_borders
                                 : fields[1] == "river" ? &map.m_rivers
                                 : fields[1] == "province" && format >= 2 ? &map.m_provinceBorders
                                                                          : nullptr;
            if (!path)
                reader.fail(
                    QStringLiteral("unknown line layer \"%1\"").arg(QString::fromUtf8(fields[1])));
            path->moveTo(points.first());
            for (int i = 1; i < points.size(); ++i)
                path->lineTo(points[i]);
        } else if (kind == "town") {
            if (fields.size() < 6)
                reader.fail(QStringLiteral("a town needs a zoom, population, position and name"));
            BasemapTown town;
            town.minZoom = reader.toInt(fields[1], "zoom");
            town.population = reader.toInt(fields[2], "population");
            town.lonLat = QPointF(reader.toInt(fields[3], "longitude") / CoordinateScale,
                                  reader.toInt(fields[4], "latitude") / CoordinateScale);
            town.scenePos = MapProjection::toScene(town.lonLat);
            town.name = QString::fromUtf8(fields.mid(5).join(' '));
            map.m_towns.append(town);
        } else if (kind == "province" && format >= 2) {
            if (fields.size() < 4)
                reader.fail(QStringLiteral("a province needs a position and a name"));
            BasemapLabel province;
            // One after the other, so an error names the first bad field.
            const int lon = reader.toInt(fields[1], "longitude");
            const int lat = reader.toInt(fields[2], "latitude");
            province.lonLat = QPointF(lon / CoordinateScale, lat / CoordinateScale);
            province.scenePos = MapProjection::toScene(province.lonLat);
            province.name = QString::fromUtf8(fields.mid(3).join(' '));
            map.m_provinces.append(province);
        } else {
            reader.fail(QStringLiteral("unknown record \"%1\"").arg(QString::fromUtf8(kind)));
        }
    }
    if (format == 0)
        reader.fail(QStringLiteral("the file is empty"));
    // The polygons overlap where rings nest (islands in lakes); even-odd keeps holes open.
    map.m_home.setFillRule(Qt::OddEvenFill);
    map.m_land.setFillRule(Qt::OddEvenFill);
    std::stable_sort(
        map.m_towns.begin(), map.m_towns.end(),
        [](const BasemapTown &a, const BasemapTown &b) { return a.population > b.population; });
    // Computes the paths' cached bounds now, so render threads only read them.
    for (const QPainterPath *path :
         {&map.m_home, &map.m_land, &map.m_water, &map.m_borders, &map.m_rivers,
          &map.m_provinceBorders}) {
        (void)path->boundingRect();
        (void)path->controlPointRect();
    }
    return map;
}

const Basemap &Basemap::builtIn()
{
    static const Basemap map = [] {
        QFile file(QStringLiteral(":/basemap/nl.vzbm"));
        if (!file.open(QIODevice::ReadOnly))
            return Basemap();
        return parse(file.readAll(), file.fileName());
    }();
    return map;
}
