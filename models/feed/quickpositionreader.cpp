#include "quickpositionreader.h"

#include "core/timeformat.h"

#include <QString>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace Feed;

namespace {

// The shortcut for the feed's most common line: a vehicle.position event as
// one flat object of plain ASCII strings and plain numbers. It reads only
// what it is sure the full reader would accept and read the same way; for
// anything else (an escape, a non-ASCII byte, a null, an exponent, an unknown
// or repeated field, a value out of range) it gives up and the full reader
// decides, so the result, or the rejection, is always the full reader's.
class QuickPositionReader
{
public:
    explicit QuickPositionReader(QByteArrayView line)
        : m_p(line.data())
        , m_end(line.data() + line.size())
    {}

    std::optional<Event> read()
    {
        enum Field : unsigned {
            V = 1,
            Id = 2,
            Type = 4,
            Ts = 8,
            Vehicle = 16,
            Lat = 32,
            Lon = 64,
            Speed = 128,
            Heading = 256,
            Accuracy = 512
        };
        constexpr unsigned Required = V | Id | Type | Ts | Vehicle | Lat | Lon;
        if (m_p == m_end || *m_p != '{')
            return std::nullopt; // also a byte-order mark or leading white space
        ++m_p;
        Event e;
        e.type = EventType::VehiclePosition;
        Position p;
        unsigned seen = 0;
        skipSpace();
        if (m_p < m_end && *m_p == '}')
            return std::nullopt;
        for (;;) {
            QByteArrayView key;
            if (!string(key) || !expect(':'))
                return std::nullopt;
            skipSpace();
            unsigned field = 0;
            bool ok = false;
            if (key == "v") {
                double v;
                field = V;
                ok = number(v) && v == 1.0;
            } else if (key == "id") {
                QByteArrayView id;
                field = Id;
                ok = string(id) && !id.isEmpty() && id.size() <= 128;
                if (ok)
                    e.id = QString::fromLatin1(id);
            } else if (key == "type") {
                QByteArrayView type;
                field = Type;
                ok = string(type) && type == "vehicle.position";
            } else if (key == "ts") {
                QByteArrayView ts;
                field = Ts;
                ok = string(ts) && timestamp(ts, e.ts);
            } else if (key == "vehicle") {
                QByteArrayView vehicle;
                field = Vehicle;
                ok = string(vehicle) && !vehicle.isEmpty() && vehicle.size() <= 128;
                if (ok)
                    p.vehicle = QString::fromLatin1(vehicle);
            } else if (key == "lat") {
                field = Lat;
                ok = number(p.lat) && inRange(p.lat, -90, 90);
            } else if (key == "lon") {
                field = Lon;
                ok = number(p.lon) && inRange(p.lon, -180, 180);
            } else if (key == "speed_kmh") {
                field = Speed;
                ok = number(p.speedKmh) && inRange(p.speedKmh, 0, 400);
            } else if (key == "heading_deg") {
                field = Heading;
                ok = number(p.headingDeg) && inRange(p.headingDeg, 0, 360);
            } else if (key == "accuracy_m") {
                field = Accuracy;
                ok = number(p.accuracyM) && inRange(p.accuracyM, 0, 1e6);
            }
            if (!ok || (seen & field))
                return std::nullopt; // unknown, repeated or not plainly valid
            seen |= field;
            skipSpace();
            if (m_p == m_end)
                return std::nullopt;
            if (*m_p == '}') {
                ++m_p;
                break;
            }
            if (*m_p != ',')
                return std::nullopt;
            ++m_p;
            skipSpace();
        }
        skipSpace();
        if (m_p != m_end || (seen & Required) != Required)
            return std::nullopt;
        e.payload = std::move(p);
        return e;
    }

private:
    static bool inRange(double v, double min, double max)
    {
        return std::isfinite(v) && v >= min && v <= max;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }

    bool expect(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    // A string of printable ASCII without escapes: its bytes are its characters.
    bool string(QByteArrayView &out)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        const char *begin = ++m_p;
        for (; m_p < m_end; ++m_p) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out = QByteArrayView(begin, m_p - begin);
                ++m_p;
                return true;
            }
            if (c < 0x20 || c >= 0x7f || c == '\\')
                return false;
        }
        return false;
    }

    // A number as RFC 8259 writes it, without exponent. Qt's reader keeps a
    // whole number as a 64-bit integer and reads it as a double from there,
    // and reads any other number correctly rounded; so does this.
    bool number(double &out)
    {
        const char *begin = m_p;
        bool negative = false;
        if (m_p < m_end && *m_p == '-') {
            negative = true;
            ++m_p;
        }
        const char *digits = m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        const qsizetype intDigits = m_p - digits;
        if (intDigits == 0 || intDigits > 15)
            return false;
        bool whole = true;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            const char *fraction = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == fraction || m_p - fraction > 17)
                return false;
            whole = false;
        }
        if (m_p < m_end &&
            (*m_p == 'e' || *m_p == 'E' || *m_p == '.' || (*m_p >= '0' && *m_p <= '9')))
            return false;
        if (whole) {
            qint64 n = 0;
            for (const char *d = digits; d < m_p; ++d)
                n = n * 10 + (*d - '0');
            out = double(negative ? -n : n);
            return true;
        }
        const auto [end, error] = std::from_chars(begin, m_p, out);
        if (error != std::errc() || end != m_p)
            return false;
        // Qt's reader keeps a whole double as an integer too: -0.0 reads as 0.
        if (std::trunc(out) == out)
            out = double(qint64(out));
        return true;
    }

    // An RFC 3339 time, read by the same function the full reader uses.
    static bool timestamp(QByteArrayView text, qint64 &ms)
    {
        char16_t wide[64];
        if (text.size() > qsizetype(std::size(wide)))
            return false;
        for (qsizetype i = 0; i < text.size(); ++i)
            wide[i] = char16_t(static_cast<unsigned char>(text[i]));
        const auto parsed = TimeFormat::parseRfc3339(QStringView(wide, text.size()));
        if (!parsed)
            return false;
        ms = *parsed;
        return true;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

namespace Feed {

std::optional<Event> readQuickPosition(QByteArrayView line)
{
    return QuickPositionReader(line).read();
}

} // namespace Feed
