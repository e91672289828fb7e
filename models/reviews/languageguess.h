#pragma once

#include <QString>

// Tells Dutch from English in a short review comment by counting common
// function words and spelling hints of each language. Good enough for the
// two languages the survey tool sends; not a general language identifier.
namespace LanguageGuess {

struct Scores
{
    int dutch = 0;
    int english = 0;
};

Scores score(const QString &text);

// "nl" or "en"; empty when the text gives no hint either way.
QString guess(const QString &text);

} // namespace LanguageGuess
