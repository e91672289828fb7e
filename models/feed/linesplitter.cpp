#include "linesplitter.h"

#include "feedparser.h"

namespace {
// What is kept of an over-long line: enough for the parser to see it is too long.
constexpr qsizetype KeptBytes = FeedParser::MaxLineBytes + 1;
constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype BomBytes = 3;
} // namespace

qsizetype LineSplitter::keptBytes() const
{
    // The first line may start with a byte-order mark that does not count.
    return m_first ? KeptBytes + BomBytes : KeptBytes;
}

QByteArray LineSplitter::finish(QByteArray line)
{
    if (m_first) {
        m_first = false;
        if (line.startsWith(Bom))
            line.remove(0, BomBytes);
    }
    return line;
}

void LineSplitter::appendPartial(const char *data, qsizetype size)
{
    if (m_overlong)
        return;
    const qsizetype room = keptBytes() - m_partial.size();
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
            lines.append(finish(data.mid(start, qMin(length, keptBytes()))));
        } else {
            appendPartial(data.constData() + start, nl - start);
            QByteArray line = std::move(m_partial);
            m_partial.clear();
            // A cut line keeps its last byte: it must stay too long.
            if (!m_overlong && line.endsWith('\r'))
                line.chop(1);
            m_overlong = false;
            lines.append(finish(std::move(line)));
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
    QByteArray rest = m_partial.isEmpty() ? QByteArray() : finish(std::move(m_partial));
    m_partial.clear();
    m_overlong = false;
    if (!rest.isEmpty())
        ++m_lines;
    return rest;
}
