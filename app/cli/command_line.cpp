#include "commands.h"

#include <QFile>

namespace hectare::cli {

bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args,
                      CliContext &context, int &exitCode)
{
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliContext::tr("Machine-readable JSON output."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliContext::tr("Show this command's help."));
    parser.addOption(jsonOption);
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("hectare-cli ") + command} + args)) {
        exitCode = context.usage(parser.errorText());
        return false;
    }
    if (parser.isSet(helpOption)) {
        context.out << parser.helpText();
        exitCode = kOk;
        return false;
    }
    context.json = context.json || parser.isSet(jsonOption);
    return true;
}

bool writeOutput(const QString &path, const QByteArray &data, CliContext &context)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out.flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return false;
        return standardOutput.write(data) == data.size();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        context.fail(Error{path, CliContext::tr("cannot be written: %1").arg(file.errorString())});
        return false;
    }
    return true;
}

} // namespace hectare::cli
