#pragma once

#include "feedevent.h"

#include <QByteArrayView>
#include <optional>

namespace Feed {

// Reads the feed's most common line, a flat vehicle.position event, without
// building a JSON document. Returns nothing for any line it is not sure the
// full reader would read the same way; FeedParser then asks the full reader.
std::optional<Event> readQuickPosition(QByteArrayView line);

} // namespace Feed
