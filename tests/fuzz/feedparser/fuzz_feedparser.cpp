// libFuzzer target: FeedParser::parse on arbitrary bytes. Finds crashes,
// sanitizer errors and results that break the feed contract.

#include "feedinvariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const FeedParser::Result result = FeedParser::parse(line);
    const QString broken = FeedInvariants::violation(result);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "contract broken: %s\n", qPrintable(broken));
        std::abort();
    }
    FeedParser::isBlank(line);
    return 0;
}
