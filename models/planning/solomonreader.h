#pragma once

#include "planning/vrptwproblem.h"

#include <QByteArray>
#include <QString>

#include <stdexcept>

// Reads vehicle-routing instances in Solomon's text format (also used by the
// Gehring-Homberger instances): the name, a VEHICLE block with NUMBER and
// CAPACITY, and a CUSTOMER table with one row per site (number, x, y, demand,
// ready time, due date, service time), the depot first.
namespace Planning {

// What was wrong with the input and where: the 1-based line and the field.
class SolomonFormatError : public std::runtime_error
{
public:
    SolomonFormatError(int line, QString field, QString message);

    int line() const { return m_line; }
    const QString &field() const { return m_field; }
    const QString &message() const { return m_message; }
    // "line 12, DUE DATE: ..." in the user's language.
    QString describe() const;

private:
    int m_line;
    QString m_field;
    QString m_message;
};

namespace SolomonReader {

// Throws SolomonFormatError.
Problem parse(const QByteArray &text, TravelTimeFunction travelTime = euclideanTravelTime());
// Throws SolomonFormatError (line 0 when the file cannot be read).
Problem readFile(const QString &path, TravelTimeFunction travelTime = euclideanTravelTime());

} // namespace SolomonReader
} // namespace Planning
