// ccedit-exportstages: where the time of checking a compressed export goes. Two processes
// side by side, gzip's own decompression and the whole `ccedit --check`, then ccedit's stages
// in this process: inflating (libdeflate, as the reader does, and zlib's stream for
// comparison), reading (inflating and parsing), parsing the JSON alone, mapping it with the
// default templates, and checking the rows as a document.
//
//   ccedit-exportstages --ccedit PATH [--repeat K] FILE.json.gz
//   (FILE made with: ccedit-bench generate --kind export)

#include "benchtr.h"
#include "timing.h"

#include "document.h"
#include "exportreader.h"
#include "gzipinflate.h"
#include "mapping.h"

#include <KCompressionDevice>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ccedit;
using namespace ccedit::bench;

namespace {

// The decompressed bytes through zlib's stream, in 1 MiB reads (how exports were read before).
QByteArray zlibStream(const QString &path)
{
    KCompressionDevice device(path, KCompressionDevice::GZip);
    QByteArray bytes;
    if (!device.open(QIODevice::ReadOnly))
        return bytes;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 got; (got = device.read(chunk.data(), chunk.size())) > 0;)
        bytes.append(chunk.constData(), got);
    return bytes;
}

// Runs a program to its end with its output thrown away.
void runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    process.waitForFinished(-1);
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return seconds(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ccedit-exportstages"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(Bench::tr("Times the stages of checking a gzip-compressed export."));
    parser.addHelpOption();
    const QCommandLineOption repeat(u"repeat"_s, Bench::tr("Timed runs per stage."), u"K"_s, u"5"_s);
    const QCommandLineOption ccedit(u"ccedit"_s, Bench::tr("The ccedit binary to time as a whole."), u"PATH"_s);
    parser.addOptions({repeat, ccedit});
    parser.addPositionalArgument(u"FILE"_s, Bench::tr("A .json.gz export (ccedit-bench generate --kind export)."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const int runs = parser.value(repeat).toInt(&ok);
    if (!ok || runs < 1 || parser.positionalArguments().size() != 1 || !parser.isSet(ccedit)) {
        err << Bench::tr("usage: ccedit-exportstages --ccedit PATH [--repeat K] FILE.json.gz (K a whole number of at least 1)")
            << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << file.errorString() << Qt::endl;
        return 1;
    }
    const QByteArray compressed = file.readAll();
    const QByteArray json = zlibStream(path);
    SourceInfo source;
    source.path = path;
    auto records = ExportReader::parseJson(json, source);
    if (!records) {
        err << records.error().toString() << Qt::endl;
        return 1;
    }
    auto rows = applyMapping(Mapping::defaults(), *records, MappedValues::SharedWithExport); // as --check maps
    if (!rows) {
        err << rows.error().toString() << Qt::endl;
        return 1;
    }

    std::vector<double> zcat, whole, inflate, stream, read, parse, map, mapCopied, check;
    for (int run = 0; run < runs; ++run) {
        zcat.push_back(timed([&] { runProcess(u"gzip"_s, {u"-dc"_s, path}); }));
        whole.push_back(timed([&] { runProcess(parser.value(ccedit), {u"--check"_s, path}); }));
        inflate.push_back(timed([&] { inflateGzip(compressed, CellTable::MaxPoolSize); }));
        stream.push_back(timed([&] { zlibStream(path); }));
        read.push_back(timed([&] { ExportReader().read(path); }));
        parse.push_back(timed([&] { ExportReader::parseJson(json, source); }));
        map.push_back(timed([&] { applyMapping(Mapping::defaults(), *records, MappedValues::SharedWithExport); }));
        mapCopied.push_back(timed([&] { applyMapping(Mapping::defaults(), *records, MappedValues::Copied); }));
        check.push_back(timed([&] { Document document(*rows); }));
    }
    out << Bench::tr("%1: %2 records, %3 MB of JSON; best and median of %4 runs, in seconds:")
               .arg(path)
               .arg(records->cells.rowCount())
               .arg(static_cast<double>(json.size()) / 1e6, 0, 'f', 1)
               .arg(runs)
        << Qt::endl;
    const auto line = [&out](const QString &stage, const std::vector<double> &times) {
        out << u"%1 %2"_s.arg(stage, -44).arg(bestAndMedian(times)) << Qt::endl;
    };
    line(Bench::tr("gzip -dc FILE (a process)"), zcat);
    line(Bench::tr("ccedit --check FILE (a process)"), whole);
    line(Bench::tr("inflate (libdeflate, as the reader does)"), inflate);
    line(Bench::tr("inflate (zlib's stream, 1 MiB reads)"), stream);
    line(Bench::tr("read (ExportReader::read: inflate and parse)"), read);
    line(Bench::tr("parse the JSON (ExportReader::parseJson)"), parse);
    line(Bench::tr("map with the default templates"), map);
    line(Bench::tr("the same, the values copied (an update)"), mapCopied);
    line(Bench::tr("check the rows (a Document made)"), check);
    std::sort(zcat.begin(), zcat.end());
    std::sort(whole.begin(), whole.end());
    out << Bench::tr("ccedit --check takes %1 times as long as gzip -dc (best runs), %2 times (medians).")
               .arg(whole.front() / zcat.front(), 0, 'f', 2)
               .arg(whole[whole.size() / 2] / zcat[zcat.size() / 2], 0, 'f', 2)
        << Qt::endl;
    return 0;
}
