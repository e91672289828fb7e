#include "clisupport.h"
#include "commands.h"

#include <QCoreApplication>

const QVector<CliCommand> &cliCommands()
{
    static const QVector<CliCommand> commands = {
        {"simulate", QT_TRANSLATE_NOOP("Cli", "Write or serve a simulated day in the feed format."),
         runSimulateCommand},
        {"ingest", QT_TRANSLATE_NOOP("Cli", "Apply a feed (file or -) to a database."),
         runIngestCommand},
        {"status", QT_TRANSLATE_NOOP("Cli", "Print every route's state, progress and delay."),
         runStatusCommand},
        {"reviews", QT_TRANSLATE_NOOP("Cli", "Import, search and follow up reviews; themes of a text."), runReviewsCommand},
        {"alerts", QT_TRANSLATE_NOOP("Cli", "Raise and list the open alerts; acknowledge or resolve one."),
         runAlertsCommand},
        {"eta-replay", QT_TRANSLATE_NOOP("Cli", "Replay a feed and print every pending stop's ETA and band every interval."), runEtaReplayCommand},
        {"vrptw", QT_TRANSLATE_NOOP("Cli", "Solve a Solomon-format routing instance and check the plan."), runVrptwCommand},
        {"incident", QT_TRANSLATE_NOOP("Cli", "Create an overmacht incident and queue its customer messages; list incidents."), runIncidentCommand},
        {"outbox", QT_TRANSLATE_NOOP("Cli", "List the notice outbox; deliver it to the gateway; export the failed."), runOutboxCommand},
        {"replan", QT_TRANSLATE_NOOP("Cli", "Propose how a broken-down van's stops are spread over other vans, as JSON."), runReplanCommand},
    };
    return commands;
}

int runCli(const QStringList &arguments)
{
    const QString program = QStringLiteral("voorzet-cli");
    auto printUsage = [&](QTextStream &stream) {
        stream << QCoreApplication::translate("Cli", "Usage: %1 <command> [options]").arg(program)
               << "\n\n"
               << QCoreApplication::translate("Cli", "Commands:") << '\n';
        for (const CliCommand &c : cliCommands())
            stream << "  " << QString::fromLatin1(c.name).leftJustified(14) << ' '
                   << QCoreApplication::translate("Cli", c.summary) << '\n';
        stream << '\n'
               << QCoreApplication::translate("Cli", "Run '%1 <command> --help' for its options.")
                      .arg(program)
               << '\n';
        stream.flush();
    };
    if (arguments.size() < 2) {
        printUsage(Cli::err());
        return Cli::UsageError;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printUsage(Cli::out());
        return Cli::Ok;
    }
    if (name == QLatin1String("--version")) {
        Cli::out() << program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Cli::Ok;
    }
    for (const CliCommand &c : cliCommands()) {
        if (name == QLatin1String(c.name)) {
            QStringList args = arguments.mid(1);
            args[0] = program + QLatin1Char(' ') + name;
            const int code = c.run(args);
            Cli::out().flush();
            Cli::err().flush();
            return code;
        }
    }
    Cli::err() << QCoreApplication::translate("Cli", "error: unknown command '%1'").arg(name)
               << "\n\n";
    printUsage(Cli::err());
    return Cli::UsageError;
}
