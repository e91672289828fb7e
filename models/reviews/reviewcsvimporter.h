#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

class ChangeNotifier;
class ReviewStore;

// One row of an imported file that was refused, and why.
struct ReviewImportRejection
{
    qint64 line = 0;
    QString field; // the column at fault ("score", "date", ...), empty for the whole row
    QString reason;
    QString raw;
};

// What an import did. Every data row of the file is counted in exactly one
// of imported, duplicates or rejected.
struct ReviewImportResult
{
    QString fileError; // the file as a whole could not be read (no rows imported)
    int rows = 0;      // data rows read (blank lines not counted)
    int imported = 0;
    int duplicates = 0;   // id already stored, or earlier in the same file
    int unknownStops = 0; // imported, but their stop is not (yet) in the store
    int blankLines = 0;
    int casesOpened = 0;
    QVector<ReviewImportRejection> rejected;
    QStringList importedIds;
};

// Imports a CSV export of the survey tool: review id, stop id, score,
// comment, date and optionally language, in any order, named by a header row.
// Good rows are stored, bad rows reported with their line and kept in the
// store for inspection; all in one transaction. A review whose stop the store
// does not know is imported (its delivery may be planned later, or come from
// a day not loaded) and counted in unknownStops.
class ReviewCsvImporter
{
public:
    explicit ReviewCsvImporter(ReviewStore &store, ChangeNotifier *notifier = nullptr);

    ReviewImportResult importFile(const QString &path, qint64 now);
    ReviewImportResult importData(const QByteArray &data, const QString &sourceName, qint64 now);

    // A date as the survey tool may write it: RFC 3339, "YYYY-MM-DD HH:MM[:SS]"
    // or "YYYY-MM-DDTHH:MM[:SS]" without offset (company time), "YYYY-MM-DD"
    // (start of the day), "DD-MM-YYYY [HH:MM[:SS]]" (Dutch).
    static std::optional<qint64> parseDate(const QString &text);

private:
    ReviewStore &m_store;
    ChangeNotifier *m_notifier;
};
