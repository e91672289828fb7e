#pragma once

#include <QStringList>
#include <QVector>

// The voorzet-cli commands. Each lives in its own <name>command.cpp and takes
// the arguments from "voorzet-cli <command>" on (args[0] names the command).
struct CliCommand
{
    const char *name;
    const char *summary; // English; translated through the "Cli" context
    int (*run)(const QStringList &args);
};

const QVector<CliCommand> &cliCommands();
int runCli(const QStringList &arguments);

int runSimulateCommand(const QStringList &args);
int runIngestCommand(const QStringList &args);
int runStatusCommand(const QStringList &args);
int runReviewsCommand(const QStringList &args);
int runAlertsCommand(const QStringList &args);
int runEtaReplayCommand(const QStringList &args);
int runVrptwCommand(const QStringList &args);
int runIncidentCommand(const QStringList &args);
int runOutboxCommand(const QStringList &args);
int runReplanCommand(const QStringList &args);
