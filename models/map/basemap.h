#pragma once

#include <QByteArray>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>
#include <stdexcept>

// A town of the basemap with the lowest zoom at which its name is shown.
struct BasemapTown
{
    QString name;
    QPointF lonLat;
    QPointF scenePos;
    int population = 0;
    int minZoom = 11;
};

// A named area of the basemap (a province) with the point its name is shown at.
struct BasemapLabel
{
    QString name;
    QPointF lonLat;
    QPointF scenePos;
};

// A basemap file that could not be read, with where and why.
class BasemapError : public std::runtime_error
{
public:
    explicit BasemapError(const QString &message);
    QString message() const { return QString::fromUtf8(what()); }
};

// The offline vector basemap (resources/basemap/nl.vzbm, made by
// scripts/make-basemap.sh): land and water outlines, borders, province
// borders, rivers and towns, already projected into scene coordinates. Immutable once loaded, so
// render threads can share it.
class Basemap
{
public:
    // Parses the compact text format; throws BasemapError naming the line.
    static Basemap parse(const QByteArray &data, const QString &sourceName = {});
    // The basemap compiled into the resources (":/basemap/nl.vzbm"), parsed
    // once per process. Empty if the resource is missing.
    static const Basemap &builtIn();

    bool isEmpty() const { return m_home.isEmpty() && m_land.isEmpty(); }
    QRectF sceneBounds() const { return m_bounds; }       // the area the data covers
    const QPainterPath &home() const { return m_home; }   // the Netherlands
    const QPainterPath &land() const { return m_land; }   // the neighbours
    const QPainterPath &water() const { return m_water; } // lakes
    const QPainterPath &borders() const { return m_borders; }
    const QPainterPath &rivers() const { return m_rivers; }
    // Borders between provinces (and the neighbours' Länder), without the
    // country borders they end on.
    const QPainterPath &provinceBorders() const { return m_provinceBorders; }
    const QVector<BasemapLabel> &provinces() const { return m_provinces; } // by name
    const QVector<BasemapTown> &towns() const { return m_towns; } // largest first

private:
    QRectF m_bounds;
    QPainterPath m_home, m_land, m_water, m_borders, m_rivers, m_provinceBorders;
    QVector<BasemapTown> m_towns;
    QVector<BasemapLabel> m_provinces;
};
