#include "guiapp.h"

#include <QApplication>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
#if defined(Q_OS_LINUX)
    // Without a display Qt would abort with a terse message; say what to do.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        bool helpOnly = false;
        for (int i = 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            helpOnly = helpOnly || arg == "--help" || arg == "-h" || arg == "--version" ||
                       arg == "-v";
        }
        if (!helpOnly) {
            std::fputs("voorzet: there is no display to open a window on (DISPLAY is not set).\n"
                       "Run it under a virtual display, for example:\n"
                       "  xvfb-run -a -s \"-screen 0 1600x1000x24\" build/bin/voorzet --demo\n"
                       "or start it from a desktop session.\n",
                       stderr);
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Voorzet"));
    QApplication::setApplicationName(QStringLiteral("Voorzet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Voorzet"));
    QApplication::setApplicationVersion(QStringLiteral(VOORZET_VERSION));
    GuiApp gui;
    return gui.run(QApplication::arguments());
}
