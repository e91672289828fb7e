#pragma once

#include "feedevent.h"

#include <QByteArrayView>
#include <variant>

// Turns one line of the feed into a validated event, or says which field is
// wrong and why. Stateless and thread-safe; knows nothing of the store.
namespace FeedParser {

constexpr qsizetype MaxLineBytes = 1024 * 1024;

using Result = std::variant<Feed::Event, Feed::Rejection>;

Result parse(QByteArrayView line);

// True for lines the feed ignores (empty or only white space).
bool isBlank(QByteArrayView line);

} // namespace FeedParser
