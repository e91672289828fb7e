#pragma once

#include "feedevent.h"

#include <QByteArrayView>
#include <optional>
#include <variant>

// Turns one line of the feed into a validated event, or says which field is
// wrong and why. Stateless and thread-safe; knows nothing of the store.
namespace FeedParser {

constexpr qsizetype MaxLineBytes = 1024 * 1024;

using Result = std::variant<Feed::Event, Feed::Rejection>;

// A line must be one JSON object (RFC 8259): a raw control character
// (U+0000..U+001F) inside a string rejects it, naming the field that holds
// the string. A byte-order mark at the start of a line is tolerated (the
// sources skip the one at the start of a file, see LineSplitter).
Result parse(QByteArrayView line);

// What parse() is made of, for tests that compare the two. parseQuick()
// reads only the most common line, a plain vehicle.position event, and gives
// nothing for any other line, which parseFully() (the full JSON reader)
// decides; wherever parseQuick() gives an event, parseFully() gives the same.
std::optional<Feed::Event> parseQuick(QByteArrayView line);
Result parseFully(QByteArrayView line);

// True for lines the feed ignores (empty or only white space).
bool isBlank(QByteArrayView line);

} // namespace FeedParser
