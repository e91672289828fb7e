#include "linesplitter.h"

QList<QByteArray> LineSplitter::feed(const QByteArray &data)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = data.indexOf('\n', start);
        if (nl < 0)
            break;
        if (m_partial.isEmpty()) {
            lines.append(data.mid(start, nl - start));
        } else {
            m_partial.append(data.constData() + start, nl - start);
            lines.append(std::move(m_partial));
            m_partial.clear();
        }
        start = nl + 1;
    }
    if (start < data.size())
        m_partial.append(data.constData() + start, data.size() - start);
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    m_lines += lines.size();
    return lines;
}

QByteArray LineSplitter::takeRest()
{
    QByteArray rest = std::move(m_partial);
    m_partial.clear();
    if (!rest.isEmpty())
        ++m_lines;
    return rest;
}
