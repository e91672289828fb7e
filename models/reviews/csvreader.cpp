#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

// ';' when the first line has more semicolons than commas outside quotes
// (Dutch spreadsheets write ';' because ',' is their decimal mark).
char guessSeparator(const QByteArray &data, qsizetype from)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (qsizetype i = from; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

} // namespace

CsvReader::CsvReader(const QByteArray &data)
{
    split(data);
}

void CsvReader::split(const QByteArray &data)
{
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    m_separator = guessSeparator(data, pos);
    const qsizetype n = data.size();
    qint64 line = 1;
    bool headerDone = false;
    while (pos < n) {
        Record record;
        record.line = line;
        const qsizetype start = pos;
        QList<QByteArray> fields;
        QByteArray field;
        bool quoted = false;     // inside quotes
        bool wasQuoted = false;  // this field began with a quote
        bool afterQuote = false; // the field's closing quote was seen
        bool ended = false;
        while (pos < n && !ended) {
            const char c = data.at(pos);
            if (quoted) {
                if (c == '"') {
                    if (pos + 1 < n && data.at(pos + 1) == '"') {
                        field.append('"');
                        pos += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n')
                        ++line;
                    field.append(c);
                }
                ++pos;
                continue;
            }
            if (c == m_separator) {
                fields.append(field);
                field.clear();
                wasQuoted = afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                ended = true;
                if (c == '\r' && pos + 1 < n && data.at(pos + 1) == '\n')
                    ++pos;
                ++line;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (afterQuote) {
                if (record.error.isEmpty() && c != ' ' && c != '\t')
                    record.error =
                        tr("text after the closing quote of field %1").arg(fields.size() + 1);
            } else {
                field.append(c);
            }
            ++pos;
        }
        if (quoted)
            record.error = tr("a quoted field is not closed before the end of the file");
        fields.append(field);
        qsizetype end = pos;
        while (end > start && (data.at(end - 1) == '\n' || data.at(end - 1) == '\r'))
            --end;
        const QByteArray raw = data.mid(start, end - start);
        QStringDecoder decoder(QStringDecoder::Utf8);
        record.raw = decoder.decode(raw);
        if (decoder.hasError() && record.error.isEmpty())
            record.error = tr("the row is not valid UTF-8 text");
        if (raw.trimmed().isEmpty() && fields.size() == 1 && !wasQuoted) {
            if (headerDone)
                ++m_blankLines;
            continue;
        }
        for (const QByteArray &f : fields)
            record.fields.append(QString::fromUtf8(f));
        if (!headerDone) {
            m_header = record.fields;
            headerDone = true;
            continue;
        }
        m_records.append(record);
    }
}
