#include "commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Voorzet"));
    QCoreApplication::setApplicationName(QStringLiteral("Voorzet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOORZET_VERSION));
    // Messages follow the system's language (LANG); the output formats do not.
    QTranslator translator;
    if (QLocale::system().uiLanguages().value(0).startsWith(QLatin1String("nl")) &&
        translator.load(QStringLiteral(":/i18n/voorzet_nl.qm")))
        QCoreApplication::installTranslator(&translator);
    return runCli(app.arguments());
}
