#include "archivebuilder.h"

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QBuffer>
#include <QStringList>

#include <memory>

using namespace Qt::StringLiterals;

namespace ArchiveBuilder {

QByteArray compressed(const QByteArray &data, const QString &compression)
{
    const auto type = compression == "gzip"_L1 ? KCompressionDevice::GZip
                      : compression == "bzip2"_L1 ? KCompressionDevice::BZip2
                                                 : KCompressionDevice::Xz;
    QByteArray result;
    QBuffer buffer(&result);
    KCompressionDevice device(&buffer, false, type);
    if (!device.open(QIODevice::WriteOnly) || device.write(data) != data.size())
        return {};
    device.close();
    return result;
}

bool writeArchive(const QString &path, const QString &kind, const QList<std::pair<QString, QByteArray>> &members)
{
    std::unique_ptr<KArchive> archive;
    if (kind == "zip"_L1) {
        archive = std::make_unique<KZip>(path);
    } else {
        const QString mimeType = kind == "tar.gz"_L1    ? u"application/x-gzip"_s
                                 : kind == "tar.bz2"_L1 ? u"application/x-bzip"_s
                                 : kind == "tar.xz"_L1  ? u"application/x-xz"_s
                                                        : u"application/x-tar"_s;
        archive = std::make_unique<KTar>(path, mimeType);
    }
    if (!archive->open(QIODevice::WriteOnly))
        return false;
    for (const auto &[name, bytes] : members) {
        if (!archive->writeFile(name, bytes))
            return false;
    }
    return archive->close();
}

QByteArray exportJson(const QStringList &customerNames)
{
    QStringList objects;
    for (const QString &name : customerNames)
        objects << u"  {\"customer_name\": \"%1\", \"account_id\": \"ID-%1\"}"_s.arg(name);
    return (u"[\n"_s + objects.join(u",\n"_s) + u"\n]\n"_s).toUtf8();
}

} // namespace ArchiveBuilder
