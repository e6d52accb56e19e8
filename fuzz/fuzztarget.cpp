#include "fuzztarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace ccedit::fuzz {

namespace {

// The readers use threads and Qt's event-free parts only, but QStandardPaths, text codecs
// and KArchive expect an application object; and Qt's warnings would flood the fuzzer's log.
struct Setup {
    int argc = 1;
    char name[12] = "ccedit-fuzz";
    char *argv[2] = {name, nullptr};
    QCoreApplication application{argc, argv};
    QTemporaryDir folder;
    Setup() { QLoggingCategory::setFilterRules(QStringLiteral("*=false")); }
};

Setup &setup()
{
    static Setup instance;
    return instance;
}

} // namespace

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    setup();
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QString scratchFile(const QString &name, const QByteArray &bytes)
{
    const QString path = setup().folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write the scratch file %1: %2").arg(path, file.errorString()));
    return path;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "fuzz property broken: %s\n", qPrintable(what));
    std::abort();
}

} // namespace ccedit::fuzz
