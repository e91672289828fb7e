#pragma once

#include <QStringList>
#include <QTextStream>

// voorzet-cli reviews themes [--lang nl|en] [--score N] [--hits] TEXT | -
// Prints the themes and tone of a review comment as one JSON object per line:
// {"themes": [...], "tone": "..."}; with "-", one line per line of stdin.
// args[0] is the command's name ("voorzet-cli reviews themes").
int runReviewThemesCommand(const QStringList &args);

// The same, reading "-" from `in` and writing to `out` (for tests).
int runReviewThemes(const QStringList &args, QTextStream &in, QTextStream &out);
