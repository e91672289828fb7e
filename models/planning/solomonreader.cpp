#include "planning/solomonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSet>

#include <algorithm>

#include <cmath>

namespace Planning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SolomonReader", text);
}

struct Line
{
    int number = 0;
    QByteArray text; // simplified: single spaces, no line ending
};

// The customer table's columns, in order.
const char *const kColumns[] = {"CUST NO.",   "XCOORD.",  "YCOORD.",     "DEMAND",
                                "READY TIME", "DUE DATE", "SERVICE TIME"};

double number(const QByteArray &token, int line, const QString &field)
{
    bool ok = false;
    const double value = token.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw SolomonFormatError(
            line, field, tr("'%1' is not a number").arg(QString::fromLatin1(token.left(40))));
    // Larger values are no real instance and would overflow sums of them.
    if (std::fabs(value) > 1e9)
        throw SolomonFormatError(
            line, field,
            tr("%1 is out of range (at most 1e9)").arg(QString::fromLatin1(token.left(40))));
    return value;
}

int wholeNumber(const QByteArray &token, int line, const QString &field)
{
    const double value = number(token, line, field);
    if (value != std::floor(value) || std::fabs(value) > 1e9)
        throw SolomonFormatError(
            line, field, tr("'%1' is not a whole number").arg(QString::fromLatin1(token.left(40))));
    return int(value);
}

bool startsWithWord(const QByteArray &text, const char *word)
{
    return text.toUpper().startsWith(word);
}

} // namespace

SolomonFormatError::SolomonFormatError(int line, QString field, QString message)
    : std::runtime_error(
          QStringLiteral("line %1, %2: %3").arg(line).arg(field, message).toStdString())
    , m_line(line)
    , m_field(std::move(field))
    , m_message(std::move(message))
{}

QString SolomonFormatError::describe() const
{
    if (m_line <= 0)
        return m_field.isEmpty() ? m_message : tr("%1: %2").arg(m_field, m_message);
    return tr("line %1, %2: %3").arg(m_line).arg(m_field, m_message);
}

Problem SolomonReader::parse(const QByteArray &text, TravelTimeFunction travelTime)
{
    // Non-blank lines with their numbers.
    std::vector<Line> lines;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        const QByteArray simplified = raw.simplified();
        if (!simplified.isEmpty())
            lines.push_back({lineNumber, simplified});
    }
    size_t at = 0;
    const int lastLine = std::max(1, text.endsWith('\n') ? lineNumber - 1 : lineNumber);
    auto expect = [&](const char *word, const QString &field) -> const Line & {
        if (at >= lines.size())
            throw SolomonFormatError(lastLine, field,
                                     tr("the file ends before %1").arg(QLatin1String(word)));
        const Line &line = lines[at];
        if (!startsWithWord(line.text, word))
            throw SolomonFormatError(
                line.number, field,
                tr("expected %1, found '%2'")
                    .arg(QLatin1String(word), QString::fromLatin1(line.text.left(40))));
        ++at;
        return line;
    };

    if (lines.empty())
        throw SolomonFormatError(1, tr("name"), tr("the file is empty"));
    const QString name = QString::fromLatin1(lines[at++].text);
    if (startsWithWord(name.toLatin1(), "VEHICLE"))
        throw SolomonFormatError(lines[0].number, tr("name"), tr("the instance name is missing"));

    expect("VEHICLE", QStringLiteral("VEHICLE"));
    expect("NUMBER", QStringLiteral("NUMBER CAPACITY"));
    if (at >= lines.size())
        throw SolomonFormatError(lastLine, QStringLiteral("NUMBER"),
                                 tr("the file ends before the vehicle count"));
    const Line &fleetLine = lines[at++];
    const QList<QByteArray> fleetFields = fleetLine.text.split(' ');
    if (fleetFields.size() != 2)
        throw SolomonFormatError(
            fleetLine.number, QStringLiteral("NUMBER CAPACITY"),
            tr("expected two numbers (vehicle count and capacity), found %1 fields")
                .arg(fleetFields.size()));
    const int vehicleCount =
        wholeNumber(fleetFields[0], fleetLine.number, QStringLiteral("NUMBER"));
    const double capacity = number(fleetFields[1], fleetLine.number, QStringLiteral("CAPACITY"));
    if (vehicleCount < 1 || vehicleCount > 100000)
        throw SolomonFormatError(fleetLine.number, QStringLiteral("NUMBER"),
                                 tr("the vehicle count must be between 1 and 100000"));
    if (capacity <= 0)
        throw SolomonFormatError(fleetLine.number, QStringLiteral("CAPACITY"),
                                 tr("the capacity must be positive"));

    expect("CUSTOMER", QStringLiteral("CUSTOMER"));
    expect("CUST", QStringLiteral("CUST NO."));

    std::vector<Site> sites;
    QSet<int> numbers;
    for (; at < lines.size(); ++at) {
        const Line &line = lines[at];
        const QList<QByteArray> fields = line.text.split(' ');
        if (fields.size() != 7)
            throw SolomonFormatError(
                line.number, QLatin1String(kColumns[std::min<qsizetype>(fields.size(), 6)]),
                tr("expected 7 fields (%1), found %2")
                    .arg(QStringLiteral("CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, "
                                        "DUE DATE, SERVICE TIME"))
                    .arg(fields.size()));
        Site site;
        site.number = wholeNumber(fields[0], line.number, QLatin1String(kColumns[0]));
        site.location.x = number(fields[1], line.number, QLatin1String(kColumns[1]));
        site.location.y = number(fields[2], line.number, QLatin1String(kColumns[2]));
        site.demand = number(fields[3], line.number, QLatin1String(kColumns[3]));
        site.ready = number(fields[4], line.number, QLatin1String(kColumns[4]));
        site.due = number(fields[5], line.number, QLatin1String(kColumns[5]));
        site.service = number(fields[6], line.number, QLatin1String(kColumns[6]));
        if (site.number < 0)
            throw SolomonFormatError(line.number, QLatin1String(kColumns[0]),
                                     tr("the number must not be negative"));
        if (numbers.contains(site.number))
            throw SolomonFormatError(line.number, QLatin1String(kColumns[0]),
                                     tr("customer %1 appears twice").arg(site.number));
        if (std::fabs(site.location.x) > 1e7 || std::fabs(site.location.y) > 1e7)
            throw SolomonFormatError(line.number, QLatin1String(kColumns[1]),
                                     tr("the coordinate is out of range"));
        if (site.demand < 0)
            throw SolomonFormatError(line.number, QLatin1String(kColumns[3]),
                                     tr("the demand must not be negative"));
        if (site.service < 0)
            throw SolomonFormatError(line.number, QLatin1String(kColumns[6]),
                                     tr("the service time must not be negative"));
        if (site.due < site.ready)
            throw SolomonFormatError(
                line.number, QLatin1String(kColumns[5]),
                tr("the due date %1 is before the ready time %2").arg(site.due).arg(site.ready));
        if (sites.empty() && site.demand != 0)
            throw SolomonFormatError(line.number, QLatin1String(kColumns[3]),
                                     tr("the first row is the depot and must have no demand"));
        if (sites.size() >= 10001)
            throw SolomonFormatError(line.number, QLatin1String(kColumns[0]),
                                     tr("more than 10000 customers are not supported"));
        numbers.insert(site.number);
        sites.push_back(site);
    }
    if (sites.empty())
        throw SolomonFormatError(lastLine, QLatin1String(kColumns[0]),
                                 tr("the depot row is missing"));
    std::vector<Vehicle> fleet = Problem::uniformFleet(vehicleCount, capacity, sites.front());
    return Problem(name, std::move(sites), std::move(fleet), std::move(travelTime));
}

Problem SolomonReader::readFile(const QString &path, TravelTimeFunction travelTime)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SolomonFormatError(0, path, file.errorString());
    return parse(file.readAll(), std::move(travelTime));
}

} // namespace Planning
