// Any bytes as a file whose name says nothing (its content decides, FORMATS.md section 2):
// zip, tar, gzip, bzip2 and xz through KArchive, the choice of the newest member, and the
// export or CSV inside. The last byte's lowest bit chooses a member by name or the newest.
#include "fuzztarget.h"

#include "exportreader.h"
#include "loader.h"

using namespace ccedit;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString path = fuzz::scratchFile(u"fuzz-input"_s, fuzz::bytesOf(data, size));
    ReadOptions options;
    if (data[size - 1] & 1) {
        // A named member: one the archive lists, so the named path is taken too.
        const auto members = ExportReader::archiveMembers(path);
        if (members && !members->isEmpty())
            options.member = members->constLast();
    }
    const ReadResult result = readAnyFile(path, options);
    if (!result && result.error().message.isEmpty())
        fuzz::fail(u"a fatal problem without a message"_s);
    return 0;
}
