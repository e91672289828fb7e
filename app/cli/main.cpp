#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Voorzet"));
    QCoreApplication::setApplicationName(QStringLiteral("Voorzet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOORZET_VERSION));
    return runCli(app.arguments());
}
