// libFuzzer target: FeedParser::parse on arbitrary bytes. Finds crashes,
// sanitizer errors, results that break the feed contract, and lines where
// the parser's shortcut for common lines reads differently from the full reader.

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
    const QString differ = FeedInvariants::quickDisagreement(line);
    if (!differ.isEmpty()) {
        std::fprintf(stderr, "contract broken: %s\n", qPrintable(differ));
        std::abort();
    }
    FeedParser::isBlank(line);
    return 0;
}
