#include "databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace DatabaseLocation {
QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("voorzet.sqlite"));
}
} // namespace DatabaseLocation
