#include "recordset.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ccedit {

QString SourceInfo::displayName() const
{
    const QString file = QFileInfo(path).fileName();
    return member.isEmpty() ? file : file + u':' + member;
}

} // namespace ccedit
