#include "csvdialect.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

using DecodeResult = std::expected<Utf8Text, FatalError>;

const auto Utf16LEName = "UTF-16LE"_L1;
const auto Utf16BEName = "UTF-16BE"_L1;

DecodeResult decodeUtf16(const QByteArray &bytes, ByteOrderMark byteOrder, const QString &fileName)
{
    const qsizetype skip = detectByteOrderMark(bytes) == byteOrder ? byteOrderMarkSize(byteOrder) : 0;
    std::optional<QByteArray> utf8 = utf16ToUtf8(QByteArrayView(bytes).sliced(skip), byteOrder);
    const QLatin1StringView name = byteOrder == ByteOrderMark::Utf16BE ? Utf16BEName : Utf16LEName;
    if (!utf8) {
        return std::unexpected(FatalError{fileName, 0, 0,
                                          QCoreApplication::translate(
                                              "ccedit::CsvReader",
                                              "The file is not valid %1 text (an odd number of bytes or "
                                              "an unpaired surrogate). Save it again as UTF-8.")
                                              .arg(name)});
    }
    return Utf8Text{std::move(*utf8), 0, name, 0};
}

} // namespace

DecodeResult decodeCsv(QByteArray bytes, const QString &fileName, const QString &forcedEncoding)
{
    const std::optional<Utf8Reading> reading = utf8ReadingFor(forcedEncoding);
    if (reading == Utf8Reading::Detect) {
        const ByteOrderMark mark = detectByteOrderMark(bytes);
        if (mark == ByteOrderMark::Utf16LE || mark == ByteOrderMark::Utf16BE)
            return decodeUtf16(bytes, mark, fileName);
    }
    if (reading) {
        auto text = decodeUtf8OrWindows1252(std::move(bytes), *reading);
        if (!text) {
            return std::unexpected(FatalError{fileName, text.error().line, 0,
                                              QCoreApplication::translate(
                                                  "ccedit::CsvReader",
                                                  "The file is not valid UTF-8 on this line. Open it as "
                                                  "Windows-1252 or with the encoding detected, or save it "
                                                  "again as UTF-8.")});
        }
        return std::move(*text);
    }
    const auto is = [&](QLatin1StringView name) { return forcedEncoding.compare(name, Qt::CaseInsensitive) == 0; };
    if (is(Utf16LEName))
        return decodeUtf16(bytes, ByteOrderMark::Utf16LE, fileName);
    if (is(Utf16BEName))
        return decodeUtf16(bytes, ByteOrderMark::Utf16BE, fileName);
    return std::unexpected(FatalError{fileName, 0, 0,
                                      QCoreApplication::translate("ccedit::CsvReader",
                                                                  "Unknown encoding \"%1\". Use UTF-8, "
                                                                  "Windows-1252, UTF-16LE or UTF-16BE.")
                                          .arg(forcedEncoding)});
}

char detectDelimiter(QByteArrayView text, qsizetype pos)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    bool fieldStart = true;
    for (qsizetype i = pos; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '\r' || c == '\n')
            break;
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            continue;
        }
        fieldStart = c == ',' || c == ';' || c == '\t';
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (commas > 0)
        return ',';
    if (semicolons > 0 && semicolons >= tabs)
        return ';';
    return tabs > 0 ? '\t' : ',';
}

} // namespace ccedit
