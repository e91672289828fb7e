#pragma once

#include <QByteArray>
#include <QList>

// Cuts a byte stream into feed lines. Keeps a trailing partial line until its
// newline arrives, so a file that is still being written is never read half.
//
// Memory stays bounded: a line longer than the feed allows (1 MiB) is not
// kept whole. Once its bytes pass the limit the rest of it is dropped as it
// arrives, and at its newline it is returned cut to its first limit + 1
// bytes, which the parser rejects as too long. It keeps its place (and so its
// line number) among the other lines.
//
// A UTF-8 byte-order mark at the very start of the stream (some editors on
// Windows write one) is skipped; it does not count towards the 1 MiB.
class LineSplitter
{
public:
    // Appends `data` and returns the complete lines in it (without "\n").
    QList<QByteArray> feed(const QByteArray &data);
    // The unfinished last line, for a source that ends without a newline.
    QByteArray takeRest();
    // How many complete lines have been returned so far.
    qint64 linesSeen() const { return m_lines; }
    // Bytes held for the unfinished line: at most the limit + 1 (+ 3 for a
    // leading byte-order mark).
    qsizetype bufferedBytes() const { return m_partial.size(); }

private:
    void appendPartial(const char *data, qsizetype size);
    qsizetype keptBytes() const;
    QByteArray finish(QByteArray line);

    QByteArray m_partial;
    bool m_overlong = false; // m_partial is cut; drop the rest up to the newline
    qint64 m_lines = 0;
    bool m_first = true; // no line returned yet: a byte-order mark may lead
};
