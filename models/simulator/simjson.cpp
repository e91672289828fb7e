#include "simjson.h"

#include <cmath>

void JsonFields::key(const char *name)
{
    const char last = m_out.isEmpty() ? '{' : m_out.back();
    if (last != '{' && last != '[')
        m_out.append(',');
    m_out.append('"').append(name).append("\":");
}

JsonFields &JsonFields::str(const char *name, const QByteArray &value)
{
    key(name);
    appendString(m_out, value);
    return *this;
}

JsonFields &JsonFields::num(const char *name, double value, int decimals)
{
    key(name);
    appendNumber(m_out, value, decimals);
    return *this;
}

JsonFields &JsonFields::integer(const char *name, qint64 value)
{
    key(name);
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonFields &JsonFields::raw(const char *name, const QByteArray &json)
{
    key(name);
    m_out.append(json);
    return *this;
}

JsonFields &JsonFields::open(const char *name, char bracket)
{
    key(name);
    m_out.append(bracket);
    return *this;
}

JsonFields &JsonFields::close(char bracket)
{
    m_out.append(bracket);
    return *this;
}

JsonFields &JsonFields::element()
{
    const char last = m_out.back();
    if (last != '[' && last != '{')
        m_out.append(',');
    return *this;
}

JsonFields &JsonFields::item(char bracket)
{
    element();
    m_out.append(bracket);
    return *this;
}

void JsonFields::appendString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 15]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void JsonFields::appendNumber(QByteArray &out, double value, int decimals)
{
    // Round in integers so the digits never depend on the C library's printf.
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 scaled = qint64(std::llround(value * double(scale)));
    const bool negative = scaled < 0;
    const quint64 magnitude = quint64(negative ? -scaled : scaled);
    quint64 whole = magnitude / quint64(scale);
    quint64 frac = magnitude % quint64(scale);
    if (negative && magnitude != 0)
        out.append('-');
    out.append(QByteArray::number(whole));
    if (frac == 0)
        return;
    int digits = decimals;
    while (frac % 10 == 0) {
        frac /= 10;
        --digits;
    }
    QByteArray f = QByteArray::number(frac);
    out.append('.').append(QByteArray(digits - int(f.size()), '0')).append(f);
}
