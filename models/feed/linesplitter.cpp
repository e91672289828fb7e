#include "linesplitter.h"

#include "feedparser.h"

namespace {
// What is kept of an over-long line: enough for the parser to see it is too long.
constexpr qsizetype KeptBytes = FeedParser::MaxLineBytes + 1;
} // namespace

void LineSplitter::appendPartial(const char *data, qsizetype size)
{
    if (m_overlong)
        return;
    const qsizetype room = KeptBytes - m_partial.size();
    if (size > room) {
        m_partial.append(data, room);
        m_overlong = true;
    } else {
        m_partial.append(data, size);
    }
}

QList<QByteArray> LineSplitter::feed(const QByteArray &data)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = data.indexOf('\n', start);
        if (nl < 0)
            break;
        if (m_partial.isEmpty() && !m_overlong) {
            qsizetype length = nl - start;
            if (length > 0 && data.at(nl - 1) == '\r')
                --length;
            lines.append(data.mid(start, qMin(length, KeptBytes)));
        } else {
            appendPartial(data.constData() + start, nl - start);
            QByteArray line = std::move(m_partial);
            m_partial.clear();
            // A cut line keeps its last byte: it must stay too long.
            if (!m_overlong && line.endsWith('\r'))
                line.chop(1);
            m_overlong = false;
            lines.append(std::move(line));
        }
        start = nl + 1;
    }
    if (start < data.size())
        appendPartial(data.constData() + start, data.size() - start);
    m_lines += lines.size();
    return lines;
}

QByteArray LineSplitter::takeRest()
{
    QByteArray rest = std::move(m_partial);
    m_partial.clear();
    m_overlong = false;
    if (!rest.isEmpty())
        ++m_lines;
    return rest;
}
