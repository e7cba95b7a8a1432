#pragma once

#include "cli_context.h"

#include <QCommandLineParser>

namespace hectare::cli {

// Each command takes the arguments after its name and returns an ExitCode.
int runInfo(const QStringList &args, CliContext &context);
int runCapacity(const QStringList &args, CliContext &context);
int runExportJson(const QStringList &args, CliContext &context);
int runImportJson(const QStringList &args, CliContext &context);
int runExportCsv(const QStringList &args, CliContext &context);
int runGenerate(const QStringList &args, CliContext &context);
int runGrowth(const QStringList &args, CliContext &context);
int runFloorplan(const QStringList &args, CliContext &context);
int runImportDxf(const QStringList &args, CliContext &context);
int runQuote(const QStringList &args, CliContext &context);
int runReservations(const QStringList &args, CliContext &context);
int runScenario(const QStringList &args, CliContext &context);
int runTier3(const QStringList &args, CliContext &context);
int runAvailability(const QStringList &args, CliContext &context);

// The application object: a QGuiApplication for floorplan and quote (drawing text needs fonts; offscreen when
// there is no display), a QCoreApplication for every other command.
std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv);

// Parses a command's arguments with the global options (--json, --help) added. Returns
// false after printing the problem (kUsage) or the command's help (kOk) in `exitCode`.
bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args,
                      CliContext &context, int &exitCode);

// Writes `data` to `path`, or to standard output when `path` is empty or "-".
bool writeOutput(const QString &path, const QByteArray &data, CliContext &context);

} // namespace hectare::cli
