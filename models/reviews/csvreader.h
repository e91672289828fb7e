#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// Splits a CSV file as spreadsheets and survey tools write it: a header row,
// fields separated by ';' or ',' (whichever the header uses), fields in
// double quotes may hold separators, doubled quotes and line breaks. UTF-8,
// with or without a byte order mark; CR LF or LF line ends.
class CsvReader
{
public:
    struct Record
    {
        qint64 line = 0; // the file line the record starts on (1 = header)
        QStringList fields;
        QString raw;   // the record as it stood in the file (for reports)
        QString error; // why the record could not be split; fields then unusable
    };

    explicit CsvReader(const QByteArray &data);

    char separator() const { return m_separator; }
    // The header row's fields (empty for an empty file).
    const QStringList &header() const { return m_header; }
    // Every record after the header, blank lines left out (counted below).
    const QVector<Record> &records() const { return m_records; }
    int blankLines() const { return m_blankLines; }

private:
    void split(const QByteArray &data);

    char m_separator = ',';
    QStringList m_header;
    QVector<Record> m_records;
    int m_blankLines = 0;
};
