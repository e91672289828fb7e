#pragma once

#include <QByteArray>
#include <QList>

// Cuts a byte stream into feed lines. Keeps a trailing partial line until its
// newline arrives, so a file that is still being written is never read half.
class LineSplitter
{
public:
    // Appends `data` and returns the complete lines in it (without "\n").
    QList<QByteArray> feed(const QByteArray &data);
    // The unfinished last line, for a source that ends without a newline.
    QByteArray takeRest();
    // How many complete lines have been returned so far.
    qint64 linesSeen() const { return m_lines; }

private:
    QByteArray m_partial;
    qint64 m_lines = 0;
};
