#include "guiapp.h"

#include "common/preferences.h"
#include "mainwindow.h"
#include "session.h"
#include "storage/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>

namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << "voorzet: " << message << '\n';
}

} // namespace

GuiApp::GuiApp() = default;

MainWindow *GuiApp::window() const
{
    return m_window;
}

GuiApp::~GuiApp()
{
    delete m_window;
}

void GuiApp::installTranslations(const QString &language)
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_appTranslator.load(QStringLiteral(":/i18n/voorzet_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(language),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale(language == QLatin1String("nl") ? QLocale::Dutch
                                                                : QLocale::English,
                                language == QLatin1String("nl") ? QLocale::Netherlands
                                                                : QLocale::UnitedKingdom));
}

int GuiApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Voorzet: the console of the driver-support desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Open a fresh demo database with a simulated day running live."));
    const QCommandLineOption feedOption(
        QStringLiteral("feed"), tr("Follow a feed: a file (followed as it grows), - for standard "
                                   "input, or a ws:// address."),
        tr("source"));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The SQLite database file."),
                                      tr("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("The language of this run: nl or en."), tr("language"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Demo: the simulator's seed (default 1)."), tr("n"));
    const QCommandLineOption vansOption(QStringLiteral("vans"),
                                        tr("Demo: the number of vans (default 60)."), tr("n"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"), tr("Demo: how many times faster than real time (default 10)."),
        tr("x"));
    const QCommandLineOption startOption(
        QStringLiteral("start"), tr("Demo: the time of day the simulation starts at (HH:MM)."),
        tr("time"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("Demo: the simulated day (default today)."),
                                        tr("YYYY-MM-DD"));
    parser.addOptions({demoOption, feedOption, dbOption, langOption, seedOption, vansOption,
                       speedOption, startOption, dateOption});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "voorzet " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }

    QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("nl") && language != QLatin1String("en")) {
        printError(tr("--lang takes nl or en, not \"%1\".").arg(language));
        return 2;
    }
    installTranslations(language.isEmpty() ? Preferences::effectiveLanguage() : language);

    SessionOptions options;
    options.demo = parser.isSet(demoOption);
    if (options.demo && parser.isSet(feedOption)) {
        printError(tr("--demo and --feed cannot be used together."));
        return 2;
    }
    auto number = [&](const QCommandLineOption &option, qint64 low, qint64 high, qint64 fallback,
                      bool *ok) -> qint64 {
        if (!parser.isSet(option))
            return fallback;
        bool parsed = false;
        const qint64 value = parser.value(option).toLongLong(&parsed);
        if (!parsed || value < low || value > high) {
            printError(tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                           .arg(option.names().constFirst())
                           .arg(low)
                           .arg(high)
                           .arg(parser.value(option)));
            *ok = false;
        }
        return value;
    };
    bool ok = true;
    options.simulation.seed = quint64(number(seedOption, 0, std::numeric_limits<qint64>::max(), 1, &ok));
    options.simulation.vans = int(number(vansOption, 1, 2000, 60, &ok));
    if (!ok)
        return 2;
    if (parser.isSet(speedOption)) {
        bool parsed = false;
        options.speed = parser.value(speedOption).toDouble(&parsed);
        if (!parsed || options.speed <= 0 || options.speed > 3600) {
            printError(tr("--speed takes a number above 0 and at most 3600, not \"%1\".")
                           .arg(parser.value(speedOption)));
            return 2;
        }
    }
    if (parser.isSet(startOption)) {
        options.start = QTime::fromString(parser.value(startOption), QStringLiteral("HH:mm"));
        if (!options.start.isValid()) {
            printError(tr("--start takes a time as HH:MM, not \"%1\".")
                           .arg(parser.value(startOption)));
            return 2;
        }
    }
    if (parser.isSet(dateOption)) {
        options.simulation.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!options.simulation.date.isValid()) {
            printError(tr("--date takes a day as YYYY-MM-DD, not \"%1\".")
                           .arg(parser.value(dateOption)));
            return 2;
        }
    }
    const bool demoOnly = parser.isSet(seedOption) || parser.isSet(vansOption) ||
                          parser.isSet(speedOption) || parser.isSet(startOption) ||
                          parser.isSet(dateOption);
    if (demoOnly && !options.demo) {
        printError(tr("--seed, --vans, --speed, --start and --date only apply with --demo."));
        return 2;
    }

    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty())
        dbPath = options.demo ? Session::demoDatabasePath() : Preferences::databasePath();
    if (dbPath.isEmpty())
        dbPath = DatabaseLocation::defaultPath();
    options.database = DatabaseConfig::sqlite(dbPath);
    options.feed = options.demo ? QString()
                                : (parser.isSet(feedOption) ? parser.value(feedOption)
                                                            : Preferences::feedSource());

    m_session = std::make_unique<Session>(options);
    try {
        m_session->open();
    } catch (const StoreError &error) {
        printError(error.message());
        QMessageBox::critical(nullptr, tr("Voorzet"),
                              tr("The database %1 cannot be opened.\n\n%2")
                                  .arg(options.database.describe(), error.message()));
        return 1;
    }
    showWindow();
    const int code = QApplication::exec();
    delete m_window;
    m_session.reset();
    return code;
}

void GuiApp::showWindow()
{
    m_window = new MainWindow(*m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::languageChangeRequested, this, &GuiApp::rebuildWindow,
            Qt::QueuedConnection);
    m_window->show();
}

void GuiApp::rebuildWindow()
{
    if (m_window) {
        m_window->close(); // saves the layout
        m_window->deleteLater();
    }
    installTranslations(Preferences::effectiveLanguage());
    showWindow();
}
